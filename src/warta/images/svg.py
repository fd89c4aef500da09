"""SVG files: recognised by content, refused when they could run code or fetch anything, sized.

An SVG is published as it is (`encode` copies its bytes), and a reader who opens its address in
a tab runs whatever script it holds on the site's own origin; so anything active or external is
refused here rather than cleaned: a cleaned copy would not be the file the author checked."""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ElementTree

SVG_NAMESPACE = "http://www.w3.org/2000/svg"

_PROLOG = re.compile(r"""\A(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*+
                         <(?:[\w.-]+:)?svg[\s/>]""", re.DOTALL | re.IGNORECASE | re.VERBOSE)
"""Optional XML declaration, processing instructions, comments and DOCTYPE, then an <svg> tag
(possessive `*+`: a file that is not an SVG fails at once instead of backtracking)."""
_DECLARED_ENCODING = re.compile(rb"""\A<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(?:px)?\s*\Z")
_URL = re.compile(r"""url\(\s*(["']?)(.*?)\1\s*\)""", re.IGNORECASE | re.DOTALL)
_SAFE_DATA = re.compile(r"data:image/(?:png|jpeg|webp|gif)[;,]", re.IGNORECASE)
_FRAGMENT = re.compile(r"#[^\s\"'()]*\Z")
_ANIMATIONS = {"set", "animate", "animateMotion", "animateTransform", "animateColor"}


class SvgRefused(Exception):
    """The SVG cannot be published; the argument is the message, phrased to follow the path."""


def xml_text(data: bytes) -> str | None:
    """The file decoded as XML text (BOM, else the declared encoding, else UTF-8), or None."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            break
    else:
        declared = _DECLARED_ENCODING.match(data)
        encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None
    return text.removeprefix("\ufeff")


def looks_like_svg(text: str) -> bool:
    """Whether the text's first element (after the prolog) is an <svg>: the content decides, not
    the file name, so a PNG named .svg or an SVG named .png is read as what it is."""
    return _PROLOG.match(text) is not None


def check_svg(text: str) -> tuple[int, int]:
    """The SVG's (width, height) in CSS pixels; raises SvgRefused for what cannot be published."""
    # No DOCTYPE means no entity can be declared, so the parser never expands one (no "billion
    # laughs", no external entity): refused before the text reaches any parser.
    for declaration in ("<!DOCTYPE", "<!ENTITY"):
        if declaration.lower() in text.lower():
            raise SvgRefused(f"is an SVG with a {declaration[2:]} declaration")
    # A stylesheet processing instruction loads CSS from anywhere; ElementTree drops these, so
    # they are looked for in the text.
    if re.search(r"<\?xml-stylesheet", text, re.IGNORECASE):
        raise SvgRefused("is an SVG with an external reference (xml-stylesheet)")
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        raise SvgRefused(f"is an SVG that is not well-formed XML ({error})") from None
    if root.tag != f"{{{SVG_NAMESPACE}}}svg":
        raise SvgRefused(f'is an SVG without its namespace (xmlns="{SVG_NAMESPACE}")')
    for element in root.iter():
        _check_element(element)
    return _size(root)


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def _check_element(element: ElementTree.Element) -> None:
    """Refuse scripts, foreign HTML, event handlers and references outside the document."""
    tag = _local(element.tag) if isinstance(element.tag, str) else ""
    if tag == "script":
        raise SvgRefused("is an SVG with a <script>")
    if tag == "foreignObject":
        raise SvgRefused("is an SVG with a <foreignObject>")
    if tag in _ANIMATIONS and _local(element.get("attributeName", "")).lower() == "href":
        # <set attributeName="href" to="javascript:…"> turns a link into a script.
        raise SvgRefused("is an SVG that animates a link (href)")
    if tag == "style":
        _check_css(element.text or "")
    for name, value in element.attrib.items():
        local = _local(name)
        if local.lower().startswith("on"):
            raise SvgRefused(f"is an SVG with an event handler ({local})")
        if local == "href" and not _internal(value):
            raise SvgRefused(f"is an SVG with an external reference ({_shorten(value)})")
        _check_css(value)


def _check_css(css: str) -> None:
    """Only url(#id) may appear in style text or an attribute (fill, filter, mask, style…)."""
    if "@import" in css.lower():
        raise SvgRefused("is an SVG with an external reference (@import)")
    for match in _URL.finditer(css):
        if not _FRAGMENT.match(match.group(2).strip()):
            raise SvgRefused(f"is an SVG with an external reference ({_shorten(match.group(2))})")


def _internal(reference: str) -> bool:
    """A same-document fragment, or an embedded raster image (which cannot hold a script)."""
    reference = reference.strip()
    return bool(_FRAGMENT.match(reference) or _SAFE_DATA.match(reference))


def _shorten(value: str, longest: int = 60) -> str:
    value = " ".join(value.split())
    return value if len(value) <= longest else value[:longest - 1] + "…"


def _size(root: ElementTree.Element) -> tuple[int, int]:
    """From width and height when in px or unitless, else from the viewBox (a missing one of
    width and height follows the viewBox's ratio)."""
    width, height = _length(root.get("width")), _length(root.get("height"))
    box = _view_box(root.get("viewBox"))
    if box is not None:
        if width is None and height is None:
            width, height = box
        elif width is None:
            width = height * box[0] / box[1]
        elif height is None:
            height = width * box[1] / box[0]
    if width is None or height is None:
        raise SvgRefused("is an SVG with no size (width and height or viewBox)")
    return max(1, round(width)), max(1, round(height))


def _length(value: str | None) -> float | None:
    """A length in CSS pixels: unitless or px (%, em, mm… depend on where it is shown)."""
    match = _LENGTH.match(value or "")
    return float(match.group(1)) if match and float(match.group(1)) > 0 else None


def _view_box(value: str | None) -> tuple[float, float] | None:
    parts = re.split(r"[\s,]+", (value or "").strip())
    try:
        width, height = float(parts[2]), float(parts[3])
    except (IndexError, ValueError):
        return None
    return (width, height) if len(parts) == 4 and width > 0 and height > 0 else None
