"""The site's chrome in a real browser (issue 17): the compact header and its strip of sections, the
light/dark toggle (system setting, remembered choice, no flash of the wrong theme), the copy-link
button of site.js, and what a printed article shows."""

from __future__ import annotations

import re

import pytest

ARTICLE = "artikel/investasi-meta-scale-ai-10-alasan-strategis/"
"""An article of the category Bisnis."""
PAGES = ("", ARTICLE, "kategori/bisnis/", "tag/", "cari/")
LIGHT_BG, DARK_BG = "rgb(255, 255, 255)", "rgb(22, 24, 29)"
"""`--bg` of style.css, light and dark, as computed colours."""
FIRST_FRAME = """window.__firstFrame = null;
requestAnimationFrame(() => { window.__firstFrame = {
    theme: document.documentElement.dataset.theme || null,
    bg: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()}; });"""
"""Records the theme and the background colour variable as the first frame is painted: rendering
waits for the stylesheet in <head>, and requestAnimationFrame callbacks run just before a frame."""


def background(page) -> str:
    return page.evaluate("getComputedStyle(document.body).backgroundColor")


@pytest.mark.parametrize("path", PAGES)
def test_the_header_is_one_compact_bar_and_one_row_of_sections(page, viewport, path):
    page.goto(path)
    height = page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")
    assert height <= 100, f"/{path}: the header takes {height}px"
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], "no sideways scrolling"
    tops = page.eval_on_selector_all(".site-nav li", "items => items.map(li => li.getBoundingClientRect().top)")
    assert len(set(tops)) == 1, f"the sections wrap onto {len(set(tops))} rows"
    phone = viewport["width"] < 640
    assert page.locator(".site-title").is_visible()
    if path != "cari/":
        assert page.locator(".search-link").is_visible() == phone
        assert page.locator("#cari-situs").is_visible() == (not phone)
    assert page.locator(".menu-link").is_visible() == phone


def test_the_strip_of_sections_scrolls_sideways_on_a_phone_and_wraps_on_a_desktop(page, viewport):
    """A newsroom with many sections: on a phone twenty more do not make a second row, the strip scrolls
    sideways; on a desktop (no swipe, and a mouse wheel scrolls the page) they wrap, so none is out of
    sight (the hostile probe of issue 17 found "Tag" and the current section off-screen at 1280 px)."""
    page.goto("")
    strip = page.locator(".site-nav ul")
    assert strip.evaluate("ul => getComputedStyle(ul).overflowX") == "auto"
    height = strip.evaluate("ul => ul.offsetHeight")
    strip.evaluate("ul => { for (let i = 0; i < 20; i++) ul.append(ul.firstElementChild.cloneNode(true)); }")
    if viewport["width"] < 640:
        assert strip.evaluate("ul => ul.offsetHeight") == height
        assert strip.evaluate("ul => ul.scrollWidth > ul.clientWidth")
        assert strip.evaluate("ul => { ul.scrollLeft = 200; return ul.scrollLeft; }") > 0
    else:
        assert strip.evaluate("ul => ul.offsetHeight") > height, "the sections wrap onto more rows"
        assert strip.evaluate("ul => ul.scrollWidth <= ul.clientWidth"), "no section is out of sight"
        assert strip.evaluate("ul => [...ul.querySelectorAll('a')].every(a => "
                              "a.getBoundingClientRect().right <= innerWidth)")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


def test_the_section_being_read_is_marked(page):
    page.goto(ARTICLE)
    current = page.locator(".site-nav a[aria-current]")
    assert current.count() == 1 and current.inner_text() == "Bisnis"
    assert current.get_attribute("aria-current") == "true"
    other = page.locator(".site-nav a", has_text="Teknologi")
    style = "a => getComputedStyle(a).color + getComputedStyle(a).boxShadow"
    assert current.evaluate(style) != other.evaluate(style), "the current section looks different"
    page.goto("kategori/bisnis/")
    assert page.locator(".site-nav a[aria-current='page']").inner_text() == "Bisnis"


def test_the_toggle_switches_the_theme_and_remembers_it_without_a_flash(open_page):
    page = open_page(color_scheme="light")
    page.goto(ARTICLE)
    toggle = page.locator(".theme-toggle")
    assert toggle.is_visible() and toggle.get_attribute("aria-pressed") == "false"
    assert toggle.get_attribute("aria-label") == "Mode gelap"  # its accessible name, pressed or not
    assert page.evaluate("document.documentElement.dataset.theme") is None, "the system's setting rules"
    assert background(page) == LIGHT_BG
    toggle.click()
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    assert toggle.get_attribute("aria-pressed") == "true"
    assert background(page) == DARK_BG
    assert page.evaluate("localStorage.getItem('warta-tema')") == "dark"

    page.add_init_script(FIRST_FRAME)
    for path in (ARTICLE, ""):  # the same page again, and another
        page.goto(path)
        page.wait_for_function("window.__firstFrame !== null")
        assert page.evaluate("window.__firstFrame") == {"theme": "dark", "bg": "#16181d"}, \
            f"/{path}: the first frame is painted in the wrong theme"
        assert background(page) == DARK_BG
        assert page.locator(".theme-toggle").get_attribute("aria-pressed") == "true"

    page.locator(".theme-toggle").click()
    page.reload()
    assert page.evaluate("document.documentElement.dataset.theme") == "light"
    assert background(page) == LIGHT_BG


