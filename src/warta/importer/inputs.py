"""Read one input file of any kind: refuse what is not a regular file or too large for its kind, decode raw
text, and hand the bytes to the reader of their kind (raw text, saved page, WordPress export, feed)."""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
import stat
from pathlib import Path

from warta.errors import Problem, ProblemsError
from warta.importer.text.parse import parse_raw
from warta.importer.records import ReadOptions, Reading
from warta.importer.sniff import (FEED, HEAD_BYTES, HTML, KIND_NAMES, MAX_PROLOG_BYTES, TEXT, WXR, declares_xml,
                                  sniff)

log = logging.getLogger(__name__)

MB = 1024 * 1024
MAX_TEXT_BYTES = 5 * MB
"""The largest raw text `warta import` reads: a news article is a small fraction of that."""
MAX_BYTES = {TEXT: MAX_TEXT_BYTES, HTML: 5 * MB, FEED: 50 * MB, WXR: 1024 * MB}
"""The largest input of each kind: a saved page as a text; a feed holds many articles; a WordPress export a
whole site's (its reader streams it)."""
READERS = {HTML: "warta.importer.html.page", WXR: "warta.importer.wordpress.export", FEED: "warta.importer.feeds"}
"""The module reading each kind but raw text: `read(data: bytes, name: str, options: ReadOptions) -> Reading`,
imported only when an input of its kind comes (they need lxml, trafilatura)."""
_TOO_LARGE_HINTS = {
    TEXT: "a news article is far shorter: check that this is the right file, or split it into one file per article",
    HTML: "a saved article page is far smaller: check that this is the right file",
    FEED: "a feed of this size is not one feed: check that this is the right file",
    WXR: "export the site in parts (Tools → Export, by category or date range) and import each part",
}
_PLURALS = {TEXT: "texts", HTML: "saved pages", FEED: "feeds", WXR: "WordPress exports"}


class Refusal(Exception):
    """An input that cannot be read: what is wrong and what to do."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message, self.hint = message, hint


def decode_raw(data: bytes) -> tuple[str, str | None]:
    """Bytes -> text: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252 / Latin-1 with a warning."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        where = f"byte 0x{data[exc.start]:02x} on line {line}"
    try:
        return data.decode("cp1252"), f"not UTF-8 ({where}): decoded as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"not UTF-8 ({where}): decoded as Latin-1"


def read_raw(path: Path) -> tuple[bytes | None, tuple[str, str | None]]:
    """The bytes of a raw text file, or (None, (why not, what to do)); see `read_input`."""
    try:
        return read_input(path, kind=TEXT)[0], ("", None)
    except Refusal as refusal:
        return None, (refusal.message, refusal.hint)


