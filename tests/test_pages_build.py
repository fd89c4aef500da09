"""Pages that are not articles (`pages/*.md`, issue 18), built through the CLI the way an editor
runs it: each at /<slug>/, linked from every page's footer, in the sitemap unless `sitemap: false`,
and in no feed or listing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import feedparser
import lxml.etree
import lxml.html
import pytest

from helpers import NOW, article, snapshot
from warta.cli import main
from warta.layout import PAGES_DIR
from warta.render.theme import THEME_SCRIPT
from warta.server import WATCHED

BASE = "/berita/"
CONFIG = "title: Warta Uji\ndescription: Situs uji Warta.\nbase_url: https://contoh.id/berita/\nper_page: 1\n"
PAGES = {
    "pages/tentang.md": "---\ntitle: Tentang Kami\nsummary: Siapa redaksi Warta Uji.\norder: 1\n"
                        "updated: 2025-06-01T10:00:00+07:00\n---\n\nWarta Uji adalah situs berita tentang kerbau.\n",
    "pages/redaksi.md": "---\ntitle: Redaksi\norder: 2\n---\n\n## Pemimpin Redaksi\n\nRina Contoh.\n",
    "pages/kontak.md": "---\ntitle: Kontak\n---\n\nSurel: [redaksi@example.com](mailto:redaksi@example.com).\n",
    "pages/arsip-cetak.md": "---\ntitle: Arsip Cetak\nslug: cetak\nsearch: false\nsitemap: false\n---\n\n"
                            "Halaman tersembunyi.\n",
}
FOOTER = [("Tentang Kami", f"{BASE}tentang/"), ("Redaksi", f"{BASE}redaksi/"), ("Arsip Cetak", f"{BASE}cetak/"),
          ("Kontak", f"{BASE}kontak/")]
"""Ordered pages first, then the others by title."""
PAGE_FILES = ("tentang/index.html", "redaksi/index.html", "kontak/index.html", "cetak/index.html")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """A site with two articles and four pages, built from inside its folder with relative paths."""
    root = tmp_path_factory.mktemp("pages") / "site"
    files = {"warta.yaml": CONFIG, **PAGES,
             "articles/satu.md": article("Berita Satu", tags=["Daerah"], category="Nasional"),
             "articles/dua.md": article("Berita Dua", date="2025-06-16T09:00:00+07:00", tags=["Daerah"])}
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        assert main(["build", "--now", NOW, "--quiet", "--no-search"]) == 0
    return root / "_site"


def doc(out: Path, name: str):
    return lxml.html.fromstring((out / name).read_bytes())


def test_each_page_is_built_at_its_slug(site: Path):
    tentang = doc(site, "tentang/index.html")
    assert tentang.xpath("//h1/text()") == ["Tentang Kami"]
    assert tentang.xpath("//title/text()") == ["Tentang Kami — Warta Uji"]
    assert tentang.xpath("//meta[@name='description']/@content") == ["Siapa redaksi Warta Uji."]
    assert tentang.xpath("//link[@rel='canonical']/@href") == ["https://contoh.id/berita/tentang/"]
    assert tentang.xpath("//main//time/@datetime") == ["2025-06-01T10:00:00+07:00"]
    assert "Diperbarui 1 Juni 2025" in " ".join(tentang.xpath("//main//p[@class='meta']")[0].text_content().split())
    assert tentang.xpath("//*[@data-pagefind-body]//p/text()") == ["Warta Uji adalah situs berita tentang kerbau."]
    redaksi = doc(site, "redaksi/index.html")
    assert redaksi.xpath("//main//h2/text()") == ["Pemimpin Redaksi"] and not redaksi.xpath("//main//time")
    # The description of a page without a summary: its first paragraph.
    assert redaksi.xpath("//meta[@name='description']/@content") == ["Rina Contoh."]
    hidden = doc(site, "cetak/index.html")  # (`slug: cetak`, `search: false`)
    assert hidden.xpath("//h1/text()") == ["Arsip Cetak"] and not hidden.xpath("//*[@data-pagefind-body]")
    assert not (site / "arsip-cetak").exists()


def test_every_pages_footer_links_the_pages_in_order(site: Path):
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(files) > 10
    for name in files:
        footer = doc(site, name).xpath("//footer[@class='site-footer']//ul[@class='footer-pages']/li/a")
        assert [(a.text, a.get("href")) for a in footer] == FOOTER, name
    current = doc(site, "redaksi/index.html").xpath("//ul[@class='footer-pages']//a[@aria-current='page']/text()")
    assert current == ["Redaksi"]
    assert not doc(site, "index.html").xpath("//ul[@class='footer-pages']//a[@aria-current]")


def test_the_sitemap_lists_the_pages_but_those_that_say_sitemap_false(site: Path):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = lxml.etree.parse(str(site / "sitemap.xml")).getroot()
    urls = {url.findtext("s:loc", namespaces=ns): url.findtext("s:lastmod", namespaces=ns)
            for url in root.findall("s:url", ns)}
    assert urls["https://contoh.id/berita/tentang/"] == "2025-06-01T10:00:00+07:00"
    assert "https://contoh.id/berita/redaksi/" in urls and "https://contoh.id/berita/kontak/" in urls
    assert urls["https://contoh.id/berita/redaksi/"] is None  # (no `updated`: no lastmod)
    assert "https://contoh.id/berita/cetak/" not in urls
    news = (site / "news-sitemap.xml").read_text(encoding="utf-8")
    assert "tentang" not in news and "redaksi" not in news


def test_no_feed_holds_a_page(site: Path):
    feeds = ["atom.xml", "rss.xml", "tag/daerah/atom.xml", "kategori/nasional/atom.xml"]
    for name in feeds:
        parsed = feedparser.parse((site / name).read_bytes())
        assert parsed.entries and not parsed.bozo, name
        assert all("/artikel/" in entry.link for entry in parsed.entries), name
    items = json.loads((site / "feed.json").read_bytes())["items"]
    assert items and all("/artikel/" in item["url"] for item in items)


def test_no_listing_links_a_page_outside_the_footer(site: Path):
    pages = {href for _, href in FOOTER}
    for name in ("index.html", "halaman/1/index.html", "arsip/index.html", "arsip/2025/06/index.html",
                 "tag/index.html", "tag/daerah/index.html", "kategori/nasional/index.html", "404.html",
                 "artikel/satu/index.html"):
        links = set(doc(site, name).xpath("//main//a/@href")) | set(doc(site, name).xpath("//header//a/@href"))
        assert not links & pages, name


def test_a_build_by_absolute_paths_gives_the_same_site(site: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert main(["build", "--source", str(site.parent.resolve()), "--output", str(out), "--now", NOW, "--quiet",
                 "--no-search"]) == 0
    assert snapshot(out) == snapshot(site)


def test_serve_and_the_unchanged_inputs_stamp_watch_pages():
    assert PAGES_DIR in WATCHED


def test_a_site_without_pages_has_no_footer_list_of_them(write_site):
    root = write_site({"articles/a.md": article()})
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search"]) == 0
    html = (root / "_site/index.html").read_text(encoding="utf-8")
    assert "footer-pages" not in html


def test_footer_links_in_the_config_choose_and_order_the_footers_pages(write_site, capsys):
    """Issue 17: `footer_links:` names the newsroom's pages (and pages elsewhere) the footer links, in its
    order; a page that does not exist is named, with its line in warta.yaml (an error with --strict)."""
    config = (CONFIG + "footer_links:\n  - {title: Redaksi, page: redaksi}\n  - {title: Kontak, page: /kontak/}\n"
              "  - {title: Dewan Pers, url: 'https://dewanpers.or.id/'}\n")
    root = write_site({"warta.yaml": config, **PAGES, "articles/a.md": article()})
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search"]) == 0
    footer = doc(root / "_site", "index.html").xpath("//ul[@class='footer-pages']/li/a")
    assert [(a.text, a.get("href")) for a in footer] == [
        ("Redaksi", f"{BASE}redaksi/"), ("Kontak", f"{BASE}kontak/"), ("Dewan Pers", "https://dewanpers.or.id/")]
    (root / "warta.yaml").write_text(config + "  - {title: Pedoman Media Siber, page: pedoman-media-siber}\n",
                                     encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search"]) == 0
    assert ('warta.yaml:9: warning: footer_links: "/pedoman-media-siber/" is not a page of this site — name a '
            "page of pages/ by its slug (cetak, kontak, redaksi, tentang), or write an https:// URL"
            in capsys.readouterr().err)
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search", "--strict"]) == 1


def test_print_shows_the_address_of_the_page(site: Path):
    """Issue 17: a printed page names its site (the header's title) and its address, which only print shows."""
    page = doc(site, "tentang/index.html")
    assert page.xpath("//header[@class='site-header']//p[contains(@class, 'print-url')]/text()") == [
        "https://contoh.id/berita/tentang/"]


def test_a_pages_title_is_text_wherever_it_shows(write_site):
    title = '<script>alert(1)</script> Kontak & "Iklan"'
    root = write_site({"articles/a.md": article(), "pages/kontak.md": f"---\ntitle: '{title}'\n---\n\nIsi.\n"})
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search"]) == 0
    for name in ("index.html", "kontak/index.html"):
        page = doc(root / "_site", name)
        assert page.xpath("//ul[@class='footer-pages']/li/a/text()") == [title], name
        # (The page's own scripts, issue 17: the theme setter and site.js; no other script element.)
        scripts = [s.get("src") or s.text for s in page.xpath("//script[not(@type='application/ld+json')]")]
        assert scripts[0] == THEME_SCRIPT and re.fullmatch(r"/aset/site\.[0-9a-f]{8}\.js", scripts[1]), name
        assert len(scripts) == 2, name
    assert doc(root / "_site", "kontak/index.html").xpath("//h1/text()") == [title]


def test_a_draft_page_is_built_only_with_drafts(write_site):
    """`draft: true` keeps a page off the site (and out of every footer) as it keeps an article off;
    it was an unknown field, and the page went live."""
    root = write_site({"articles/a.md": article(),
                       "pages/rahasia.md": "---\ntitle: Rahasia\ndraft: true\n---\n\nBelum siap.\n"})
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search", "--strict"]) == 0
    assert not (root / "_site/rahasia").exists()
    assert "/rahasia/" not in (root / "_site/index.html").read_text(encoding="utf-8")
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search", "--drafts"]) == 0
    assert (root / "_site/rahasia/index.html").is_file()


def test_footer_links_may_lead_to_any_page_warta_writes(write_site, capsys):
    """The home page, the search page, a feed, the 404 page, a section, a tag or an article are pages of the
    site too (the hostile probe of issue 17): no warning, and --strict builds; a link into Warta's folders that
    leads nowhere is the link check's to report, as every broken link is."""
    good = "".join(f"  - {{title: L{i}, page: '{path}'}}\n" for i, path in enumerate(
        ["/", "cari", "rss.xml", "atom.xml", "404.html", "kategori/", "tag/", "arsip/", "artikel/a", "redaksi"]))
    root = write_site({"warta.yaml": CONFIG + "footer_links:\n" + good, **PAGES, "articles/a.md": article()})
    capsys.readouterr()
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--strict"]) == 0, capsys.readouterr().err
    assert "footer_links" not in capsys.readouterr().err
    (root / "warta.yaml").write_text(CONFIG + "footer_links:\n" + good + "  - {title: Hilang, page: artikel/tidak-ada}\n",
                                     encoding="utf-8")
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--strict"]) == 1
    assert "/berita/artikel/tidak-ada/" in capsys.readouterr().err
