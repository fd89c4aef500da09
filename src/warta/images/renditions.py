"""Which files the site publishes of an image: a responsive set (widths x AVIF, WebP and a JPEG or
PNG fallback) and fixed-ratio crops (social cards, Google's 16:9, 4:3, 1:1), each named by a content
address of the source's bytes, the operation and the encoder's settings and version."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from types import MappingProxyType

import PIL
from PIL import features
from slugify import slugify

from warta.images.source import MAX_SIDE, ImageSource

FOLDER = "foto"
"""Where renditions go in the output: `foto/<2 hex>/<stem>-<W>x<H>-<10 hex>.<ext>`."""
RENDITION_PATH = re.compile(rf"{FOLDER}/[0-9a-f]{{2}}/[a-z0-9-]+-[0-9]+x[0-9]+-[0-9a-f]{{10}}\.(?:avif|webp|jpg|png|svg)")
"""What `output_path` names: a file whose bytes never change under its name (hosts may cache it for ever)."""
DEFAULT_WIDTHS = (480, 800, 1200, 1600)

RECIPE = "1"
"""Version of encode's processing (draft scaling, orientation, sRGB conversion, LANCZOS with
REDUCING_GAP, a white background under a JPEG's transparency): bump it when that changes the
pixels, so that every rendition gets a new name instead of a stale cached file."""
REDUCING_GAP = 3.0
"""Image.resize's reducing_gap: an integer box reduction first, LANCZOS over the last 3x or more
(indistinguishable from LANCZOS all the way, several times faster from a 3000-px photo)."""
SAVE = MappingProxyType({
    # AVIF (libavif + aom): quality 55 at speed 6. On a 3000x2000 photo (MEASURE.md, issue 16)
    # speed 4 is 3-8% smaller but 5x slower; speeds 7 and 8 are 2-3x faster but 11-18% larger
    # at a lower PSNR. One thread: aom's bytes differ with the thread count, and the output may
    # not depend on the machine's cores (the build already runs one process per core).
    "avif": MappingProxyType({"quality": 55, "speed": 8, "subsampling": "4:2:0", "max_threads": 1}),
    # WebP: quality 78 (the PSNR of AVIF 55 and JPEG 80), method 6: 6% smaller than method 4.
    "webp": MappingProxyType({"quality": 78, "method": 6}),
    # JPEG, what browsers without AVIF or WebP load: quality 80, progressive (a whole picture
    # early on a slow line), optimised Huffman tables, chroma at half resolution as cameras do.
    "jpeg": MappingProxyType({"quality": 80, "progressive": True, "optimize": True, "subsampling": "4:2:0"}),
    "png": MappingProxyType({"optimize": True}),
})
"""Pillow save options of each rendition format (encode passes them as they are)."""
EXTENSIONS = MappingProxyType({"avif": "avif", "webp": "webp", "jpeg": "jpg", "png": "png", "svg": "svg"})


def _encoder() -> str:
    """The settings and every library version that shapes the bytes, as one line."""
    try:
        from PIL import _avif  # libavif's codecs (aom, dav1d): their versions change the bytes too
        codecs = _avif.codec_versions()
    except ImportError:
        codecs = "none"
    settings = "; ".join(f"{name} {sorted(options.items())}" for name, options in SAVE.items())
    versions = ", ".join(f"{name} {features.version(name)}"
                         for name in ("avif", "webp", "jpg", "libjpeg_turbo", "zlib", "littlecms2"))
    return f"recipe {RECIPE}, gap {REDUCING_GAP}; {settings}; Pillow {PIL.__version__}, {versions} ({codecs})"


ENCODER: str = _encoder()
"""Encoder settings (qualities, speeds) and library versions (Pillow, libavif, libwebp, libjpeg):
part of every rendition's address, so changing either names new files."""


@dataclass(frozen=True, slots=True)
class Rendition:
    """One published file made from a source image."""

    width: int
    height: int
    format: str
    """'avif', 'webp', 'jpeg', 'png' (or 'svg': the checked source itself, published as is)."""
    crop: tuple[int, int, int, int] | None = None
    """(left, top, right, bottom) in the oriented source's pixels, None for the whole image."""


@dataclass(frozen=True, slots=True)
class Responsive:
    """The responsive set of one image: each list sorted by width, never wider than the source."""

    avif: tuple[Rendition, ...]
    webp: tuple[Rendition, ...]
    fallback: tuple[Rendition, ...]
    """JPEG, or PNG for an image with transparency (an SVG: the one SVG rendition; avif/webp empty)."""


def responsive(source: ImageSource, widths: tuple[int, ...] = DEFAULT_WIDTHS) -> Responsive:
    """The widths of `widths` the source reaches, plus the source's own width when it is narrower
    than the largest (never upscaled) and none taller than MAX_SIDE; heights keep the aspect ratio
    (rounded)."""
    if source.kind == "svg":
        return Responsive((), (), (Rendition(source.width, source.height, "svg"),))
    # (A tall infographic: no wider than keeps it within WebP's MAX_SIDE pixels high.)
    widest = min(source.width, max(widths), max(1, MAX_SIDE * source.width // source.height))
    reached = {width for width in widths if width < widest}
    reached.add(widest)
    sizes = [(width, max(1, round(width * source.height / source.width))) for width in sorted(reached)]
    fallback = "png" if source.alpha else "jpeg"
    return Responsive(*(tuple(Rendition(width, height, kind) for width, height in sizes)
                        for kind in ("avif", "webp", fallback)))


def crop(source: ImageSource, ratio: tuple[int, int], width: int, focus: tuple[float, float] = (0.5, 0.5),
         format: str = "jpeg") -> Rendition:
    """The largest `ratio` box of the source that keeps `focus` (fractions of width and height)
    as near its centre as the edges allow, scaled to `width` (or less: never upscaled)."""
    if source.kind == "svg":
        raise ValueError(f"{source.path}: an SVG is published whole, not cropped")
    across, down = ratio
    # Compare source.width / source.height with across / down in integers: no float ties.
    if source.width * down >= source.height * across:
        box_height = source.height
        box_width = min(source.width, max(1, round(source.height * across / down)))
    else:
        box_width = source.width
        box_height = min(source.height, max(1, round(source.width * down / across)))
    left = _place(focus[0], source.width, box_width)
    top = _place(focus[1], source.height, box_height)
    scaled = min(width, box_width)
    return Rendition(scaled, max(1, round(scaled * down / across)), format,
                     (left, top, left + box_width, top + box_height))


def _place(focus: float, extent: int, box: int) -> int:
    """The box's start along one axis: centred on the focus, then pushed back inside the edges."""
    start = round(min(max(focus, 0.0), 1.0) * extent - box / 2)
    return min(max(start, 0), extent - box)


def address(source: ImageSource, rendition: Rendition) -> str:
    """The rendition's content key (hex): the source digest, the rendition and ENCODER."""
    key = repr((source.digest, rendition, ENCODER))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def output_path(source: ImageSource, rendition: Rendition) -> str:
    """Its path in the output (no leading slash): FOLDER/<key[:2]>/<stem>-<W>x<H>-<key[2:12]>.<ext>,
    the stem being the source file's name slugified (ASCII, at most 32 characters: a page names many)."""
    key = address(source, rendition)
    stem = slugify(PurePosixPath(source.path).stem, max_length=32, word_boundary=True) or "foto"
    return (f"{FOLDER}/{key[:2]}/{stem}-{rendition.width}x{rendition.height}-{key[2:12]}"
            f".{EXTENSIONS[rendition.format]}")
