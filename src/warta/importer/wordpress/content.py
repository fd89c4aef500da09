"""A WordPress post's stored content -> the HTML WordPress would show: blocks, embeds, shortcodes, wpautop.

WordPress keeps a post as the editor wrote it and makes the page's HTML only when it shows it (the
`the_content` filters): block comments (`<!-- wp:paragraph -->`) are markers, a line that is only a URL
becomes an embed, shortcodes (`[caption]`, `[gallery]`, `[embed]`) become HTML, and posts of the classic
editor get their paragraphs from `wpautop` (blank line -> paragraph, line break -> `<br>`). This module
does the same, pure and in linear time, so the HTML -> Markdown converter sees what readers saw."""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from dataclasses import dataclass

MAX_NESTING = 16
"""Shortcodes inside shortcodes deeper than this are left as text (no real post nests more than 3)."""

_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:[^<>]*?-->")
_BARE_URL_LINE = re.compile(r"^[ \t]*(?:<p>[ \t]*)?(https?://[^\s<>\"']+)[ \t]*(?:</p>[ \t]*)?$", re.MULTILINE)
_SHORTCODE = re.compile(r"\[(\[?)([A-Za-z][\w-]*)(?![\w-])([^\[\]]*?)(/?)\](\]?)")
_ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)"""
                        r"""|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)""")
_KEPT = re.compile(r"<div wp-kept-(\d+)></div>")
_IMG = re.compile(r"<img\b[^<>]*>", re.IGNORECASE)
_LINK_AROUND_IMG = re.compile(r"<a\b[^<>]*>\s*(<img\b[^<>]*>)\s*</a>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufeff]")
"""Characters a title, a name or a tag never shows: C0 and C1 controls (not the spaces among them), direction
marks, overrides and isolates, zero-width spaces and joiners of words (ZWJ stays: emoji are made with it)."""

NOT_SHORTCODES = frozenset({"sic", "red", "ed", "dll", "dst", "ralat", "koreksi", "update", "catatan"})
"""Bracketed words editors write in text (`[sic]`, `[red]`): never taken for an unknown shortcode."""

MEDIA_SHORTCODES = {"video": "Video", "audio": "Audio", "playlist": "Daftar putar"}

ALL_BLOCKS = ("table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area"
              "|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header"
              "|footer|nav|figure|figcaption|details|menu|summary|iframe|video|audio|source|script")
"""wpautop's `$allblocks`: tags around which it puts no `<p>` and no `<br>`."""
_OPEN_BLOCK = re.compile(rf"(<(?:{ALL_BLOCKS})[\s/>])", re.IGNORECASE)
_CLOSE_BLOCK = re.compile(rf"(</(?:{ALL_BLOCKS})>)", re.IGNORECASE)
_P_AROUND_BLOCK = re.compile(rf"<p>\s*(</?(?:{ALL_BLOCKS})[^<>]*>)", re.IGNORECASE)
_BLOCK_BEFORE_P_END = re.compile(rf"(</?(?:{ALL_BLOCKS})[^<>]*>)\s*</p>", re.IGNORECASE)
_BR_AFTER_BLOCK = re.compile(rf"(</?(?:{ALL_BLOCKS})[^<>]*>)\s*<br />", re.IGNORECASE)
_BR_BEFORE_BLOCK = re.compile(r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^<>]*>)", re.IGNORECASE)
_NEWLINE_IN_TAG = re.compile(r"<[^<>]*\n[^<>]*>")

@dataclass(frozen=True, slots=True)
class Attachment:
    """A picture in the media library, as a post's content and featured image refer to it."""

    id: str
    url: str
    """`wp:attachment_url`: the original file's address."""
    alt: str | None
    """`_wp_attachment_image_alt`."""
    caption: str | None
    """The attachment's excerpt."""
    title: str | None
    parent: str | None
    """The post it was uploaded to (`wp:post_parent`), for a `[gallery]` without ids."""


