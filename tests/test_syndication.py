"""Feeds, sitemaps, robots.txt, page metadata, JSON-LD and social cards, checked with the parsers
their consumers use (feedparser, lxml, Pillow)."""

from __future__ import annotations

import io
import json
import re
import shutil
from datetime import datetime
from pathlib import Path

import feedparser
import lxml.etree
import lxml.html
import pytest
from PIL import Image

from helpers import REPO, run_build
from warta.config import SiteConfig
from warta.outputs.sitemap import SitemapEntry, news_sitemap_files, sitemap_files
from warta.outputs.syndication import Document, render_document
from warta.cli import main
from warta.render.theme import THEME_SCRIPT

BASIC = REPO / "tests" / "sites" / "basic"
OFFSET = re.compile(r"[+-]\d\d:\d\d$")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert run_build(BASIC, output=out) == 0
    return out


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "basic"
    shutil.copytree(BASIC, root, ignore=shutil.ignore_patterns(".warta-cache"))
    return root


def all_feeds(out: Path) -> list[Path]:
    return [out / "atom.xml", out / "rss.xml", *sorted(out.glob("tag/*/atom.xml")),
            *sorted(out.glob("kategori/*/atom.xml"))]


def url_to_file(out: Path, url: str) -> Path:
    assert url.startswith("https://contoh.id/berita/"), url
    path = url.removeprefix("https://contoh.id/berita/")
    return out / (path + "index.html" if path == "" or path.endswith("/") else path)


def test_every_feed_parses_cleanly_with_complete_entries(built: Path):
    for path in all_feeds(built):
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        assert feed.entries, path
        for entry in feed.entries:
            assert entry.title and entry.link and entry.id, (path, entry)
            assert entry.get("published_parsed"), (path, entry.title)
            assert url_to_file(built, entry.link).exists()
        assert feed.feed.get("language", "id").startswith("id")


def test_atom_feed_has_offsets_content_summary_authors_and_categories(built: Path):
    root = lxml.etree.parse(str(built / "atom.xml")).getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert [e.findtext("a:title", namespaces=ns) for e in entries] == [
        "Banjir Rendam Sejumlah Wilayah Jakarta", "Harga Beras Turun di Pasar Induk",
        "Pemilihan Kepala Daerah Serentak Digelar di 37 Provinsi", "Uji <b>Keamanan</b> & Konten"]
    for entry in entries:
        for name in ("published", "updated"):
            assert entry.findtext(f"a:{name}", namespaces=ns).endswith("+07:00")
        assert entry.find("a:content[@type='html']", ns).text.strip()
        assert entry.findtext("a:summary", namespaces=ns)
        assert entry.findall("a:category", ns)
    banjir = entries[0]
    assert [a.findtext("a:name", namespaces=ns) for a in banjir.findall("a:author", ns)] == ["Budi Santoso",
                                                                                             "Sari Dewi"]
    assert banjir.findtext("a:updated", namespaces=ns) == "2025-07-02T18:00:00+07:00"
    # Relative links in the body become absolute for feed readers.
    pemilu = entries[2].find("a:content", ns).text
    assert 'href="https://contoh.id/berita/artikel/pemilu-daerah/#fn1"' in pemilu
    assert "Catatan redaksi" in pemilu


def test_rss_feed_dates_keep_the_jakarta_offset(built: Path):
    root = lxml.etree.parse(str(built / "rss.xml")).getroot()
    dates = root.xpath("//item/pubDate/text()")
    assert dates[0] == "Wed, 02 Jul 2025 06:15:00 +0700"
    assert all(d.endswith("+0700") for d in dates)
    assert root.xpath("//item/guid/@isPermaLink") == ["false"] * 4


