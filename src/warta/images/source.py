"""One image file an article names, read and checked once: `probe(file, shown, max_pixels)`.

SKELETON (issue 16) -- to be implemented; the signatures and records below are the contract."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

KINDS = ("jpeg", "png", "webp", "avif", "gif", "svg")
"""The formats an article may name (Pillow's format names, lower-cased; `svg` read as XML)."""


@dataclass(frozen=True, slots=True)
class ImageSource:
    """An image file as the build uses it: where it is, what it is, a digest of its bytes."""

    path: str
    """Path from the site root, with "/" (`articles/foto/rapat.jpg`, `static/gambar/x.png`)."""
    stat: tuple[int, int]
    """(size, mtime_ns) when read: the next build re-reads the file when either differs."""
    digest: str
    """sha256 of the file's bytes, hex, 32 characters: the renditions' content address."""
    width: int
    """Width as shown, after the EXIF orientation (an SVG: its width, else its viewBox's)."""
    height: int
    kind: str
    """One of KINDS."""
    alpha: bool
    """Whether it has transparency (its fallback is then a PNG, not a JPEG)."""


class ImageFault(NamedTuple):
    """Why a file cannot be published as an image (an error), phrased to follow its path."""

    message: str
    """e.g. 'is cut short (truncated)'."""
    hint: str
    """The fix, e.g. 'copy or export the photo again'."""


def probe(file: Path, shown: str, max_pixels: int) -> ImageSource | ImageFault:
    """Read `file` (`shown` is its `ImageSource.path`) and check it: missing, not a regular file,
    not an image, a format not in KINDS, truncated, more than `max_pixels` pixels (a decompression
    bomb: refused before decoding), an SVG with scripts, event handlers or external references."""
    raise NotImplementedError
