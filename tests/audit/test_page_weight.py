"""Light pages, measured from Chromium's network log: every article page with its CSS within 30 KB
uncompressed, 4 KB for its photo and 2.5 KB for the newsroom's standards, the lead photo a phone loads within 100 KB, one stylesheet
within 12 KB under a content-hashed name (the listings' rules are in a second file that only other pages
load), no web fonts, no request to another host.

JavaScript: issue 17 asks for a light/dark toggle that remembers the reader's choice without a flash
of the wrong theme, and a copy-link button, both as progressive enhancement. So an article page may
run exactly two scripts: the tiny inline theme setter of its <head> (`render/theme.py`, allowed by
its digest in the CSP) and the deferred `aset/site.<hash>.js`, both within the budget below; nothing
else (JSON-LD is data, not code). And the page reads completely with JavaScript off: the article's
whole text is there, and no control that needs a script is shown."""

from __future__ import annotations

import re

from audit_tools import BuiltSite
from warta.render.theme import THEME_SCRIPT

PAGE_BUDGET = 30_000
"""Bytes for an article page's HTML, CSS and JavaScript, uncompressed, as it was before photos (issue
7). "30 KB" is read as 30,000 bytes, the stricter of its two readings; so is 12 KB below."""
PHOTO_ALLOWANCE = 4_000
"""What a lead photo adds to that (issue 16): its `<picture>` (AVIF and WebP sets of four widths and
a fallback), caption and credit, the related articles' thumbnails, og:image:alt, the 16:9, 4:3 and
1:1 crops in the JSON-LD, and the photo rules of the stylesheet. On this site's longest article,
whose text alone took 29.4 KB of the 30, they come to 4.3 KB; the markup of its pictures alone,
counted on the page, must stay within the allowance too."""
STANDARDS_ALLOWANCE = 2_500
"""What the newsroom's standards add to every article page (issue 18), measured on this site's longest
article against the build before them: the stylesheet's rules for type labels, paid content, the Ralat,
Hak jawab and withdrawal blocks and the corrections page (+1,138 bytes), the publisher's policy pages
and contact point in the JSON-LD (+459), the footer's links to the newsroom's pages and to /ralat/
(+435), and the article's type label (+52): 2,084 bytes, with room for a longer site address."""
FRONT_END_ALLOWANCE = 1_800
"""What issue 17's front end adds to every article page, measured on this site's longest article against
the build before it (35,843 bytes): the share bar (six plain links carrying the encoded address, four of
them the encoded headline too, and the copy button), site.js (1,001 bytes: the theme toggle and the copy
link), the inline theme setter, the header's three icons and the printed address, the new meta row and the
related cards, less what moved out: the listings' rules went to lists.css, which article pages do not
load, and the stylesheet shrank from 11,988 to 11,172 bytes. 38,165 bytes in all, 1,665 over the
budget before; the rest is room for a longer site address."""
LEAD_IMAGE_BUDGET = 100_000
"""Bytes of the lead photo a phone downloads (issue 16)."""
PICTURE_MARKUP = """() => [...document.querySelectorAll('figure, picture')]
    .filter(e => e.tagName === 'FIGURE' || !e.closest('figure'))
    .reduce((n, e) => n + new TextEncoder().encode(e.outerHTML).length, 0)"""
"""Bytes of the page's figures (with their captions) and of its pictures outside a figure."""
CSS_BUDGET = 12_000
"""The article page's one stylesheet, minified."""
HASHED_CSS = re.compile(r"/aset/style\.[0-9a-f]{8}\.css$")
SITE_SCRIPT = re.compile(r"/aset/site\.[0-9a-f]{8}\.js$")
"""The one script file an article page loads (deferred)."""


