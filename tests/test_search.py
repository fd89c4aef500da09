"""The search index and page as files: what is indexed, the search page, --no-search, failures."""

from __future__ import annotations

import gzip
import itertools
import json
import shutil
from pathlib import Path

import cbor2
import lxml.html
import pytest

from helpers import REPO, run_build, snapshot
from warta.render.theme import THEME_SCRIPT

BASIC = REPO / "tests" / "sites" / "basic"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert run_build(BASIC, output=out, search=True) == 0
    return out


def test_index_holds_only_the_article_pages_and_pages_in_indonesian(built: Path):
    entry = json.loads((built / "pagefind/pagefind-entry.json").read_text())
    assert set(entry["languages"]) == {"id"}
    # The four published articles and pages/tentang.md, no listing pages.
    assert entry["languages"]["id"]["page_count"] == 5
    assert (built / "pagefind/pagefind.js").exists()
    assert list(built.glob("pagefind/wasm.id.pagefind"))
    assert not (built / "pagefind/pagefind-ui.js").exists()  # Warta has its own small search script


def test_article_pages_mark_body_tags_and_date_for_the_index(built: Path):
    doc = lxml.html.fromstring((built / "artikel/pemilu-daerah/index.html").read_bytes())
    body = doc.xpath("//*[@data-pagefind-body]")
    assert len(body) == 1 and body[0].tag == "article"
    assert doc.xpath("//a[@data-pagefind-filter='Tag']/text()") == ["Politik", "Daerah"]
    # (The result's date is the short one; the page shows "Minggu, 15 Juni 2025 09:30 WIB".)
    assert doc.xpath("//time/@data-pagefind-meta") == ["date:15 Juni 2025"]
    assert doc.xpath("//details[@class='toc']/@data-pagefind-ignore") == [""]
    # Issue 17: excerpts start with the story: the kicker, headline and meta row are not indexed as text,
    # the headline is the result's title.
    assert doc.xpath("//header[@class='article-header']/@data-pagefind-ignore") == [""]
    assert doc.xpath("//h1/@data-pagefind-meta") == ["title"]
    assert doc.xpath("//nav[@class='share']/@data-pagefind-ignore") == [""]
    listing = lxml.html.fromstring((built / "index.html").read_bytes())
    assert not listing.xpath("//*[@data-pagefind-body]")


def test_search_page_and_header_box(built: Path):
    page = lxml.html.fromstring((built / "cari/index.html").read_bytes())
    assert page.findtext(".//h1") == "Cari"
    # Crawlable, as Lighthouse's SEO audit asks, with a canonical address without a query; not in the sitemap.
    assert page.xpath("//meta[@name='robots']/@content") == ["max-image-preview:large"]
    assert page.xpath("//link[@rel='canonical']/@href") == ["https://contoh.id/berita/cari/"]
    assert "/cari/" not in (built / "sitemap.xml").read_text(encoding="utf-8")
    root = page.xpath("//*[@id='pencarian']")[0]
    assert root.get("data-pagefind") == "/berita/pagefind/pagefind.js"
    assert root.get("data-base-url") == "/berita/"
    assert page.xpath("//noscript//a/@href") == ["/berita/tag/", "/berita/arsip/"]
    assert page.xpath("//script[@type='module']/@src")[0].startswith("/berita/aset/search.")
    home = lxml.html.fromstring((built / "index.html").read_bytes())
    assert home.xpath("//form[@role='search']/@action") == ["/berita/cari/"]
    website = json.loads(home.xpath("//script[@type='application/ld+json']/text()")[0])
    assert website["potentialAction"]["target"]["urlTemplate"] == "https://contoh.id/berita/cari/?q={search_term_string}"
    sitemap = (built / "sitemap.xml").read_text()
    assert "/cari/" not in sitemap


def test_article_pages_load_no_search_script(built: Path):
    """Search's script and Pagefind load on the search page only; an article page runs the theme's own
    two scripts (issue 17: the inline theme setter and site.js), nothing else."""
    files = list(built.glob("artikel/*/index.html"))
    assert files
    for file in files:
        doc = lxml.html.fromstring(file.read_bytes())
        scripts = [s.get("src") or s.text for s in doc.xpath("//script[not(@type='application/ld+json')]")]
        assert len(scripts) == 2 and scripts[0] == THEME_SCRIPT and "/aset/site." in scripts[1], file


def test_no_search_leaves_out_index_page_and_box(tmp_path: Path):
    out = tmp_path / "out"
    assert run_build(BASIC, output=out) == 0
    assert not (out / "pagefind").exists() and not (out / "cari").exists()
    home = lxml.html.fromstring((out / "index.html").read_bytes())
    assert not home.xpath("//form[@role='search']")
    assert "potentialAction" not in home.xpath("//script[@type='application/ld+json']/text()")[0]


def test_search_index_is_byte_identical_across_builds(tmp_path: Path):
    assert run_build(BASIC, output=tmp_path / "one", search=True) == 0
    assert run_build(BASIC, output=tmp_path / "two", search=True) == 0
    one, two = snapshot(tmp_path / "one"), snapshot(tmp_path / "two")
    assert any(name.startswith("pagefind/") for name in one)
    assert one == two


