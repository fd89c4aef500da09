"""model/archives.py: month archives, in the site's time zone."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from warta.config import SiteConfig
from warta.content.schema import validate_article
from warta.markdown import render_article
from warta.model.archives import group_months
from warta.yamlmap import YamlMapping

CONFIG = SiteConfig(title="X")
JAKARTA = ZoneInfo("Asia/Jakarta")


def make_article(slug: str, date: str):
    data = {"title": slug, "date": date}
    source, problems = validate_article(f"articles/{slug}.md", slug, YamlMapping(data, {}, 2), "Isi.", 5, CONFIG)
    assert source is not None, problems
    return render_article(source, CONFIG)


def test_months_are_newest_first_with_their_articles():
    articles = (make_article("c", "2025-08-01"), make_article("b", "2025-06-20"), make_article("a", "2025-06-02"))
    months = group_months(articles, JAKARTA)
    assert [(m.year, m.month, m.path) for m in months] == [(2025, 8, "arsip/2025/08/"), (2025, 6, "arsip/2025/06/")]
    assert [a.slug for a in months[1].articles] == ["b", "a"]


def test_month_is_decided_in_the_site_time_zone():
    # 20:00 UTC on 30 June is 03:00 on 1 July in Jakarta.
    late = make_article("larut", "2025-06-30T20:00:00+00:00")
    [month] = group_months((late,), JAKARTA)
    assert (month.year, month.month, month.path) == (2025, 7, "arsip/2025/07/")
    [in_utc] = group_months((late,), ZoneInfo("UTC"))
    assert (in_utc.year, in_utc.month) == (2025, 6)


def test_articles_either_side_of_local_midnight_fall_into_different_months():
    articles = (make_article("juli", "2025-06-30T17:00:00+00:00"), make_article("juni", "2025-06-30T16:59:00+00:00"))
    months = group_months(articles, JAKARTA)
    assert [(m.month, [a.slug for a in m.articles]) for m in months] == [(7, ["juli"]), (6, ["juni"])]


def test_same_month_of_different_years_are_different_archives():
    months = group_months((make_article("b", "2025-06-01"), make_article("a", "2024-06-01")), JAKARTA)
    assert [m.path for m in months] == ["arsip/2025/06/", "arsip/2024/06/"]


def test_no_articles_means_no_months():
    assert group_months((), JAKARTA) == ()


def test_a_date_at_the_edge_of_the_calendar_does_not_overflow():
    # Issue 21: "0001-01-01T00:00:00+07:00" raised OverflowError here. Validation now refuses it (years
    # 1900-2999); an article that still carries one (built by hand) keeps its written month.
    import dataclasses
    from datetime import datetime, timedelta, timezone

    article = make_article("awal", "2025-01-01")
    for written in (datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=7))),
                    datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-12)))):
        edge = dataclasses.replace(article, source=dataclasses.replace(article.source, date=written))
        [month] = group_months((edge,), JAKARTA)
        assert (month.year, month.month) == (written.year, written.month)