@dataclass(frozen=True, slots=True)
class Content:
    """A post's content as HTML, and what the conversion noticed."""

    html: str
    warnings: tuple[str, ...]
    removed: tuple[str, ...] = ()
    """Shortcodes taken out (`[ads id="tengah"]`), as written, for `--dry-run`'s list of what is not in the body."""


def expand(text: str, post_id: str, attachments: dict[str, Attachment], gallery_of: Callable[[str], list[Attachment]],
           ) -> Content:
    """The HTML WordPress shows for a post's stored content (`content:encoded`)."""
    warnings: list[str] = []
    kept: list[str] = []

    def keep(block: str) -> str:
        """What a shortcode or an embed made, kept out of wpautop's way: WordPress runs them after it."""
        if not block.strip():
            return ""
        kept.append(block.strip())
        return f"\n\n<div wp-kept-{len(kept) - 1}></div>\n\n"

    text = _KEPT.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))  # (no forged placeholders)
    has_blocks = "<!-- wp:" in text
    text = _BLOCK_COMMENT.sub("", text)
    text = _BARE_URL_LINE.sub(lambda m: keep(_link_paragraph(m[1])), text)
    expander = _Shortcodes(text, post_id, attachments, gallery_of, warnings, keep)
    text = expander.expand(0, len(text), 0)
    # Block editor posts are stored with their paragraphs; WordPress runs wpautop only on the others.
    if not has_blocks:
        text = wpautop(text)
    text = _KEPT.sub(lambda m: kept[int(m[1])], text)
    return Content(text, tuple(dict.fromkeys(warnings)), tuple(expander.removed))


def wpautop(text: str) -> str:
    """WordPress's wpautop: text separated by blank lines -> `<p>`, a single line break -> `<br />`,
    neither around or inside block elements; `<pre>` left as it is."""
    if not text.strip():
        return ""
    kept: list[str] = []

    def keep(block: str) -> str:
        kept.append(block)
        return f"<pre wp-pre-tag-{len(kept) - 1}></pre>"

    text = _keep_pre(text + "\n", keep)
    text = re.sub(r"<br\s*/?>\s*<br\s*/?>", "\n\n", text, flags=re.IGNORECASE)
    text = _OPEN_BLOCK.sub(r"\n\n\1", text)
    text = _CLOSE_BLOCK.sub(r"\1\n\n", text)
    text = re.sub(r"(<hr\s*?/?>)", r"\1\n\n", text, flags=re.IGNORECASE)
    text = _NEWLINE_IN_TAG.sub(lambda m: m[0].replace("\n", " "), text)
    text = re.sub(r"\n\n+", "\n\n", text)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    text = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    text = re.sub(r"<p>\s*</p>", "", text)
    text = _P_AROUND_BLOCK.sub(r"\1", text)
    text = _BLOCK_BEFORE_P_END.sub(r"\1", text)
    text = _line_breaks(text)
    text = _BR_AFTER_BLOCK.sub(r"\1", text)
    text = _BR_BEFORE_BLOCK.sub(r"\1", text)
    text = re.sub(r"\n</p>$", "</p>", text)
    text = re.sub(r"<br />\n(?=</p>)", "", text)
    for index, block in enumerate(kept):
        text = text.replace(f"<pre wp-pre-tag-{index}></pre>", block)
    return text


def _keep_pre(text: str, keep: Callable[[str], str]) -> str:
    """`text` with each `<pre>…</pre>` replaced by what `keep` gives for it (found with str.find: a text of many
    unclosed `<pre>` stays linear, where a lazy regex would search to the end from each)."""
    out, position, lowered = [], 0, text.lower()
    while True:
        start = lowered.find("<pre", position)
        end = lowered.find("</pre>", start) if start >= 0 else -1
        if start < 0 or end < 0:
            break
        out += [text[position:start], keep(text[start:end + 6])]
        position = end + 6
    out.append(text[position:])
    return "".join(out)


