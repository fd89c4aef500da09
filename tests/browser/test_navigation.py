"""A reader's path through the built repository site in Chromium, at a phone (375 px) and a desktop (1280 px) width.

Console errors, page errors, failed requests and HTTP errors on any page fail a test (see conftest.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

from playwright.sync_api import Page, expect

EDITOR_NOTE_ARTICLE = "/artikel/openai-hentikan-kerja-sama-scale-ai/"
TOC_ARTICLE = "/artikel/kolaborasi-scale-ai-meta-agi/"


def goto_ok(page: Page, path: str) -> None:
    """Open `path` and check it answered 200 and is an Indonesian page."""
    response = page.goto(path)
    assert response is not None and response.status == 200, f"{path}: {response and response.status}"
    expect(page.locator("html")).to_have_attribute("lang", "id")


def article_paths(site_dir: Path) -> list[str]:
    return sorted(f"/artikel/{p.parent.name}/" for p in site_dir.glob("artikel/*/index.html"))


def test_home_to_article_to_tag_and_back(page: Page) -> None:
    goto_ok(page, "/")
    expect(page.locator("main#konten h1")).to_have_count(1)

    card_link = page.locator("article.card").first.locator("h2.card-title a")
    title = card_link.inner_text().strip()
    article_url = urljoin(page.url, card_link.get_attribute("href"))
    card_link.click()
    page.wait_for_url(article_url)
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator("div.article-body")).to_be_visible()

    tag_link = page.locator("ul.tags a[rel=tag]").first
    tag_name = tag_link.inner_text().strip()
    tag_url = urljoin(page.url, tag_link.get_attribute("href"))
    tag_link.click()
    page.wait_for_url(tag_url)
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.locator("h1")).to_have_text(tag_name)
    listed = page.locator("h2.card-title a").filter(has_text=title)
    expect(listed).to_have_count(1)
    assert listed.inner_text().strip() == title
    assert urljoin(page.url, listed.get_attribute("href")) == article_url

    page.go_back()
    page.wait_for_url(article_url)
    expect(page.locator("h1")).to_have_text(title)


def test_no_horizontal_scrolling(page: Page, site_dir: Path) -> None:
    for path in ["/", *article_paths(site_dir)]:
        goto_ok(page, path)
        widths = page.evaluate("""() => {
            const limit = window.innerWidth;
            const wide = [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > limit + 0.5)
                .slice(0, 5)
                .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
                           + ' right=' + Math.round(el.getBoundingClientRect().right));
            return {scroll: document.documentElement.scrollWidth, inner: limit, wide};
        }""")
        assert widths["scroll"] <= widths["inner"], f"{path} scrolls sideways: {widths}"


def test_article_readable_without_javascript(open_page, site_dir: Path) -> None:
    html = (site_dir / EDITOR_NOTE_ARTICLE.strip("/") / "index.html").read_text(encoding="utf-8")
    scripts = [tag for tag in re.findall(r"<script\b[^>]*>", html, flags=re.IGNORECASE)
               if 'type="application/ld+json"' not in tag]  # JSON-LD is data for search engines, not code
    # Issue 17: the theme setter and the deferred site.js (the toggle and copy button), both extras.
    assert scripts[0] == "<script>" and re.fullmatch(r'<script src="/aset/site\.[0-9a-f]{8}\.js" defer>', scripts[1]) \
        and len(scripts) == 2, f"{EDITOR_NOTE_ARTICLE} has script tags: {scripts}"

    page = open_page(java_script_enabled=False)
    goto_ok(page, EDITOR_NOTE_ARTICLE)
    body = page.locator("div.article-body")
    expect(body).to_be_visible()
    expect(body.locator("p").first).to_be_visible()
    expect(body).to_contain_text("OpenAI, perusahaan di balik ChatGPT")


def test_header_and_footer_links_load(page: Page) -> None:
    goto_ok(page, "/")
    hrefs = [*page.locator("nav.site-nav a").evaluate_all("links => links.map(a => a.getAttribute('href'))"),
             *page.locator("footer.site-footer a").evaluate_all("links => links.map(a => a.getAttribute('href'))")]
    assert len(hrefs) >= 2
    for href in hrefs:
        goto_ok(page, href)


def _colors(page: Page) -> tuple[str, str]:
    """The body's computed (background, text) colours."""
    style = "getComputedStyle(document.body)"
    return tuple(page.evaluate(f"() => [{style}.backgroundColor, {style}.color]"))


def test_dark_scheme(open_page) -> None:
    schemes = {}
    for scheme in ("light", "dark"):
        page = open_page(color_scheme=scheme)
        goto_ok(page, EDITOR_NOTE_ARTICLE)
        schemes[scheme] = _colors(page)
    (light_bg, light_text), (dark_bg, dark_text) = schemes["light"], schemes["dark"]
    assert light_bg != dark_bg, schemes
    assert light_text != light_bg, schemes
    assert dark_text != dark_bg, schemes


def test_editor_note_after_body(page: Page) -> None:
    goto_ok(page, EDITOR_NOTE_ARTICLE)
    note = page.locator("aside.editor-note")
    expect(note).to_have_count(1)
    expect(note).to_be_visible()
    expect(note.locator("h2")).to_have_text("Catatan redaksi")
    # Issue 17: after the story (as Indonesian newsrooms print it), so the story starts on the first screen.
    body_first = page.evaluate("""() => {
        const note = document.querySelector('aside.editor-note');
        const body = document.querySelector('div.article-body');
        return Boolean(body.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING);
    }""")
    assert body_first, "the editor's note comes before the article body"


def test_toc_link_scrolls_to_heading(page: Page) -> None:
    goto_ok(page, TOC_ARTICLE)
    # Issue 17: the table of contents is collapsed (`<details>`) until the reader opens it.
    expect(page.locator("details.toc a").first).not_to_be_visible()
    page.locator("details.toc summary").click()
    link = page.locator("details.toc a").first
    expect(link).to_be_visible()
    href = link.get_attribute("href")
    assert href.startswith("#") and len(href) > 1, href
    fragment = href[1:]

    heading = page.locator(f"div.article-body [id='{fragment}']")
    expect(heading).to_have_count(1)
    assert heading.evaluate("el => el.id") == fragment
    assert re.fullmatch(r"h[2-6]", heading.evaluate("el => el.tagName.toLowerCase()"))
    expect(heading).to_have_text(link.inner_text().strip())
    expect(heading).not_to_be_in_viewport()

    link.click()
    expect(page).to_have_url(re.compile(re.escape("#" + fragment) + "$"))
    expect(heading).to_be_in_viewport()
    page.wait_for_function("() => window.scrollY > 0")
