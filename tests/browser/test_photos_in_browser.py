"""Photos (issue 16) in Chromium, at a phone (375 px) and a desktop (1280 px) width: the browser picks
a small AVIF that still fills the figure, every picture keeps its space before it loads (no layout
shift), the lead photo loads first and the others lazily, and the caption stays readable in dark mode.

Two sites: the repository's own (conftest's `site_url`: five articles, each with a 1600×900 PNG
graphic as its lead image) and a small one made here with camera-like JPEGs (a lead photo with a GPS
position in its EXIF, two body figures far enough down to be below the fold, one a PNG with
transparency). Nothing here waits a fixed time: each step waits for a condition in the page.
Console errors, failed requests and HTTP errors on any page fail a test (see conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from helpers import CONFIG, article, run_build
from subpath_server import serve_subpath
from test_photos import camera_photo, chart_png

REPO_ARTICLE = "artikel/kolaborasi-scale-ai-meta-agi/"
REPO_PAGES = ["", REPO_ARTICLE, "tag/meta/"]  # the home page, an article, a tag page
PHOTO_ARTICLE = "artikel/rapat/"
LONG = 30_000  # ms: generous, for a loaded machine; conditions are polled, never slept on

LEAD = {"src": "foto/rapat.jpg", "alt": "Peserta rapat di ruang redaksi", "caption": "Rapat redaksi pagi.",
        "credit": "Antara/Budi"}
PARAGRAPH = ("Rapat redaksi pagi membahas rencana liputan pemilihan umum, pembagian tugas wartawan di "
             "daerah dan jadwal terbit laporan khusus. ") * 4
BODY = "\n\n".join([PARAGRAPH] * 4 + [
    '![Wartawan mencatat hasil rapat](foto/catatan.jpg "Wartawan mencatat hasil rapat (Foto: Antara/Sari)")',
    *[PARAGRAPH] * 3,
    '![Grafik jumlah pembaca](/gambar/grafik.png "Jumlah pembaca naik"){credit="Grafis: Warta"}',
    PARAGRAPH,
])


@pytest.fixture(scope="module")
def photo_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A site with a camera JPEG as its lead photo and two body figures, built and served on loopback."""
    root = tmp_path_factory.mktemp("photos-browser") / "site"
    (root / "articles" / "foto").mkdir(parents=True)
    (root / "static" / "gambar").mkdir(parents=True)
    (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "articles" / "foto" / "rapat.jpg").write_bytes(camera_photo((1800, 1200)))
    (root / "articles" / "foto" / "catatan.jpg").write_bytes(camera_photo((1200, 800), colour=(40, 90, 160)))
    (root / "static" / "gambar" / "grafik.png").write_bytes(chart_png())
    (root / "articles" / "rapat.md").write_text(article("Rapat Redaksi", image=LEAD, body=BODY, tags=["Rapat"]),
                                                encoding="utf-8")
    assert run_build(root) == 0
    with serve_subpath(root / "_site", "/") as url:
        yield url


@pytest.fixture(params=["repo", "photo"])
def lead_article(request: pytest.FixtureRequest, site_url: str) -> str:
    """The absolute URL of an article with a lead image: the repository's PNG graphic, a camera JPEG."""
    if request.param == "repo":
        return site_url + REPO_ARTICLE
    return request.getfixturevalue("photo_site_url") + PHOTO_ARTICLE


def wait_for_images(page: Page) -> None:
    """Scroll through the whole page a screen at a time (lazy images start loading as they near the
    screen), wait until every image has loaded and decoded, then go back to the top."""
    page.evaluate("""async () => {
        const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y);
            await frame(); await frame();
        }
        scrollTo(0, document.documentElement.scrollHeight);
        await frame(); await frame();
    }""")
    page.wait_for_function("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)",
                           timeout=LONG)
    page.evaluate("""async () => {
        scrollTo(0, 0);
        const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
        await frame(); await frame();
    }""")