def test_a_dark_system_is_followed_until_the_reader_chooses_light(open_page):
    page = open_page(color_scheme="dark")
    page.add_init_script(FIRST_FRAME)
    page.goto("")
    page.wait_for_function("window.__firstFrame !== null")
    assert page.evaluate("window.__firstFrame") == {"theme": None, "bg": "#16181d"}
    assert background(page) == DARK_BG
    toggle = page.locator(".theme-toggle")
    assert toggle.get_attribute("aria-pressed") == "true"
    toggle.click()
    assert background(page) == LIGHT_BG
    page.goto(ARTICLE)
    page.wait_for_function("window.__firstFrame !== null")
    assert page.evaluate("window.__firstFrame") == {"theme": "light", "bg": "#ffffff"}, \
        "the reader's light choice overrides the dark system from the first frame"


def test_without_javascript_the_page_reads_and_shows_no_dead_buttons(open_page):
    page = open_page(java_script_enabled=False)
    page.goto(ARTICLE)
    assert not page.locator(".theme-toggle").is_visible()
    assert page.locator("button.share-copy:visible").count() == 0
    assert len(page.inner_text(".article-body")) > 1000
    page.locator(".menu-link").evaluate("a => a.click()")  # the menu is a link to the footer's navigation
    assert page.url.endswith("#menu")


def _with_copy_button(page) -> None:
    """The article's share bar (another part of issue 17) brings `button.share-copy`; until a page
    has one, the contract's button is added to the article's HTML as it arrives."""

    def handle(route):
        response = route.fetch()
        body = response.text()
        if "share-copy" not in body:
            body = body.replace("</article>", '<button type="button" class="share-copy" '
                                'data-url="https://warta.example/' + ARTICLE + '" hidden>Salin tautan</button></article>')
        route.fulfill(response=response, body=body)

    page.route(re.compile(r".*/artikel/[^/]+/$"), handle)


def test_the_copy_button_copies_the_address_and_says_so(open_page):
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    _with_copy_button(page)
    page.goto(ARTICLE)
    button = page.locator("button.share-copy")
    assert button.is_visible()
    button.click()
    status = page.locator(".share-copy + [role=status]")
    status.wait_for()
    page.wait_for_function("document.querySelector('.share-copy + [role=status]').textContent !== ''")
    assert status.inner_text() == "Tautan disalin"
    assert page.evaluate("navigator.clipboard.readText()") == button.get_attribute("data-url")


def test_without_a_clipboard_the_address_is_selected_to_copy_by_hand(open_page):
    page = open_page()
    page.add_init_script("navigator.clipboard.writeText = () => Promise.reject(new Error('refused'))")
    _with_copy_button(page)
    page.goto(ARTICLE)
    button = page.locator("button.share-copy")
    button.click()
    field = page.locator(".share-copy + [role=status] input")
    field.wait_for()
    url = button.get_attribute("data-url")
    assert field.input_value() == url
    assert page.evaluate("[document.activeElement.selectionStart, document.activeElement.selectionEnd]") == [0, len(url)]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_printed_article_shows_the_site_and_its_address_and_plain_tags(open_page, scheme):
    page = open_page(color_scheme=scheme)
    page.goto(ARTICLE)
    page.locator(".theme-toggle").click()  # a chosen theme, the other one: print is black on white all the same
    page.emulate_media(media="print")
    assert background(page) == LIGHT_BG
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor") == LIGHT_BG
    assert page.locator(".site-title").is_visible()
    assert page.locator(".print-url").inner_text() == "https://warta.example/" + ARTICLE
    for hidden in (".site-nav", ".site-search", ".theme-toggle", ".menu-link", ".site-footer", ".related"):
        assert not page.locator(hidden).first.is_visible(), hidden
    tag = page.locator(".tags a").first
    assert tag.evaluate("a => getComputedStyle(a).borderTopWidth + ' ' + getComputedStyle(a).paddingLeft") == "0px 0px"
    separators = page.eval_on_selector_all(".tags li", "lis => lis.map(li => getComputedStyle(li, '::after').content)")
    assert separators == ['","'] * (len(separators) - 1) + ["none"], "tags as a line of text: a, b, c"
    page.emulate_media(media="screen")
    assert not page.locator(".print-url").is_visible()
