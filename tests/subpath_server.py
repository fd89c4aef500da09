"""Serve a built site on 127.0.0.1 under a sub-path, the way GitHub Pages serves a project site.

`/warta/...` maps to the output folder (folders answer with their index.html, a folder without
one is a 404, not a listing); any other path, and any missing file, answers 404 with the site's
own 404.html. With `headers=True` the responses also carry what the site's `_headers` file says
for their path (Netlify / Cloudflare Pages rules: `*` matches anything, and a header set by
several matching rules gets their values joined with ", ", as both hosts do)."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def parse_headers_file(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """`_headers` text -> [(path pattern, [(name, value), …]), …] in file order."""
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t":
            name, _, value = line.strip().partition(":")
            assert rules, f"header line before any path: {line!r}"
            rules[-1][1].append((name.strip(), value.strip()))
        else:
            rules.append((line.strip(), []))
    return rules


def pattern_matches(pattern: str, path: str) -> bool:
    """Whether a `_headers` / `_redirects` path pattern matches a URL path (`*` matches anything)."""
    regex = "".join(".*" if part == "*" else re.escape(part) for part in re.split(r"(\*)", pattern))
    return re.fullmatch(regex, path) is not None


def headers_for(rules, path: str) -> dict[str, str]:
    """The headers every matching rule gives `path`, values of one name joined with ", "."""
    found: dict[str, list[str]] = {}
    for pattern, headers in rules:
        if pattern_matches(pattern, path):
            for name, value in headers:
                found.setdefault(name, []).append(value)
    return {name: ", ".join(values) for name, values in found.items()}


class _SubPathHandler(SimpleHTTPRequestHandler):
    prefix = "/"
    rules: list = []

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass

    def send_head(self):
        if not self.path.split("?", 1)[0].startswith(self.prefix):
            self.send_error(HTTPStatus.NOT_FOUND)
            return None
        return super().send_head()

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        return super().translate_path("/" + clean[len(self.prefix):])

    def list_directory(self, path):
        self.send_error(HTTPStatus.NOT_FOUND)
        return None

    def end_headers(self) -> None:
        if self.rules:
            for name, value in headers_for(self.rules, self.path.split("?", 1)[0]).items():
                self.send_header(name, value)
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def serve_subpath(folder: Path, prefix: str, headers: bool = False) -> Iterator[str]:
    """Serve `folder` at `http://127.0.0.1:<port><prefix>`; yields that URL (ending in /)."""
    rules = parse_headers_file((folder / "_headers").read_text(encoding="utf-8")) if headers else []
    handler_class = type("Handler", (_SubPathHandler,), {"prefix": prefix, "rules": rules})
    handler = functools.partial(handler_class, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="subpath-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
