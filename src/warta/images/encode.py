"""Make a source image's renditions: decoded once, turned upright (EXIF orientation), converted to
sRGB, cropped and scaled, and encoded with no metadata (no EXIF, GPS, XMP, IPTC, ICC).

SKELETON (issue 16) -- to be implemented; the signatures below are the contract."""

from __future__ import annotations

from warta.images.renditions import Rendition


def encode(data: bytes, renditions: list[Rendition]) -> list[bytes]:
    """The bytes of each rendition of the image `data`, in order; the same input gives the same
    bytes in any process (the build's output is byte-identical across builds and --jobs)."""
    raise NotImplementedError
