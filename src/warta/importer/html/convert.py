"""HTML -> the Markdown body of an article: safe (no raw HTML, no script links), clean, in linear time.

Shared by the readers of saved pages, WordPress exports and feeds (issue 19). Text goes through
`parse.escape_markdown`, so markup in text stays text; only these elements become Markdown: paragraphs,
headings (shifted so the body's top level is `##`: the title is apart), lists (nested, with their start
number), quotes, links (http, https, mailto and relative ones; other schemes keep their text only),
emphasis, code, preformatted blocks, line breaks, rules, simple tables (GFM) and pictures (Warta's
`![alt](src "caption"){credit="…"}`). Scripts, styles, frames, forms, navigation and asides are dropped,
each listed with its reason for `--dry-run`. The walk is iterative (lxml's iterwalk), so deep nesting
cannot overflow the stack, and every element is visited once.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable
from urllib.parse import quote, unquote, urljoin

from warta.importer.html.inline import (CONTROL, inline_text, longest_run, render_inline, figure_caption, fold,
                                     picture_markdown, split_credit)
from warta.importer.text.parse import escape_markdown
from warta.importer.records import ImportedImage, RemovedLine

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["LEFT_OUT", "Converted", "PictureHook", "figure_caption", "fold", "html_to_markdown", "parse_document",
           "parse_html", "picture_markdown", "safe_href", "split_credit"]

PictureHook = Callable[[str, "str | None"], "ImportedImage | None"]
"""What a reader gives the converter for pictures: an `<img>` src (as written, and the alt text) -> where
the article will name it (`ImportedImage(src="foto/<slug>/x.jpg", copy_from=<local file>)`), None
when the reader has no local file for it (the src is then a web address), or LEFT_OUT when the src names
a local file the reader may not copy (outside its folder, missing, an SVG with a script: the reader says
why); that picture is left out, never made into an address on the page's site."""
LEFT_OUT = ImportedImage(src="")


@dataclass(frozen=True, slots=True)
class Converted:
    """An HTML body as Markdown, with the pictures it names and an account of what was left out."""

    body: str
    """The Markdown, blocks separated by blank lines, ending in one newline ("" when nothing is left)."""
    pictures: tuple[ImportedImage, ...]
    """Pictures the body names that the reader's hook placed (with their alt text, caption, credit)."""
    removed: tuple[RemovedLine, ...]
    """Blocks left out (scripts, forms, navigation, …), with the source line where lxml knows it (else 0)."""
    notes: tuple[str, ...]
    """Things the editor should check: pictures dropped or without alt text, links without a safe address."""


DROPPED = {
    "script": "script", "style": "style sheet", "noscript": "no-script fallback", "template": "template",
    "iframe": "embedded frame", "frame": "embedded frame", "frameset": "embedded frame", "object": "embedded object",
    "embed": "embedded object", "applet": "embedded object", "canvas": "canvas", "svg": "vector drawing",
    "math": "formula markup", "video": "video", "audio": "audio", "form": "form", "button": "button",
    "input": "form field", "select": "form field", "textarea": "form field", "label": "form field",
    "nav": "navigation", "aside": "aside (related links, ads)", "menu": "menu", "dialog": "dialog",
    "head": "document head", "title": "document title", "meta": "metadata", "link": "metadata",
    "base": "metadata", "map": "image map", "area": "image map", "source": "source",
    "track": "source", "param": "source",
}
"""Elements left out with everything inside them, and the reason `--dry-run` gives."""

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "address", "center", "details",
          "summary", "dl", "dt", "dd", "fieldset", "legend", "hgroup", "body", "html", "figcaption", "caption",
          "tr", "td", "th", "thead", "tbody", "tfoot", "table"}
"""Elements that end the paragraph before them and start a new one after them."""
STRONG = {"strong", "b"}
EMPHASIS = {"em", "i", "cite", "dfn", "var"}
DELETED = {"del", "s", "strike"}
CODE = {"code", "kbd", "samp", "tt"}
MAX_NESTING = 6
"""Lists and quotes nested deeper than this are written at this depth (a hostile page nests thousands)."""
MAX_COLUMNS = 30
"""A table with more columns than this is not a table for reading: its cells become paragraphs."""
SAFE_SCHEMES = ("http", "https", "mailto")
EMOJI_CLASSES = ("emoji", "wp-smiley")

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_LANGUAGE = re.compile(r"(?:^|\s)(?:language|lang)-([A-Za-z0-9_+#.-]{1,30})(?:\s|$)")


