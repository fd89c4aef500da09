"""Search in a real browser: the Pagefind index of the repository's site, queried from /cari/."""

from __future__ import annotations

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from helpers import NOW, REPO
from warta.cli import main

SLUGS = {
    "kolaborasi": "/artikel/kolaborasi-scale-ai-meta-agi/",
    "alasan": "/artikel/investasi-meta-scale-ai-10-alasan-strategis/",
    "suntik": "/artikel/meta-suntik-rp230-triliun-ke-scale-ai/",
    "retakan": "/artikel/retakan-kemitraan-meta-scale-ai/",
    "openai": "/artikel/openai-hentikan-kerja-sama-scale-ai/",
}


def search(page, query: str) -> list[dict]:
    """Type `query` into the search page like a reader and wait for the answer."""
    box = page.locator("#kata-kunci")
    box.fill("")
    box.press_sequentially(query, delay=15)
    page.wait_for_function(
        "q => document.querySelector('.search-status').textContent.includes(q)", arg=query, timeout=10_000)
    return page.eval_on_selector_all(
        ".search-result", """items => items.map(li => ({
            href: new URL(li.querySelector('a').href).pathname,
            title: li.querySelector('a').textContent,
            date: li.querySelector('.meta') ? li.querySelector('.meta').textContent : '',
            marks: [...li.querySelectorAll('.search-excerpt mark')].map(m => m.textContent.toLowerCase()),
        }))""")


@pytest.fixture
def search_page(page):
    page.goto("cari/")
    page.wait_for_selector(".search-filters:not([hidden])")
    return page


def test_scale_ai_finds_every_article_with_title_date_and_highlight(search_page):
    results = search(search_page, "Scale AI")
    assert {r["href"] for r in results} == set(SLUGS.values())
    first = results[0]
    assert "Scale AI" in first["title"]
    assert first["date"].endswith("2025")
    assert "scale" in first["marks"]


def test_person_name_puts_articles_about_him_first(search_page):
    results = search(search_page, "Alexandr Wang")
    assert results and "alexandr" in results[0]["marks"]
    assert SLUGS["retakan"] in [r["href"] for r in results[:3]]


def test_phrase_pelabelan_data_finds_the_labelling_articles(search_page, site_dir: Path):
    results = search(search_page, "pelabelan data")
    assert len(results) >= 3
    for result in results[:3]:
        text = (site_dir / result["href"].strip("/") / "index.html").read_text(encoding="utf-8").lower()
        assert "pelabelan" in text and "data" in text, result["href"]


def test_affixed_word_finds_its_root_word(search_page, site_dir: Path):
    """Indonesian stemming: "berinvestasi" also finds articles that only say "investasi"."""
    results = [r["href"] for r in search(search_page, "berinvestasi")]
    only_root = (site_dir / "artikel/kolaborasi-scale-ai-meta-agi/index.html").read_text(encoding="utf-8").lower()
    assert "berinvestasi" not in only_root and "investasi" in only_root
    assert SLUGS["kolaborasi"] in results
    root = {r["href"] for r in search(search_page, "investasi")}
    assert set(results) == root
    assert {r["href"] for r in search(search_page, "investasinya")} == root  # the -nya suffix too


def test_case_does_not_matter(search_page):
    assert [r["href"] for r in search(search_page, "INVESTASI")] == [r["href"] for r in search(search_page, "investasi")]


def test_nonsense_word_shows_the_empty_message(search_page):
    assert search(search_page, "xyzzyqux") == []
    assert search_page.inner_text(".search-status") == "Tidak ada hasil untuk “xyzzyqux”."


def test_excerpts_show_their_cuts_and_keep_punctuation_out_of_the_highlight(search_page):
    """Issue 17: Pagefind marks "Meta," with its comma; the page marks the word alone, and an excerpt
    cut out of a longer text says so with "…"."""
    search(search_page, "Meta")
    excerpts = search_page.eval_on_selector_all(".search-excerpt", """ps => ps.map(p => ({
        text: p.textContent, marks: [...p.querySelectorAll('mark')].map(m => m.textContent)}))""")
    marks = [mark for e in excerpts for mark in e["marks"]]
    assert marks and all(mark == "Meta" for mark in marks), marks
    assert any("Meta," in e["text"] for e in excerpts), "the comma is still there, after the mark"
    assert all(e["text"].startswith("… ") or e["text"].endswith(" …") for e in excerpts)


