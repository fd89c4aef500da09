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
    """1-based page number."""
    total: int
    """How many pages the listing has."""
    items: tuple[T, ...]
    """What this page shows."""
    path: str
    """This page's site path."""
    prev_path: str | None
    """Path of the page with newer items, if any."""
    next_path: str | None
    """Path of the page with older items, if any."""


def paginate(items: tuple[T, ...], per_page: int, base: str) -> tuple[PageSlice[T], ...]:
    """Cut `items` into pages of `per_page`; an empty listing still has one (empty) page."""
    total = max(1, -(-len(items) // per_page))
    pages = []
    for number in range(1, total + 1):
        chunk = items[(number - 1) * per_page: number * per_page]
        pages.append(PageSlice(
            number=number, total=total, items=chunk, path=paged_path(base, number),
            prev_path=paged_path(base, number - 1) if number > 1 else None,
            next_path=paged_path(base, number + 1) if number < total else None,
        ))
    return tuple(pages)
