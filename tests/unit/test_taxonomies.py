"""model/taxonomies.py: grouping articles into tags, categories, authors and sources."""

from __future__ import annotations

from warta.config import SiteConfig
from warta.content.schema import validate_article
from warta.markdown import render_article
from warta.model.taxonomies import group_terms
from warta.yamlmap import YamlMapping

CONFIG = SiteConfig(title="X")


def make_article(slug: str, date: str, **fields):
    """An Article built by the real validate and render steps from hand-written fields."""
    data = {"title": slug.replace("-", " ").title(), "date": date, **fields}
    source, problems = validate_article(f"articles/{slug}.md", slug, YamlMapping(data, {}, 2), "Isi.", 6, CONFIG)
    assert source is not None, problems
    return render_article(source, CONFIG)


def tags_of(article):
    return article.source.tags


def test_groups_articles_by_tag_keeping_newest_first_order():
    newest = make_article("c", "2025-06-03", tags=["Meta", "OpenAI"])
    middle = make_article("b", "2025-06-02", tags=["Meta"])
    oldest = make_article("a", "2025-06-01", tags=["OpenAI"])
    terms = group_terms("tag", (newest, middle, oldest), tags_of)
    assert [(t.name, t.slug, t.path) for t in terms] == [("Meta", "meta", "tag/meta/"), ("OpenAI", "openai", "tag/openai/")]
    assert [a.slug for a in terms[0].articles] == ["c", "b"]
    assert [a.slug for a in terms[1].articles] == ["c", "a"]
    assert all(t.kind == "tag" for t in terms)


def test_tags_differing_only_in_case_merge_into_one_term():
    articles = (make_article("a", "2025-06-03", tags=["scale ai"]), make_article("b", "2025-06-02", tags=["Scale AI"]),
                make_article("c", "2025-06-01", tags=["SCALE AI"]))
    [term] = group_terms("tag", articles, tags_of)
    assert term.slug == "scale-ai"
    assert [a.slug for a in term.articles] == ["a", "b", "c"]


def test_most_used_spelling_names_the_merged_term():
    articles = (make_article("a", "2025-06-04", tags=["META"]), make_article("b", "2025-06-03", tags=["Meta"]),
                make_article("c", "2025-06-02", tags=["Meta"]), make_article("d", "2025-06-01", tags=["meta"]))
    [term] = group_terms("tag", articles, tags_of)
    assert term.name == "Meta"


def test_spelling_tie_is_broken_the_same_way_every_time():
    one = (make_article("a", "2025-06-02", tags=["Meta"]), make_article("b", "2025-06-01", tags=["META"]))
    other = (make_article("a", "2025-06-02", tags=["META"]), make_article("b", "2025-06-01", tags=["Meta"]))
    assert group_terms("tag", one, tags_of)[0].name == group_terms("tag", other, tags_of)[0].name == "META"


def test_one_article_with_two_spellings_of_a_tag_is_listed_once():
    [term] = group_terms("tag", (make_article("a", "2025-06-01", tags=["Meta", "META"]),), tags_of)
    assert len(term.articles) == 1


def test_terms_are_sorted_by_name_ignoring_case():
    article = make_article("a", "2025-06-01", tags=["zeta", "Alfa", "beta", "Meta", "2025"])
    assert [t.name for t in group_terms("tag", (article,), tags_of)] == ["2025", "Alfa", "beta", "Meta", "zeta"]


def test_category_and_author_terms_use_their_own_folders():
    article = make_article("a", "2025-06-01", category="Ekonomi & Bisnis", author=["Rina Wulandari"])
    [category] = group_terms("category", (article,), lambda a: (a.source.category,))
    [author] = group_terms("author", (article,), lambda a: a.source.authors)
    assert (category.name, category.path) == ("Ekonomi & Bisnis", "kategori/ekonomi-bisnis/")
    assert author.path == "penulis/rina-wulandari/"


def test_no_articles_means_no_terms():
    assert group_terms("tag", (), tags_of) == ()


def sourced(slug: str, **fields):
    from warta.content.schema import validate_article

    data = {"title": slug.title(), "date": "2025-06-01", **fields}
    lines = {key: index + 2 for index, key in enumerate(data)}
    source, problems = validate_article(f"articles/{slug}.md", slug, YamlMapping(data, lines, 2), "Isi.", 9, CONFIG)
    assert source is not None, problems
    return source


def test_different_names_sharing_a_page_are_an_error_and_spellings_of_one_a_warning():
    """Issue 21: `C++`, `C#` and `C` all made /tag/c/, silently."""
    from warta.model.taxonomies import term_collisions

    problems = term_collisions([sourced("b", tags=["C++", "JOSE", "Scale-AI"]), sourced("a", tags=["C", "José"]),
                                sourced("c", tags=["C#", "scale ai", "Python"])])
    assert [p.format() for p in problems] == [
        'articles/b.md:4: tags: "C++" and "C" (articles/a.md:4) are different tags but would share one page, tag/c/, '
        "as a tag's address keeps only its letters and digits — rename one of them, for example \"Cpp\" for \"C++\"",
        'articles/c.md:4: tags: "C#" and "C" (articles/a.md:4) are different tags but would share one page, tag/c/, '
        "as a tag's address keeps only its letters and digits — rename one of them, for example \"Csharp\" for \"C#\"",
        'articles/b.md:4: warning: tags: "JOSE" and "José" (articles/a.md:4) are one tag written two ways; its page '
        'tag/jose/ shows "JOSE" — write it the same way in every article',
        'articles/c.md:4: warning: tags: "scale ai" and "Scale-AI" (articles/b.md:4) are one tag written two ways; its '
        'page tag/scale-ai/ shows "Scale-AI" — write it the same way in every article']


def test_names_of_one_word_differ_only_in_case_accents_script_spaces_and_spelling_marks():
    from warta.model.taxonomies import _word

    same = [("José", "JOSE"), ("Москва", "Moskva"), ("Scale AI", "scale-ai"), ("Jum'at", "Jumat"),
            ("Ekonomi & Bisnis", "Ekonomi Bisnis"), ("Node.js", "node js"), ("Jose\u0301", "José")]
    different = [("C++", "C"), ("C#", "C"), ("C++", "C#"), ("@warta", "warta"), ("100%", "100")]
    assert all(_word(a) == _word(b) for a, b in same)
    assert all(_word(a) != _word(b) for a, b in different)


def test_categories_authors_and_sources_are_checked_too():
    from warta.model.taxonomies import term_collisions

    problems = term_collisions([sourced("a", category="C++", author=["Rina", "RINA"], source="Antara"),
                                sourced("b", category="C", source="ANTARA")])
    assert [(p.path, p.line, p.field, p.warning) for p in problems] == [
        ("articles/b.md", 4, "category", False), ("articles/a.md", 5, "author", True),
        ("articles/b.md", 5, "source", True)]
