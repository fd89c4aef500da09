"""`builder/spill.py`: what a build holds until it ends, in a file without a name instead of in memory."""

from __future__ import annotations

import os
from pathlib import Path

from warta.builder.spill import Spill
from warta.linkcheck import BuiltPage, scan_page

HTML = ('<!doctype html><html><body><main id="konten"><h2 id="latar">Latar</h2>'
        '<a href="/artikel/dua/">Dua</a>\n<img src="/foto/a.jpg" alt=""></main></body></html>')


def test_spilled_bytes_read_back_by_their_place_and_leave_no_file(tmp_path: Path):
    spill = Spill(tmp_path)
    held = [spill.hold(data) for data in (b"satu", b"", b"\x00dua" * 1000, b"tiga")]
    assert [bytes(one) for one in held] == [b"satu", b"", b"\x00dua" * 1000, b"tiga"]
    assert [bytes(one) for one in reversed(held)] == [b"tiga", b"\x00dua" * 1000, b"", b"satu"]
    assert os.listdir(tmp_path) == []  # (a file without a name: nothing to clean up, whatever happens)
    spill.close()


def test_a_spilled_page_has_its_anchors_and_links_and_keeps_no_links_in_memory(tmp_path: Path):
    scanned = scan_page(HTML)
    page = Spill(tmp_path).page(scanned)
    assert page.ids == scanned.ids == {"konten", "latar"}
    assert page.links == scanned.links and [link.url for link in page.links] == ["/artikel/dua/", "/foto/a.jpg"]
    assert page.packed_links == scanned.packed_links and page.fetched
    assert page == scanned and page._packed is None and page._links is None
    # Through the build cache (pickled) it becomes an ordinary page, links and all.
    import pickle
    again = pickle.loads(pickle.dumps(page))
    assert isinstance(again, BuiltPage) and again == scanned


def test_a_spill_beside_a_folder_that_takes_no_file_falls_back_to_the_temporary_folder(tmp_path: Path):
    assert bytes(Spill(tmp_path / "tidak-ada").hold(b"isi")) == b"isi"


def test_spilled_bytes_compare_hash_and_pickle_as_the_bytes_they_stand_for(tmp_path: Path):
    import pickle

    from warta.markdown import RenderedBody, pack_html

    spill = Spill(tmp_path)
    packed = pack_html("<p>Harga cabai naik.</p>\n")
    held = spill.hold(packed)
    assert bytes(held) == packed and held == packed and packed == held and held == spill.hold(packed)
    assert held != spill.hold(b"lain") and hash(held) == hash(packed)
    again = pickle.loads(pickle.dumps(held))
    assert type(again) is bytes and again == packed
    # A body held so reads as its HTML, and goes into the build cache with the bytes themselves.
    body = RenderedBody(packed=held, packed_outline=b"", word_count=3, first_paragraph="Harga cabai naik.")
    assert body.html == "<p>Harga cabai naik.</p>\n"
    stored = pickle.loads(pickle.dumps(body))
    assert type(stored.packed) is bytes and stored == body


def test_the_link_check_reads_a_pages_own_anchors_without_keeping_them(tmp_path: Path):
    from warta.config import SiteConfig
    from warta.linkcheck import SiteIndex
    from warta.linkcheck.check import check_pages

    html = HTML.replace('<a href="/artikel/dua/">', '<a href="#latar">Latar</a><a href="/">')
    page = Spill(tmp_path).page(scan_page(html))
    index = SiteIndex(frozenset({"index.html", "foto/a.jpg"}), {"index.html": page})
    problems = check_pages(index, SiteConfig(title="Uji", base_url="https://contoh.id/"), "_site")
    assert problems == []
    assert page._ids is None and page.ids == {"konten", "latar"}


def test_a_closed_spill_refuses_to_read_rather_than_read_another_file(tmp_path: Path):
    """A stand-in kept past its build (a process that keeps the build's objects) raises when read: it never
    reads through a file number that another file has taken since."""
    import pytest

    spill = Spill(tmp_path)
    held = spill.hold(b"isi")
    spill.close()
    other = (tmp_path / "lain").open("wb")  # (likely to take the closed file's number)
    with pytest.raises(ValueError):
        bytes(held)
    other.close()


