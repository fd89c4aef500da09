"""model/site.py: what is published at `now`, in which order, and how articles link."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.config import SiteConfig
from warta.content.schema import validate_article
from warta.markdown import render_article
from warta.model.site import build_site
from warta.yamlmap import YamlMapping

CONFIG = SiteConfig(title="X")
JAKARTA = ZoneInfo("Asia/Jakarta")
NOW = datetime(2025, 7, 1, 12, 0, tzinfo=JAKARTA)


def make_article(slug: str, date: str, **fields):
    """An Article built by the real validate and render steps from hand-written fields."""
    data = {"title": slug, "date": date, **fields}
    source, problems = validate_article(f"articles/{slug}.md", slug, YamlMapping(data, {}, 2), "Isi.", 6, CONFIG)
    assert source is not None, problems
    return render_article(source, CONFIG)


def slugs(articles):
    return [a.slug for a in articles]


def mixed():
    return (
        make_article("terbit", "2025-06-15"),
        make_article("draf", "2025-06-10", draft=True),
        make_article("besok", "2025-07-02T09:00:00"),
        make_article("lusa", "2025-07-03T09:00:00"),
        make_article("kedaluwarsa", "2025-06-01", expires="2025-06-30"),
        make_article("akan-kedaluwarsa", "2025-06-02", expires="2025-08-01"),
        make_article("segera-kedaluwarsa", "2025-06-03", expires="2025-07-15"),
    )


def test_publishes_past_non_draft_unexpired_articles_newest_first():
    site = build_site(mixed(), CONFIG, NOW)
    assert slugs(site.articles) == ["terbit", "segera-kedaluwarsa", "akan-kedaluwarsa"]
    assert (site.schedule.drafts, site.schedule.future, site.schedule.expired) == (1, 2, 1)
    assert site.now == NOW


def test_drafts_flag_includes_drafts():
    site = build_site(mixed(), CONFIG, NOW, drafts=True)
    assert "draf" in slugs(site.articles)
    assert site.schedule.drafts == 0


def test_future_flag_includes_articles_dated_after_now():
    site = build_site(mixed(), CONFIG, NOW, future=True)
    assert slugs(site.articles)[:2] == ["lusa", "besok"]
    assert site.schedule.future == 0
    assert site.schedule.next_publish is None


def test_expired_articles_stay_out_even_with_both_flags():
    site = build_site(mixed(), CONFIG, NOW, drafts=True, future=True)
    assert "kedaluwarsa" not in slugs(site.articles)
    assert site.schedule.expired == 1


def test_article_dated_exactly_now_is_published_and_expiring_exactly_now_is_not():
    site = build_site((make_article("kini", "2025-07-01T12:00:00"),
                       make_article("habis", "2025-06-01", expires="2025-07-01T12:00:00")), CONFIG, NOW)
    assert slugs(site.articles) == ["kini"]
    assert site.schedule.expired == 1


def test_comparison_across_time_zones_uses_the_instant():
    # 04:59 UTC is 11:59 in Jakarta: before NOW. 05:01 UTC is after.
    site = build_site((make_article("sebelum", "2025-07-01T04:59:00+00:00"),
                       make_article("sesudah", "2025-07-01T05:01:00+00:00")), CONFIG, NOW)
    assert slugs(site.articles) == ["sebelum"]


def test_schedule_names_the_next_article_to_publish_and_to_expire():
    site = build_site(mixed(), CONFIG, NOW)
    assert site.schedule.next_publish.slug == "besok"
    assert site.schedule.next_expiry.slug == "segera-kedaluwarsa"
    assert site.schedule.next_change == datetime(2025, 7, 2, 9, 0, tzinfo=JAKARTA)


def test_next_change_is_an_expiry_when_that_comes_first():
    site = build_site((make_article("a", "2025-06-01", expires="2025-07-01T18:00:00"),
                       make_article("b", "2025-07-05")), CONFIG, NOW)
    assert site.schedule.next_change == datetime(2025, 7, 1, 18, 0, tzinfo=JAKARTA)


def test_future_drafts_are_not_scheduled():
    site = build_site((make_article("draf-nanti", "2025-08-01", draft=True),), CONFIG, NOW)
    assert site.schedule.next_publish is None
    assert site.schedule.next_change is None
    assert site.schedule.drafts == 1


def test_nothing_scheduled_means_no_next_change():
    site = build_site((make_article("a", "2025-06-01"),), CONFIG, NOW)
    assert (site.schedule.next_publish, site.schedule.next_expiry, site.schedule.next_change) == (None, None, None)


def test_newer_and_older_neighbours_follow_date_order():
    site = build_site((make_article("a", "2025-06-01"), make_article("c", "2025-06-03"),
                       make_article("b", "2025-06-02")), CONFIG, NOW)
    links = {slug: (n.newer and n.newer.slug, n.older and n.older.slug) for slug, n in site.neighbours.items()}
    assert links == {"c": (None, "b"), "b": ("c", "a"), "a": ("b", None)}


def test_articles_with_the_same_date_are_ordered_by_slug():
    site = build_site((make_article("alfa", "2025-06-01"), make_article("beta", "2025-06-01")), CONFIG, NOW)
    assert slugs(site.articles) == ["beta", "alfa"]


def test_related_articles_share_most_tags_first_then_newest():
    articles = (
        make_article("pokok", "2025-06-10", tags=["Meta", "Scale AI", "AGI"]),
        make_article("tiga-sama", "2025-06-01", tags=["meta", "Scale AI", "AGI"]),
        make_article("dua-sama-lama", "2025-06-02", tags=["Meta", "AGI"]),
        make_article("dua-sama-baru", "2025-06-05", tags=["Scale AI", "AGI", "Google"]),
        make_article("satu-sama", "2025-06-09", tags=["AGI"]),
        make_article("lain", "2025-06-08", tags=["Ekonomi"]),
    )
    site = build_site(articles, CONFIG, NOW)
    assert slugs(site.neighbours["pokok"].related) == ["tiga-sama", "dua-sama-baru", "dua-sama-lama"]
    assert slugs(site.neighbours["lain"].related) == []
    assert "pokok" not in slugs(site.neighbours["pokok"].related)


def test_related_articles_are_limited_to_related_count():
    # (Seven: a0's newer neighbour, linked as "Artikel berikutnya", is never among its related ones.)
    articles = tuple(make_article(f"a{n}", f"2025-06-{n + 1:02d}", tags=["Meta"]) for n in range(7))
    assert len(build_site(articles, CONFIG, NOW).neighbours["a0"].related) == 3
    assert len(build_site(articles, replace(CONFIG, related_count=5), NOW).neighbours["a0"].related) == 5
    assert build_site(articles, replace(CONFIG, related_count=0), NOW).neighbours["a0"].related == ()


def test_related_articles_leave_out_the_newer_and_older_ones():
    """Issue 17: the article page links its newer and older neighbours already; "Artikel terkait" shows
    others (the best-matching after them), not the same stories twice."""
    articles = tuple(make_article(f"a{n}", f"2025-06-{n + 1:02d}", tags=["Meta", "AI"] if n in (2, 3, 4) else ["Meta"])
                     for n in range(7))
    site = build_site(articles, CONFIG, NOW)
    near = site.neighbours["a3"]
    assert (near.newer.slug, near.older.slug) == ("a4", "a2")
    assert slugs(near.related) == ["a6", "a5", "a1"]  # a4 and a2 share both tags, but are next to it
    assert not {"a4", "a2"} & set(slugs(site.neighbours["a3"].related))


def test_related_articles_are_only_published_ones():
    articles = (make_article("a", "2025-06-01", tags=["Meta"]), make_article("draf", "2025-06-02", tags=["Meta"], draft=True),
                make_article("nanti", "2025-08-01", tags=["Meta"]))
    assert build_site(articles, CONFIG, NOW).neighbours["a"].related == ()


def test_terms_and_months_come_from_published_articles_only():
    articles = (make_article("a", "2025-06-01", tags=["Meta"], category="Bisnis", author="Rina"),
                make_article("draf", "2025-05-01", tags=["Rahasia"], category="Politik", draft=True),
                make_article("s", "2025-06-02", source="Antara"))
    site = build_site(articles, CONFIG, NOW)
    assert [t.name for t in site.tags] == ["Meta"]
    assert [t.name for t in site.categories] == ["Bisnis"]
    assert [t.name for t in site.authors] == ["Rina"]
    assert [t.name for t in site.sources] == ["Antara"]
    assert [m.path for m in site.months] == ["arsip/2025/06/"]
    assert site.terms("tag") == site.tags


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sets(st.sampled_from("abcdefg"), max_size=5), min_size=1, max_size=25),
       st.integers(min_value=0, max_value=6))
def test_related_articles_match_counting_every_shared_tag(tag_sets, count):
    """The pair-index shortcut gives exactly what counting shared tags over all articles gives."""
    articles = [make_article(f"a{i:02d}", f"2025-01-{i + 1:02d}T08:00:00+07:00", tags=sorted(tags))
                for i, tags in enumerate(tag_sets)]
    site = build_site(tuple(articles), replace(SiteConfig(title="Uji"), related_count=count), NOW)
    position = {a.slug: i for i, a in enumerate(site.articles)}
    for article in site.articles:
        mine = set(article.source.tags)
        scores = [(-len(mine & set(other.source.tags)), position[other.slug], other.slug)
                  for other in site.articles if other is not article and mine & set(other.source.tags)
                  and abs(position[other.slug] - position[article.slug]) != 1]  # (not the newer or older one)
        expected = [slug for _, _, slug in sorted(scores)[:count]]
        assert slugs(site.neighbours[article.slug].related) == expected


def test_the_archive_is_ordered_by_instant_whatever_zone_each_date_is_written_in():
    """Dates in other zones sort by the moment they name (08:30 WITA is before 08:00 WIB), the same
    moment by slug; each written offset is a zone object of its own, which the order does not see."""
    articles = (make_article("wita", "2025-06-15T08:30:00+08:00"), make_article("wib", "2025-06-15T08:00:00+07:00"),
                make_article("wit-b", "2025-06-15T10:00:00+09:00"), make_article("wit-a", "2025-06-15T10:00:00+09:00"),
                make_article("utc", "2025-06-15T02:00:00+00:00"))
    site = build_site(articles, CONFIG, NOW)
    assert slugs(site.articles) == ["utc", "wit-b", "wit-a", "wib", "wita"]
    assert slugs(build_site(articles[::-1], CONFIG, NOW).articles) == slugs(site.articles)
