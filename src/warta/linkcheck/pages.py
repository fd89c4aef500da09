"""Reading built pages for the link check: the anchors each HTML file has and the links it makes.

Pure: works on the bytes it is given (`site.py` reads a built site for `warta check`; the build passes
its pages from memory)."""

from __future__ import annotations

import pickle
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from typing import Callable, NamedTuple, SupportsBytes

from warta.pickling import named

# Attributes that load or lead to another address, by element (`srcset` is split into its URLs).
LINK_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",), "form": ("action",),
    "img": ("src", "srcset"), "source": ("src", "srcset"), "script": ("src",), "iframe": ("src",),
    "embed": ("src",), "audio": ("src",), "video": ("src", "poster"), "track": ("src",),
}


class PageLink(NamedTuple):
    """One address in a built page (packed as a plain tuple, so that hundreds of thousands of them
    go in and out of the build cache at C speed: see `BuiltPage`)."""

    line: int
    """1-based line of the element in the HTML file."""
    element: str
    """Tag and attribute, as `a href`."""
    url: str


class BuiltPage:
    """What the link check needs of one HTML file: the anchors it has and the links it makes.

    A page the build scans (`scan_page`) holds its links packed into one bytes object, unpacked each
    time they are read and never kept unpacked: the build holds every page of the site until its
    state is saved, and a page's links take about 3 KB packed but 6 KB as PageLinks (issue 20: a
    100,000-article build held some 600 MB of them after the link check had read them once). It
    goes through the build cache and from a worker to the build packed as well. (Packed as plain
    tuples and named again when unpacked: the 800,000 links of a 10,000-article site take about
    0.25 s to unpickle, and 0.1 to 0.2 s more to become PageLinks.)

    Its anchors travel as one text, sorted and joined (`anchor_text`), and become a set only when
    asked for (`ids`): a rebuild that keeps the site's shape digests the texts of the pages it did
    not render (`index_shape`) and asks the anchors of none of them (issue 22: making a set of
    interned names for each of the 16,000 pages read back from the cache took 0.14 s of a
    10,000-article edit's 3.4 s). A page scanned in this process has its set first, its names
    interned: the theme's (`konten`, `menu`, ...) are on every page.

    A page read back from the build state may come without its links, with a way to fetch them
    (`fetch`, see `builder/carryover.py`): most rebuilds never read the links of a page they did not
    render, and a 100,000-article site's are some 250 MB."""

    __slots__ = ("_ids", "_text", "_links", "_packed", "_fetch", "_read")

    def __init__(self, ids: frozenset[str] | None, links: tuple[PageLink, ...] | None, packed: bytes | None = None,
                 text: str | None = None, fetch: Callable[[], bytes] | None = None):
        self._ids = ids
        self._text = text
        self._links = links
        self._packed = packed
        self._fetch = fetch
        self._read: SupportsBytes | None = None
        """The page's anchors and links in a file (`spilled`)."""

    @classmethod
    def spilled(cls, record: SupportsBytes) -> BuiltPage:
        """A page whose anchors and packed links wait in a file (`builder/spill.py`) as one record
        (`spill_record`), read from it (`bytes(record)`) each time they are asked for and never kept:
        the build holds every page it rendered until its state is saved, and the links of a
        100,000-article site's pages took some 370 MB of it, their anchors 0.46 KB an article of the
        10,000-article bench corpus (issue 20)."""
        page = cls(None, None)
        page._read = record
        return page

    def spill_record(self) -> bytes:
        """The anchors (`anchor_text`) and the packed links as one byte string, which `spilled` reads."""
        text = self.anchor_text.encode("utf-8")
        return len(text).to_bytes(4, "little") + text + self.packed_links

    def _spilled_record(self) -> tuple[str, bytes]:
        """(anchor text, packed links) of a page read from its spilled record."""
        data = bytes(self._read)
        size = int.from_bytes(data[:4], "little")
        if len(data) < 4 + size:  # (cut short: never a page with part of its anchors, or none of its links)
            raise ValueError(f"a page's spilled record is cut short ({len(data)} bytes, anchors of {size})")
        return data[4:4 + size].decode("utf-8"), data[4 + size:]

    @classmethod
    def packed(cls, ids: Iterable[str], links: Iterable[tuple[int, str, str]]) -> BuiltPage:
        """A page whose links are kept packed (see the class); its anchor names interned already
        (`_findings` interns them once per tag text)."""
        return cls(frozenset(ids), None,
                   pickle.dumps(tuple(map(tuple, links)), protocol=pickle.HIGHEST_PROTOCOL))

    @property
    def ids(self) -> frozenset[str]:
        """Every `id` (and `<a name>`) in the page: the anchors a link may name after `#`."""
        if self._ids is None:
            text = self.anchor_text
            # (interned: the theme's names, `konten`, `menu` ..., are on every page)
            self._ids = frozenset(map(sys.intern, text.split("\0"))) if text else frozenset()
        return self._ids

    def anchors(self) -> frozenset[str]:
        """`ids`, made again each time they are not kept already, and not kept: the link check reads every
        page's anchors once, for the links to the page's own (a 10,000-article build kept 8 MB of sets)."""
        if self._ids is not None:
            return self._ids
        text = self.anchor_text
        return frozenset(text.split("\0")) if text else frozenset()

    @property
    def anchor_text(self) -> str:
        """The anchors, sorted and joined by NUL (no anchor holds one: an HTML attribute cannot)."""
        if self._text is None:
            if self._ids is None and self._read is not None:
                return self._spilled_record()[0]  # (not kept: see `spilled`)
            self._text = "\0".join(sorted(self._ids))
        return self._text

    @property
    def links(self) -> tuple[PageLink, ...]:
        """The addresses in the page, in order."""
        if self._links is not None:
            return self._links
        return named(PageLink, pickle.loads(self.packed_links))

    @property
    def packed_links(self) -> bytes:
        """The links, packed (fetched first if they were left behind: see the class)."""
        if self._packed is None:
            if self._read is not None:
                return self._spilled_record()[1]
            if self._links is not None:
                self._packed = pickle.dumps(tuple(map(tuple, self._links)), protocol=pickle.HIGHEST_PROTOCOL)
            else:
                self._packed, self._fetch = self._fetch(), None
        return self._packed

    @property
    def fetched(self) -> bool:
        """The links are here (not to be fetched)."""
        return self._fetch is None

    def took(self, packed: bytes) -> None:
        """The packed links a page read without them was waiting for (fetched with others at once)."""
        if self._fetch is not None:
            self._packed, self._fetch = packed, None

    def __reduce__(self):
        if self._packed is None and self._text is None and self._ids is None and self._read is not None:
            return _unpickled, self._spilled_record()  # (one read of the file, not two)
        return _unpickled, (self.anchor_text, self.packed_links)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BuiltPage) and self.anchor_text == other.anchor_text and self.links == other.links

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"BuiltPage(ids={set(self.ids)!r}, links={len(self.links)})"


