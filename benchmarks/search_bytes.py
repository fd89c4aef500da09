"""How many bytes a reader's browser downloads to search a built site, from Chromium's network log.

    .venv/bin/python benchmarks/search_bytes.py SITE_FOLDER [QUERY ...]

Serves SITE_FOLDER (a `warta build` output with the search index) on 127.0.0.1, opens /cari/
in Debian's Chromium, types each query like a reader and reports, per query, the bytes of every
response the search needed after the page itself had loaded (Pagefind's index chunks,
fragments and filters), and the size of the whole index on disk.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


def main() -> None:
    site = Path(sys.argv[1])
    queries = sys.argv[2:] or ["investasi", "Alexandr Wang"]
    index = site / "pagefind"
    files = [p for p in index.rglob("*") if p.is_file()]
    print(f"index: {len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.1f} MB on disk")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for query in queries:
            page = browser.new_context().new_page()
            sizes: list[tuple[str, int]] = []

            def record(response) -> None:
                try:
                    sizes.append((response.url, len(response.body())))
                except Exception:  # a redirect or an aborted request has no body
                    pass

            page.on("response", record)
            page.goto(base + "cari/")
            page.wait_for_selector(".search-filters:not([hidden])")
            page.wait_for_load_state("networkidle")
            opening = sum(size for _, size in sizes)
            print(f"search page with Pagefind started: {len(sizes)} requests, {opening / 1e3:.1f} kB")
            sizes.clear()
            page.fill("#kata-kunci", query)
            page.wait_for_function("q => document.querySelector('.search-status').textContent.includes(q)",
                                   arg=query, timeout=60_000)
            page.wait_for_load_state("networkidle")
            total = sum(size for _, size in sizes)
            print(f"query {query!r}: {len(sizes)} requests, {total / 1e3:.1f} kB "
                  f"({page.inner_text('.search-status')})")
            page.context.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
