"""What kind an input file is, from its first bytes: raw text, a saved HTML page, a WordPress export or a feed."""

from __future__ import annotations

import re

TEXT, HTML, WXR, FEED = "text", "html", "wxr", "feed"
KIND_NAMES = {TEXT: "raw text", HTML: "saved page", WXR: "WordPress export", FEED: "feed"}
"""How messages name each kind."""
HEAD_BYTES = 64 * 1024
"""How much of a file `sniff` looks at first: the root element of an export or a feed opens well within it."""
MAX_PROLOG_BYTES = 5 * 1024 * 1024
"""How far `read_input` reads on when the head is all prolog (a long licence comment, a DOCTYPE with a large
internal subset): a file whose first element starts later than this is refused, not guessed."""

# A doctype may carry an internal subset in brackets, whose declarations hold `>` ("<!DOCTYPE rss [<!ENTITY …>]>"):
# stopping at the first `>` took an XML bomb's export for raw text (its reader, which refuses it, never saw it).
_PROLOG = re.compile(r"\s*(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>)", re.IGNORECASE | re.DOTALL)
_OPEN_PROLOG = re.compile(r"<(?:\?|!--|!DOCTYPE\b)", re.IGNORECASE)
"""The start of a prolog part that `_PROLOG` found no end of: its end is further on in the file."""
_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9_.:-]*)([^>]*)>?", re.DOTALL)
HTML_TAGS = frozenset(
    "html head body meta title link base style script div p span a h1 h2 h3 h4 h5 h6 article section main header "
    "footer nav aside ul ol li table figure img br hr blockquote pre noscript iframe form b i strong em".split())
"""Tags an HTML page or fragment may open with."""
WORDPRESS_NS = "wordpress.org/export/"


def sniff(head: bytes, complete: bool = True) -> str | None:
    """The kind of an input from its first bytes: WXR (an `<rss>` declaring WordPress' export namespace),
    FEED (RSS 2.0, RSS 1.0 `<rdf:RDF>`, Atom `<feed>`), HTML (a doctype or an HTML element first), else TEXT.

    None when the file goes on past `head` (not `complete`) and `head` ends before its first element, inside or
    just after its prolog: the caller reads more (a feed opening with a 70 KB licence comment was taken for
    raw text, and a DOCTYPE declaring entities longer than the head escaped the reader that refuses it)."""
    text = _decode_head(head)
    if text is None:
        return TEXT
    doctype_html = False
    position = 0
    while True:
        prolog = _PROLOG.match(text, position)
        if prolog is None or prolog.end() == position:
            break
        doctype_html = doctype_html or prolog.group(0).strip().lower().startswith("<!doctype html")
        position = prolog.end()
    rest = text[position:].lstrip()
    if not complete and (not rest or _OPEN_PROLOG.match(rest) or (rest.startswith("<") and ">" not in rest)):
        return None  # (the head ends in the prolog, or cuts its first tag: `<!-`, `<rs`)
    tag = _TAG.match(rest)
    if tag is None:
        return HTML if doctype_html else TEXT
    name = tag[1].lower()
    local = name.rpartition(":")[2]
    if local == "rss":
        return WXR if _declares_wp(rest) else FEED
    if local == "feed" or name == "rdf:rdf":
        return FEED
    if doctype_html or name in HTML_TAGS:
        return HTML
    return TEXT


def declares_xml(head: bytes) -> bool:
    """Whether the file opens with an XML declaration (`<?xml version="1.0"?>`): XML, never a raw text."""
    text = _decode_head(head[:HEAD_BYTES])
    return bool(text and re.match(r"\s*<\?xml\s", text))


def _declares_wp(rest: str) -> bool:
    """Whether the `<rss>` start tag (which may span lines) declares the WordPress export namespace."""
    end = rest.find(">")
    return WORDPRESS_NS in (rest[:end] if end >= 0 else rest)


def _decode_head(head: bytes) -> str | None:
    """The head as text, enough to see its first markup: UTF-16 by its BOM, else bytes read as Latin-1
    (the ASCII of markup reads the same in UTF-8, Windows-1252 and Latin-1)."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        even = head[: len(head) - len(head) % 2]
        return even.decode("utf-16", errors="replace").lstrip("\ufeff")
    return head.decode("latin-1")
