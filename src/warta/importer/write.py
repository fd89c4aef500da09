"""Read raw text files, write article files: decoding, front matter, slugs, collisions, no overwrites."""

from __future__ import annotations

import dataclasses
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from warta.content.schema import SLUG_RE, slug_from_name
from warta.errors import Problem
from warta.importer.naming import slug_for
from warta.importer.parse import DEFAULT_ZONE, parse_raw
from warta.importer.records import ImportedArticle

_FRONT_SLUG = re.compile(r"^slug:\s*[\"']?([^\"'#\s]+)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What happened to one input file."""

    source: Path
    """The raw text file, as given."""
    target: Path | None
    """The article file written (or, with --dry-run, that would be written); None if it failed early."""
    article: ImportedArticle | None
    """The parsed article, when the file could be read."""
    text: str | None
    """The article file's content (front matter + Markdown)."""
    problem: Problem | None
    """Why this file was not imported, or None."""
    written: bool = False
    """True once the file is on disk."""


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


MAX_TEXT_BYTES = 5 * 1024 * 1024
"""The largest raw text `warta import` reads: a news article is a small fraction of that."""


def read_raw(path: Path) -> tuple[bytes | None, tuple[str, str | None]]:
    """The bytes of a raw text file, or (None, (why not, what to do)).

    Only a regular file of at most MAX_TEXT_BYTES is read (issue 21: `/dev/zero` was read until memory ran
    out, a FIFO without a writer blocked forever). It is opened without blocking and checked again once
    open, in case it was swapped for something else after the first look, and read no further than
    one byte past the limit."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return None, (f"cannot be read ({exc.strerror or exc})", None)
    refusal = _not_a_text_file(info)
    if refusal is not None:
        return None, refusal
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return None, (f"cannot be read ({exc.strerror or exc})", None)
    try:
        refusal = _not_a_text_file(os.fstat(handle))
        if refusal is not None:
            return None, refusal
        chunks, size = [], 0
        while size <= MAX_TEXT_BYTES:
            chunk = os.read(handle, MAX_TEXT_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        return None, (f"cannot be read ({exc.strerror or exc})", None)
    finally:
        os.close(handle)
    if size > MAX_TEXT_BYTES:
        return None, _too_large(size)
    return b"".join(chunks), ("", None)


def _not_a_text_file(info: os.stat_result) -> tuple[str, str | None] | None:
    if stat.S_ISDIR(info.st_mode):
        return "is a folder, not a text file", "name the .txt files inside it"
    if not stat.S_ISREG(info.st_mode):
        return ("is not a regular file (a device, a pipe or a socket)",
                "save the text to a file first and import that file")
    if info.st_size > MAX_TEXT_BYTES:
        return _too_large(info.st_size)
    return None


def _too_large(size: int) -> tuple[str, str]:
    more = "more than " if size == MAX_TEXT_BYTES + 1 else ""
    return (f"is {more}{size / 1024 / 1024:.1f} MB; `warta import` reads texts of at most "
            f"{MAX_TEXT_BYTES // 1024 // 1024} MB", "a news article is far shorter: check that this is the right file, "
                                                    "or split it into one file per article")


def to_markdown_file(article: ImportedArticle) -> str:
    """The article file: YAML front matter (with comments saying where values came from), then the body."""
    out = ["---", f"# Imported from {Path(article.name).name} by `warta import`: check it, then fill in tags, "
                  "category and summary."]
    if article.title is None:
        out.append("# No title found in the text: write the headline between the quotes.")
    out.append(f"title: {_scalar(article.title or '')}")
    if article.date is None:
        out.append('# No date found in the text: write when it was published, e.g. "2025-06-15T09:00:00+07:00".')
        out.append('date: ""')
    else:
        out += _comment(article.date.origin) + [f"date: {_scalar(article.date.iso())}"]
    if article.updated is not None:
        out += _comment(article.updated.origin) + [f"updated: {_scalar(article.updated.iso())}"]
    if len(article.authors) > 1:
        out.append(f"author: {_sequence(article.authors)}")
    else:
        out.append(f"author: {_scalar(article.authors[0] if article.authors else '')}")
    if article.source:
        out.append(f"source: {_scalar(article.source)}")
    if article.dateline:
        out.append(f"dateline: {_scalar(article.dateline)}")
    out.append(f"tags: {_sequence(article.tags)}")
    out.append('category: ""')
    out.append('summary: ""')
    if article.editors:
        out += ["extra:", f"  editor: {_sequence(article.editors)}"]
    out += ["---", "", article.body.rstrip("\n")]
    return "\n".join(out) + "\n"


def _scalar(value: str) -> str:
    """A double-quoted YAML string: safe for any text (quotes, colons, `#`, control characters)."""
    return yaml.safe_dump(value, allow_unicode=True, default_style='"', width=float("inf")).rstrip("\n")


def _sequence(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(_scalar(v) for v in values) + "]"


def _comment(text: str) -> list[str]:
    return ["# " + " ".join(text.split())]


def import_files(paths: list[Path], into: Path, *, fetched_at: datetime | None = None,
                 zone: ZoneInfo = DEFAULT_ZONE, force: bool = False, dry_run: bool = False) -> tuple[ImportResult, ...]:
    """Import each raw text file into `into/<slug>.md`; one file's failure does not stop the others.

    Never overwrites an article unless `force`; two inputs with one slug: the later one fails, naming both.
    With `dry_run` nothing is written."""
    existing = _existing_slugs(into)
    claimed: dict[str, Path] = {}
    results = []
    for path in paths:
        result = _prepare(path, into, fetched_at, zone)
        if result.problem is None:
            result = _check_target(result, existing, claimed, force)
        if result.problem is None and result.target is not None:
            claimed[result.target.stem] = path
            if not dry_run:
                result = _write(result, force)
        results.append(result)
    return tuple(results)


def _prepare(path: Path, into: Path, fetched_at: datetime | None, zone: ZoneInfo) -> ImportResult:
    """Read, decode and parse one file; refuse files that are not text or have no article in them."""
    name = str(path)

    def failed(message: str, hint: str | None = None, article: ImportedArticle | None = None) -> ImportResult:
        return ImportResult(path, None, article, None, Problem(name, None, None, message, hint))

    data, refusal = read_raw(path)
    if data is None:
        return failed(*refusal)
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return failed("is not a text file (it contains NUL bytes)", "export the article as plain text")
    text, decoding = decode_raw(data)
    if not text.strip():
        return failed("is empty", "nothing to import")
    article = parse_raw(text, name, fetched_at, zone)
    if decoding:
        warning = Problem(name, None, None, decoding, "check accented letters and quotes", warning=True)
        article = dataclasses.replace(article, warnings=(warning,) + article.warnings)
    if not article.body.strip():
        return failed(f"has no article text left after taking out {len(article.removed)} lines "
                      "(title, metadata, junk)", "run with --dry-run to see what was taken out", article)
    return ImportResult(path, into / f"{slug_for(article)}.md", article, to_markdown_file(article), None)


def _check_target(result: ImportResult, existing: dict[str, Path], claimed: dict[str, Path],
                  force: bool) -> ImportResult:
    assert result.target is not None
    slug, name = result.target.stem, str(result.source)
    if slug in claimed:
        return dataclasses.replace(result, problem=Problem(
            name, None, None, f"would be written to {result.target}, like {claimed[slug]} earlier in this run",
            "import them separately and rename one: the file name comes from the title"))
    owner = existing.get(slug)
    if owner is not None and not (force and owner.resolve() == result.target.resolve()):
        if owner.resolve() == result.target.resolve():
            message, hint = f"{result.target} already exists", "pass --force to overwrite it"
        else:
            message, hint = (f"the slug {slug!r} is already used by {owner}",
                             "rename that article or this one's title; --force replaces only a file of the same name")
        return dataclasses.replace(result, problem=Problem(name, None, None, message, hint))
    return result


def _write(result: ImportResult, force: bool) -> ImportResult:
    assert result.target is not None and result.text is not None
    target = result.target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if force:
            _replace(target, result.text)
        else:
            with open(target, "x", encoding="utf-8") as handle:
                handle.write(result.text)
    except FileExistsError:
        return dataclasses.replace(result, problem=Problem(str(result.source), None, None,
                                                           f"{target} already exists", "pass --force to overwrite it"))
    except OSError as exc:
        return dataclasses.replace(result, problem=Problem(str(result.source), None, None,
                                                           f"cannot write {target} ({exc.strerror or exc})"))
    return dataclasses.replace(result, written=True)


def _replace(target: Path, text: str) -> None:
    """Write through a temporary file in the same folder, so a failed write leaves the old article whole."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _existing_slugs(into: Path) -> dict[str, Path]:
    """Slug -> article file for every article already under `into` (by file name or `slug:` field),
    decided as the loader decides it."""
    slugs: dict[str, Path] = {}
    if not into.is_dir():
        return slugs
    for file in sorted(into.rglob("*.md")):
        if any(part.startswith((".", "_")) for part in file.relative_to(into).parts):
            continue
        try:
            head = file.read_text(encoding="utf-8", errors="replace")[:4000]
        except OSError:
            continue
        match = _FRONT_SLUG.search(head.split("\n---", 1)[0]) if head.startswith("---") else None
        slug = match[1] if match else (file.stem if SLUG_RE.match(file.stem) else slug_from_name(file.stem))
        slugs.setdefault(slug, file)
    return slugs