def test_article_pages_are_light(browser, site: BuiltSite) -> None:
    problems, sizes = [], []
    for path in site.article_paths():
        # A new context per page: an empty cache, as on a reader's first visit.
        context = browser.new_context(viewport={"width": 375, "height": 812})
        page = context.new_page()
        responses = []
        page.on("response", lambda response: responses.append(response))
        try:
            page.goto(site.url + path, wait_until="networkidle")
            code = page.evaluate("""() => [...document.scripts].filter(s => s.type !== 'application/ld+json')
                .map(s => s.src ? {src: s.src, defer: s.defer} : {text: s.text})""")
            fonts = page.evaluate("() => [...document.fonts].map(f => f.family)")
            pictures = page.evaluate(PICTURE_MARKUP)
            lead = page.evaluate("() => document.querySelector('.lead-image img')?.currentSrc || null")
            problems += [f"/{path}: {r.url} answers {r.status}" for r in responses if r.status != 200]
            loaded = [(r.request.resource_type, r.url, len(r.body())) for r in responses if r.status == 200]
        finally:
            context.close()

        counted = [(kind, url, size) for kind, url, size in loaded if kind != "image"]
        total = sum(size for _, _, size in counted)
        sizes.append(f"/{path}: {total} bytes = " + " + ".join(f"{kind} {size}" for kind, _, size in counted)
                     + f" (of which pictures' markup {pictures}); lead photo {lead}")
        if total > PAGE_BUDGET + PHOTO_ALLOWANCE + STANDARDS_ALLOWANCE + FRONT_END_ALLOWANCE:
            problems.append(f"/{path} loads {total} bytes (budget {PAGE_BUDGET} + {PHOTO_ALLOWANCE} for its photo "
                            f"+ {STANDARDS_ALLOWANCE} for the newsroom's standards + {FRONT_END_ALLOWANCE} for "
                            "the front end of issue 17)")
        if pictures > PHOTO_ALLOWANCE:
            problems.append(f"/{path}: its pictures' markup takes {pictures} bytes (allowance {PHOTO_ALLOWANCE})")
        if lead is not None:
            [lead_bytes] = [size for kind, url, size in loaded if url == lead]
            sizes[-1] += f" {lead_bytes} bytes"
            if lead_bytes > LEAD_IMAGE_BUDGET:
                problems.append(f"/{path}: the lead photo {lead} is {lead_bytes} bytes (budget {LEAD_IMAGE_BUDGET})")
        styles = [(url, size) for kind, url, size in loaded if kind == "stylesheet"]
        if len(styles) != 1:
            problems.append(f"/{path} loads {len(styles)} stylesheets, not one: {styles}")
        for url, size in styles:
            if size > CSS_BUDGET:
                problems.append(f"/{path}: {url} is {size} bytes (budget {CSS_BUDGET})")
            if not HASHED_CSS.search(url):
                problems.append(f"/{path}: {url} has no content hash in its name")
        problems += [f"/{path} loads a web font: {url}" for kind, url, _ in loaded if kind == "font"]
        problems += [f"/{path} loads a script other than site.js: {url}" for kind, url, _ in loaded
                     if kind == "script" and not SITE_SCRIPT.search(url)]
        problems += [f"/{path} asks another host: {url}" for _, url, _ in loaded if not url.startswith(site.origin)]
        expected = [{"text": str(THEME_SCRIPT)}, {"src": next((u for _, u, _ in loaded if SITE_SCRIPT.search(u)), "site.js"),
                                                  "defer": True}]
        if code != expected:
            problems.append(f"/{path} runs {code}, not just the theme setter and the deferred site.js")
        problems += [f"/{path} declares a web font: {family}" for family in fonts]
    print("\n".join(sizes))  # shown with -s, and kept in the report of a failure
    assert sizes, "no article pages"
    assert not problems, "\n".join(problems + ["", "sizes:"] + sizes)


def test_an_article_reads_completely_without_javascript(browser, site: BuiltSite) -> None:
    """The whole text of the longest article is there with JavaScript off, as with it on, and no control
    that needs a script (the theme toggle, the copy-link button) is shown."""
    path = site.article_paths()[0]
    texts = {}
    for enabled in (True, False):
        context = browser.new_context(viewport={"width": 375, "height": 812}, java_script_enabled=enabled)
        try:
            page = context.new_page()
            page.goto(site.url + path, wait_until="networkidle")
            texts[enabled] = page.inner_text(".article-body")
            if not enabled:
                shown = page.evaluate("""() => [...document.querySelectorAll('.theme-toggle, .share-copy')]
                    .filter(e => e.checkVisibility()).map(e => e.className)""")
                assert not shown, f"/{path}: controls that need JavaScript are shown without it: {shown}"
                assert page.locator(".article-body").is_visible()
        finally:
            context.close()
    assert texts[False].strip(), f"/{path}: no text without JavaScript"
    assert texts[False] == texts[True], f"/{path}: the text differs without JavaScript"


def test_no_page_asks_another_host(browser, site: BuiltSite) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    outside = []
    page.on("request", lambda request: outside.append(f"{page.url} -> {request.url}")
            if not request.url.startswith(site.origin) else None)
    try:
        for path in site.audited_pages().values():
            page.goto(site.url + path, wait_until="networkidle")
    finally:
        context.close()
    assert not outside, "requests to other hosts:\n" + "\n".join(outside)


LISTS_CSS_BUDGET = 6_000
"""The listings' own rules (lists.css, issue 17): the front, cards, pagination, term lists, archives,
the corrections page and search, minified."""
LISTS_CSS = re.compile(r"/aset/lists\.[0-9a-f]{8}\.css$")


def test_listing_pages_load_both_stylesheets_and_articles_one(browser, site: BuiltSite) -> None:
    """Every page but an article loads lists.css after style.css; the rules an article page needs are all
    in style.css (its one stylesheet, checked above)."""
    context = browser.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    problems = []
    try:
        for role, path in site.audited_pages().items():
            sheets = page.goto(site.url + path) and page.evaluate(
                "() => [...document.styleSheets].map(s => s.href && new URL(s.href).pathname)")
            article = path.startswith("artikel/")  # an article, or a withdrawn one's notice
            want = [HASHED_CSS] if article else [HASHED_CSS, LISTS_CSS]
            if len(sheets) != len(want) or not all(p.search(u or "") for p, u in zip(want, sheets)):
                problems.append(f"{role} /{path}: stylesheets {sheets}")
            if role == "home" and sheets:
                response = page.request.get(site.origin.rstrip("/") + sheets[-1])
                if len(response.body()) > LISTS_CSS_BUDGET:
                    problems.append(f"{sheets[-1]} is {len(response.body())} bytes (budget {LISTS_CSS_BUDGET})")
    finally:
        context.close()
    assert not problems, "\n".join(problems)
