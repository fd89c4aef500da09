"""The text of HTML as Markdown, for html/convert.py: whitespace folded, inline runs escaped (emphasis, links and code
spans placed so CommonMark reads them as written), and pictures in Warta's syntax with their caption and
credit."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import quote

from warta.importer.text.parse import escape_markdown
from warta.importer.records import ImportedImage

if TYPE_CHECKING:
    from lxml.etree import _Element

_SPACE = re.compile(r"[\s\u200b\u2060\ufeff]+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CREDIT_WORD = re.compile(r"\b(foto|photo|grafis|ilustrasi|infografis|dok|dokumentasi|sumber|kredit|credit|gambar)"
                          r"\b\.?\s*:\s*", re.IGNORECASE)
_AGENCY = re.compile(r"^[^()]{0,40}\b(antara|reuters|afp|ap photo|epa|getty|shutterstock|istock|kompas|tempo|"
                     r"detik|tribun|liputan6|kumparan|dok|humas|istimewa)\b[^()]{0,60}$", re.IGNORECASE)
_OUTLET_NAME = re.compile(r"^[A-Za-z][\w.&-]*(?: [A-Za-z][\w.&-]*){0,2}\s*/\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}$")
"""A credit in brackets written "outlet/Photographer" ("GEMAPOS/Dimas Arya", "infoambon.com/Ongky"): words, not
the digits of a date "(1/12/2026)"."""
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|caption-source|byline|author|fotografer", re.IGNORECASE)

BIDI_CONTROLS = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Marks and overrides of the text's direction: in a name, tag or caption an override (U+202E) shows the
text reversed, and nothing in a one-line value needs them."""


def fold(text: str) -> str:
    """Whitespace (non-breaking and zero-width spaces too) folded to single spaces, control characters and
    direction controls out."""
    return _SPACE.sub(" ", CONTROL.sub("", BIDI_CONTROLS.sub("", text))).strip()


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """(caption, credit) of a photo caption that ends in its credit: "Rapat di Jakarta. (Foto: Antara/Budi)",
    "Suasana pasar (ANTARA FOTO/Budi)", "Banjir di Bekasi. Foto: Kompas.com/Ani"; else (caption, None)."""
    text = fold(caption)
    if text.endswith(")") and "(" in text:
        start = text.rfind("(")
        inside = text[start + 1:-1].strip()
        word = _CREDIT_WORD.match(inside)
        if word and inside[word.end():].strip():
            return _credit_pair(text[:start], _credit_text(inside, word))
        if _AGENCY.match(inside) and ("/" in inside or inside.isupper() or inside.lower().startswith(("dok", "ist"))):
            return _credit_pair(text[:start], inside)
        if _OUTLET_NAME.match(inside) and text[:start].rstrip().endswith((".", "!", "?", ")")):
            return _credit_pair(text[:start], inside)
    found = None
    for found in _CREDIT_WORD.finditer(text, max(0, len(text) - 120)):
        pass
    if found is not None and text[found.end():].strip() and found.start() > 0 and text[found.start() - 1] in " .|-–—,":
        return _credit_pair(text[:found.start()].rstrip(" |-–—,"), _credit_text(text[found.start():], found))
    slash = None
    for slash in _CREDIT_SLASH.finditer(text, max(0, len(text) - 120)):
        pass
    if slash is not None:
        return _credit_pair(text[:slash.start()], text[slash.end():])
    return text or None, None


_CREDIT_SLASH = re.compile(r"(?<=[.!?)\"”])\s+(?:foto|photo)\s*/\s*(?=\S)", re.IGNORECASE)
"""A credit after the caption's last sentence written "FOTO/RAKYAT ACEH" (not "ANTARA FOTO/Budi", whose
agency stays in the credit: that is the bracketed or colon form above)."""


def _credit_text(text: str, word: re.Match) -> str:
    """"Antara/Budi" for "Foto: Antara/Budi"; a kind Warta shows as written ("Grafis: Warta") is kept whole."""
    kind = word[1].lower()
    rest = text[word.end() - word.start():].strip() if word.start() else text[word.end():].strip()
    return rest if kind in ("foto", "photo", "kredit", "credit") else f"{word[1].capitalize()}: {rest}"