def _line_breaks(text: str) -> str:
    """wpautop's `(?<!<br />)\\s*\\n` -> `<br />\\n`, line by line (that regex is quadratic on a long run of spaces)."""
    lines = text.split("\n")
    out = []
    for index, line in enumerate(lines[:-1]):
        last = index == len(lines) - 2 and lines[-1] == ""
        stripped = line.rstrip()
        out.append(line + "\n" if last else stripped + "\n" if stripped.endswith("<br />") else stripped + "<br />\n")
    out.append(lines[-1])
    return "".join(out)


def _link_paragraph(url: str, label: str | None = None) -> str:
    """An embed as readers without its player get it: a paragraph with a link (https/http only)."""
    url = html.unescape(url.strip())
    if not re.match(r"https?://[^\s<>\"']+$", url, re.IGNORECASE):
        return ""
    shown = html.escape(url)
    text = f"{html.escape(label)}: " if label else ""
    return f'\n\n<p>{text}<a href="{shown}">{shown}</a></p>\n\n'


def attributes(text: str) -> dict[str, str]:
    """Shortcode attributes: `id="x" align='left' width=300` -> {"id": "x", ...}; positional ones as "0", "1"."""
    found: dict[str, str] = {}
    position = 0
    for match in _ATTRIBUTE.finditer(text.strip()):
        groups = match.groups()
        if groups[0] is not None:
            found[groups[0].lower()] = groups[1]
        elif groups[2] is not None:
            found[groups[2].lower()] = groups[3]
        elif groups[4] is not None:
            found[groups[4].lower()] = groups[5]
        else:
            found[str(position)] = next(g for g in groups[6:] if g is not None)
            position += 1
    return found


def figure(src: str, alt: str | None, caption: str | None) -> str:
    """A picture with its caption (the converter splits a credit off its end), as a `<figure>`."""
    parts = [f'<figure><img src="{html.escape(src)}" alt="{html.escape(alt or "")}">']
    if caption:
        parts.append(f"<figcaption>{html.escape(caption)}</figcaption>")
    parts.append("</figure>")
    return "\n\n" + "".join(parts) + "\n\n"


def text_of(fragment: str) -> str:
    """The text of an HTML fragment, tags taken out, entities decoded, whitespace collapsed, and the invisible
    characters that change how the text around them shows taken out (probe finding 17): control characters,
    bidirectional overrides and isolates (U+202E shows "Nama‮Jahat" reversed), zero-width spaces."""
    return " ".join(_INVISIBLE.sub("", html.unescape(_TAG.sub(" ", fragment))).split())