def test_an_articles_headings_wait_in_the_spill_and_read_and_pickle_as_before(tmp_path: Path):
    """Issue 20: the headings (`RenderedBody.packed_outline`), which only an article's own page shows, wait in
    the spill with its body; they read, compare and go into the build cache as the bytes they stand for."""
    import pickle
    from dataclasses import replace

    from warta.builder.steps import _spilled
    from warta.markdown import Article, RenderedBody, pack_html
    from warta.pickling import pack_rows

    outline = ((2, "Latar", "latar"), (3, "Harga di pasar", "harga-di-pasar"))
    body = RenderedBody(packed=pack_html("<h2 id=\"latar\">Latar</h2>\n"), packed_outline=pack_rows(outline),
                        word_count=1, first_paragraph="")
    fields = {name: None for name in Article.__slots__}
    article = replace(Article(**fields), body=body)
    held = _spilled(article, Spill(tmp_path)).body
    assert type(held.packed_outline) is not bytes and held.packed_outline == body.packed_outline
    assert held.outline == outline and [h.anchor for h in held.headings] == ["latar", "harga-di-pasar"]
    stored = pickle.loads(pickle.dumps(held))
    assert type(stored.packed_outline) is bytes and stored == body
    # A body without headings keeps its empty bytes: nothing to hold.
    empty = _spilled(replace(article, body=replace(body, packed_outline=b"")), Spill(tmp_path)).body
    assert empty.packed_outline == b"" and empty.outline == ()


def test_a_spilled_page_keeps_neither_anchors_nor_links_and_reads_both_back_exactly(tmp_path: Path):
    """Issue 20: a page rendered by the build waits in the spill as one record, its anchors with its links;
    the page in memory holds only its place in the file."""
    import pickle

    html = HTML.replace('id="latar"', 'id="latar-ümbul"').replace("<main", '<a name="bawah"></a><main')
    scanned = scan_page(html)
    page = Spill(tmp_path).page(scanned)
    assert page._text is None and page._ids is None and page._packed is None and page._links is None
    assert page.anchor_text == scanned.anchor_text == "bawah\0konten\0latar-ümbul"
    assert page.anchors() == {"bawah", "konten", "latar-ümbul"} and page._ids is None
    assert page.packed_links == scanned.packed_links and page.links == scanned.links
    assert page._text is None and page._packed is None  # (read each time, never kept)
    again = pickle.loads(pickle.dumps(page))
    assert again == scanned and again.anchor_text == scanned.anchor_text
    # A page without anchors or links reads back as one too.
    bare = scan_page("<p>Tanpa tautan.</p>")
    held = Spill(tmp_path).page(bare)
    assert held.anchor_text == "" and held.ids == frozenset() and held.links == () and held == bare


def test_a_spilled_page_whose_record_is_cut_short_is_refused(tmp_path: Path):
    import pytest

    spill = Spill(tmp_path)
    record = scan_page(HTML).spill_record()
    for cut in (record[:2], record[:10]):
        page = BuiltPage.spilled(spill.hold(cut))
        with pytest.raises(ValueError, match="cut short"):
            page.anchor_text


def test_articles_read_apart_share_their_equal_front_matter_values(tmp_path: Path):
    """Issue 20: each article comes back from its worker with copies of its own of its tags, authors, category
    and time zone; the build keeps one of each, the values unchanged (a zone's name too)."""
    import pickle
    from dataclasses import replace
    from datetime import datetime, timedelta, timezone

    from warta.builder.steps import _spilled
    from warta.markdown import Article, RenderedBody, pack_html
    from warta.content.schema import SourceArticle

    body = RenderedBody(packed=pack_html("<p>x</p>"), packed_outline=b"", word_count=1, first_paragraph="")
    source = SourceArticle(**{name: None for name in SourceArticle.__slots__})
    wib = timezone(timedelta(hours=7), "WIB")

    def article(slug: str, zone) -> Article:
        fields = replace(source, slug=slug, tags=("Ekonomi", "Pasar"), authors=("Ani",), editors=(), tag_lines=(3, 4),
                         author_lines=(2,), category="Bisnis", date=datetime(2026, 1, 2, 3, tzinfo=zone))
        # (as from a worker: unpickled, every value a copy of its own)
        return pickle.loads(pickle.dumps(replace(Article(**{name: None for name in Article.__slots__}),
                                                 source=fields, body=body)))

    from warta.builder.steps import _SharedValues

    shared, spill = _SharedValues(), Spill(tmp_path)
    a, b, c = (_spilled(article(slug, zone), spill, shared).source
               for slug, zone in (("a", timezone(timedelta(hours=7))), ("b", timezone(timedelta(hours=7))), ("c", wib)))
    assert a.tags is b.tags and a.tags[0] is c.tags[0] and a.category is c.category and a.authors is b.authors
    assert a.date.tzinfo is b.date.tzinfo and c.date.tzinfo is not a.date.tzinfo
    assert c.date.tzname() == "WIB" and a.date == c.date and a.tags == ("Ekonomi", "Pasar") and a.slug == "a"