def test_a_missing_indexer_fails_clearly_and_keeps_the_old_site(tmp_path: Path, monkeypatch, capsys):
    site = tmp_path / "basic"
    shutil.copytree(BASIC, site, ignore=shutil.ignore_patterns(".warta-cache"))
    assert run_build(site, search=True) == 0
    before = snapshot(site / "_site")
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    # --clean: with nothing changed the index would simply be carried over, without Pagefind.
    assert run_build(site, "--clean", search=True) == 1
    err = capsys.readouterr().err
    assert "Pagefind binary was not found" in err and "--no-search" in err and "Traceback" not in err
    assert snapshot(site / "_site") == before


def test_a_site_without_published_articles_builds_without_search(write_site, tmp_path: Path):
    root = write_site({"articles/draf.md": "---\ntitle: Draf\ndate: 2025-01-01\ndraft: true\n---\n\nIsi.\n"})
    out = tmp_path / "out"
    assert run_build(root, output=out, search=True) == 0
    assert not (out / "pagefind").exists() and not (out / "cari").exists()
    assert not lxml.html.fromstring((out / "index.html").read_bytes()).xpath("//form[@role='search']")


# -- pages that are not articles (issue 18) -------------------------------------------------------------

def search_index(out: Path, word: str) -> set[str]:
    """The pages the built site's Pagefind index lists for `word` (as the index holds it: stemmed),
    by their URL from the site's root. The index's metadata names the pages and the chunks of words;
    a chunk lists each word's pages (each number the step from the one before), and a page's
    fragment its URL: what Pagefind's own script looks up, read without a browser."""
    folder = out / "pagefind"

    def unpacked(path: Path) -> bytes:
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        return data[len(b"pagefind_dcd"):]

    meta = cbor2.loads(unpacked(next(folder.glob("pagefind.*.pf_meta"))))
    pages, chunks = meta[1], meta[2]
    found: set[int] = set()
    for first, last, chunk in chunks:
        if first <= word <= last:
            for entry in cbor2.loads(unpacked(folder / "index" / f"{chunk}.pf_index"))[0]:
                if entry[0] == word:
                    found.update(itertools.accumulate(hit[0] for hit in entry[1]))
    return {json.loads(unpacked(folder / "fragment" / f"{pages[n][0]}.pf_fragment"))["url"] for n in found}


@pytest.fixture(scope="module")
def with_pages(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("pages") / "site"
    shutil.copytree(BASIC, site, ignore=shutil.ignore_patterns(".warta-cache", "_site"))
    (site / "pages/kontak.md").write_text("---\ntitle: Kontak Redaksi\n---\n\nKirim surel kepada redaksi.\n",
                                          encoding="utf-8")
    (site / "pages/dalam.md").write_text("---\ntitle: Catatan Dalam\nsearch: false\n---\n\nSurel rahasia "
                                         "redaksi.\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    assert run_build(site, output=out, search=True) == 0
    return out


def test_the_search_index_finds_a_pages_words(with_pages: Path):
    assert search_index(with_pages, "kirim") == {"/kontak/"}
    assert {"/kontak/", "/tentang/"} <= search_index(with_pages, "redaksi")  # (and pages/tentang.md of the basic site)
    assert search_index(with_pages, "banjir") == {"/artikel/banjir-jakarta/"}  # articles, as before


def test_a_page_that_says_search_false_is_not_in_the_index(with_pages: Path):
    assert "Surel rahasia" in (with_pages / "dalam/index.html").read_text(encoding="utf-8")
    assert search_index(with_pages, "surel") == {"/kontak/"}
    assert search_index(with_pages, "rahasia") == set()
    entry = json.loads((with_pages / "pagefind/pagefind-entry.json").read_text())
    assert entry["languages"]["id"]["page_count"] == 6  # four articles, pages/tentang.md and pages/kontak.md


def test_an_edited_page_is_indexed_again(tmp_path: Path):
    """The index is carried over while no article page changed; a page of `pages/` counts as one."""
    site = tmp_path / "site"
    shutil.copytree(BASIC, site, ignore=shutil.ignore_patterns(".warta-cache", "_site"))
    assert run_build(site, search=True) == 0
    assert search_index(site / "_site", "bandung") == set()
    page = site / "pages/tentang.md"
    page.write_text(page.read_text(encoding="utf-8").replace("di Jakarta", "di Bandung"), encoding="utf-8")
    assert run_build(site, search=True) == 0
    assert search_index(site / "_site", "bandung") == {"/tentang/"}


def test_excerpts_start_with_the_story_and_the_headline_is_still_found(with_pages: Path):
    """Issue 17: the kicker ("Nasional"), headline and meta row are not the text a result's excerpt is cut
    from; the headline is the result's title, and its words still find the article ("Digelar" is in the
    headline of pemilu-daerah only; Pagefind stems it to "gelar")."""
    folder = with_pages / "pagefind"
    fragments = [json.loads(gzip.decompress(path.read_bytes())[len(b"pagefind_dcd"):])
                 for path in folder.glob("fragment/*.pf_fragment")]
    pemilu = next(f for f in fragments if f["url"] == "/artikel/pemilu-daerah/")
    assert pemilu["content"].startswith("Pemungutan suara pemilihan kepala daerah")
    assert pemilu["meta"]["title"] == "Pemilihan Kepala Daerah Serentak Digelar di 37 Provinsi"
    assert pemilu["meta"]["date"] == "15 Juni 2025"
    for fragment in fragments:
        assert "menit baca" not in fragment["content"] and "Bagikan" not in fragment["content"]
    assert search_index(with_pages, "gelar") == {"/artikel/pemilu-daerah/"}