def safe_href(href: str, base_url: str | None = None) -> str | None:
    """The link's address if it may be kept (http, https, mailto, relative: made absolute against `base_url`
    when one is given), percent-encoded where Markdown would misread it; None for `javascript:`, `data:`,
    any other scheme, and in-page anchors (`#…`, which name nothing once imported)."""
    href = CONTROL.sub("", href).strip()
    bare = "".join(c for c in unquote(href) if c > " ")
    if not href or href.startswith("#"):
        return None
    for candidate in (href, bare):
        scheme = _SCHEME.match(candidate)
        if scheme and scheme[1].lower() not in SAFE_SCHEMES:
            return None
    if href.startswith("//"):
        href = "https:" + href
    elif base_url and not _SCHEME.match(href):
        href = urljoin(base_url, href)
        if (_SCHEME.match(href) or [None, ""])[1].lower() not in SAFE_SCHEMES:
            return None
    return quote(href, safe="/:?#[]@!$&'*+,;=%~-._")


def html_to_markdown(html: "str | _Element", *, picture: PictureHook | None = None, base_url: str | None = None,
                     title: str | None = None) -> Converted:
    """Convert an HTML fragment or document (text, or an lxml element) to an article body.

    `picture` decides where each `<img>` goes (see PictureHook); a picture it does not place is left as a link
    to its https address (a body picture from another site does not build) or dropped, with a note. Relative
    links are made absolute against `base_url` when given. A heading repeating `title` is left out."""
    root, note = parse_html(html) if isinstance(html, str) else (html, None)
    if root is None:
        return Converted("", (), (), ())
    converter = _Converter(picture, base_url, title)
    if note:
        converter.notes.append(note)
    converter.convert(root)
    return converter.result()


_WRAPPERS = re.compile(r"</?(?:div|span|font|section|article|center|small|big)\b[^>]*>", re.IGNORECASE)


def parse_html(html: str) -> "tuple[_Element | None, str | None]":
    """The `<body>` of an HTML text (a fragment gets one), and a note when some of it could not be read."""
    document, _, note = parse_document(html)
    if document is None:
        return None, note
    body = document.find("body")
    return (body if body is not None else document), note


def parse_document(html: str) -> "tuple[_Element | None, str, str | None]":
    """(the document, the text it was read from, a note when some of it could not be read).

    libxml2 stops reading at 256 levels of nesting and drops the rest of the page without an error; a
    page that deep is read again with its wrappers (`div`, `span`, …) flattened into paragraph breaks."""
    from lxml import etree, html as lxml_html

    text = CONTROL.sub("", html)
    if not text.strip():
        return None, text, None
    note, huge = None, False
    for _ in range(3):
        parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                                      default_doctype=False, huge_tree=huge)
        try:
            document = lxml_html.document_fromstring(text, parser=parser)
        except (etree.ParserError, ValueError):
            return None, text, None
        messages = [error.message for error in parser.error_log]
        if not huge and any("Buffer size limit" in message for message in messages):
            # A value or text over 10 MB (a picture pasted as a data: address): libxml2 dropped everything
            # after it without an error. Read again without that limit: an HTML parser expands no entities.
            huge = True
            continue
        if not any("Excessive depth" in message for message in messages):
            break
        note = ("the page nests its elements more than 256 levels deep: it was read with its wrappers (div, "
                "span, …) flattened; check the paragraphs and that no text is missing")
        text = _WRAPPERS.sub("<br><br>", text)
    _close_voids(document)
    return document, text, note


UNKNOWN_VOIDS = ("source", "track", "wbr", "embed", "keygen")
"""HTML5's empty elements libxml2's HTML 4 parser does not know are empty: it puts all that follows them (in
`<picture><source srcset=…><img …></picture>`, the picture) inside them, where it would be dropped with them."""


def _close_voids(document: "_Element") -> None:
    """Move what libxml2 put inside an empty element (UNKNOWN_VOIDS) back after it, in order."""
    for element in list(document.iter(*UNKNOWN_VOIDS)):
        parent = element.getparent()
        if parent is None or (not element.text and not len(element)):
            continue
        children, tail = list(element), element.tail
        element.tail, element.text = element.text, None
        index = parent.index(element)
        for offset, child in enumerate(children, 1):
            parent.insert(index + offset, child)
        last = children[-1] if children else element
        last.tail = (last.tail or "") + (tail or "") or None