def _unpickled(text: str, packed: bytes) -> BuiltPage:
    return BuiltPage(None, None, packed, text)


@dataclass(frozen=True, slots=True)
class SiteIndex:
    """What a built site holds, for resolving links."""

    files: frozenset[str]
    """Every output path (`artikel/x/index.html`, `aset/style.1a2b3c4d.css`)."""
    pages: dict[str, BuiltPage]
    """HTML output path -> its anchors and links."""




class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[PageLink] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        ids, links = _findings(tag, dict(attrs))
        self.ids.update(ids)
        line = self.getpos()[0]
        self.links.extend(PageLink(line, element, url) for element, url in links)

    handle_startendtag = handle_starttag


def read_page(html: str) -> BuiltPage:
    """The anchors and links of one HTML page."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return BuiltPage(frozenset(parser.ids), tuple(parser.links))


# Every pattern here takes time in proportion to the text it is applied to (issue 21: the old
# `<!--.*?-->|(<(script|style)\b[^>]*>)(.*?)(</\2\s*>)` looked for the end of each unclosed <script>
# up to the end of the page: 112 s for a static page of 40,000 of them). Names are matched possessively
# (`*+`), and an attribute name without `=` is passed over whole (the second and third alternatives),
# never tried again from each of its characters.
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*+)(\s[^>]*)>")
_ATTRIBUTE = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))"""
                        r"""|[a-zA-Z_:][-a-zA-Z0-9_:.]*+|[-0-9.]++""")