def read_input(path: Path, kind: str | None = None) -> tuple[bytes, str]:
    """The bytes of an input file and its kind (`kind`, or sniffed from its first bytes); raises Refusal.

    Only a regular file is read (issue 21: `/dev/zero` was read until memory ran out, a FIFO without a writer
    blocked forever), of at most its kind's MAX_BYTES. It is opened without blocking and checked again once
    open, in case it was swapped for something else after the first look, and read no further than one byte
    past the limit."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise Refusal(f"cannot be read ({exc.strerror or exc})") from None
    unknown = float("inf")  # (before the kind is known, the size is checked once it is)
    _check_file(info, MAX_BYTES[kind] if kind else unknown, kind or TEXT)
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise Refusal(f"cannot be read ({exc.strerror or exc})") from None
    try:
        _check_file(os.fstat(handle), MAX_BYTES[kind] if kind else unknown, kind or TEXT)
        chunks = [_read_up_to(handle, min(HEAD_BYTES, MAX_BYTES[kind] + 1) if kind else HEAD_BYTES)]
        size = len(chunks[0])
        if not kind:
            kind = _sniff_reading_on(handle, chunks)
            size = sum(len(chunk) for chunk in chunks)
        limit = MAX_BYTES[kind]
        _check_file(os.fstat(handle), limit, kind)
        while size <= limit:
            chunk = _read_up_to(handle, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise Refusal(f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(handle)
    if size > limit:
        raise Refusal(*_too_large(size, kind))
    return b"".join(chunks), kind


def _sniff_reading_on(handle: int, chunks: list[bytes]) -> str:
    """The kind of the file whose first HEAD_BYTES are `chunks[0]`: read on (appending to `chunks`) while all
    that was read is prolog, up to MAX_PROLOG_BYTES; raises Refusal past that, or for XML of no known kind."""
    head, wanted = chunks[0], HEAD_BYTES
    while True:
        kind = sniff(head, complete=len(head) < wanted)  # (a short read: the file ends there)
        if kind is not None:
            break
        if len(head) >= MAX_PROLOG_BYTES:
            raise Refusal(f"opens with more than {MAX_PROLOG_BYTES // MB} MB of XML declaration, comments or "
                          "DOCTYPE before its first element", "save the feed or export again as the site serves it")
        more = _read_up_to(handle, wanted)
        chunks.append(more)
        head, wanted = head + more, wanted * 2
    if kind == TEXT and declares_xml(head):
        raise Refusal("is an XML file, but neither an RSS or Atom feed nor a WordPress export",
                      "import a feed, a WordPress export (Tools → Export), a saved page or a text")
    return kind


def _read_up_to(handle: int, count: int) -> bytes:
    chunks, size = [], 0
    while size < count:
        chunk = os.read(handle, count - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _check_file(info: os.stat_result, limit: float, kind: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise Refusal("is a folder, not a text file", "name the .txt files inside it")
    if not stat.S_ISREG(info.st_mode):
        raise Refusal("is not a regular file (a device, a pipe or a socket)",
                      "save the text to a file first and import that file")
    if info.st_size > limit:
        raise Refusal(*_too_large(info.st_size, kind))


def _too_large(size: int, kind: str) -> tuple[str, str]:
    limit = MAX_BYTES[kind]
    more = "more than " if size == limit + 1 else ""
    return (f"is {more}{size / MB:.1f} MB; `warta import` reads {_PLURALS[kind]} of at most {limit // MB} MB",
            _TOO_LARGE_HINTS[kind])


def read_reading(path: Path, options: ReadOptions) -> tuple[str, Reading]:
    """Read one input and hand it to the reader of its kind: (kind, what it found); raises Refusal."""
    data, kind = read_input(path)
    name = str(path)
    if not data.strip(b" \t\r\n\x0b\x0c\xef\xbb\xbf"):
        raise Refusal("is empty", "nothing to import")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Refusal("is not a text file (it contains NUL bytes)", "export the article as plain text, HTML or XML")
    if kind == TEXT:
        return kind, _read_text(data, name, options)
    try:
        reader = importlib.import_module(READERS[kind])
    except ModuleNotFoundError as exc:
        if exc.name != READERS[kind]:
            raise
        raise Refusal(f"is a {KIND_NAMES[kind]}, which this version of Warta cannot import yet") from None
    try:
        return kind, reader.read(data, name, options)
    except (Refusal, ProblemsError):  # (a reader's own account of what is wrong, with its line)
        raise
    except Exception as exc:  # (one input a reader cannot make sense of must not stop the others)
        log.debug("reading %s failed", name, exc_info=True)
        raise Refusal(f"could not be read as a {KIND_NAMES[kind]} ({type(exc).__name__}: {exc})",
                      "check that the file is whole; run again with --debug and report the traceback if it is") \
            from None


def _read_text(data: bytes, name: str, options: ReadOptions) -> Reading:
    text, decoding = decode_raw(data)
    if not text.strip():
        raise Refusal("is empty", "nothing to import")
    article = parse_raw(text, name, options.fetched_at, options.zone)
    if decoding:
        warning = Problem(name, None, None, decoding, "check accented letters and quotes", warning=True)
        article = dataclasses.replace(article, warnings=(warning,) + article.warnings)
    return Reading((article,))
