"""Month archives ("Juni 2025")."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from warta.markdown import Article
from warta.model.urls import month_path


@dataclass(frozen=True, slots=True)
class Month:
    """The articles published in one calendar month (in the site's time zone)."""

    year: int
    month: int
    path: str
    """Site path of the month page."""
    articles: tuple[Article, ...]
    """Newest first."""


def group_months(articles: tuple[Article, ...], zone) -> tuple[Month, ...]:
    """Months that have articles, newest first; `articles` must be newest first."""
    def key(article: Article) -> tuple[int, int]:
        written = article.source.date
        try:
            local = written.astimezone(zone)
        except OverflowError:  # year 1 or 9999 moved across midnight; validation refuses them (issue 21)
            local = written
        return local.year, local.month

    return tuple(Month(year, month, month_path(year, month), tuple(items))
                 for (year, month), items in groupby(articles, key=key))