_SKIP_START = re.compile(r"<!--|<(script|style)\b", re.IGNORECASE)
_SKIP_END = {"script": re.compile(r"</script\s*>", re.IGNORECASE), "style": re.compile(r"</style\s*>", re.IGNORECASE)}


def _blank_skipped(html: str) -> str:
    """Comments, and the text inside <script> and <style>, as just their line breaks (tags kept).

    Each comment or element ends at the first `-->` or `</script>` after it; one left open is not
    skipped (its text is scanned). Every character is looked at a bounded number of times: an end
    is looked for from an opening only while one may exist further on (the text from one opening to
    its end is skipped whole; once a look finds none, no other looks), and the `>` closing an
    opening tag is found once for all the openings before it."""
    parts: list[str] = []
    done = position = 0  # html[:done] is in parts; look for the next comment or element from position
    last_end: dict[str, int] = {}  # "-->" -> where the last one starts (-1: none)
    endless: dict[str, int] = {}  # "script", "style" -> from here on, the page has no end tag of that kind
    closing = -1  # the first ">" after the last opening tag looked at
    while True:
        opening = _SKIP_START.search(html, position)
        if opening is None:
            break
        start, kind = opening.start(), opening.group(1)
        if kind is None:  # <!-- … -->
            if "-->" not in last_end:
                last_end["-->"] = html.rfind("-->")
            if last_end["-->"] < start + 4:
                position = start + 1
                continue
            end = html.index("-->", start + 4) + 3
            parts += [html[done:start], "\n" * html.count("\n", start, end)]
            done = position = end
            continue
        kind = kind.lower()
        if closing < start:
            closing = html.find(">", start)
            if closing < 0:
                closing = len(html)  # no tag closes any more: nothing further to skip
        # (Issue 22: looking for the page's last end tag first took one more pass over every page.)
        end = None if closing == len(html) or closing + 1 >= endless.get(kind, len(html) + 1) \
            else _SKIP_END[kind].search(html, closing + 1)
        if end is None:
            if closing < len(html):
                endless[kind] = closing + 1
            position = start + 1
            continue
        parts += [html[done:closing + 1], "\n" * html.count("\n", closing + 1, end.start())]
        done = end.start()
        position = end.end()
    if not parts:
        return html
    parts.append(html[done:])
    return "".join(parts)


def scan_page(html: str) -> BuiltPage:
    """The anchors and links of a page Warta generated, like `read_page` but several times faster:
    a regular expression over the tags (Warta's own templates and Markdown output are well formed),
    each address kept once per page (at its first line), strings shared between pages.

    Most tags of a site recur from page to page, whole: the header's and footer's links, an article's
    card on every listing that shows it. Each tag's text is parsed once per process (`_TAGS`): a page
    of 200 tags then costs a dictionary lookup a tag (profile of a 10,000-article build: 0.75 ms a
    page before, most of it parsing attributes again)."""
    html = _blank_skipped(html)
    ids: set[str] = set()
    links: dict[str, tuple[int, str, str]] = {}
    line, counted = 1, 0
    known = _TAGS
    recall = known.get
    for tag_match in _TAG.finditer(html, 0, html.rfind(">") + 1):  # (no tag ends after the last ">")
        text = tag_match.group()
        parsed = recall(text)
        if parsed is None:
            parsed = _parse_tag(tag_match.group(1), tag_match.group(2))
            if len(text) <= _TAG_KEPT_LONGEST:
                if len(known) >= _TAGS_KEPT or _kept_chars[0] + len(text) > _TAGS_CHARS:
                    known.clear()
                    _kept_chars[0] = 0
                _kept_chars[0] += len(text)
                known[text] = parsed
        if parsed is _NOTHING:
            continue
        tag_ids, tag_links = parsed
        if tag_ids:
            ids.update(tag_ids)
        for element, url in tag_links:
            if url not in links:
                line += html.count("\n", counted, tag_match.start())
                counted = tag_match.start()
                links[url] = (line, element, url)  # (a PageLink when unpacked: `BuiltPage.links`)
    return BuiltPage.packed(ids, links.values())