def img_attribute(tag: str, name: str) -> str | None:
    match = re.search(rf"""\b{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", tag, re.IGNORECASE)
    if not match:
        return None
    return html.unescape(next(g for g in match.groups() if g is not None))


class _Shortcodes:
    """Expands the shortcodes of one post's text, left to right, each closing tag found by bisection
    (a text of many unclosed `[x]` stays linear, not a search to the end for each)."""

    def __init__(self, text: str, post_id: str, attachments: dict[str, Attachment],
                 gallery_of: Callable[[str], list[Attachment]], warnings: list[str],
                 keep: Callable[[str], str]) -> None:
        self.text, self.post_id, self.attachments, self.keep = text, post_id, attachments, keep
        self.removed: list[str] = []
        self.gallery_of, self.warnings = gallery_of, warnings
        self.closings: dict[str, list[int]] = {}
        for match in re.finditer(r"\[/([A-Za-z][\w-]*)\]", text):
            self.closings.setdefault(match[1], []).append(match.start())

    def _closing(self, name: str, start: int, end: int) -> int | None:
        positions = self.closings.get(name, [])
        index = bisect.bisect_left(positions, start)
        return positions[index] if index < len(positions) and positions[index] < end else None

    def expand(self, start: int, end: int, depth: int) -> str:
        text, out, position = self.text, [], start
        while position < end:
            match = _SHORTCODE.search(text, position, end)
            if match is None:
                break
            name, attrs = match[2], match[3]
            close = None if match[4] else self._closing(name, match.end(), end)
            if not self._is_shortcode(name, attrs, match, close):
                out.append(text[position:match.end()])
                position = match.end()
                continue
            out.append(text[position:match.start()])
            if match[1] and match[5]:  # [[name]] is WordPress's way to write a shortcode as text
                out.append(match[0][1:-1])
                position = match.end()
                continue
            inner_end = close if close is not None else match.end()
            after = close + len(name) + 3 if close is not None else match.end()
            inner = (self.expand(match.end(), inner_end, depth + 1) if depth < MAX_NESTING
                     else text[match.end():inner_end])
            handled = self._handle(name.lower(), attributes(attrs.rstrip("/")), inner if close is not None else None)
            if handled is None:  # taken out: its enclosed text stays
                self.removed.append(match[0][:200])
                handled = inner or ""
            out.append(handled)
            position = after
        out.append(text[position:end])
        return "".join(out)

    def _is_shortcode(self, name: str, attrs: str, match: re.Match, close: int | None) -> bool:
        """WordPress runs only registered shortcodes; here, a bracketed word is one when it looks like one:
        a known name, a `-` or `_` in the name, `key=value` attributes, a closing tag or `/]`, or a bare
        lowercase word that editors do not write in brackets (`[sic]`) and that is not Markdown written as text:
        `[tautan](…)`, `![gbr](…)`, `[tautan][1]` keep their words (probe finding 14)."""
        lowered = name.lower()
        if lowered in ("caption", "wp_caption", "embed", "gallery") or lowered in MEDIA_SHORTCODES:
            return True
        if close is not None or match[4] or "=" in attrs or "-" in name or "_" in name:
            return True
        after, before = self.text[match.end():match.end() + 1], self.text[match.start() - 1:match.start()]
        markdown = after in ("(", "[") or before == "!"
        return (not attrs.strip() and name.islower() and name.isascii() and lowered not in NOT_SHORTCODES
                and not markdown)

    def _handle(self, name: str, attrs: dict[str, str], inner: str | None) -> str | None:
        """The HTML a shortcode stands for, or None when it is taken out (with a warning)."""
        if name in ("caption", "wp_caption"):
            return self.keep(self._caption(attrs, inner or ""))
        if name == "embed":
            return self.keep(_link_paragraph(text_of(inner or "") or attrs.get("src", "") or attrs.get("url", "")))
        if name == "gallery":
            return self.keep(self._gallery(attrs))
        if name in MEDIA_SHORTCODES:
            url = next((attrs[k] for k in ("src", "mp4", "m4v", "webm", "ogv", "mp3", "ogg", "wav", "m4a", "0")
                        if attrs.get(k)), "")
            if not url:
                self.warnings.append(f"[{name}] without a file taken out")
                return None
            return self.keep(_link_paragraph(url, MEDIA_SHORTCODES[name]))
        self.warnings.append(f"unknown shortcode [{name}] taken out" + (", its text kept" if inner and inner.strip()
                                                                          else ""))
        return None

    def _caption(self, attrs: dict[str, str], inner: str) -> str:
        """`[caption id="attachment_7" width="800"]<img …> Caption text[/caption]` -> a figure; the caption
        may also be the `caption` attribute (older WordPress)."""
        inner = _LINK_AROUND_IMG.sub(r"\1", inner)
        image = _IMG.search(inner)
        caption = attrs.get("caption") or text_of(_IMG.sub(" ", inner))
        if image is None:
            return f"\n\n<p>{html.escape(caption)}</p>\n\n" if caption else ""
        src = img_attribute(image[0], "src") or ""
        alt = img_attribute(image[0], "alt")
        return figure(src, alt, caption or None)

    def _gallery(self, attrs: dict[str, str]) -> str:
        ids = [i.strip() for i in (attrs.get("ids") or attrs.get("include") or "").split(",") if i.strip()]
        pictures = ([self.attachments[i] for i in ids if i in self.attachments] if ids
                    else self.gallery_of(self.post_id))
        if len(pictures) < len(ids):
            self.warnings.append(f"[gallery]: {len(ids) - len(pictures)} of its pictures are not in the export")
        out = []
        for picture in pictures:
            out.append(figure(picture.url, picture.alt, picture.caption))
        return "".join(out)
