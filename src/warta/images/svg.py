"""SVG files: recognised by content, refused when they could run code or fetch anything, sized.

An SVG is published as it is (`encode` copies its bytes), and a reader who opens its address in
a tab runs whatever script it holds on the site's own origin; so anything active or external is
refused here rather than cleaned: a cleaned copy would not be the file the author checked."""

from __future__ import annotations

import base64
import codecs
import io
import re
import xml.etree.ElementTree as ElementTree
from urllib.parse import unquote

from PIL import Image

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
HTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
"""An element of this namespace inside an SVG opened in a tab is a live HTML element: an
<iframe srcdoc> runs its script on the site's origin, an <img> fetches, a <meta> redirects."""

_PROLOG = re.compile(r"""\A(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*+
                         <(?:[\w.-]+:)?svg[\s/>]""", re.DOTALL | re.IGNORECASE | re.VERBOSE)
"""Optional XML declaration, processing instructions, comments and DOCTYPE, then an <svg> tag
(possessive `*+`: a file that is not an SVG fails at once instead of backtracking)."""
_DECLARED_ENCODING = re.compile(rb"""\A<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(?:px)?\s*\Z")
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.DOTALL)
"""A CSS escape (`\\75rl(` is `url(` to a browser): undone before the checks."""
_URL_START = re.compile(r"url\(", re.IGNORECASE)
_FETCHING = re.compile(r"(?<![\w-])(?:(?:-webkit-)?image-set|image|src)\(", re.IGNORECASE)
"""CSS functions other than url() that fetch a string's address (`image-set("https://…" 1x)`)."""
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
    if isinstance(element.tag, str) and element.tag.startswith(f"{{{HTML_NAMESPACE}}}"):
        raise SvgRefused(f"is an SVG with an HTML element (<{tag}>)")
    if tag == "foreignObject":
        raise SvgRefused("is an SVG with a <foreignObject>")
    animated = _local(element.get("attributeName", "")).rpartition(":")[2].lower()
    if tag in _ANIMATIONS and (animated == "href" or animated.startswith("on")):
        # <set attributeName="href" to="javascript:…"> turns a link into a script (also written
        # `xlink:href`); an animated `onclick` would be an event handler.
        raise SvgRefused("is an SVG that animates a link (href)" if animated == "href"
                         else f"is an SVG with an event handler ({animated})")
    if tag == "style":  # (all of its text: what follows a child element is style text too)
        _check_css("".join(element.itertext()))
    for name, value in element.attrib.items():
        local = _local(name)
        if local.lower().startswith("on"):
            raise SvgRefused(f"is an SVG with an event handler ({local})")
        if local == "href" and not _internal(value):
            raise SvgRefused(f"is an SVG with an external reference ({_shorten(value)})")
        _check_css(value)


def _check_css(css: str) -> None:
    """Only url(#id) may appear in style text or an attribute (fill, filter, mask, style…), also
    when written with CSS escapes; no @import, no image-set(), image() or src()."""
    if "\\" in css:
        css = _CSS_ESCAPE.sub(lambda m: chr(min(int(m[1], 16), 0x10FFFF) or 0xFFFD) if m[1] else m[2], css)
    if "@import" in css.lower():
        raise SvgRefused("is an SVG with an external reference (@import)")
    if (fetching := _FETCHING.search(css)) is not None:
        raise SvgRefused(f"is an SVG with an external reference ({fetching[0].lower()}…))")
    # Each url( to its first ")": one pass, however many there are (a regex took minutes on a large
    # file of unclosed ones). A quoted ")" cuts the address short: refused if not a fragment then.
    found = _URL_START.search(css)
    while found is not None:
        end = css.find(")", found.end())
        if end < 0:
            raise SvgRefused(f"is an SVG with an external reference ({_shorten(css[found.start():])})")
        address = css[found.end():end].strip().strip("\"'").strip()
        if not _FRAGMENT.match(address):
            raise SvgRefused(f"is an SVG with an external reference ({_shorten(address)})")
        found = _URL_START.search(css, end)


def _internal(reference: str) -> bool:
    """A same-document fragment, or an embedded raster image (which cannot hold a script, but may
    hold a camera's EXIF: refused then, as the SVG is published as it is)."""
    reference = reference.strip()
    if _SAFE_DATA.match(reference):
        if _carries_metadata(reference):
            raise SvgRefused("is an SVG with an embedded picture that carries EXIF or XMP metadata "
                             "(a camera's GPS position, its serial number)")
        return True
    return bool(_FRAGMENT.match(reference))


def _carries_metadata(reference: str) -> bool:
    """Whether a `data:image/…;base64,` picture holds EXIF or XMP (one that cannot be read: as if it did)."""
    head, _, payload = reference.partition(",")
    if not head.lower().endswith(";base64"):
        return "exif" in unquote(payload).lower() or "xmp" in unquote(payload).lower()
    try:
        data = base64.b64decode("".join(payload.split()), validate=True)
        with Image.open(io.BytesIO(data)) as image:
            return bool(image.getexif()) or any("xmp" in key.lower() or key == "exif" for key in image.info)
    except Exception:  # a damaged or bomb-sized picture, not base64: not published
        return True


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
    if not max(width, height) < _LONGEST:  # (also NaN and infinity: 1e-300 by 1e300)
        raise SvgRefused(f"is an SVG of an impossible size ({_shorten(f'{width:g}×{height:g}')})")
    return max(1, round(width)), max(1, round(height))


_LONGEST = 1e9
"""No side of an SVG is this long (`width="1e400"` is infinite, which has no pixel count)."""


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
