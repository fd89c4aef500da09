"""How well `warta import` cleans raw scraped texts: body sentences kept, junk lines removed, title, date.

    PYTHONPATH=src .venv/bin/python benchmarks/import_eval.py tests/fixtures/import/heldout
    PYTHONPATH=src .venv/bin/python benchmarks/import_eval.py SET [SET ...] --verbose   # misses listed
    PYTHONPATH=src .venv/bin/python benchmarks/import_eval.py SET --json                # for machines

A set is a folder of samples, one folder each (issue 19):

    <set>/<name>/input.txt      the raw text, bytes as copied or scraped (any encoding, CRLF, BOM)
    <set>/<name>/expected.md    what a careful editor keeps: front matter with at least `title` and
                                `date` (`YYYY-MM-DD` when the text gives only a day, else
                                `YYYY-MM-DDTHH:MM:SS+07:00` with the zone the text states), then the body
    <set>/<name>/fetched_at.txt optional: when the text was fetched (ISO 8601), for "2 jam lalu"

or, for a saved page, `<set>/<name>/input.html` instead of input.txt, with its pictures in an optional
`<set>/<name>/input_files/` (the folder a browser's "Save page as" writes next to the page), and an
expected.md whose front matter may also give `author:` and `image:` (`src`, `caption`).

Each input is imported in-process the way `warta import` does it (`warta.importer.import_files` with
`dry_run`: `write._prepare` reads, decodes and calls `parse_raw`), and compared with its expected file:

- body sentences kept: the expected body is split into sentences; one is kept when its normalised
  text (Markdown markup and backslash escapes removed, whitespace folded, casefolded, quotes and
  dashes made plain) occurs in the normalised imported body, within one block (a sentence split
  into two paragraphs is not kept). Target: 100 %.
- junk removed: every input line (of 3 characters or more) whose normalised text (raw text is not Markdown:
  only list markers and `#`/`>` starts dropped, a `*` or `_` kept) does not occur in
  the normalised expected body is a non-body line (junk, title, byline, date...); it is removed when
  it does not occur in the normalised imported body either. Target: >= 95 %.
- title right: the normalised titles are equal; date right: the imported date's ISO form is the
  expected one, a day compared as a day, a date-time with its offset.
- crashes: an exception from the importer, caught, counted and named with its sample.

A saved page (input.html) is measured the same way, with these differences:

- junk removed: the input lines are the page's visible lines (`visible_lines`): the text a reader sees, one
  line per block-level element (p, div, li, h1-h6, td, figcaption, ...) and per `<br>`, with `<head>`,
  `<script>` (so JSON-LD and Next.js's `__NEXT_DATA__`), `<style>`, `<template>`, `<noscript>`, comments and
  elements marked `hidden` or `display: none` left out; whitespace folded within a line, `<pre>` keeping its
  line breaks. Each line is then normalised as a raw text line is. The page is decoded as a raw text is
  (UTF-8, else Windows-1252), independently of the importer.
- author right (a figure for pages): the imported authors, in order, are the expected `author:` (one name
  or a list; both may be empty), compared by normalised text.
- image right (pages only): with an expected `image:`, the imported lead image's address is its `src`
  (an http(s) address exactly, but for a CMS's size in it, WordPress's "-750x375" or Ghost's "/size/w1200",
  so the page's shown size and its og:image's original are one picture, and an image proxy's address
  (Next.js's `/_next/image?url=<address>&w=1080`) standing for the address it serves; a path from the site's
  root, as the page writes it, is its absolute address on any host; a local picture by its file name,
  so the page's `input_files/<file>` and the copy's `foto/<slug>/<file>` are the same picture, the copy's
  name made safe as the importer makes it: "a3f0c2_L.jpg" copied as "a3f0c2-l.jpg") and
  its caption, normalised, is the expected `caption` (no caption expected: none imported); the credit and
  alt text are not compared. Without an expected `image:`, right when no lead image was imported.
- The page is imported with `warta.importer.import_files` as for a text (dry run into an empty folder:
  nothing written), from its own folder, so a picture in input_files/ is found next to it.

The script always exits 0 (it measures, it does not judge); tests call `evaluate_set` and assert
their own thresholds.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
import unicodedata
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qs, urljoin, urlsplit

import yaml

MIN_JUNK_LENGTH = 3
"""Input lines shorter than this (after normalising) are not counted as junk: "|", "»", "x"."""

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
                         "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": None, "´": "'", "′": "'",
                         "—": "-", "–": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-", "−": "-"})
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|~~")
_BLOCK_MARKER = re.compile(r"^\s*(?:#{1,6}\s+|>\s?|[-*+•·▪◦●]\s+|\d{1,3}[.)]\s+)+")
# A sentence ends at . ! ? or … (closing quotes or brackets may follow) before a capital, digit or quote.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]»]*(?=\s+[A-Z0-9\"“‘'(])")


# ------------------------------------------------------------------ normalising


def strip_markup(line: str) -> str:
    """One line without Markdown: block markers (#, >, -, 1.), links/images (their text), emphasis, escapes."""
    line = _BLOCK_MARKER.sub("", line)
    line = _IMAGE_OR_LINK.sub(r"\1", line)
    # Escaped characters are protected from the emphasis pass, then put back as themselves.
    kept: list[str] = []
    line = _ESCAPE.sub(lambda m: kept.append(m[1]) or f"\x00{len(kept) - 1}\x00", line)
    line = _EMPHASIS.sub("", line)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m[1])], line)