def _credit_pair(caption: str, credit: str) -> tuple[str | None, str | None]:
    return fold(caption) or None, fold(credit) or None


def _destination(url: str) -> str:
    """A link or picture address as a Markdown destination: nothing in it ends it early."""
    return quote(CONTROL.sub("", url).strip(), safe="/:?#[]@!$&'*+,;=%~-._")


def picture_markdown(image: ImportedImage) -> str:
    """`![alt](src "caption"){credit="…"}`; without alt text `![](src){.dekoratif}` (a warning says so)."""
    alt = inline_text(image.alt or "")
    title = fold(image.caption or "").replace("\\", "\\\\").replace('"', '\\"')
    out = f"![{alt}]({_destination(image.src)}" + (f' "{title}"' if title else "") + ")"
    attributes = [] if alt else [".dekoratif"]
    if image.credit:
        # (the attribute's quoted value cannot hold a quote mark, escaped or not: it would lose the credit)
        attributes.append('credit="' + fold(image.credit).replace('"', "'").replace("\\", "/") + '"')
    return out + ("{" + " ".join(attributes) + "}" if attributes else "")


def inline_text(text: str) -> str:
    return escape_markdown(fold(text), line_start=False)


def figure_caption(figure: "_Element") -> tuple[str | None, str | None]:
    """A figure's caption and credit: from an element of the caption whose class says credit, else from its
    text's end ("… (Foto: Antara/Budi)")."""
    caption = figure.find(".//figcaption")
    if caption is None:
        return None, None
    credit = None
    parts: list[str] = []
    for node in caption.iter():
        if node is not caption and isinstance(node.tag, str) and _CREDIT_CLASS.search(node.get("class") or ""):
            credit = fold(" ".join(node.itertext()))
    for text in caption.itertext():
        parts.append(text)
    words = fold(" ".join(parts))
    if credit:
        words = fold(words.replace(credit, "")) if credit in words else words
        found = _CREDIT_WORD.match(credit)
        credit = _credit_text(credit, found) if found else credit
        return words or None, credit or None
    return split_credit(words) if words else (None, None)


def longest_run(text: str, char: str) -> int:
    longest = run = 0
    for c in text:
        run = run + 1 if c == char else 0
        longest = max(longest, run)
    return longest


def _code_span(text: str) -> str:
    content = fold(text)
    if not content:
        return ""
    fence = "`" * (longest_run(content, "`") + 1)
    pad = " " if content.startswith("`") or content.endswith("`") else ""
    return f"{fence}{pad}{content}{pad}{fence}"


def render_inline(tokens: list[tuple[str, str]]) -> list[str]:
    """The paragraph's lines (split at `<br>`), whitespace folded, spaces moved out of emphasis and links,
    empty emphasis and links dropped, breaks at either end dropped, text escaped."""
    lines: list[str] = []
    out: list[str] = []
    deferred: list[tuple[str, str]] = []  # openers with nothing written after them yet
    emitted = 0  # openers written and not yet closed
    space = brk = False

    def content(piece: str) -> None:
        nonlocal space, brk, out, emitted
        if brk:
            lines.append("".join(out) + "\\")
            out = []
        elif space and out:
            out.append(" ")
        space = brk = False
        for kind, marker in deferred:
            out.append("[" if kind == "link" else marker)
        emitted += len(deferred)
        deferred.clear()
        out.append(piece)

    for kind, value in tokens:
        if kind == "t":
            for index, word in enumerate(_SPACE.split(CONTROL.sub("", value))):
                if index:
                    space = True
                if word:
                    at_start = (not out or brk) and not deferred
                    escaped = escape_markdown(word, line_start=at_start)
                    content("\\" + escaped if at_start and escaped.startswith("=") else escaped)
        elif kind == "code":
            span = _code_span(value)
            if span:
                content(span)
        elif kind == "raw":
            content(value)
        elif kind in ("open", "link"):
            deferred.append(("link", "") if kind == "link" else ("open", value))
        elif kind in ("close", "unlink"):
            if deferred:
                deferred.pop()
            elif emitted:
                emitted -= 1
                out.append(value if kind == "close" else f"]({value})")
        elif kind == "br" and out:
            brk = True
    if out:
        lines.append("".join(out))
    return lines
