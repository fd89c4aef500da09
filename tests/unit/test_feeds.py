"""importer/feeds.py: RSS and Atom feeds -> ImportedArticle records (issue 19).

Fixtures in tests/fixtures/import/feeds/: a WordPress RSS 2.0 feed with full content (`rss/`), an Atom feed
with html, xhtml and text content (`atom/`), and a portal's feed with only summaries (`summary-only/`)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from warta.importer import feeds
from warta.importer.records import ReadOptions, Reading

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "feeds"
JAKARTA = ZoneInfo("Asia/Jakarta")


def _read(name: str, data: bytes | None = None) -> Reading:
    path = FEEDS / name / "feed.xml"
    return feeds.read(path.read_bytes() if data is None else data, f"{name}/feed.xml", ReadOptions(JAKARTA))


def test_rss_items_with_full_content() -> None:
    first, second = _read("rss").articles
    assert first.title == "Pelabuhan Soekarno-Hatta Makassar Tambah Dua Crane Peti Kemas"
    assert first.authors == ("Andi Nurul Fadhilah",)
    assert first.date is not None and first.date.iso() == "2024-06-21T09:30:00+07:00"
    assert first.category == "Ekonomi" and first.tags == ("Pelabuhan", "Pelindo")
    assert first.source_url == "https://kabarmakassar.id/2024/06/21/pelabuhan-makassar-tambah-crane/"
    assert first.body.startswith("**MAKASSAR** – PT Pelindo Regional 4 menambah dua unit *ship-to-shore crane*")
    assert "Investasi untuk dua crane tersebut mencapai Rp 180 miliar." in first.body
    assert second.category == "Budaya" and second.tags == ()
    assert "- Sabtu: lomba perahu *lepa-lepa*" in second.body


def test_rss_summary_is_the_description_without_read_more_and_the_plugins_footer() -> None:
    first = _read("rss").articles[0]
    assert first.summary == ("PT Pelindo Regional 4 menambah dua unit crane peti kemas di Makassar New Port untuk "
                             "memangkas waktu bongkar muat.")
    assert "appeared first on" not in first.body


def test_relative_links_are_made_absolute_against_the_item() -> None:
    first = _read("rss").articles[0]
    assert "[Arus Peti Kemas di Makassar Naik 12 Persen](https://kabarmakassar.id/2024/05/30/arus-peti-kemas-naik/)" \
        in first.body


def test_media_content_with_a_description_is_the_lead_picture_at_its_address() -> None:
    image = _read("rss").articles[0].image
    assert image is not None and image.copy_from is None
    assert image.src == "https://kabarmakassar.id/wp-content/uploads/2024/06/crane-mnp.jpg"
    assert image.alt == "Crane peti kemas baru di Makassar New Port"


def test_items_on_the_feeds_own_site_get_their_old_path_as_an_alias() -> None:
    assert _read("rss").articles[0].aliases == ("/2024/06/21/pelabuhan-makassar-tambah-crane/",)
    other_site = (FEEDS / "rss" / "feed.xml").read_bytes().replace(b"<link>https://kabarmakassar.id</link>",
                                                                     b"<link>https://agregator.id</link>")
    assert _read("rss", other_site).articles[0].aliases == ()


def test_atom_html_xhtml_and_text_content() -> None:
    html, xhtml, text = _read("atom").articles
    assert html.title == "Startup Agritech Asal Bandung Raih Pendanaan Rp 80 Miliar"
    assert html.authors == ("Dewi Kartika",)
    assert html.date is not None and html.date.iso() == "2024-06-19T14:20:00+07:00"
    assert html.updated is not None and html.updated.iso() == "2024-06-20T08:00:00+07:00"
    assert html.category == "Startup" and html.tags == ("Pendanaan",)
    assert "## Rencana ekspansi" in html.body and "> Petani kecil butuh kepastian harga" in html.body
    assert html.summary == "Startup agritech TaniLink meraih pendanaan seri A untuk memperluas layanan ke 12 provinsi."
    assert "**tenaga surya**" in xhtml.body and xhtml.summary is None
    # text content is text: its asterisks and tags are shown, not read as markup
    assert "Kuota \\*terbatas\\* untuk 150 peserta \\<b>per kota\\</b>." in text.body
    assert text.date is not None and text.date.iso() == "2024-06-15T19:30:00+07:00" and text.updated is None


def test_a_data_link_in_atom_content_keeps_only_its_text() -> None:
    html = _read("atom").articles[0]
    assert "Unduh siaran pers" in html.body and "data:" not in html.body


def test_summary_only_items_are_imported_with_a_warning_each() -> None:
    reading = _read("summary-only")
    assert len(reading.articles) == 2
    for article in reading.articles:
        assert any(w.message.startswith("the feed has only a summary of this item") for w in article.warnings)
    first = reading.articles[0]
    assert "Jembatan Pulau Balang yang menghubungkan Balikpapan" in first.body
    assert first.authors == ("Rahmat Hidayat",)
    assert first.date is not None and first.date.iso() == "2024-06-21T16:40:00+07:00"
    # an enclosure without a description cannot have alt text: left out, and said so
    assert first.image is None and any("has no description" in w.message for w in first.warnings)


def test_a_date_without_a_zone_is_taken_in_the_sites_zone() -> None:
    data = (FEEDS / "summary-only" / "feed.xml").read_bytes().replace(b"Fri, 21 Jun 2024 16:40:00 +0700",
                                                                      b"Fri, 21 Jun 2024 16:40:00")
    article = _read("summary-only", data).articles[0]
    assert article.date is not None and article.date.iso() == "2024-06-21T16:40:00+07:00"
    assert "no zone stated" in article.date.origin


def test_an_item_without_a_date_is_imported_with_a_warning() -> None:
    data = (FEEDS / "summary-only" / "feed.xml").read_bytes().replace(
        b"<pubDate>Fri, 21 Jun 2024 16:40:00 +0700</pubDate>", b"")
    article = _read("summary-only", data).articles[0]
    assert article.date is None and any("no date" in w.message for w in article.warnings)


def test_an_item_already_at_its_warta_address_gets_no_alias() -> None:
    data = (FEEDS / "rss" / "feed.xml").read_bytes().replace(
        b"<link>https://kabarmakassar.id/2024/06/20/festival-lego-lego-losari/</link>",
        b"<link>https://kabarmakassar.id/artikel/festival-lego-lego-digelar-di-pantai-losari-akhir-pekan-ini/</link>")
    assert _read("rss", data).articles[1].aliases == ()
