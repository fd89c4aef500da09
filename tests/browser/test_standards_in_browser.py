"""Newsroom standards (issue 18) in Chromium: the real Pagefind index, queried from /cari/ as a reader
does, leaves a withdrawn article out while its address shows the notice; the "Ralat" block is on the
first screen of a corrected article at a phone's width and a desktop's.

The site is tests/sites/ethics, built here and served on loopback. Nothing waits a fixed time.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from helpers import REPO, run_build
from subpath_server import serve_subpath
from test_search_in_browser import search

ETHICS = REPO / "tests" / "sites" / "ethics"


@pytest.fixture(scope="module")
def ethics_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("ethics-browser") / "site"
    shutil.copytree(ETHICS, root)
    assert run_build(root, search=True) == 0
    with serve_subpath(root / "_site", "/") as url:
        yield url


def test_search_finds_live_articles_and_never_a_withdrawn_one(open_page, ethics_url: str):
    page = open_page()
    page.goto(ethics_url + "cari/")
    page.wait_for_selector(".search-filters:not([hidden])")
    assert [r["href"] for r in search(page, "zamrudkhatulistiwa")] == ["/artikel/opini-energi/"]
    assert page.locator(".search-result h2 .type-label").all_text_contents() == ["Opini"]  # labelled as on cards
    assert search(page, "gerhanapalsu") == []  # words only the withdrawn story had
    titles = {r["href"] for r in search(page, "listrik")}
    assert "/artikel/tarif-listrik/" in titles and "/artikel/kabar-keliru/" not in titles


def test_a_withdrawn_articles_address_shows_the_notice(open_page, ethics_url: str):
    page = open_page()
    response = page.goto(ethics_url + "artikel/kabar-keliru/")
    assert response is not None and response.status == 200
    notice = page.locator(".retraction-notice")
    assert notice.is_visible()
    assert "Artikel ini dicabut pada Kamis, 19 Juni 2025 08:15 WIB." in notice.inner_text()
    assert notice.bounding_box()["y"] < page.viewport_size["height"]


def test_the_ralat_block_is_on_the_first_screen(open_page, ethics_url: str):
    page = open_page()
    page.goto(ethics_url + "artikel/tarif-listrik/")
    block = page.locator("#ralat")
    box = block.bounding_box()
    assert box is not None and box["y"] + 40 < page.viewport_size["height"], box
    # The first correction's date and time can be read without scrolling.
    first = page.locator("#ralat-20250621-1405 time").bounding_box()
    assert first["y"] + first["height"] <= page.viewport_size["height"], first
