"""The site built for a sub-path (https://user.github.io/warta/), served under /warta/ with the headers
its own `_headers` file sets (Content-Security-Policy included), in a real Chromium.

Any console error fails a test (conftest.py watches every page): a Content-Security-Policy
violation is one, so this shows the policy allows everything the theme and search need, and no
more is loaded from elsewhere. Missing files (HTTP >= 400) fail the tests too."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import REPO, article, run_build
from subpath_server import serve_subpath

BASE_URL = "https://user.github.io/warta/"
MOVED = article("Artikel Pindahan", "2025-06-10T08:00:00+07:00", body="Isi artikel yang pindah alamat.",
                tags=["Meta"], aliases=["/2025/06/artikel-lama.html"])


@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("publish-browser") / "site"
    shutil.copytree(REPO / "articles", root / "articles")
    shutil.copytree(REPO / "pages", root / "pages")  # (the footer and the organisation link them)
    shutil.copytree(REPO / "data", root / "data")
    shutil.copy(REPO / "warta.yaml", root / "warta.yaml")
    (root / "articles" / "artikel-pindahan.md").write_text(MOVED, encoding="utf-8")
    assert run_build(root, "--base-url", BASE_URL, search=True) == 0
    return root / "_site"


@pytest.fixture(scope="module")
def site_url(subpath_site: Path) -> Iterator[str]:
    """Overrides conftest's: this module's pages come from the sub-path site, with `_headers` applied."""
    with serve_subpath(subpath_site, "/warta/", headers=True) as url:
        yield url


def stylesheet_applied(page) -> bool:
    return page.evaluate("() => [...document.styleSheets].some(s => s.cssRules.length > 10)")


def test_pages_carry_the_security_headers_and_load_their_styles(page, site_url: str):
    answer = page.goto("")
    headers = answer.headers
    assert "script-src 'self' 'wasm-unsafe-eval'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cache-control"] == "public, max-age=0, must-revalidate"
    assert stylesheet_applied(page)
    page.locator("main a[href^='/warta/artikel/']").first.click()
    page.wait_for_url(re.compile(r"/warta/artikel/[a-z0-9-]+/$"))
    assert stylesheet_applied(page)
    page.locator("a[rel='tag']").first.click()
    page.wait_for_url(re.compile(r"/warta/tag/[a-z0-9-]+/$"))
    assert page.locator("h1").count() == 1


def test_search_works_under_the_sub_path_with_the_content_security_policy(page, site_url: str):
    page.goto("cari/")
    page.wait_for_selector(".search-filters:not([hidden])")
    box = page.locator("#kata-kunci")
    box.press_sequentially("Scale AI", delay=15)
    page.wait_for_function("() => document.querySelectorAll('.search-result').length > 0", timeout=10_000)
    hrefs = page.eval_on_selector_all(".search-result a", "links => links.map(a => new URL(a.href).pathname)")
    assert hrefs and all(h.startswith("/warta/artikel/") for h in hrefs)
    page.goto(hrefs[0].removeprefix("/warta/"))
    assert page.locator("h1").count() == 1


def test_old_address_sends_the_reader_to_the_article(page, site_url: str):
    page.goto("2025/06/artikel-lama.html")
    page.wait_for_url(re.compile(r"/warta/artikel/artikel-pindahan/$"))
    assert page.locator("h1").inner_text() == "Artikel Pindahan"


def test_not_found_page_is_styled_at_any_depth(browser, site_url: str):
    # Not through `page`: its watcher counts the 404 itself as a problem.
    context = browser.new_context()
    try:
        tab = context.new_page()
        errors: list[str] = []
        tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        answer = tab.goto(site_url + "tidak/ada/sama/sekali/")
        assert answer.status == 404
        assert stylesheet_applied(tab)
        tab.locator("main a", has_text="arsip").click()
        tab.wait_for_url(site_url + "arsip/")
        assert [e for e in errors if "404" not in e] == []
    finally:
        context.close()
