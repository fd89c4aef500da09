"""Helpers shared by the tests: the fixed clock, article text, building through the CLI."""

from __future__ import annotations

import functools
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

from warta.builder.outdir import MARKER, MARKER_TEXT
from warta.cli import main
from warta.importer import ImportedArticle, parse_raw

REPO = Path(__file__).resolve().parents[1]
NOW = "2026-11-21T12:00:00+07:00"
"""The fixed clock every test build uses, so output never depends on the day the tests run."""

JAKARTA = ZoneInfo("Asia/Jakarta")


def parse_text(text: str, fetched_at: datetime | None = None) -> ImportedArticle:
    """A raw text as `warta import` parses it (`parse_raw`): named `mentah.txt`, in Jakarta's zone."""
    return parse_raw(text, "mentah.txt", fetched_at, JAKARTA)


def removal_reasons(article: ImportedArticle) -> dict[str, str]:
    """Each line an import removed, with why."""
    return {r.text: r.reason for r in article.removed}


CONFIG = """\
title: Warta Uji
description: Situs uji Warta.
base_url: https://contoh.id/
"""


def article(title: str = "Judul Uji", date: str = "2025-06-15T09:00:00+07:00", body: str = "Isi artikel.",
            **fields) -> str:
    """Text of an article file with the given front matter fields (values written as YAML)."""
    import yaml

    meta = {"title": title, "date": date, **fields}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n{textwrap.dedent(body).strip()}\n"


def run_build(root: Path, *extra: str, output: Path | None = None, search: bool = False) -> int:
    """`warta build` on `root` with the fixed test clock; returns the exit status.

    Without `search=True` the build skips the Pagefind index (tests/test_search.py covers it)."""
    args = ["build", "--source", str(root), "--now", NOW, "--quiet"] + ([] if search else ["--no-search"])
    if output is not None:
        args += ["--output", str(output)]
    return main(args + list(extra))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of the site under `folder` with its bytes, for before/after comparisons (not the
    marker every build leaves in its output folder: tests/hardening/test_output_folder.py covers it)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != MARKER}


def previous_output(folder: Path, files: dict[str, bytes]) -> None:
    """Make `folder` look like the output of an earlier build holding `files` (with the marker
    file builds leave, so that the next build may replace it)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_bytes(MARKER_TEXT)
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)


def process_alive(pid: int) -> bool:
    """Whether process `pid` runs (a zombie, dead but not yet reaped, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 at a free port, as a static host would; yields the base URL (with a
    trailing slash) and stops the server at the end."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def alter_database(path: Path, *statements: str) -> None:
    """Run SQL statements on the SQLite file at `path` behind Warta's back (as someone who can write
    `.warta-cache/` could)."""
    import sqlite3

    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()