def test_json_feed_has_the_required_fields(built: Path):
    feed = json.loads((built / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "Kabar Uji"
    assert feed["feed_url"] == "https://contoh.id/berita/feed.json"
    assert len(feed["items"]) == 4
    for item in feed["items"]:
        assert item["id"] and item["url"].startswith("https://") and item["title"]
        assert item["content_html"] and item["summary"]
        assert OFFSET.search(item["date_published"]) and OFFSET.search(item["date_modified"])
        assert item["image"].endswith("/kartu.png")
    # feedparser 6.0 does not read JSON Feed: check the spec's required members and types instead.
    assert set(feed) <= {"version", "title", "home_page_url", "feed_url", "description", "user_comment",
                         "next_url", "icon", "favicon", "authors", "language", "expired", "hubs", "items"}
    for item in feed["items"]:
        assert isinstance(item["id"], str) and isinstance(item["tags"], list)
        assert all(isinstance(a["name"], str) for a in item.get("authors", []))
        datetime.fromisoformat(item["date_published"])


def test_tag_and_category_feeds_list_only_their_articles(built: Path):
    daerah = feedparser.parse((built / "tag/daerah/atom.xml").read_bytes())
    assert [e.title for e in daerah.entries] == [
        "Banjir Rendam Sejumlah Wilayah Jakarta", "Harga Beras Turun di Pasar Induk",
        "Pemilihan Kepala Daerah Serentak Digelar di 37 Provinsi"]
    ekonomi = feedparser.parse((built / "kategori/ekonomi/atom.xml").read_bytes())
    assert [e.title for e in ekonomi.entries] == ["Harga Beras Turun di Pasar Induk"]


def test_feed_length_is_configurable(site: Path, tmp_path: Path):
    config = site / "warta.yaml"
    config.write_text(config.read_text() + "feed_length: 2\n")
    assert run_build(site, output=tmp_path / "out") == 0
    for name in ("atom.xml", "rss.xml"):
        assert len(feedparser.parse((tmp_path / "out" / name).read_bytes()).entries) == 2
    assert len(json.loads((tmp_path / "out/feed.json").read_text())["items"]) == 2


def test_entry_ids_survive_a_change_of_title(site: Path, tmp_path: Path):
    assert run_build(site, output=tmp_path / "one") == 0
    article = site / "articles/harga-beras.md"
    article.write_text(article.read_text().replace("Harga Beras Turun di Pasar Induk", "Harga Beras Akhirnya Turun"))
    assert run_build(site, output=tmp_path / "two") == 0
    ids = [{e.title: e.id for e in feedparser.parse((tmp_path / run / "atom.xml").read_bytes()).entries}
           for run in ("one", "two")]
    assert ids[0]["Harga Beras Turun di Pasar Induk"] == ids[1]["Harga Beras Akhirnya Turun"]


def test_every_page_advertises_the_feeds(built: Path):
    for file in built.rglob("*.html"):
        doc = lxml.html.fromstring(file.read_bytes())
        links = doc.xpath("//link[@rel='alternate']/@href")
        assert {"https://contoh.id/berita/atom.xml", "https://contoh.id/berita/rss.xml",
                "https://contoh.id/berita/feed.json"} <= set(links), file
    tag = lxml.html.fromstring((built / "tag/daerah/index.html").read_bytes())
    assert "https://contoh.id/berita/tag/daerah/atom.xml" in tag.xpath("//link[@rel='alternate']/@href")


def sitemap_urls(path: Path) -> list[str]:
    return [loc.text for loc in lxml.etree.parse(str(path)).getroot().iter(f"{SITEMAP}loc")]


def test_sitemap_lists_every_indexable_page_and_nothing_else(built: Path):
    urls = sitemap_urls(built / "sitemap.xml")
    assert len(urls) == len(set(urls))
    for url in urls:
        assert url_to_file(built, url).exists(), url
    pages = {p.relative_to(built).as_posix() for p in built.rglob("*.html")} - {"404.html"}
    listed = {url_to_file(built, u).relative_to(built).as_posix() for u in urls}
    assert listed == pages
    root = lxml.etree.parse(str(built / "sitemap.xml")).getroot()
    for url in root.iter(f"{SITEMAP}url"):
        lastmod = url.findtext(f"{SITEMAP}lastmod")
        if url.findtext(f"{SITEMAP}loc").endswith("/ralat/"):
            # The corrections page of a site without corrections has never changed: no lastmod (the
            # newest article's date would make it change with every new article, which it does not show).
            assert lastmod is None
            continue
        assert lastmod and datetime.fromisoformat(lastmod).utcoffset() is not None


def test_sitemap_splits_into_an_index_past_the_limit():
    config = SiteConfig(title="X", base_url="https://contoh.id/")
    entries = tuple(SitemapEntry(f"artikel/a{i}/", None) for i in range(5))
    files = _rendered(sitemap_files(entries, per_file=2), config)
    assert [f.path for f in files] == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]
    index = lxml.etree.fromstring(files[0].data)
    assert index.tag == f"{SITEMAP}sitemapindex"
    assert [loc.text for loc in index.iter(f"{SITEMAP}loc")] == [
        "https://contoh.id/sitemap-1.xml", "https://contoh.id/sitemap-2.xml", "https://contoh.id/sitemap-3.xml"]
    assert sum(len(list(lxml.etree.fromstring(f.data).iter(f"{SITEMAP}url"))) for f in files[1:]) == 5


@pytest.mark.parametrize("base_url", ["https://contoh.id/", "https://contoh.id/berita/", "/"])
def test_sitemap_urls_are_the_bytes_elementtree_writes(base_url: str):
    """The URL set is written as text for speed: it must stay what ElementTree serialised (escaping,
    indentation, offsets in the site's zone, an entry without a date, an empty set)."""
    from xml.etree import ElementTree as ET
    from warta.outputs.feeds import serialise
    from warta.outputs.sitemap import SITEMAP_NS, render_sitemap

    config = SiteConfig(title="X", base_url=base_url)
    when = datetime.fromisoformat("2026-11-20T01:04:00+00:00")
    entries = (SitemapEntry("", when), SitemapEntry("artikel/a&b<c>/", None),
               SitemapEntry("artikel/héra-ütama/", datetime.fromisoformat("2025-06-19T18:00:00+09:00")))
    for items in (entries, ()):
        root = ET.Element("urlset", {"xmlns": SITEMAP_NS})
        for entry in items:
            url = ET.SubElement(root, "url")
            ET.SubElement(url, "loc").text = config.absolute_url(config.base_path + entry.path)
            if entry.lastmod:
                ET.SubElement(url, "lastmod").text = entry.lastmod.astimezone(config.zone).isoformat()
        assert render_sitemap("urlset", items, config) == serialise(root)


def test_news_sitemap_holds_the_last_two_days(site: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert main(["build", "--source", str(site), "--output", str(out), "--quiet",
                 "--now", "2025-07-03T12:00:00+07:00"]) == 0
    root = lxml.etree.parse(str(out / "news-sitemap.xml")).getroot()
    assert [loc.text for loc in root.iter(f"{SITEMAP}loc")] == ["https://contoh.id/berita/artikel/banjir-jakarta/"]
    news = root.find(f"{SITEMAP}url/{NEWS}news")
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == "Kabar Uji"
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "id"
    assert news.findtext(f"{NEWS}publication_date") == "2025-07-02T06:15:00+07:00"
    assert news.findtext(f"{NEWS}title") == "Banjir Rendam Sejumlah Wilayah Jakarta"


def test_news_sitemap_is_empty_but_valid_when_nothing_is_recent(built: Path):
    root = lxml.etree.parse(str(built / "news-sitemap.xml")).getroot()
    assert root.tag == f"{SITEMAP}urlset" and len(root) == 0


def test_news_sitemap_splits_at_1000_per_file(built: Path):
    from warta.render.views import ArticleView  # noqa: F401 - documents what the function takes

    config = SiteConfig(title="X", base_url="https://contoh.id/")
    articles = tuple(_view(f"a{i}", datetime.fromisoformat("2025-07-02T10:00:00+07:00")) for i in range(3))
    files = _rendered(news_sitemap_files(articles, datetime.fromisoformat("2025-07-03T10:00:00+07:00"), per_file=2),
                      config)
    assert [f.path for f in files] == ["news-sitemap.xml", "news-sitemap-1.xml", "news-sitemap-2.xml"]
    assert lxml.etree.fromstring(files[0].data).tag == f"{SITEMAP}sitemapindex"


def _rendered(files, config: SiteConfig) -> list:
    """Sitemap files planned as (path, kind, items), rendered the way the build renders them."""
    return [render_document(Document(path, kind, items), config) for path, kind, items in files]


def _view(slug: str, when: datetime):
    from warta.markdown import pack_html
    from warta.render.views import ArticleView

    return ArticleView(slug=slug, path=f"artikel/{slug}/", title=slug, date=when, updated=None, authors=(),
                       source=None, dateline=None, tags=(), category=None, summary="", lede=None, note=None,
                       packed_body=pack_html(""), photo=None, image=None, image_alt="", packed_outline=b"", toc_min_headings=3, reading_minutes=1, word_count=1, extra={})


def test_robots_txt_points_to_both_sitemaps(built: Path):
    text = (built / "robots.txt").read_text()
    assert "Sitemap: https://contoh.id/berita/sitemap.xml" in text
    assert "Sitemap: https://contoh.id/berita/news-sitemap.xml" in text


def head_meta(doc) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for meta in doc.xpath("//meta[@property or @name]"):
        found.setdefault(meta.get("property") or meta.get("name"), []).append(meta.get("content"))
    return found


def test_every_page_has_title_description_canonical_open_graph_and_twitter(built: Path):
    for file in built.rglob("*.html"):
        doc = lxml.html.fromstring(file.read_bytes())
        meta = head_meta(doc)
        assert doc.findtext(".//title"), file
        assert meta.get("description") and meta["description"][0], file
        for key in ("og:site_name", "og:type", "og:title", "og:url", "og:image", "og:locale", "twitter:card"):
            assert meta.get(key), (file, key)
        # X takes the title, description and image from og:* when its own tags are missing.
        assert not {"twitter:title", "twitter:description", "twitter:image"} & set(meta), file
        assert meta["og:locale"] == ["id_ID"]
        if file.name != "404.html":
            assert doc.xpath("//link[@rel='canonical']/@href") == meta["og:url"]
        assert meta["og:image"][0].startswith("https://contoh.id/berita/")


def test_no_page_has_an_empty_description_without_a_site_description(write_site, tmp_path: Path):
    """Issue 21: with no `description` in warta.yaml and an article with no summary, pages had
    `<meta name="description" content="">`. An article falls back to its first paragraph (cut at
    a word before 160 characters, with …), else its headline; the home page and 404 to a line of
    their own."""
    first = ("Harga cabai rawit di pasar induk naik dua kali lipat dalam sepekan terakhir, dan para pedagang "
             "mengatakan pasokan dari sentra produksi di Jawa Timur berkurang tajam karena hujan deras.")
    root = write_site({
        "articles/cabai.md": f"---\ntitle: Harga Cabai Naik\ndate: 2025-06-15\n---\n\n{first}\n\nParagraf kedua.\n",
        "articles/tabel.md": "---\ntitle: Tabel Harga\ndate: 2025-06-16\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    }, config="title: Warta Uji\nbase_url: https://contoh.id/\n")
    out = tmp_path / "out"
    assert run_build(root, output=out) == 0
    cut = "Harga cabai rawit di pasar induk naik dua kali lipat dalam sepekan terakhir, dan para pedagang " \
          "mengatakan pasokan dari sentra produksi di Jawa Timur berkurang…"
    assert len(first) > 160 and len(cut) <= 160 and first.startswith(cut[:-1] + " ")
    expected = {"artikel/cabai/index.html": cut, "artikel/tabel/index.html": "Tabel Harga",
                "index.html": "Berita terbaru di Warta Uji", "404.html": "Halaman yang dicari tidak ada di Warta Uji"}
    for name, description in expected.items():
        meta = head_meta(lxml.html.fromstring((out / name).read_bytes()))
        assert meta["description"] == meta["og:description"] == [description], name
    for file in out.rglob("*.html"):
        meta = head_meta(lxml.html.fromstring(file.read_bytes()))
        assert len(meta["description"]) == 1 and meta["description"][0].strip(), file
    [article] = [d for d in jsonld(lxml.html.fromstring((out / "artikel/tabel/index.html").read_bytes()))
                 if d["@type"] == "NewsArticle"]
    assert "description" not in article  # (rather than "")


def jsonld(doc) -> list[dict]:
    return [json.loads(s.text) for s in doc.xpath("//script[@type='application/ld+json']")]


def test_every_article_has_news_article_and_breadcrumb_json_ld(built: Path):
    pages = sorted(built.glob("artikel/*/index.html"))
    assert len(pages) == 4
    for file in pages:
        doc = lxml.html.fromstring(file.read_bytes())
        data = {d["@type"]: d for d in jsonld(doc)}
        article, crumbs = data["NewsArticle"], data["BreadcrumbList"]
        title = doc.findtext(".//h1")
        assert article["headline"] == title[:110] and len(article["headline"]) <= 110
        assert article["description"]
        for key in ("datePublished", "dateModified"):
            assert OFFSET.search(article[key]), article[key]
        assert article["author"] and all(a["@type"] in ("Person", "Organization") and a["name"] and a["url"]
                                         for a in article["author"])
        # The newsroom (issue 18): one NewsMediaOrganization, named by its @id on every article.
        assert article["publisher"]["@type"] == "NewsMediaOrganization"
        assert article["publisher"]["@id"] == "https://contoh.id/berita/#organisasi"
        assert article["publisher"]["logo"]["url"] == "https://contoh.id/berita/logo.png"
        assert article["image"][0].startswith("https://contoh.id/berita/")
        assert article["inLanguage"] == "id"
        canonical = doc.xpath("//link[@rel='canonical']/@href")[0]
        assert article["mainEntityOfPage"]["@id"] == canonical
        names = [item["name"] for item in crumbs["itemListElement"]]
        assert names[0] == "Beranda" and names[-1] == title
        assert crumbs["itemListElement"][-1]["item"] == canonical
        meta = head_meta(doc)
        assert meta["og:type"] == ["article"]
        assert meta["article:published_time"] == [article["datePublished"]]
        assert meta["article:modified_time"] == [article["dateModified"]]
    banjir = jsonld(lxml.html.fromstring((built / "artikel/banjir-jakarta/index.html").read_bytes()))
    assert [c["name"] for c in banjir[1]["itemListElement"]] == ["Beranda", "Nasional",
                                                                 "Banjir Rendam Sejumlah Wilayah Jakarta"]
    assert banjir[0]["author"][0] == {"@type": "Person", "name": "Budi Santoso",
                                      "url": "https://contoh.id/berita/penulis/budi-santoso/"}


def test_home_has_website_json_ld(built: Path):
    data = jsonld(lxml.html.fromstring((built / "index.html").read_bytes()))
    assert data[0]["@type"] == "WebSite" and data[0]["url"] == "https://contoh.id/berita/"
    assert data[0]["inLanguage"] == "id"


def test_json_ld_cannot_be_broken_out_of(write_site, tmp_path: Path):
    evil = '</script><script>alert(1)</script> & "kutip"'
    root = write_site({"articles/jahat.md": f"---\ntitle: '{evil}'\ndate: 2025-01-01\ntags: ['{evil}']\n---\n\nIsi.\n"})
    out = tmp_path / "out"
    assert run_build(root, output=out) == 0
    html = (out / "artikel/jahat/index.html").read_text()
    # Only the two JSON-LD blocks, and the theme's two scripts (issue 17: the theme setter and site.js).
    assert html.count("</script>") == html.count("<script") == 4
    assert html.count(f"<script>{THEME_SCRIPT}</script>") == 1 and html.count('defer></script>') == 1
    doc = lxml.html.fromstring(html)
    assert jsonld(doc)[0]["headline"] == evil
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    assert not feed.bozo and feed.entries[0].title == evil


def test_social_cards_are_1200_by_630_png(built: Path):
    for card in [built / "kartu.png", *built.glob("artikel/*/kartu.png")]:
        image = Image.open(io.BytesIO(card.read_bytes()))
        assert image.format == "PNG" and image.size == (1200, 630), card
    logo = Image.open(built / "logo.png")
    assert logo.size == (512, 512)


def test_article_with_an_image_url_uses_it_and_gets_no_card(write_site, tmp_path: Path):
    root = write_site({"articles/foto.md": "---\ntitle: Foto\ndate: 2025-01-01\nimage: https://foto.contoh.id/banjir.jpg\n"
                                           "image_alt: Jalan tergenang air\n---\n\nIsi.\n"})
    out = tmp_path / "out"
    assert run_build(root, output=out) == 0
    doc = lxml.html.fromstring((out / "artikel/foto/index.html").read_bytes())
    # A URL is for social apps only (og:image): the page itself shows no picture from another site.
    assert head_meta(doc)["og:image"] == ["https://foto.contoh.id/banjir.jpg"]
    assert head_meta(doc)["og:image:alt"] == ["Jalan tergenang air"]
    assert doc.xpath("//figure[@class='lead-image']") == []
    assert not (out / "artikel/foto/kartu.png").exists()


def test_unchanged_articles_do_not_redraw_their_cards(site: Path, tmp_path: Path):
    assert run_build(site, output=tmp_path / "one") == 0
    cache = site / ".warta-cache" / "cards"
    before = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    assert len(before) == 6  # four articles, the site card and the logo
    article = site / "articles/harga-beras.md"
    article.write_text(article.read_text().replace("Harga Beras Turun di Pasar Induk", "Harga Beras Akhirnya Turun"))
    assert run_build(site, output=tmp_path / "two") == 0
    after = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    kept = set(before) & set(after)
    assert len(kept) == 5 and all(before[name] == after[name] for name in kept)
    assert (tmp_path / "one/artikel/harga-beras/kartu.png").read_bytes() != \
        (tmp_path / "two/artikel/harga-beras/kartu.png").read_bytes()
    assert (tmp_path / "one/artikel/banjir-jakarta/kartu.png").read_bytes() == \
        (tmp_path / "two/artikel/banjir-jakarta/kartu.png").read_bytes()


def test_a_damaged_card_cache_entry_is_redrawn(site: Path, tmp_path: Path):
    assert run_build(site, output=tmp_path / "one") == 0
    for entry in (site / ".warta-cache" / "cards").iterdir():
        entry.write_bytes(b"")
    assert run_build(site, output=tmp_path / "two") == 0
    assert Image.open(tmp_path / "two/artikel/harga-beras/kartu.png").size == (1200, 630)


def test_no_host_in_base_url_means_no_feeds_or_sitemaps(write_site, tmp_path: Path):
    root = write_site({"articles/a.md": "---\ntitle: A\ndate: 2025-01-01\n---\n\nIsi.\n"},
                      config="title: Lokal\nbase_url: /\n")
    out = tmp_path / "out"
    assert run_build(root, output=out) == 0
    assert not (out / "atom.xml").exists() and not (out / "sitemap.xml").exists()
    assert not lxml.html.fromstring((out / "index.html").read_bytes()).xpath("//meta[@property='og:url']")
