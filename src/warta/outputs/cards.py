"""Social card images (1200×630 PNG, Open Graph size) drawn with Pillow in the theme's style."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parent.parent / "theme" / "fonts"
WIDTH, HEIGHT = 1200, 630
MARGIN = 80
PNG_HEAD = b"\x89PNG\r\n\x1a\n"
PNG_TAIL = b"IEND\xaeB`\x82"
"""Every card starts with the PNG signature and ends with the IEND chunk: the card cache checks both."""
DESIGN_VERSION = "2"
"""Bump when the drawing changes, so cached cards are redrawn."""

BACKGROUND = (255, 255, 255)
TEXT = (27, 28, 31)
MUTED = (89, 92, 99)
ACCENT = (163, 25, 31)
LINE = (222, 218, 211)


@dataclass(frozen=True, slots=True)
class CardSpec:
    """Everything a card shows; two equal specs give byte-identical PNGs."""

    title: str
    site_title: str
    kicker: str
    """Category (or empty)."""
    date: str
    """Already formatted: "15 Juni 2025"."""
    byline: str
    """Author(s) or source (or empty)."""

    def key(self) -> str:
        """Cache key: the spec, the design version and the fonts."""
        payload = repr((self.title, self.site_title, self.kicker, self.date, self.byline, DESIGN_VERSION, _fonts_digest()))
        return hashlib.sha256(payload.encode()).hexdigest()[:32]


@lru_cache(maxsize=1)
def _fonts_digest() -> str:
    digest = hashlib.sha256()
    for font in sorted(FONTS.glob("*.ttf")):
        digest.update(font.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=32)
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size)


def draw_card(spec: CardSpec) -> bytes:
    """Draw the card: accent bar, site name, category, headline (shrunk to fit), date and byline."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 14), fill=ACCENT)

    site_font = _font("DejaVuSerif-Bold.ttf", 34)
    draw.text((MARGIN, 62), spec.site_title, font=site_font, fill=TEXT)
    y = 62 + 34 + 40
    if spec.kicker:
        draw.text((MARGIN, y), spec.kicker.upper(), font=_font("DejaVuSans-Bold.ttf", 24), fill=ACCENT)
        y += 24 + 22

    footer_top = HEIGHT - 110
    box = footer_top - 30 - y
    size, lines = _fit_title(spec.title, WIDTH - 2 * MARGIN, box)
    title_font = _font("DejaVuSerif-Bold.ttf", size)
    for line in lines:
        draw.text((MARGIN, y), line, font=title_font, fill=TEXT)
        y += int(size * 1.2)

    draw.line((MARGIN, footer_top, WIDTH - MARGIN, footer_top), fill=LINE, width=2)
    footer = " · ".join(part for part in (spec.date, spec.byline) if part)
    draw.text((MARGIN, footer_top + 28), _ellipsize(footer, _font("DejaVuSans.ttf", 28), WIDTH - 2 * MARGIN),
              font=_font("DejaVuSans.ttf", 28), fill=MUTED)

    return _png(image)


def _png(image: Image.Image) -> bytes:
    """PNG with a 64-colour palette: a third of the bytes of RGB and faster to compress; the
    card's few colours and anti-aliased text survive it."""
    out = io.BytesIO()
    image.quantize(64, method=Image.Quantize.FASTOCTREE).save(out, format="PNG", compress_level=6)
    return out.getvalue()


def _fit_title(title: str, width: int, height: int) -> tuple[int, list[str]]:
    """The largest font size (72 down to 34) at which the wrapped title fits; else cut with …."""
    for size in range(72, 33, -4):
        font = _font("DejaVuSerif-Bold.ttf", size)
        room = 0
        while (room + 1) * size * 1.2 <= height:
            room += 1
        lines = _wrap(title, font, width, most=room)
        if len(lines) * size * 1.2 <= height:
            return size, lines
    font = _font("DejaVuSerif-Bold.ttf", 34)
    keep = max(1, int(height // (34 * 1.2)))
    lines = _wrap(title, font, width, most=keep)
    if len(lines) > keep:
        lines = lines[:keep]
        lines[-1] = _ellipsize(lines[-1] + " …", font, width, force=True)
    return 34, lines


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int, most: int | None = None) -> list[str]:
    """`text` in lines that fit `width`; with `most`, stop after most + 1 lines (the caller shows at
    most `most`: wrapping all of a 40,000-character title measured every word, issue 21)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and font.getlength(candidate) > width:
            lines.append(current)
            current = word
            if most is not None and len(lines) > most:
                current = ""
                break
        else:
            current = candidate
    if current:
        lines.append(current)
    return [_ellipsize(line, font, width) for line in lines]


def _ellipsize(text: str, font: ImageFont.FreeTypeFont, width: int, force: bool = False) -> str:
    """Cut `text` so it fits `width`, ending in …."""
    if font.getlength(text) <= width and not force:
        return text
    text = text.rstrip(" …")
    # The longest start of `text` that fits with "…" after it, found by halving: cutting one character
    # per measurement took 40,000 measurements (158 s) for a one-word 40,000-character title (issue 21).
    # A longer start is never narrower, so this finds the cut the character-by-character loop found.
    fits, too_long = 0, len(text) + 1
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if font.getlength(text[:middle] + "…") <= width:
            fits = middle
        else:
            too_long = middle
    return text[:fits].rstrip() + "…"


def site_card(title: str, description: str) -> CardSpec:
    """The card of pages that are not articles: the site's name and description."""
    return CardSpec(title=description or title, site_title=title, kicker="", date="", byline="")


def draw_logo(title: str) -> bytes:
    """A 512×512 square mark: the site's first letter on the accent colour (publisher logo)."""
    image = Image.new("RGB", (512, 512), ACCENT)
    draw = ImageDraw.Draw(image)
    letter = (title.strip()[:1] or "W").upper()
    font = _font("DejaVuSerif-Bold.ttf", 340)
    left, top, right, bottom = draw.textbbox((0, 0), letter, font=font)
    draw.text(((512 - (right - left)) / 2 - left, (512 - (bottom - top)) / 2 - top), letter, font=font,
              fill=(255, 255, 255))
    return _png(image)


def logo_key(title: str) -> str:
    """Cache key of the logo drawn for `title`."""
    return hashlib.sha256(f"{title}|{DESIGN_VERSION}|{_fonts_digest()}".encode()).hexdigest()[:32]
