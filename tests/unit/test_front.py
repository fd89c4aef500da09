"""render/front.py: the home page's front from the first page's slice and the categories."""

from __future__ import annotations

from types import SimpleNamespace

from warta.config import HomeConfig
from warta.render.front import front_categories, home_front, home_problems


def story(slug: str, photo: bool = False):
    return SimpleNamespace(slug=slug, photo="foto" if photo else None)


def term(name: str, *slugs: str):
    return SimpleNamespace(name=name, slug=name.lower(), path=f"kategori/{name.lower()}/",
                           articles=tuple(SimpleNamespace(slug=s) for s in slugs))


VIEWS = {s: story(s, photo=s == "c") for s in "abcdefghij"}


def view(article):
    return VIEWS[article.slug]


def test_the_lead_is_the_newest_with_a_photo_and_each_story_shows_once():
    page = tuple(VIEWS[s] for s in "abcde")
    categories = (term("Nasional", "a", "f", "g", "h"), term("Ekonomi", "b", "i"), term("Sains", "e"))
    front = home_front(page, categories, view, HomeConfig(latest=2, per_category=2))
    assert front.lead.slug == "c" and [v.slug for v in front.latest] == ["a", "b"]
    assert [(b.category.name, [v.slug for v in b.items]) for b in front.blocks] == [
        ("Nasional", ["f", "g"]), ("Ekonomi", ["i"])]  # (Sains has nothing the page does not show)
    assert [v.slug for v in front.rest] == ["d", "e"]


def test_without_a_photo_the_newest_leads_and_an_empty_page_has_no_lead():
    front = home_front((VIEWS["a"], VIEWS["b"]), (), view, HomeConfig())
    assert front.lead.slug == "a" and [v.slug for v in front.latest] == ["b"] and not front.rest
    assert home_front((), (), view, HomeConfig()) == type(front)(None, (), (), ())


def test_categories_in_the_configured_order_else_the_largest_first():
    a, b, c = term("Ekonomi", "x"), term("Nasional", "x", "y"), term("Bola", "x")
    assert [t.name for t in front_categories((a, b, c), ())] == ["Nasional", "Bola", "Ekonomi"]
    assert [t.name for t in front_categories((a, b, c), ("nasional", "Ekonomi", "Politik"))] == ["Nasional", "Ekonomi"]


def test_a_home_category_no_article_has_is_a_warning():
    articles = [SimpleNamespace(category="Ekonomi"), SimpleNamespace(category=None)]
    [problem] = home_problems(HomeConfig(categories=("ekonomi", "Politik"), line=7), articles)
    assert problem.warning and problem.line == 7 and '"Politik"' in problem.message and "Ekonomi" in problem.hint
    assert home_problems(HomeConfig(), articles) == []
