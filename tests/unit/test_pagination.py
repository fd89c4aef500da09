"""model/pagination.py: a first page of the newest items, archive pages numbered from the oldest."""

from __future__ import annotations

import pytest

from warta.model.pagination import paginate


def test_empty_listing_has_one_empty_first_page():
    [page] = paginate((), 10, "")
    assert (page.number, page.total, page.items, page.path) == (0, 0, (), "")
    assert page.prev_path is None and page.next_path is None


def test_short_listing_has_one_page_without_neighbours():
    [page] = paginate((1, 2, 3), 10, "tag/meta/")
    assert page.items == (1, 2, 3)
    assert page.path == "tag/meta/"
    assert (page.prev_path, page.next_path) == (None, None)


@pytest.mark.parametrize("count, per_page, archive_pages", [(10, 10, 0), (11, 10, 1), (20, 10, 1), (21, 10, 2),
                                                            (30, 10, 2), (5, 1, 4)])
def test_archive_pages_are_the_full_pages_counted_from_the_oldest(count, per_page, archive_pages):
    items = tuple(range(count))  # newest first: 0 is the newest
    first, *archive = paginate(items, per_page, "")
    assert first.items == items[:per_page]
    assert len(archive) == archive_pages and all(p.total == archive_pages for p in (first, *archive))
    assert all(len(p.items) == per_page for p in archive)
    assert [p.number for p in archive] == list(range(1, archive_pages + 1))
    # Page 1 holds the oldest items; together with the first page, nothing is left out.
    if archive:
        assert archive[0].items == items[::-1][:per_page][::-1]
    assert set(first.items).union(*(p.items for p in archive)) == set(items)


def test_pages_link_to_newer_and_older_neighbours_under_halaman():
    first, one, two = paginate(tuple(range(25)), 10, "kategori/bisnis/")
    assert [p.path for p in (first, one, two)] == [
        "kategori/bisnis/", "kategori/bisnis/halaman/1/", "kategori/bisnis/halaman/2/"]
    assert first.items == tuple(range(10)) and two.items == tuple(range(5, 15)) and one.items == tuple(range(15, 25))
    assert first.next_path == "kategori/bisnis/halaman/2/"  # holds the item after the first page's last
    assert (two.prev_path, two.next_path) == ("kategori/bisnis/", "kategori/bisnis/halaman/1/")
    assert (one.prev_path, one.next_path) == ("kategori/bisnis/halaman/2/", None)


def test_a_new_item_changes_only_the_first_page_until_another_page_fills():
    before = paginate(tuple(range(1, 26)), 10, "")
    after = paginate(tuple(range(0, 26)), 10, "")  # 0 is the new, newest item
    assert before[1:] == after[1:]  # the archive pages keep their items and addresses
    assert before[0].items != after[0].items
    filled = paginate(tuple(range(-4, 26)), 10, "")
    assert filled[1:3] == after[1:3] and [p.path for p in filled[3:]] == []  # 30 items: page 3 is the first page


def test_home_page_listing_pages_start_at_the_root():
    first, one = paginate(tuple(range(3)), 2, "")
    assert [p.path for p in (first, one)] == ["", "halaman/1/"]
    assert one.prev_path == ""
