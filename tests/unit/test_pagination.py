"""model/pagination.py: cutting listings into numbered pages with prev/next paths."""

from __future__ import annotations

import pytest

from warta.model.pagination import paginate


def test_empty_listing_has_one_empty_page():
    [page] = paginate((), 10, "")
    assert (page.number, page.total, page.items, page.path) == (1, 1, (), "")
    assert page.prev_path is None and page.next_path is None


def test_short_listing_has_one_page_without_neighbours():
    [page] = paginate((1, 2, 3), 10, "tag/meta/")
    assert page.items == (1, 2, 3)
    assert page.path == "tag/meta/"
    assert (page.prev_path, page.next_path) == (None, None)


@pytest.mark.parametrize("count, per_page, total", [(10, 10, 1), (20, 10, 2), (30, 10, 3), (11, 10, 2), (5, 1, 5)])
def test_number_of_pages_rounds_up_and_exact_multiples_leave_no_empty_page(count, per_page, total):
    pages = paginate(tuple(range(count)), per_page, "")
    assert len(pages) == total
    assert all(p.total == total for p in pages)
    assert all(p.items for p in pages)
    assert sum((p.items for p in pages), ()) == tuple(range(count))


def test_pages_link_to_their_neighbours_under_halaman():
    pages = paginate(tuple(range(25)), 10, "kategori/bisnis/")
    assert [p.path for p in pages] == ["kategori/bisnis/", "kategori/bisnis/halaman/2/", "kategori/bisnis/halaman/3/"]
    assert [p.prev_path for p in pages] == [None, "kategori/bisnis/", "kategori/bisnis/halaman/2/"]
    assert [p.next_path for p in pages] == ["kategori/bisnis/halaman/2/", "kategori/bisnis/halaman/3/", None]
    assert [len(p.items) for p in pages] == [10, 10, 5]
    assert [p.number for p in pages] == [1, 2, 3]


def test_home_page_listing_pages_start_at_the_root():
    pages = paginate(tuple(range(3)), 2, "")
    assert [p.path for p in pages] == ["", "halaman/2/"]
    assert pages[1].prev_path == ""
