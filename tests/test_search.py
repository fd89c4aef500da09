"""The search index and page as files: what is indexed, the search page, --no-search, failures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import lxml.html
import pytest

from helpers import REPO, run_build, snapshot

BASIC = REPO / "tests" / "sites" / "basic"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert run_build(BASIC, output=out, search=True) == 0
    return out


def test_index_holds_only_the_article_pages_in_indonesian(built: Path):
    entry = json.loads((built / "pagefind/pagefind-entry.json").read_text())
    assert set(entry["languages"]) == {"id"}
    assert entry["languages"]["id"]["page_count"] == 4  # the four published articles, no listing pages
    assert (built / "pagefind/pagefind.js").exists()
    assert list(built.glob("pagefind/wasm.id.pagefind"))
    assert not (built / "pagefind/pagefind-ui.js").exists()  # Warta has its own small search script


def test_article_pages_mark_body_tags_and_date_for_the_index(built: Path):
    doc = lxml.html.fromstring((built / "artikel/pemilu-daerah/index.html").read_bytes())
    body = doc.xpath("//*[@data-pagefind-body]")
    assert len(body) == 1 and body[0].tag == "article"
    assert doc.xpath("//a[@data-pagefind-filter='Tag']/text()") == ["Politik", "Daerah"]
    assert doc.xpath("//time[@data-pagefind-meta='date']/text()") == ["15 Juni 2025"]
    assert doc.xpath("//nav[@class='toc']/@data-pagefind-ignore") == [""]
    listing = lxml.html.fromstring((built / "index.html").read_bytes())
    assert not listing.xpath("//*[@data-pagefind-body]")


def test_search_page_and_header_box(built: Path):
    page = lxml.html.fromstring((built / "cari/index.html").read_bytes())
    assert page.findtext(".//h1") == "Cari"
    assert page.xpath("//meta[@name='robots']/@content") == ["noindex"]
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


def test_article_pages_load_no_script(built: Path):
    for file in built.glob("artikel/*/index.html"):
        doc = lxml.html.fromstring(file.read_bytes())
        assert not doc.xpath("//script[not(@type='application/ld+json')]"), file


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