def lead_choice(page: Page) -> dict:
    """What the page offers and what Chromium took for its lead image."""
    page.wait_for_function("() => { const i = document.querySelector('figure.lead-image img');"
                           " return i && i.complete && i.naturalWidth > 0 && i.currentSrc; }", timeout=LONG)
    return page.evaluate("""() => {
        const img = document.querySelector('figure.lead-image img');
        const avif = img.closest('picture').querySelector('source[type="image/avif"]');
        const candidates = avif.getAttribute('srcset').split(',').map(part => {
            const [url, width] = part.trim().split(/\\s+/);
            return {url: new URL(url, document.baseURI).href, width: parseInt(width, 10)};
        });
        const entry = performance.getEntriesByName(img.currentSrc, 'resource')[0];
        return {currentSrc: img.currentSrc, rendered: img.getBoundingClientRect().width,
                dpr: devicePixelRatio, candidates,
                transferred: entry ? Math.max(entry.transferSize, entry.encodedBodySize) : null,
                loading: img.getAttribute('loading'), fetchpriority: img.getAttribute('fetchpriority')};
    }""")


def expected_candidate(choice: dict) -> dict:
    """The smallest AVIF at least as wide as the image's box in device pixels (else the largest)."""
    needed = choice["rendered"] * choice["dpr"]
    candidates = sorted(choice["candidates"], key=lambda c: c["width"])
    return next((c for c in candidates if c["width"] >= needed), candidates[-1])


def check_lead(page: Page, url: str) -> dict:
    page.goto(url)
    choice = lead_choice(page)
    assert choice["currentSrc"].endswith(".avif"), choice["currentSrc"]
    expected = expected_candidate(choice)
    assert choice["currentSrc"] == expected["url"], (
        f"at {choice['rendered']:.0f} CSS px × DPR {choice['dpr']} Chromium took {choice['currentSrc']}, "
        f"not the {expected['width']}w AVIF")
    # The lead image is what the reader sees first: fetched at once and early.
    assert choice["loading"] is None and choice["fetchpriority"] == "high", \
        f"the lead image has loading={choice['loading']!r}, fetchpriority={choice['fetchpriority']!r}"
    return choice


def test_the_lead_image_is_the_smallest_avif_that_fills_its_box(open_page, viewport: dict, lead_article: str):
    choice = check_lead(open_page(), lead_article)
    # 42rem (672 px) on a desktop; the screen less the margins (335 px) on a phone.
    assert choice["rendered"] == pytest.approx(672 if viewport["width"] == 1280 else 335, abs=1)
    assert int(choice["currentSrc"].rsplit("-", 2)[-2].split("x")[0]) == (800 if viewport["width"] == 1280 else 480)
    if viewport["width"] == 375:
        # What a phone downloads for the lead image (response body size, from the page's own timing).
        assert choice["transferred"] and 0 < choice["transferred"] <= 100_000, choice["transferred"]


@pytest.mark.parametrize("viewport", [{"width": 375, "height": 812}], ids=["375px"])
def test_a_phone_with_a_high_density_screen_gets_a_sharper_avif(open_page, viewport: dict, lead_article: str):
    choice = check_lead(open_page(device_scale_factor=2), lead_article)
    assert choice["dpr"] == 2
    assert choice["currentSrc"].rsplit("-", 2)[-2].startswith("800x")  # 335 px × 2 = 670 device pixels


IMAGE_BOXES = """() => [...document.images].map(img => {
    const box = img.getBoundingClientRect();
    return {src: img.currentSrc || img.src, width: img.getAttribute('width'), height: img.getAttribute('height'),
            boxWidth: box.width, boxHeight: box.height, top: box.top + scrollY,
            loading: img.getAttribute('loading'), fetchpriority: img.getAttribute('fetchpriority'),
            lead: !!img.closest('figure.lead-image')};
})"""


def page_urls(site_url: str, photo_site_url: str) -> list[str]:
    return [site_url + path for path in REPO_PAGES] + [photo_site_url + PHOTO_ARTICLE]


def test_every_image_has_its_size_and_is_shown_at_that_aspect_ratio(open_page, site_url: str, photo_site_url: str):
    page = open_page()
    for url in page_urls(site_url, photo_site_url):
        page.goto(url)
        wait_for_images(page)
        images = page.evaluate(IMAGE_BOXES)
        assert images, f"{url}: no image"
        for img in images:
            assert img["width"] and img["height"], f"{url}: {img['src']} has no width or height"
            assert img["boxWidth"] > 0 and img["boxHeight"] > 0, f"{url}: {img['src']} is not shown"
            wanted = int(img["width"]) / int(img["height"])
            shown = img["boxWidth"] / img["boxHeight"]
            assert shown == pytest.approx(wanted, rel=0.01), f"{url}: {img['src']} is shown at {shown:.3f}, not {wanted:.3f}"