def test_before_a_search_the_latest_stories_and_after_a_miss_where_to_look(search_page):
    latest = search_page.locator(".search-latest")
    assert latest.is_visible() and latest.locator("li").count() == 5
    assert not search_page.locator(".search-help").is_visible()
    search(search_page, "xyzzyqux")
    assert not latest.is_visible()
    help_ = search_page.locator(".search-help")
    assert help_.is_visible() and "Periksa ejaan" in help_.inner_text()
    assert help_.get_by_role("link", name="Bisnis").get_attribute("href") == "/kategori/bisnis/"
    search(search_page, "Meta")
    assert not help_.is_visible() and not latest.is_visible()


def test_tag_filter_narrows_the_results(search_page, viewport):
    everything = search(search_page, "Meta")
    # Issue 17: on a phone the filter is closed, so the results come first; a tap opens it.
    assert search_page.evaluate("document.querySelector('.search-filters').open") == (viewport["width"] > 640)
    if viewport["width"] <= 640:
        search_page.click(".search-filters summary")
    search_page.get_by_label("Google (2)").check()
    search_page.wait_for_function("() => document.querySelectorAll('.search-result').length === 2")
    narrowed = search_page.eval_on_selector_all(".search-result a", "as => as.map(a => new URL(a.href).pathname)")
    assert set(narrowed) == {SLUGS["suntik"], SLUGS["openai"]}
    assert len(everything) == 5


def test_keyboard_only_reader_can_search_and_open_a_result(page, viewport):
    page.goto("")
    page.keyboard.press("Tab")  # skip link
    # On a phone the header has a search icon leading to the search page (issue 17), not a box.
    target = "cari-situs" if viewport["width"] > 640 else "search-link"
    active = "document.activeElement.id || document.activeElement.classList[1]"
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate(active) == target:
            break
    assert page.evaluate(active) == target
    if target == "search-link":
        page.keyboard.press("Enter")
        page.wait_for_url("**/cari/")
        page.wait_for_function("document.activeElement.id === 'kata-kunci'")
    page.keyboard.type("Hyperion")
    page.keyboard.press("Enter")
    page.wait_for_url("**/cari/?q=Hyperion")
    page.wait_for_selector(".search-result a")
    assert page.evaluate("document.activeElement.id") == "kata-kunci"
    page.keyboard.press("Tab")  # the search button
    page.keyboard.press("Tab")  # first tag filter…
    page.locator(".search-result a").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**" + SLUGS["retakan"])


def test_search_page_without_javascript_points_to_the_tag_index(open_page):
    page = open_page(java_script_enabled=False)
    page.goto("cari/")
    assert "Pencarian memerlukan JavaScript" in page.inner_text("main")
    assert page.get_by_role("link", name="semua tag").get_attribute("href") == "/tag/"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def subpath_url(tmp_path_factory):
    """The site built for https://…/berita/ and served under /berita/ on 127.0.0.1."""
    root = tmp_path_factory.mktemp("subpath")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}/berita/"
    assert main(["build", "--source", str(REPO), "--output", str(root / "berita"), "--now", NOW, "--quiet",
                 "--base-url", base]) == 0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()
    shutil.rmtree(root, ignore_errors=True)


def test_search_works_under_a_sub_path(open_page, subpath_url):
    page = open_page()
    page.goto(subpath_url + "cari/")
    page.wait_for_selector(".search-filters:not([hidden])")
    results = search(page, "Alexandr Wang")
    assert results and all(r["href"].startswith("/berita/artikel/") for r in results)
    page.locator(".search-result a").first.click()
    page.wait_for_url("**/berita/artikel/**")
    assert page.locator("h1").count() == 1
