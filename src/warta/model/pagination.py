"""Split a listing into numbered pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from warta.model.urls import paged_path

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PageSlice(Generic[T]):
    """One page of a paginated listing."""

    number: int
    """0 for the listing's first page (the newest items); archive pages are numbered 1, 2, …
    from the oldest."""
    total: int
    """How many numbered archive pages the listing has (0 when everything fits on the first)."""
    items: tuple[T, ...]
    """What this page shows, newest first."""
    path: str
    """This page's site path."""
    prev_path: str | None
    """Path of the page with newer items, if any."""
    next_path: str | None
    """Path of the page with older items, if any."""


COUNT_FIELDS = ("total",)
"""`PageSlice` fields that change on every page of a listing whenever the listing gains an archive page
(how many it has): a page's fingerprint and key cover them only where one of its templates reads them
(`builder.fingerprints.TemplateUse.counts`), so that archive pages that do not show the count keep their
bytes, and are not rendered again, as a listing grows."""


def counts_of(page: PageSlice) -> tuple:
    """The values of `page`'s `COUNT_FIELDS`."""
    return tuple(getattr(page, name) for name in COUNT_FIELDS)


def paginate(items: tuple[T, ...], per_page: int, base: str) -> tuple[PageSlice[T], ...]:
    """Cut newest-first `items` into a first page and archive pages numbered from the oldest.

    The first page (at `base`) shows the newest `per_page` items. Archive page k holds the
    k-th `per_page` items counted from the oldest, and exists once it is full and not the same
    as the first page. So a new item changes the first page only (and, each time `per_page` new
    items have come, adds one archive page): the pages an archive already had keep their items
    and their addresses, as Nikola numbers its index pages. Pages may overlap the first one."""
    count = len(items)
    oldest_first = items[::-1]
    total = max(0, (count - 1) // per_page)
    first_older = paged_path(base, (count - 1 - per_page) // per_page + 1) if total else None
    pages = [PageSlice(number=0, total=total, items=items[:per_page], path=base, prev_path=None,
                       next_path=first_older)]
    for number in range(1, total + 1):
        chunk = oldest_first[(number - 1) * per_page: number * per_page]
        pages.append(PageSlice(
            number=number, total=total, items=chunk[::-1], path=paged_path(base, number),
            prev_path=paged_path(base, number + 1) if number < total else base,
            next_path=paged_path(base, number - 1) if number > 1 else None,
        ))
    return tuple(pages)