def test_the_lead_image_loads_first_and_the_others_lazily(open_page, viewport: dict, site_url: str,
                                                          photo_site_url: str):
    page = open_page()
    for url in page_urls(site_url, photo_site_url):
        page.goto(url)
        images = page.evaluate(IMAGE_BOXES)  # at the top of the page, as loaded
        assert [img["lead"] for img in images].count(True) == (1 if "/artikel/" in url else 0), url
        for img in images:
            if img["lead"]:
                assert img["loading"] is None and img["fetchpriority"] == "high", f"{url}: {img}"
            elif img["top"] >= viewport["height"]:
                assert img["loading"] == "lazy", f"{url}: {img['src']} is below the fold but not lazy"
    # The last page, the camera article, has its two body figures below the fold at both widths:
    # the check above did see lazy images.
    assert sum(1 for img in images if img["top"] >= viewport["height"]) >= 2


def test_no_layout_shift_while_the_images_load(open_page, site_url: str, photo_site_url: str):
    page = open_page()
    for url in page_urls(site_url, photo_site_url):
        page.goto(url, wait_until="load")
        page.evaluate("""() => {
            window.shifts = [];
            new PerformanceObserver(list => window.shifts.push(...list.getEntries()))
                .observe({type: 'layout-shift', buffered: true});
        }""")
        wait_for_images(page)
        shifts = page.evaluate("""async () => {
            const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
            await frame(); await frame();
            return window.shifts.filter(e => !e.hadRecentInput).map(e => ({
                value: e.value,
                nodes: e.sources.map(s => s.node ? (s.node.outerHTML || s.node.nodeName).slice(0, 120) : '?')}));
        }""")
        assert sum(s["value"] for s in shifts) == 0, f"{url}: layout shifts {shifts}"


def _luminance(rgb: str) -> float:
    """Relative luminance (WCAG) of a computed `rgb(r, g, b)` colour."""
    channels = [int(float(part)) / 255 for part in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_dark_mode_shows_the_figure_and_a_readable_caption(open_page, site_url: str):
    page = open_page(color_scheme="dark")
    page.goto(REPO_ARTICLE)
    assert page.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches")
    figure = page.locator("figure.lead-image")
    expect(figure.locator("img")).to_be_visible()
    expect(figure.locator("figcaption")).to_be_visible()
    expect(figure.locator("figcaption")).to_contain_text("Grafis: Warta")
    lead_choice(page)  # loaded and decoded
    colours = figure.locator("figcaption").evaluate("""caption => {
        let node = caption, background = 'rgba(0, 0, 0, 0)';
        while (node && /rgba\\(.*, 0\\)$|transparent/.test(background)) {
            background = getComputedStyle(node).backgroundColor;
            node = node.parentElement;
        }
        return {text: getComputedStyle(caption).color, background};
    }""")
    text, background = _luminance(colours["text"]), _luminance(colours["background"])
    assert background < 0.05, f"the page is not dark: {colours}"
    contrast = (max(text, background) + 0.05) / (min(text, background) + 0.05)
    assert colours["text"] != colours["background"] and contrast >= 4.5, colours


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 800}], ids=["1280px"])
def test_card_thumbnails_fill_their_box(open_page, viewport: dict):
    page = open_page()
    page.goto("")
    wait_for_images(page)
    thumbs = page.evaluate("""() => [...document.querySelectorAll('.card-thumb img')].map(img => ({
        src: img.currentSrc, needed: img.getBoundingClientRect().width * devicePixelRatio,
        widths: img.closest('picture').querySelector('source[type="image/avif"]').getAttribute('srcset')
            .split(',').map(part => parseInt(part.trim().split(/\\s+/)[1], 10))}))""")
    assert thumbs
    for thumb in thumbs:
        taken = int(thumb["src"].rsplit("-", 2)[-2].split("x")[0])
        assert taken >= min(thumb["needed"], max(thumb["widths"])), thumb