def normalise(text: str) -> str:
    """Text as compared: markup out (line by line), NFKC, plain quotes and dashes, whitespace folded, casefolded."""
    lines = (strip_markup(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return _fold(" ".join(lines))


def _fold(plain: str) -> str:
    """Text already without markup, as compared: NFKC, plain quotes and dashes, whitespace folded, casefolded.
    Markup is stripped once only: stripping `(\\*)` gives `(*)`, and a second pass would take that `*` for
    emphasis and leave `()`."""
    text = unicodedata.normalize("NFKC", plain).translate(_QUOTES)
    return " ".join(text.split()).casefold()


def normalise_raw(text: str) -> str:
    """A raw input text (not Markdown) as compared: only list markers and `#`/`>` line starts dropped, as the
    importer makes them Markdown structure; a `*`, `_` or `[` in raw text is a literal character (the
    importer escapes it, and the escape is undone when the imported body is normalised), so `(*)` stays
    `(*)` rather than becoming `()`."""
    lines = (_BLOCK_MARKER.sub("", line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return _fold(" ".join(lines))


def normalise_blocks(body: str) -> str:
    """A Markdown body normalised block by block, the blocks joined by " ¶ ": a sentence the import broke
    into two paragraphs (or a heading and a paragraph) is not found whole."""
    return " ¶ ".join(normalise(block) for block in re.split(r"\n\s*\n", body.replace("\r\n", "\n")))


def sentences(body: str) -> list[str]:
    """The expected body's sentences, normalised: each block (paragraph, heading, list item) split at
    sentence ends. A line of nothing but ">" parts a block quote's paragraphs, as a blank line parts others."""
    found: list[str] = []
    for block in re.split(r"\n(?:[ \t>]*\n)+", body.replace("\r\n", "\n")):
        # A list's items are separate lines of one block: each is its own unit.
        items: list[str] = []
        for line in block.split("\n"):
            if _BLOCK_MARKER.match(line) and not line.lstrip().startswith(">") or not items:
                items.append(strip_markup(line))
            else:
                items[-1] += " " + strip_markup(line)
        for item in items:
            plain = " ".join(item.split())
            start = 0
            for end in [m.end() for m in _SENTENCE_END.finditer(plain)] + [len(plain)]:
                norm = _fold(plain[start:end])  # already stripped: not normalise (see _fold)
                start = end
                if norm:
                    found.append(norm)
    return found


# ------------------------------------------------------------------ a saved page's visible lines


LINE_BREAKING = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "video", "audio", "iframe", "select", "textarea"})
"""Elements a browser shows on lines of their own (block-level, table cells, list items); `<br>` breaks a line too."""
NOT_SHOWN = frozenset({"head", "script", "style", "template", "noscript", "title", "meta", "link"})
"""Elements whose text a reader never sees (a script's JSON-LD or `__NEXT_DATA__` included)."""
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def visible_lines(html: str) -> list[str]:
    """The lines a reader of the page sees, whitespace folded: each block-level element and `<br>` starts a
    new line; `<head>`, scripts, styles, templates, noscript, comments and hidden elements are left out."""
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", html))
    except (ParserError, ValueError):  # (an empty document)
        return []
    lines = [""]
    _visible(root, lines, pre=False)
    return [folded for folded in (" ".join(line.split()) for line in lines) if folded]


def _visible(element, lines: list[str], pre: bool) -> None:
    """Append `element`'s visible text to `lines` (the last is the one being filled); its tail is the caller's."""
    tag = element.tag.lower() if isinstance(element.tag, str) else None
    if tag is None or tag in NOT_SHOWN or element.get("hidden") is not None \
            or _DISPLAY_NONE.search(element.get("style") or ""):
        return  # (a comment or processing instruction, or not shown)
    breaks = tag in LINE_BREAKING
    if breaks or tag == "br":
        lines.append("")
    pre = pre or tag in ("pre", "textarea")
    _add_text(element.text, lines, pre)
    for child in element:
        _visible(child, lines, pre)
        _add_text(child.tail, lines, pre)
    if breaks:
        lines.append("")


def _add_text(text: str | None, lines: list[str], pre: bool) -> None:
    """Add a text node to the current line; inside `<pre>` its line breaks start new lines."""
    if not text:
        return
    parts = text.replace("\r\n", "\n").split("\n") if pre else [text.replace("\n", " ")]
    lines[-1] += parts[0]
    lines.extend(parts[1:])


def decode(data: bytes) -> str:
    """The sample's text, decoded independently of the importer: UTF-8 (BOM or not), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# ------------------------------------------------------------------ one sample


@dataclass(frozen=True, slots=True)
class Expected:
    """An expected.md, read: the front matter values compared and the body."""

    title: str
    """The headline."""
    date: str
    """`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS+HH:MM`, as written (empty: no date in the text)."""
    authors: tuple[str, ...]
    """`author:` as a tuple (empty when not stated)."""
    body: str
    """The Markdown body."""
    image: tuple[str, str] | None = None
    """`image:`'s (`src`, `caption`) ("" for no caption); None when there is no `image:`."""


def read_expected(path: Path) -> Expected:
    """Read an expected.md (front matter values as strings, as written); ValueError when malformed."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise ValueError(f"{path}: expected front matter between `---` lines")
    head, sep, body = text[4:].partition("\n---\n")
    if not sep:
        raise ValueError(f"{path}: the front matter has no closing `---`")
    meta = yaml.load(head, Loader=yaml.BaseLoader) or {}  # strings as written: a date stays "2024-06-12"
    if not isinstance(meta, dict) or not meta.get("title"):
        raise ValueError(f"{path}: the front matter needs `title:`")
    author = meta.get("author") or meta.get("authors") or ()  # (one name, or a list under either key)
    authors = (author,) if isinstance(author, str) else tuple(author)
    image = meta.get("image")
    lead = (str(image.get("src") or ""), str(image.get("caption") or "")) if isinstance(image, dict) else None
    return Expected(str(meta["title"]), str(meta.get("date") or ""), authors, body.strip("\n"), lead)


@dataclass(frozen=True, slots=True)
class SampleFigures:
    """The figures of one sample."""

    name: str
    """The sample's folder name."""
    sentences_total: int
    """Sentences in the expected body."""
    sentences_kept: int
    """Of those, found in the imported body."""
    missed: tuple[str, ...]
    """The expected sentences not found (normalised)."""
    junk_total: int
    """Input lines that are not body text (junk, title, metadata), 3 characters or more."""
    junk_removed: int
    """Of those, absent from the imported body."""
    junk_left: tuple[str, ...]
    """The non-body input lines still in the imported body (as in the input)."""
    title_ok: bool
    """Normalised imported title == normalised expected title."""
    date_ok: bool
    """Imported date's ISO form == expected date."""
    author_ok: bool
    """Imported authors == expected `author:` (both may be empty); reported, not a target."""
    title: str | None
    """The imported title."""
    expected_title: str
    date: str | None
    """The imported date, ISO (None: none found)."""
    expected_date: str
    authors: tuple[str, ...]
    """The imported authors."""
    expected_authors: tuple[str, ...]
    crash: str | None = None
    """`Type: message` of the importer's exception, None when it ran."""
    refused: str | None = None
    """Why the importer refused the file (unreadable, not text), None when it read it."""
    page: bool = False
    """True for a saved page (input.html), False for a raw text."""
    image_ok: bool = False
    """A page's imported lead image (address, caption) == the expected `image:` (see the module's docstring)."""
    image: tuple[str, str] | None = None
    """The imported lead image's (src, caption)."""
    expected_image: tuple[str, str] | None = None


def input_file(folder: Path) -> Path | None:
    """A sample's input: `input.txt` (a raw text) or `input.html` (a saved page); None when it has neither."""
    for name in ("input.txt", "input.html"):
        if (folder / name).is_file():
            return folder / name
    return None


def evaluate_sample(folder: Path) -> SampleFigures:
    """Import `folder/input.txt` (or `input.html`) in-process and compare it with `folder/expected.md`."""
    expected = read_expected(folder / "expected.md")
    source = input_file(folder)
    page = source.suffix == ".html"
    text = decode(source.read_bytes())
    raw_lines = visible_lines(text) if page else text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fetched_at = None
    if (folder / "fetched_at.txt").is_file():
        fetched_at = datetime.fromisoformat((folder / "fetched_at.txt").read_text(encoding="utf-8").strip())

    crash = refused = None
    title = date = None
    authors: tuple[str, ...] = ()
    body = ""
    image = None
    try:
        article, refused = _import(source, fetched_at)
        if article is not None:
            title, body, authors = article.title, article.body, tuple(article.authors)
            date = article.date.iso() if article.date is not None else None
            image = (article.image.src, article.image.caption or "") if article.image is not None else None
    except Exception as exc:  # noqa: BLE001  (a crash is a figure, not the end of the run)
        crash = f"{type(exc).__name__}: {exc}"
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        crash += f" ({Path(frame.filename).name}:{frame.lineno})"

    figures = score(folder.name, expected, raw_lines, title=title, date=date, authors=authors, body=body,
                    crash=crash, refused=refused)
    return score_page(figures, expected, image) if page else figures


_RENDITION = re.compile(r"-\d{2,5}x\d{2,5}(?=\.\w+$)|/size/w\d+(?=/)|/(?:w\d+-h\d+|s\d+)(?:-[a-z0-9-]+)?(?=/[^/?]+$)"
                        r"|/styles/[^/]+/public(?=/)|\?itok=[\w-]+$")
"""What a CMS adds to a picture's address for one of its sizes: WordPress's "-750x375" before the extension,
Ghost's "/size/w1200" in the path, Blogger's "/w640-h360/" (or "/s1600/") before the file name, Drupal's image
style ("/styles/large/public/" and its "?itok=")."""


def same_picture(imported: str, expected: str) -> bool:
    """The same lead picture: one address (or one picture in another of the CMS's sizes: the page's
    "x-750x375.jpg" and its og:image's "x.jpg"; an image proxy's "/_next/image?url=<x>&w=1080" and <x>; a
    path from the site's root, "/x.jpg", and "https://site/x.jpg"), or two local paths to one file name (the
    page's `input_files/x.jpg` is copied next to the article as `foto/<slug>/x.jpg`)."""
    if "://" in imported or "://" in expected:
        one, other = (_RENDITION.sub("", _served(a)) for a in (imported, expected))
        if one.startswith("/") != other.startswith("/"):  # (a path from the site's root, and an address)
            return _from_root(one) == _from_root(other)
        return one == other
    return _file_key(imported) == _file_key(expected)


def _file_key(path: str) -> str:
    """A local picture's file name as the copy names it: lower case, a run of other characters than letters and
    digits in its stem a "-" ("a3f0c2_L.jpg" is copied as "a3f0c2-l.jpg")."""
    stem, dot, extension = PurePosixPath(path).name.lower().rpartition(".")
    return (re.sub(r"[^a-z0-9]+", "-", stem).strip("-") + dot + extension) if dot else PurePosixPath(path).name.lower()


def _served(address: str) -> str:
    """The address an image proxy's address serves (its `url=`, against the proxy's own), else the address."""
    inner = parse_qs(urlsplit(address).query).get("url", [""])[0]
    if not inner.startswith(("/", "http://", "https://")):
        return address
    return urljoin(address, inner) if "://" in address else inner


def _from_root(address: str) -> str:
    """An address without its scheme and host: "/x.jpg" of "https://site/x.jpg"."""
    parts = urlsplit(address)
    return parts._replace(scheme="", netloc="").geturl()


def score_page(figures: SampleFigures, expected: Expected, image: tuple[str, str] | None) -> SampleFigures:
    """A page's figures with its two more: authors compared by normalised text, and the lead image."""
    author_ok = [normalise(a) for a in figures.authors] == [normalise(a) for a in expected.authors]
    if expected.image is None or image is None:
        image_ok = image is None and expected.image is None
    else:
        image_ok = same_picture(image[0], expected.image[0]) and normalise(image[1]) == normalise(expected.image[1])
    return replace(figures, page=True, author_ok=author_ok and not figures.crash,
                   image_ok=image_ok and not figures.crash, image=image, expected_image=expected.image)


def score(name: str, expected: Expected, raw_lines: list[str], *, title: str | None, date: str | None,
          authors: tuple[str, ...], body: str, crash: str | None = None, refused: str | None = None) -> SampleFigures:
    """Compare what was imported (title, ISO date, authors, Markdown body) with the expected article."""
    want = sentences(expected.body)
    got_body = normalise_blocks(body)
    missed = tuple(s for s in want if s not in got_body)
    expected_body = normalise(expected.body)
    junk: list[tuple[str, str]] = []
    for line in raw_lines:
        norm = normalise_raw(line)
        if len(norm) >= MIN_JUNK_LENGTH and norm not in expected_body:
            junk.append((line.strip(), norm))
    left = tuple(line for line, norm in junk if norm in got_body)
    return SampleFigures(
        name=name, sentences_total=len(want), sentences_kept=len(want) - len(missed), missed=missed,
        junk_total=len(junk), junk_removed=len(junk) - len(left), junk_left=left,
        title_ok=title is not None and normalise(title) == normalise(expected.title),
        date_ok=(date or "") == expected.date, author_ok=tuple(authors) == expected.authors,
        title=title, expected_title=expected.title, date=date, expected_date=expected.date,
        authors=tuple(authors), expected_authors=expected.authors, crash=crash, refused=refused)


def _import(source: Path, fetched_at: datetime | None):
    """(ImportedArticle or None, why refused or None): `warta import --dry-run` in-process, into an empty
    folder (nothing is written), so the reading, decoding and parsing are those of `write._prepare`."""
    import tempfile

    from warta.importer import DEFAULT_ZONE, import_files

    with tempfile.TemporaryDirectory(prefix="import-eval-") as into:
        (result,) = import_files([source], Path(into), fetched_at=fetched_at, zone=DEFAULT_ZONE, dry_run=True)
    if result.article is None:
        return None, result.problem.message if result.problem else "not imported"
    return result.article, None


# ------------------------------------------------------------------ a set


@dataclass(frozen=True, slots=True)
class Figures:
    """The figures of a set of samples, per sample and in total."""

    samples: tuple[SampleFigures, ...]

    @property
    def sentences_total(self) -> int:
        return sum(s.sentences_total for s in self.samples)

    @property
    def sentences_kept(self) -> int:
        return sum(s.sentences_kept for s in self.samples)

    @property
    def junk_total(self) -> int:
        return sum(s.junk_total for s in self.samples)

    @property
    def junk_removed(self) -> int:
        return sum(s.junk_removed for s in self.samples)

    @property
    def titles_ok(self) -> int:
        return sum(s.title_ok for s in self.samples)

    @property
    def dates_ok(self) -> int:
        return sum(s.date_ok for s in self.samples)

    @property
    def authors_ok(self) -> int:
        return sum(s.author_ok for s in self.samples)

    @property
    def images_ok(self) -> int:
        """Pages whose lead image is right (raw texts have none to compare)."""
        return sum(s.image_ok for s in self.samples if s.page)

    @property
    def pages(self) -> int:
        """How many samples are saved pages."""
        return sum(s.page for s in self.samples)

    @property
    def crashes(self) -> tuple[str, ...]:
        """`sample: Type: message` for each crashed sample."""
        return tuple(f"{s.name}: {s.crash}" for s in self.samples if s.crash)

    @property
    def sentences_kept_share(self) -> float:
        """Kept / total (1.0 for no sentences)."""
        return self.sentences_kept / self.sentences_total if self.sentences_total else 1.0

    @property
    def junk_removed_share(self) -> float:
        """Removed / total (1.0 for no junk)."""
        return self.junk_removed / self.junk_total if self.junk_total else 1.0

    def totals(self) -> dict:
        """The totals as a plain mapping (for --json)."""
        return {"samples": len(self.samples), "sentences_kept": self.sentences_kept,
                "sentences_total": self.sentences_total, "sentences_kept_share": round(self.sentences_kept_share, 4),
                "junk_removed": self.junk_removed, "junk_total": self.junk_total,
                "junk_removed_share": round(self.junk_removed_share, 4), "titles_ok": self.titles_ok,
                "dates_ok": self.dates_ok, "authors_ok": self.authors_ok, "crashes": list(self.crashes),
                **({"pages": self.pages, "images_ok": self.images_ok} if self.pages else {})}


def sample_folders(path: Path) -> list[Path]:
    """The sample folders of a set (those with an input.txt or input.html and an expected.md), sorted by name."""
    return sorted(p for p in path.iterdir()
                  if p.is_dir() and input_file(p) is not None and (p / "expected.md").is_file())


def evaluate_set(path: Path | str) -> Figures:
    """Evaluate every sample folder of the set at `path`."""
    folders = sample_folders(Path(path))
    if not folders:
        raise ValueError(f"{path}: no sample folders (<name>/input.txt or input.html + <name>/expected.md)")
    return Figures(tuple(evaluate_sample(folder) for folder in folders))


# ------------------------------------------------------------------ output


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "-"


def _author_lines(figures: Figures) -> list[str]:
    """The author line (a figure for pages, only reported for raw texts) and, for pages, the image line."""
    n = len(figures.samples)
    if not figures.pages:
        return [f"author right:   {figures.authors_ok}/{n} (reported, not a target)"]
    return [f"author right:   {figures.authors_ok}/{n}", f"image right:    {figures.images_ok}/{figures.pages}"]


def table(figures: Figures, verbose: bool = False) -> str:
    """The per-sample table and the totals, as Markdown; with `verbose` the misses of each sample."""
    width = max([len("sample")] + [len(s.name) for s in figures.samples])
    out = [f"| {'sample':<{width}} | sentences kept | junk removed | title | date | note |",
           f"|{'-' * (width + 2)}|---------------:|-------------:|:-----:|:----:|------|"]
    for s in figures.samples:
        note = "CRASH" if s.crash else ("refused" if s.refused else "")
        out.append(f"| {s.name:<{width}} | {s.sentences_kept:>6}/{s.sentences_total:<7} "
                   f"| {s.junk_removed:>5}/{s.junk_total:<6} | {'ok' if s.title_ok else 'NO':^5} "
                   f"| {'ok' if s.date_ok else 'NO':^4} | {note} |")
    n = len(figures.samples)
    out += ["",
            f"sentences kept: {figures.sentences_kept}/{figures.sentences_total} "
            f"({_share(figures.sentences_kept, figures.sentences_total)}, target 100 %)",
            f"junk removed:   {figures.junk_removed}/{figures.junk_total} "
            f"({_share(figures.junk_removed, figures.junk_total)}, target >= 95 %)",
            f"title right:    {figures.titles_ok}/{n}",
            f"date right:     {figures.dates_ok}/{n}",
            *_author_lines(figures),
            f"crashes:        {len(figures.crashes)}"]
    out += [f"  {crash}" for crash in figures.crashes]
    if verbose:
        for s in figures.samples:
            lines = []
            if s.crash:
                lines.append(f"  crash: {s.crash}")
            if s.refused:
                lines.append(f"  refused: {s.refused}")
            if not s.title_ok:
                lines.append(f"  title: {s.title!r}, expected {s.expected_title!r}")
            if not s.date_ok:
                lines.append(f"  date: {s.date!r}, expected {s.expected_date!r}")
            if not s.author_ok:
                lines.append(f"  author: {list(s.authors)!r}, expected {list(s.expected_authors)!r}")
            if s.page and not s.image_ok:
                lines.append(f"  image: {s.image!r}, expected {s.expected_image!r}")
            lines += [f"  missed sentence: {m}" for m in s.missed]
            lines += [f"  junk left: {j}" for j in s.junk_left]
            if lines:
                out += ["", f"{s.name}:"] + lines
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="folders of samples (<name>/input.txt or input.html + expected.md)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed sentences and junk left")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results = {}
    for path in args.sets:
        try:
            results[path] = evaluate_set(path)
        except (OSError, ValueError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
    if args.json:
        print(json.dumps({str(path): {"totals": figures.totals(), "samples": [asdict(s) for s in figures.samples]}
                          for path, figures in results.items()}, ensure_ascii=False, indent=2))
    else:
        for path, figures in results.items():
            print(f"## {path}\n\n{table(figures, args.verbose)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
