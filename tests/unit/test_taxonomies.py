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