_NOTHING = ((), ())
_TAGS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = {}
"""Tag text -> (its anchors, its (element, address) pairs): what `scan_page` found in it before."""
_TAGS_KEPT = 200_000
"""At most this many tags are remembered (about 60 MB); then the memo starts again."""
_TAGS_CHARS = 20_000_000
"""Nor more than this many characters of tag text (a 10,000-article site's tags are about 13 million):
the memo outlives a build (`warta serve` rebuilds in one process), and a tag can be megabytes long."""
_TAG_KEPT_LONGEST = 10_000
"""A longer tag (a `data:` picture in a static page) is parsed each time it is met, never remembered."""
_kept_chars = [0]
"""Characters of tag text in `_TAGS` (or more, when something else cleared it)."""


def forget_tags() -> None:
    """Empty the memo of `scan_page` (a build does once its pages are scanned: the memory is the
    link check's and the build state's from there on)."""
    _TAGS.clear()
    _kept_chars[0] = 0


def _parse_tag(tag: str, body: str | None) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The anchors a tag gives and the addresses it names, from its name and attributes."""
    tag = tag.lower()
    if not body or (tag not in LINK_ATTRIBUTES and "id" not in body):
        return _NOTHING
    values = {}
    for match in _ATTRIBUTE.finditer(body):
        name = match.group(1)
        if name is None:  # a word without a value
            continue
        name = name.lower()
        if name not in values:
            raw = match.group(2) if match.group(2) is not None else match.group(3) \
                if match.group(3) is not None else match.group(4)
            values[name] = unescape(raw) if "&" in raw else raw
    found = _findings(tag, values)
    return found if found[0] or found[1] else _NOTHING


def _findings(tag: str, values: dict[str, str | None]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(anchors, (element, address) pairs) of a tag (lower case) with these attribute values, for both
    readers of pages (`read_page`'s HTML parser and `scan_page`'s regular expressions)."""
    ids = []  # (an anchor holding a NUL, which no link can name, is left out: `BuiltPage.anchor_text` joins by it)
    if values.get("id") and "\0" not in values["id"]:
        ids.append(sys.intern(values["id"]))
    if tag == "a" and values.get("name") and "\0" not in values["name"]:
        ids.append(sys.intern(values["name"]))
    links = []
    for attribute in LINK_ATTRIBUTES.get(tag, ()):
        value = values.get(attribute)
        if not value:
            continue
        urls = [part.split()[0] for part in value.split(",") if part.split()] if attribute == "srcset" else [value]
        element = sys.intern(f"{tag} {attribute}")
        links.extend((element, sys.intern(url)) for url in urls)
    return tuple(ids), tuple(links)


def index_site(files: Iterable[tuple[str, bytes | None]]) -> SiteIndex:
    """Index a built site from (output path, bytes) pairs; only `.html` files need their bytes."""
    paths, pages = set(), {}
    for path, data in files:
        paths.add(path)
        if path.endswith(".html") and data is not None:
            pages[path] = read_page(data.decode("utf-8", errors="replace"))
    return SiteIndex(frozenset(paths), pages)
