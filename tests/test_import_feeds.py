"""`warta import feed.xml` end to end for RSS, Atom and a summary-only feed: the expected articles, then the build
(issue 19). Run from the site folder with relative paths, as a newsroom does."""

from __future__ import annotations

import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from warta.cli import main
from warta.importer import feeds
from warta.importer.records import ReadOptions

FEEDS = Path(__file__).resolve().parent / "fixtures" / "import" / "feeds"
BUILD_NOW = "2026-12-05T12:00:00+07:00"
CONFIG = "title: Warta Uji\nbase_url: https://contoh.id/\n"


@pytest.mark.parametrize("name", ["rss", "atom", "summary-only"])
def test_feed_imports_as_expected_and_builds(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "situs"
    site.mkdir()
    (site / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    shutil.copy(FEEDS / name / "feed.xml", site / "feed.xml")
    monkeypatch.chdir(site)
    assert main(["import", "feed.xml", "--into", "articles"]) == 0
    expected = FEEDS / name / "expected"
    written = sorted(p.name for p in (site / "articles").glob("*.md"))
    assert written == sorted(p.name for p in expected.glob("*.md"))
    for file in written:
        assert (site / "articles" / file).read_text(encoding="utf-8") == (expected / file).read_text(encoding="utf-8")
    err = capsys.readouterr().err
    if name == "summary-only":
        assert err.count("the feed has only a summary of this item") == 2
    assert main(["build", "--now", BUILD_NOW, "--quiet"]) == 0
    for file in written:
        assert (site / "_site" / "artikel" / file.removesuffix(".md") / "index.html").is_file()


def test_feed_items_on_the_feeds_site_redirect_from_their_old_address(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "situs"
    site.mkdir()
    (site / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    shutil.copy(FEEDS / "rss" / "feed.xml", site / "feed.xml")
    monkeypatch.chdir(site)
    assert main(["import", "feed.xml", "--into", "articles"]) == 0
    assert main(["build", "--now", BUILD_NOW, "--quiet"]) == 0
    old = site / "_site" / "2024" / "06" / "21" / "pelabuhan-makassar-tambah-crane" / "index.html"
    assert "/artikel/pelabuhan-soekarno-hatta-makassar-tambah-dua-crane-peti/" in old.read_text(encoding="utf-8")
    built = (site / "_site" / "artikel" / "festival-lego-lego-digelar-di-pantai-losari-akhir-pekan-ini" /
             "index.html").read_text(encoding="utf-8")
    assert "steal()" not in built and "onclick" not in built


# ------------------------------------------------------------------ findings of the import probe (issue 19)

OPTIONS = ReadOptions(ZoneInfo("Asia/Jakarta"))
BLOGGER_KIND = "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#{}'/>"


def _entry(title: str, extra: str = "", kind: str | None = "post") -> str:
    return (f"<entry><id>tag:blogger.com,1999:blog-1.{title}</id><published>2024-04-20T08:00:00+07:00</published>"
            + (BLOGGER_KIND.format(kind) if kind else "")
            + f"<title type='text'>{title}</title><content type='html'>&lt;p&gt;Isi {title} yang cukup panjang "
            f"untuk sebuah artikel.&lt;/p&gt;</content>{extra}</entry>")


def _atom(entries: str, namespaces: str = "") -> bytes:
    return (f"<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' {namespaces}>"
            f"<title>Blog</title><link rel='alternate' href='https://blog.example/'/>{entries}</feed>").encode()


def test_a_blogger_export_gives_its_posts_only_and_its_drafts_as_drafts() -> None:
    """Probe finding 1: settings, template, comment and page entries became articles, a draft was published and
    the entry's kind became its category."""
    draft = ("<app:control xmlns:app='http://purl.org/atom/app#'><app:draft>yes</app:draft></app:control>")
    data = _atom(_entry("Setelan", kind="settings") + _entry("Templat", kind="template")
                 + _entry("Panen", "<category scheme='http://www.blogger.com/atom/ns#' term='Desa'/>")
                 + _entry("Komentar", kind="comment") + _entry("Rahasia", draft) + _entry("Tentang", kind="page"))
    reading = feeds.read(data, "blog.xml", OPTIONS)
    assert [(a.title, a.draft, a.category) for a in reading.articles] == [("Panen", False, "Desa"),
                                                                          ("Rahasia", True, None)]
    assert [s.reason.split(" (")[0] for s in reading.skipped] == ["blog setting", "theme template", "comment", "page"]


def test_the_newer_blogger_export_and_comments_of_any_feed_are_told_apart_too() -> None:
    blogger = "xmlns:blogger='http://schemas.google.com/blogger/2018'"
    entries = (_entry("Terbit", "<blogger:type>POST</blogger:type><blogger:status>LIVE</blogger:status>"
                      "<blogger:filename>/2024/04/terbit.html</blogger:filename>", None)
               + _entry("Draf", "<blogger:type>POST</blogger:type><blogger:status>DRAFT</blogger:status>", None)
               + _entry("Dibuang", "<blogger:type>POST</blogger:type><blogger:status>SOFT_TRASHED</blogger:status>",
                        None)
               + _entry("Komentar", "<blogger:type>COMMENT</blogger:type><blogger:status>LIVE</blogger:status>", None)
               + _entry("Balasan", "<thr:in-reply-to ref='tag:x' xmlns:thr='http://purl.org/syndication/thread/1.0'/>",
                        None))
    reading = feeds.read(_atom(entries, blogger), "blog.xml", OPTIONS)
    assert [(a.title, a.draft) for a in reading.articles] == [("Terbit", False), ("Draf", True)]
    assert [s.reason for s in reading.skipped] == ["trashed post", "comment", "comment"]
    assert reading.articles[0].aliases == ("/2024/04/terbit.html",)  # (its old address, kept as an alias)


def _rss(items: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Koran</title>'
            f"<link>https://koran.example/</link>{items}</channel></rss>").encode()


def _item(title: str, inner: str) -> str:
    return (f"<item><title>{title}</title><link>https://koran.example/{title}</link>"
            f"<pubDate>Thu, 12 Jun 2025 02:30:00 +0000</pubDate>{inner}"
            f"<content:encoded><![CDATA[<p>Isi lengkap {title} untuk pembaca setia.</p>]]></content:encoded></item>")


@pytest.mark.parametrize("order", ["media first", "description first"])
def test_a_pictures_media_description_is_its_alt_text_never_the_summary(order: str) -> None:
    """Probe finding 4: feedparser took `media:description` for the summary when it came first (and dropped it
    when it came second): the lead picture was left out as undescribed."""
    picture = ('<media:content url="https://koran.example/kopi.jpg" medium="image">'
               "<media:description>Secangkir kopi susu di meja kedai</media:description></media:content>")
    summary = "<description>Ringkasan kopi untuk pembaca.</description>"
    group = ('<media:group><media:description>Dua cangkir teh</media:description>'
             '<media:content url="https://koran.example/teh.jpg" medium="image"/></media:group>')
    inner = picture + summary if order == "media first" else summary + picture
    reading = feeds.read(_rss(_item("kopi", inner) + _item("teh", group)), "feed.xml", OPTIONS)
    kopi, teh = reading.articles
    assert kopi.summary == "Ringkasan kopi untuk pembaca."
    assert kopi.image is not None and kopi.image.alt == "Secangkir kopi susu di meja kedai"
    assert teh.summary is None and teh.image is not None and teh.image.alt == "Dua cangkir teh"


def test_impossible_feed_dates_are_refused_quoted_and_indonesian_ones_read() -> None:
    """Probe finding 5: feedparser rolled 2025-13-45 over into 2026 and a +9999 zone into another day, and
    "Kamis, 12 Juni 2025 09:30 WIB" gave no date with a warning that did not quote it."""
    def item(title: str, date: str) -> str:
        return _item(title, "").replace("Thu, 12 Jun 2025 02:30:00 +0000", date)
    reading = feeds.read(_rss(item("bulan", "2025-13-45") + item("zona", "Mon, 02 Jun 2025 08:00:00 +9999")
                              + item("hari", "Mon, 31 Jun 2025 08:00:00 +0700")
                              + item("wib", "Kamis, 12 Juni 2025 09:30 WIB")
                              + item("iso", "2025-06-12T09:30:00+07:00")), "feed.xml", OPTIONS)
    dates = [a.date.iso() if a.date else None for a in reading.articles]
    assert dates == [None, None, None, "2025-06-12T09:30:00+07:00", "2025-06-12T09:30:00+07:00"]
    messages = [" ".join(w.message for w in a.warnings) for a in reading.articles[:3]]
    assert '"2025-13-45" is not a date (no such day)' in messages[0]
    assert '"Mon, 02 Jun 2025 08:00:00 +9999" is not a date (no such time zone: +9999)' in messages[1]
    assert '"Mon, 31 Jun 2025 08:00:00 +0700" is not a date' in messages[2]


def test_untitled_items_are_named_from_their_address_or_day_not_all_from_the_feed(tmp_path: Path) -> None:
    """Probe finding 6: every untitled item took the feed's file name (`f.md`); only the first imported."""
    def untitled(link: str, when: str) -> str:
        return (f"<item>{link}<pubDate>{when}</pubDate><content:encoded><![CDATA[<p>Catatan pendek tentang "
                "hujan deras di Bogor sore ini.</p>]]></content:encoded></item>")
    feed = tmp_path / "f.xml"
    feed.write_bytes(_rss(untitled("<link>https://koran.example/2025/06/1</link>", "Thu, 12 Jun 2025 02:30:00 +0000")
                          + untitled("<link>https://koran.example/2025/06/2</link>", "Thu, 12 Jun 2025 05:30:00 +0000")
                          + untitled("<link>https://koran.example/catatan/hujan-bogor.html</link>",
                                     "Fri, 13 Jun 2025 02:30:00 +0000")
                          + untitled("", "Sat, 14 Jun 2025 02:30:00 +0000")))
    assert main(["import", str(feed), "--into", str(tmp_path / "articles")]) == 0
    assert sorted(p.name for p in (tmp_path / "articles").glob("*.md")) == [
        "2025-06-12-1.md", "2025-06-12-2.md", "2025-06-14-4.md", "hujan-bogor.md"]


def test_relative_addresses_in_atom_content_follow_its_xml_base() -> None:
    """Probe finding 18 (the feed part): `xml:base` on Atom content was ignored; its links resolved against the
    entry's own address."""
    entry = ("<entry xml:base='2025/01/'><title>Banjir Rob</title><link href='banjir-rob'/><id>1</id>"
             "<published>2025-01-02T03:00:00Z</published><content type='html' xml:base='https://cdn.example/x/'>"
             "&lt;p&gt;Lihat &lt;a href='peta.html'&gt;peta banjir&lt;/a&gt; di pesisir utara Semarang.&lt;/p&gt;"
             "</content></entry><entry><title>Tanpa Basis</title><link href='https://blog.example/b/kedua'/><id>2</id>"
             "<published>2025-01-02T03:00:00Z</published><content type='html'>&lt;p&gt;Lihat &lt;a href='peta.html'"
             "&gt;peta&lt;/a&gt; yang lain.&lt;/p&gt;</content></entry>")
    data = ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>B</title>"
            f"<link href='https://blog.example/'/>{entry}</feed>").encode()
    based, plain = feeds.read(data, "atom.xml", OPTIONS).articles
    assert "[peta banjir](https://cdn.example/x/peta.html)" in based.body
    assert "[peta](https://blog.example/b/peta.html)" in plain.body
