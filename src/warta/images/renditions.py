"""Which files the site publishes of an image: a responsive set (widths x AVIF, WebP and a JPEG or
PNG fallback) and fixed-ratio crops (social cards, Google's 16:9, 4:3, 1:1), each named by a content
address of the source's bytes, the operation and the encoder's settings and version.

SKELETON (issue 16) -- to be implemented; the signatures and records below are the contract."""

from __future__ import annotations

from dataclasses import dataclass

from warta.images.source import ImageSource

FOLDER = "foto"
"""Where renditions go in the output: `foto/<2 hex>/<stem>-<W>x<H>-<10 hex>.<ext>`."""
DEFAULT_WIDTHS = (480, 800, 1200, 1600)

ENCODER: str = ""
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
    than the largest (never upscaled); heights keep the aspect ratio (rounded)."""
    raise NotImplementedError


def crop(source: ImageSource, ratio: tuple[int, int], width: int, focus: tuple[float, float] = (0.5, 0.5),
         format: str = "jpeg") -> Rendition:
    """The largest `ratio` box of the source that keeps `focus` (fractions of width and height)
    as near its centre as the edges allow, scaled to `width` (or less: never upscaled)."""
    raise NotImplementedError


def address(source: ImageSource, rendition: Rendition) -> str:
    """The rendition's content key (hex): the source digest, the rendition and ENCODER."""
    raise NotImplementedError


def output_path(source: ImageSource, rendition: Rendition) -> str:
    """Its path in the output (no leading slash): FOLDER/<key[:2]>/<stem>-<W>x<H>-<key[2:12]>.<ext>,
    the stem being the source file's name slugified (ASCII, at most 60 characters)."""
    raise NotImplementedError