# ------------------------------------------------------------------ the walk

@dataclass(slots=True)
class _Container:
    """A list item or a quote the next blocks are inside."""

    first: str
    """Prefix of the container's first line: "- ", "3. ", "> "."""
    rest: str
    """Prefix of its other lines: spaces as wide as the marker, or "> "."""
    item: bool = False
    """True for a list item (whose blocks a following item may follow without a blank line)."""
    gap: bool = False
    """True for the first item of an ordered list not starting at 1: a blank line before it."""
    used: bool = False
    """True once a block has been written inside it (its marker is then spent)."""


@dataclass(slots=True)
class _List:
    """A list being written: its kind and the next item's number."""

    ordered: bool
    number: int
    fresh: bool = True


class _Converter:
    """One conversion: the blocks written so far, the paragraph being gathered and where it stands."""

    def __init__(self, picture: PictureHook | None, base_url: str | None, title: str | None, cell: bool = False):
        self.picture = picture
        self.base_url = base_url
        self.title = fold(title).casefold() if title else None
        self.cell = cell
        self.lines: list[str] = []
        self.blocks = 0
        self.in_item = False  # the last block was inside a list item: the next item needs no blank line
        self.containers: list[_Container] = []
        self.previous: list[_Container] = []  # the containers of the last block written
        self.lists: list[_List] = []
        self.inline: list[tuple[str, str]] = []
        self.open: list[tuple[str, str]] = []  # inline markup open across a block boundary (kind, url)
        self.pictures: list[ImportedImage] = []
        self.removed: list[RemovedLine] = []
        self.notes: list[str] = []
        self.shift = 1
        self.breaks = 0  # <br> in a row: two end the paragraph (Blogger's and WordPress' `<br><br>`)
        self.link_depth = 0
        self.depth: dict[str, int] = {}

    def result(self) -> Converted:
        self.flush()
        body = "\n".join(self.lines).strip("\n")
        return Converted(body + "\n" if body else "", tuple(self.pictures), tuple(self.removed), tuple(self.notes))

    # -------------------------------------------------------------- events

    def convert(self, root: "_Element") -> None:
        """Walk the tree once (iteratively), writing blocks as their ends are reached."""
        from lxml import etree

        levels = [HEADINGS[e.tag] for e in root.iter(*HEADINGS) if fold(" ".join(e.itertext()))]
        self.shift = 2 - min(levels) if levels else 1
        walker = etree.iterwalk(root, events=("start", "end"))
        skipped = None  # the element whose subtree is skipped: its end event still comes, for its tail
        for event, element in walker:
            tag = element.tag.lower() if isinstance(element.tag, str) else None
            if event == "start":
                if tag is None or self.start(element, tag):
                    walker.skip_subtree()
                    skipped = element
            else:
                if element is not skipped and tag is not None:
                    self.end(element, tag)
                skipped = None
                if element is not root and element.tail:
                    self.text(element.tail)

    def start(self, element: "_Element", tag: str) -> bool:
        """Handle an opening tag; True when its content is not walked (handled whole, or dropped)."""
        if tag in DROPPED or element.get("hidden") is not None or _hidden_style(element.get("style")):
            self.drop(element, tag)
            return True
        if tag == "br":
            self.line_break()
            return True
        if self.whole(element, tag):
            return True
        self.open_element(element, tag)
        if element.text:
            self.text(element.text)
        return False

    def drop(self, element: "_Element", tag: str) -> None:
        reason = DROPPED.get(tag, "hidden")
        text = fold(" ".join(element.itertext()))[:200] if tag not in ("style", "script") else ""
        if text or tag not in ("meta", "link", "base", "param", "source", "track", "area"):
            self.removed.append(RemovedLine(element.sourceline or 0, text or f"<{tag}>", reason))

    def line_break(self) -> None:
        """`<br>`: a line break; two in a row end the paragraph (Blogger's and WordPress' `<br><br>`)."""
        self.breaks += 1
        if self.cell:
            self.inline.append(("t", " "))
        elif self.breaks >= 2:
            self.flush()
        else:
            self.inline.append(("br", ""))

    def whole(self, element: "_Element", tag: str) -> bool:
        """Write an element handled with its content at once (heading, picture, table, code); False for others."""
        if tag in HEADINGS:
            self.flush()
            self.heading(element, HEADINGS[tag])
            return True
        if tag in ("img", "amp-img"):
            self.image(element, None)
            return True
        if tag == "figure":
            images = _shown_images(element)
            if len(images) == 1:
                self.flush()
                self.image(images[0], element)
                return True
        if tag == "table" and self.table(element):
            return True
        if tag == "pre":
            self.flush()
            self.preformatted(element)
            return True
        if tag in CODE:
            self.inline.append(("code", "".join(element.itertext())))
            return True
        if tag == "hr":
            self.flush()
            self.block(["---"])
            return True
        return False

    def open_element(self, element: "_Element", tag: str) -> None:
        """Start a list, an item, a quote, a paragraph or inline markup."""
        if tag in ("ul", "ol"):
            self.flush()
            start = element.get("start", "1").strip() if tag == "ol" else "1"
            number = int(start) if start.isdigit() and len(start) < 9 else 1
            self.lists.append(_List(tag == "ol", number))
        elif tag == "li":
            self.flush()
            self.open_item()
        elif tag == "blockquote":
            self.flush()
            if len(self.containers) < MAX_NESTING and not self.cell:
                self.containers.append(_Container("> ", "> "))
            else:
                self.containers.append(_Container("", ""))
        elif tag in BLOCKS:
            self.flush()
        elif tag in STRONG:
            self.mark("strong", "**")
        elif tag in EMPHASIS:
            self.mark("em", "*")
        elif tag in DELETED:
            self.mark("del", "~~")
        elif tag == "a":
            self.link_open(element)
        elif tag == "q":
            self.inline.append(("t", "“"))

    def end(self, element: "_Element", tag: str) -> None:
        if tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag == "li" or tag == "blockquote":
            self.flush()
            if self.containers:
                self.containers.pop()
        elif tag in BLOCKS or tag == "figure":
            self.flush()
        elif tag in STRONG:
            self.unmark("strong", "**")
        elif tag in EMPHASIS:
            self.unmark("em", "*")
        elif tag in DELETED:
            self.unmark("del", "~~")
        elif tag == "a":
            self.link_close(element)
        elif tag == "q":
            self.inline.append(("t", "”"))

    def text(self, text: str) -> None:
        if text.strip():
            self.breaks = 0
        self.inline.append(("t", text))

    # -------------------------------------------------------------- inline markup

    def mark(self, kind: str, marker: str) -> None:
        """Open emphasis (only the outermost of a kind: `<b><b>x</b></b>` is bold once)."""
        self.depth[kind] = self.depth.get(kind, 0) + 1
        if self.depth[kind] == 1:
            self.inline.append(("open", marker))
            self.open.append(("open", marker))

    def unmark(self, kind: str, marker: str) -> None:
        self.depth[kind] = max(0, self.depth.get(kind, 0) - 1)
        if self.depth[kind] == 0 and ("open", marker) in self.open:
            self._close_to(("open", marker))

    def link_open(self, element: "_Element") -> None:
        self.link_depth += 1
        if self.link_depth > 1:
            return
        href = element.get("href")
        url = safe_href(href, self.base_url) if href else None
        if href and url is None and not href.strip().startswith("#"):
            self.notes.append(f"link to {fold(href)[:80]!r} left out (not an http, https or mailto address); "
                              "its text is kept")
        if url is not None:
            self.inline.append(("link", ""))
            self.open.append(("link", url))

    def link_close(self, element: "_Element") -> None:
        self.link_depth = max(0, self.link_depth - 1)
        if self.link_depth == 0:
            link = next((entry for entry in reversed(self.open) if entry[0] == "link"), None)
            if link is not None:
                self._close_to(link)

    def _close_to(self, entry: tuple[str, str]) -> None:
        """Close the open markup down to `entry` (HTML nesting makes it the last but for crossed tags)."""
        while self.open:
            top = self.open.pop()
            self.inline.append(("close", top[1]) if top[0] == "open" else ("unlink", top[1]))
            if top == entry:
                break

    # -------------------------------------------------------------- blocks

    def open_item(self) -> None:
        listing = self.lists[-1] if self.lists else _List(False, 1)
        marker = f"{listing.number}. " if listing.ordered else "- "
        gap = listing.ordered and listing.number != 1 and listing.fresh
        listing.number += 1
        listing.fresh = False
        if len(self.containers) >= MAX_NESTING or self.cell:
            self.containers.append(_Container("", ""))
        else:
            self.containers.append(_Container(marker, " " * len(marker), item=True, gap=gap))

    def flush(self) -> None:
        """Write the gathered paragraph (if it has any text) and start the next one."""
        self.breaks = 0
        if not self.inline:
            return
        reopen = list(self.open)
        for entry in reversed(self.open):
            self.inline.append(("close", entry[1]) if entry[0] == "open" else ("unlink", entry[1]))
        lines = render_inline(self.inline)
        self.inline = [("open", entry[1]) if entry[0] == "open" else ("link", "") for entry in reopen]
        if lines:
            self.block(lines)

    def block(self, lines: list[str]) -> None:
        """Add a block: separated from the previous one by a blank line (none between the items of a tight
        list), every line prefixed by the quotes and list items it is in."""
        if self.cell:
            self.lines.append(" ".join(lines))
            return
        item = self.containers[-1] if self.containers else None
        starts_item = item is not None and not item.used and item.item
        # (a list may start right under its item's text only with 1: CommonMark reads "3." there as text)
        tight = starts_item and self.in_item and not item.gap
        if self.blocks and not tight:
            # (the blank line belongs to the quotes and items both blocks are in, not to one just opened)
            shared = 0
            while (shared < min(len(self.previous), len(self.containers))
                   and self.previous[shared] is self.containers[shared]):
                shared += 1
            self.lines.append("".join(c.rest for c in self.containers[:shared]).rstrip())
        first = "".join(c.rest if c.used else c.first for c in self.containers)
        rest = "".join(c.rest for c in self.containers)
        for container in self.containers:
            container.used = True
        for index, line in enumerate(lines):
            prefix = first if index == 0 else rest
            self.lines.append((prefix + line) if line else prefix.rstrip())
        self.blocks += 1
        self.in_item = any(c.item for c in self.containers)
        self.previous = list(self.containers)

    def heading(self, element: "_Element", level: int) -> None:
        text = fold(" ".join(element.itertext()))
        if not text:
            return
        if self.title is not None and text.casefold() == self.title:
            self.removed.append(RemovedLine(element.sourceline or 0, text, "repeated title"))
            return
        if self.cell:
            self.block([escape_markdown(text)])
            return
        level = min(6, max(2, level + self.shift))
        self.block(["#" * level + " " + escape_markdown(text, line_start=False)])

    def preformatted(self, element: "_Element") -> None:
        text = CONTROL.sub("", "".join(element.itertext())).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        if not text.strip():
            return
        if self.cell:
            self.inline.append(("code", text))
            return
        fence = "`" * max(3, longest_run(text, "`") + 1)
        classes = " ".join(filter(None, [element.get("class"), *(c.get("class") for c in element.iter("code"))]))
        language = _LANGUAGE.search(classes)
        self.block([fence + (language[1] if language else ""), *text.split("\n"), fence])

    def image(self, element: "_Element", figure: "_Element | None") -> None:
        """A picture: placed by the reader's hook and written as its own block (or inline in a table cell);
        an emoji picture is its alt text."""
        src = fold(element.get("src") or "")
        if not src or src.lower().startswith("data:"):  # (a lazy page's placeholder: the picture is named apart)
            src = fold(element.get("data-src") or element.get("data-lazy-src") or element.get("data-original") or src)
        alt = fold(element.get("alt") or "") or None
        if any(name in (element.get("class") or "") for name in EMOJI_CLASSES) and alt:
            self.inline.append(("t", alt))
            return
        caption, credit = None, None
        if figure is not None:
            caption, credit = figure_caption(figure)
        if caption is None and element.get("title") and fold(element.get("title")) != alt:
            caption, credit = split_credit(element.get("title"))
        if not src:
            if caption:
                self.text(caption)
            return
        placed = self.picture(src, alt) if self.picture is not None else None
        if placed is LEFT_OUT:
            self.removed.append(RemovedLine(element.sourceline or 0, caption or alt or src[:80], "picture not copied"))
            return
        if placed is None:
            self.remote(src, alt, caption, credit, element)
            return
        placed = dataclasses.replace(placed, alt=alt if alt else (caption or ""), caption=caption, credit=credit)
        if not placed.alt:
            self.notes.append(f"picture {src[:80]!r} has no alt text: describe it (it is marked decorative for now)")
        self.pictures.append(placed)
        markdown = picture_markdown(placed)
        if self.cell:
            self.inline.append(("raw", markdown))
        else:
            self.flush()
            self.block([markdown])

    def remote(self, src: str, alt: str | None, caption: str | None, credit: str | None,
               element: "_Element") -> None:
        """A picture the reader did not place: a link to it when it is on https (a body picture from
        another site does not build), else dropped; a note either way."""
        url = safe_href(src, self.base_url)
        words = caption or alt or ""
        if url is not None and url.lower().startswith("https://") and not src.lower().startswith("data:"):
            self.notes.append(f"picture {url[:100]} is on another site: left as a link; save it beside the article "
                              "to show it")
            label = "Foto" + (f": {words}" if words else "") + (f" ({credit})" if credit else "")
            link = f"[{inline_text(label)}]({url})"
            if self.cell or any(kind == "t" and value.strip() for kind, value in self.inline):
                self.inline.append(("raw", link))  # (inside a sentence: the sentence stays one paragraph)
            else:
                self.flush()
                self.block([link])
            return
        shown = src if not src.lower().startswith("data:") else "data:…"
        self.notes.append(f"picture {shown[:80]!r} dropped: no local copy and not an https address")
        self.removed.append(RemovedLine(element.sourceline or 0, words or shown[:80], "picture not found"))

    def table(self, element: "_Element") -> bool:
        """Write a simple table (rows of cells, no table inside) as a GFM table; False for a layout table,
        whose cells are then walked as blocks."""
        rows = [row for row in element.iter("tr")]
        if not rows or any(True for _ in element.iter("table") if _ is not element):
            return False
        if max(sum(isinstance(c.tag, str) and c.tag.lower() in ("td", "th") for c in row) for row in rows) < 2:
            return False  # (one column: an old site's layout, its cells' `<br><br>` paragraphs kept as such)
        grid: list[list[str]] = []
        covered: dict[int, int] = {}  # column -> rows below still taken by a cell's rowspan above
        for row in rows:
            cells: list[str] = []
            for cell in itertools.chain(row, (None,)):
                while covered.get(len(cells), 0) > 0:  # (a column a cell above spans: empty here, not shifted)
                    covered[len(cells)] -= 1
                    cells.append("")
                if cell is None or not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                    continue
                converter = _Converter(self.picture, self.base_url, None, cell=True)
                converter.convert(cell)
                self.pictures.extend(converter.pictures)
                self.notes.extend(converter.notes)
                self.removed.extend(converter.removed)
                text = " ".join(converter.lines).replace("|", "\\|")
                span = min(element_int(cell.get("colspan")), MAX_COLUMNS)
                for column in range(len(cells), min(len(cells) + span, MAX_COLUMNS + 1)):  # (wider: paragraphs)
                    covered[column] = element_int(cell.get("rowspan")) - 1
                cells.extend([text] + [""] * (span - 1))
            if any(cells):
                grid.append(cells)
        width = max((len(r) for r in grid), default=0)
        if width < 2 or width > MAX_COLUMNS:
            if grid:
                self.flush()
                for row in grid:
                    for cell in row:
                        if cell:
                            self.block([cell])
            return True
        self.flush()
        caption = element.find("caption")
        if caption is not None and fold(" ".join(caption.itertext())):
            self.block([inline_text(" ".join(caption.itertext()))])
        grid = [row + [""] * (width - len(row)) for row in grid]
        lines = ["| " + " | ".join(grid[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(row) + " |" for row in grid[1:]]
        self.block(lines)
        return True


def _shown_images(figure: "_Element") -> list["_Element"]:
    """A figure's pictures, but for the copy a lazy-loading page repeats in `<noscript>` (and any other dropped
    element) for browsers without scripts: the figure stays one picture with its caption."""
    shown = []
    for image in figure.iter("img", "amp-img"):
        ancestors = itertools.takewhile(lambda a: a is not figure, image.iterancestors())
        if not any(isinstance(a.tag, str) and a.tag.lower() in DROPPED for a in ancestors):
            shown.append(image)
    return shown


def element_int(value: str | None) -> int:
    value = (value or "1").strip()
    return int(value) if value.isdigit() and len(value) < 4 and int(value) > 0 else 1


def _hidden_style(style: str | None) -> bool:
    if not style:
        return False
    compact = style.replace(" ", "").lower()
    return "display:none" in compact or "visibility:hidden" in compact


