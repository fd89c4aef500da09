"""The home page's front and the listings in Chromium (issue 17): no grid leaves a lone card on its last
row, the footer sits at the window's bottom on a short page, every link and button is a tap target of at
least 24×24 px (WCAG 2.2, 2.5.8), and nothing scrolls sideways; at phone, tablet and desktop widths.

Two sites: the repository's own (five stories, few categories) and a made one of 31 stories in four
categories, whose front has category blocks and a "Terbaru" list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import NOW, article, serve_folder
from warta.cli import main

WIDTHS = (375, 768, 1024, 1280, 1440)
CATEGORIES = ("Nasional", "Ekonomi", "Olahraga", "Sains")
MADE_PAGES = ("", "kategori/nasional/", "tag/kota/", "penulis/rina/", "arsip/", "artikel/berita-29/")
LONG_WORD = "Pemberantasankorupsikolusinepotismedanpenyalahgunaanwewenang"
"""A 60-letter word (a hashtag, a domain, an agglutinated name) in some headlines: no card may widen the page
for it (the hostile probe of issue 17 found the cards and related cards did)."""
REPO_PAGES = ("", "tag/openai/", "kategori/bisnis/")


@pytest.fixture(scope="module")
def made_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A made site of 31 stories (one alone under the tag "Sendiri": a short page), served on loopback."""
    root = tmp_path_factory.mktemp("fronts") / "site"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text("title: Warta Uji\nbase_url: /\n", encoding="utf-8")
    for n in range(1, 32):
        tags = ["Sendiri"] if n == 1 else ["Kota"]
        title = f"Berita nomor {n} tentang kota yang panjang judulnya"
        text = article(f"{LONG_WORD} {n}" if n > 26 else title, category=CATEGORIES[n % 4],
                       date=f"2025-05-{n:02d}T09:00:00+07:00", tags=tags, author=["Rina", "Budi"][n % 2],
                       summary="Ringkasan berita yang cukup panjang untuk dua baris pada layar ponsel.",
                       body="kata " * 600)
        (root / f"articles/berita-{n:02d}.md").write_text(text, encoding="utf-8")
    assert main(["build", "--source", str(root), "--now", NOW, "--quiet", "--no-search"]) == 0
    with serve_folder(root / "_site") as url:
        yield url


@pytest.fixture(params=WIDTHS, ids=lambda width: f"{width}px")
def width(request: pytest.FixtureRequest) -> int:
    return request.param


@pytest.fixture
def window(browser, width: int, page_problems) -> Iterator:
    """A page of a new context `width` px wide (812 px tall on a phone, else 900), its problems watched."""
    context = browser.new_context(viewport={"width": width, "height": 812 if width < 500 else 900})
    context.on("page", page_problems.watch)
    yield context.new_page()
    context.close()


LONE_CARDS = """() => {
  // Every grid of the page's main part whose first row holds two or more items: its last row must
  // hold as many (a row with fewer leaves an empty slot, a lone card at worst).
  const faults = [];
  for (const grid of document.querySelectorAll("main *")) {
    if (getComputedStyle(grid).display !== "grid" || grid.tagName === "LI") continue;  // (a related card's own
    // grid of thumbnail and text lines, not a grid of cards)
    const rows = new Map();
    for (const child of grid.children) {
      const box = child.getBoundingClientRect();
      if (!box.width) continue;
      const top = Math.round(box.top);
      rows.set(top, (rows.get(top) || 0) + 1);
    }
    const counts = [...rows.values()];
    if (counts.length > 1 && counts[0] > 1 && counts[counts.length - 1] < counts[0])
      faults.push(`${grid.className}: rows of ${counts.join(", ")}`);
  }
  return faults;
}"""

SMALL_TARGETS = """() => {
  // Links and buttons smaller than 24×24 px, but for links inside running text (2.5.8's inline exception).
  const faults = [];
  for (const el of document.querySelectorAll("a[href], button, input, summary, select")) {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!box.width || !box.height || style.visibility === "hidden") continue;
    if (box.bottom < 0) continue;  // the skip link, off screen until focused
    if (style.display === "inline" && el.closest(".article-body p, .lede, .card-summary, .empty")) continue;
    if (box.width < 24 || box.height < 24)
      faults.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}": ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
  }
  return faults;
}"""


def _pages(made_url: str, site_url: str) -> list[str]:
    return [made_url + path for path in MADE_PAGES] + [site_url + path for path in REPO_PAGES]


def test_no_grid_leaves_a_lone_card(window, made_url: str, site_url: str) -> None:
    for url in _pages(made_url, site_url):
        window.goto(url)
        assert window.evaluate(LONE_CARDS) == [], url


def test_the_front_has_its_parts(window, made_url: str) -> None:
    window.goto(made_url)
    assert window.locator(".front-top .card-lead").count() == 1
    assert window.locator(".front-latest .card").count() == 4
    assert window.locator("section.front-block").count() == 4
    assert window.locator("section.front-rest .card").count() == 5


def test_tap_targets_are_at_least_24px(window, made_url: str, site_url: str) -> None:
    for url in (made_url, made_url + "tag/kota/", site_url, site_url + "tag/openai/", made_url + "arsip/"):
        window.goto(url)
        assert window.evaluate(SMALL_TARGETS) == [], url


def test_nothing_scrolls_sideways(window, made_url: str, site_url: str) -> None:
    for url in _pages(made_url, site_url):
        window.goto(url)
        assert window.evaluate("document.documentElement.scrollWidth <= innerWidth"), url


def test_the_footer_meets_the_window_bottom_on_a_short_page(window, made_url: str, width: int) -> None:
    window.goto(made_url + "tag/sendiri/")
    height = window.evaluate("innerHeight")
    assert window.evaluate("document.documentElement.scrollHeight") == height  # (a page shorter than the window)
    bottom = window.evaluate("document.querySelector('.site-footer').getBoundingClientRect().bottom")
    assert abs(bottom - height) < 1
