"""The hostile site of tests/hardening in Chromium: every page opened, the search page queried for
the payloads' words; no dialog opens, no script from content runs, no element from content appears."""

from __future__ import annotations

import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from helpers import run_build

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hardening"))
from hostile import write_hostile_site  # noqa: E402 - the shared hostile site


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-browser") / "site"
    write_hostile_site(root)
    assert run_build(root, search=True) == 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root / "_site")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    pages = sorted(p.relative_to(root / "_site").as_posix() for p in (root / "_site").rglob("*.html"))
    yield f"http://127.0.0.1:{server.server_address[1]}/", pages
    server.shutdown()
    server.server_close()


@pytest.fixture
def watched(browser, hostile_url):
    """A page that records every dialog (alert, confirm, prompt) any script opens."""
    base, _ = hostile_url
    context = browser.new_context(base_url=base)
    page = context.new_page()
    dialogs: list[str] = []

    def dialog(d):
        dialogs.append(f"{d.type}: {d.message} on {page.url}")
        d.dismiss()

    page.on("dialog", dialog)
    yield page, dialogs
    context.close()


def test_no_page_runs_content_script(watched, hostile_url):
    page, dialogs = watched
    _, pages = hostile_url
    assert len(pages) > 20
    for path in pages:
        page.goto(path)
        page.wait_for_load_state("load")
        # Event handlers from content would sit on elements as attributes; none may exist.
        handlers = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(e =>
            [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))""")
        assert handlers == [], (path, handlers)
        # (The header's three icons are the theme's own inline SVG, issue 17; none may come from content.)
        assert page.evaluate("document.querySelectorAll('iframe, object, embed, style').length + "
                             "[...document.querySelectorAll('svg')].filter(s => !s.closest('.site-bar')).length") == 0, path
        # Clicking every link in the article body must not run anything either.
        for link in page.locator(".article-body a[href]").all():
            href = link.get_attribute("href") or ""
            assert not href.lower().lstrip().startswith(("javascript", "vbscript", "data")), href
    assert dialogs == []


def test_searching_for_payload_words_shows_them_as_text(watched):
    page, dialogs = watched
    page.goto("cari/")
    page.wait_for_selector(".search-filters:not([hidden])")
    for query in ("alert", "script", "onerror", "svg"):
        box = page.locator("#kata-kunci")
        box.fill("")
        box.press_sequentially(query, delay=15)
        page.wait_for_function("q => document.querySelector('.search-status').textContent.includes(q)",
                               arg=query, timeout=10_000)
        results = page.locator(".search-result")
        assert results.count() > 0, query
        # Only text, links and <mark> inside the results: nothing from the indexed content became markup.
        tags = page.evaluate("""() => [...new Set([...document.querySelectorAll('.search-result *')]
            .map(e => e.tagName.toLowerCase()))].sort()""")
        assert set(tags) <= {"a", "mark", "p", "span", "time", "div", "h2", "h3"}, tags
    assert dialogs == []
