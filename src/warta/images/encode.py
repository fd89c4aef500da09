"""Make a source image's renditions: decoded once, turned upright (EXIF orientation), converted to
sRGB, cropped and scaled, and encoded with no metadata (no EXIF, GPS, XMP, IPTC, ICC).

The output is a function of the input bytes and ENCODER alone: no thread counts, no clock, no
file names; each saved image is a new one whose `info` is empty, and every plugin's metadata
options are passed empty (the JPEG, PNG and AVIF plugins would otherwise copy a comment, an
ICC profile or a transparency from `info`). An animated GIF or WebP gives its first frame."""

from __future__ import annotations

import hashlib
import io
import logging
import math
from functools import lru_cache
from typing import BinaryIO

from PIL import Image, ImageCms, ImageOps

from warta.images.renditions import REDUCING_GAP, SAVE, Rendition
from warta.images.source import ROTATED, pillow_limit_off

log = logging.getLogger(__name__)

_PILLOW_FORMATS = {"avif": "AVIF", "webp": "WEBP", "jpeg": "JPEG", "png": "PNG"}
_ALPHA_MODES = ("RGBA", "LA", "PA", "RGBa", "La")
_HIGH_DEPTH = ("I", "I;16", "I;16L", "I;16B", "I;16N", "F")
_PROFILE_SPACES = {"RGB": "RGB", "RGBA": "RGB", "CMYK": "CMYK"}
"""The ICC colour space an embedded profile must describe to be applied to an image of each mode
(a grey image's profile is ignored: it is near enough sRGB's curve for news photos)."""


def encode(data: bytes, renditions: list[Rendition]) -> list[bytes]:
    """The bytes of each rendition of the image `data`, in order; the same input gives the same
    bytes in any process (the build's output is byte-identical across builds and --jobs)."""
    if all(rendition.format == "svg" for rendition in renditions):
        return [data for _ in renditions]  # probe has checked it: published as it is
    image, size = decode(data, renditions)
    return [data if rendition.format == "svg" else _save(_render(image, size, rendition), rendition.format)
            for rendition in renditions]


def decode(data: bytes, renditions: list[Rendition]) -> tuple[Image.Image, tuple[int, int]]:
    """The image upright, in sRGB, RGB or RGBA, decoded at the smallest JPEG scale (1/8, 1/4,
    1/2) that still covers every rendition; and the full oriented size the crops refer to."""
    pillow_limit_off()
    image = Image.open(io.BytesIO(data))
    size = image.size
    if image.getexif().get(0x0112) in ROTATED:
        size = size[1], size[0]
    if image.format in ("JPEG", "MPO"):
        image.draft("RGB", _draft_size(image.size, size, renditions))
    image.load()
    ImageOps.exif_transpose(image, in_place=True)
    return _to_srgb(image), size


def _draft_size(stored: tuple[int, int], oriented: tuple[int, int],
                renditions: list[Rendition]) -> tuple[int, int]:
    """The smallest decoded size (in stored, unrotated pixels) from which every rendition is a
    reduction: the draft's DCT scaling goes no further, so nothing is upscaled afterwards."""
    needed = 0.0
    for rendition in renditions:
        left, top, right, bottom = rendition.crop or (0, 0, *oriented)
        needed = max(needed, rendition.width / (right - left), rendition.height / (bottom - top))
    return max(1, math.ceil(stored[0] * needed)), max(1, math.ceil(stored[1] * needed))


def _to_srgb(image: Image.Image) -> Image.Image:
    """RGB, or RGBA when it has transparency, in sRGB (an embedded profile converted, perceptual)."""
    alpha = image.mode in _ALPHA_MODES or "transparency" in image.info
    if image.mode in _HIGH_DEPTH:
        # 16-bit grey: scaled to 8 bits (a plain convert("L") would clip everything above 255).
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    elif image.mode in ("P", "PA", "1"):
        image = image.convert("RGBA" if alpha else "RGB")
    profile = image.info.get("icc_profile")
    target = "RGBA" if alpha else "RGB"
    if profile and _PROFILE_SPACES.get(image.mode):
        image = _apply_profile(image, profile, target)
    return image if image.mode == target else image.convert(target)


def _apply_profile(image: Image.Image, profile: bytes, target: str) -> Image.Image:
    """The image converted from its embedded ICC profile to sRGB; as it is when the profile is
    unreadable or describes another colour space (a browser would ignore such a profile too)."""
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        if source.profile.xcolor_space.strip() != _PROFILE_SPACES[image.mode]:
            return image
        output = target if image.mode != "CMYK" else "RGB"
        transform = ImageCms.buildTransform(source, _srgb(), image.mode, output,
                                            renderingIntent=ImageCms.Intent.PERCEPTUAL)
        return ImageCms.applyTransform(image, transform)
    except (ImageCms.PyCMSError, OSError, ValueError) as error:
        log.debug("ignoring an unusable ICC profile: %s", error)
        return image


@lru_cache(maxsize=1)
def _srgb() -> ImageCms.ImageCmsProfile:
    """LittleCMS's built-in sRGB profile, made once per process."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _render(image: Image.Image, size: tuple[int, int], rendition: Rendition) -> Image.Image:
    """The rendition's pixels: its crop box (in full oriented pixels, scaled to the decoded
    image, which a JPEG draft may have made smaller), resized with LANCZOS."""
    left, top, right, bottom = rendition.crop or (0, 0, *size)
    across, down = image.width / size[0], image.height / size[1]
    box = (left * across, top * down, right * across, bottom * down)
    wanted = (rendition.width, rendition.height)
    if box == (0, 0, image.width, image.height) and wanted == image.size:
        out = image.copy()
    else:
        out = image.resize(wanted, Image.Resampling.LANCZOS, box=box, reducing_gap=REDUCING_GAP)
    if rendition.format == "jpeg" and out.mode == "RGBA":
        # JPEG has no transparency: what was transparent shows the page's white.
        backdrop = Image.new("RGBA", out.size, (255, 255, 255, 255))
        out = Image.alpha_composite(backdrop, out).convert("RGB")
    return out


def _save(image: Image.Image, format: str) -> bytes:
    """Encode with the format's settings and no metadata at all."""
    image.info = {}  # resize and copy carry the source's info (exif, icc_profile, comment, dpi…)
    buffer = io.BytesIO()
    image.save(buffer, _PILLOW_FORMATS[format], exif=b"", icc_profile=None, **SAVE[format])
    return buffer.getvalue()


_JPEG_HEAD, _JPEG_TAIL = b"\xff\xd8\xff", b"\xff\xd9"
_PNG_HEAD, _PNG_TAIL = b"\x89PNG\r\n\x1a\n", b"\x00\x00\x00\x00IEND\xaeB`\x82"


def whole(handle: BinaryIO, size: int, format: str, digest: str) -> bool:
    """Whether a file `encode` made (of a source whose digest is `digest`) is still whole: its
    format's start and end, a WebP's RIFF length, an AVIF's boxes filling the file, an SVG's own
    bytes. What checks a photo cache entry before it is published: one cut short, or replaced by
    another file, is made again."""
    if format == "svg":
        return hashlib.sha256(handle.read()).hexdigest()[:len(digest)] == digest
    head = handle.read(16)
    if format in ("jpeg", "png"):
        start, end = (_JPEG_HEAD, _JPEG_TAIL) if format == "jpeg" else (_PNG_HEAD, _PNG_TAIL)
        handle.seek(max(0, size - len(end)))
        return head.startswith(start) and handle.read() == end
    if format == "webp":
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP" and int.from_bytes(head[4:8], "little") + 8 == size
    return format == "avif" and head[4:8] == b"ftyp" and _boxes_fill(handle, size)


def _boxes_fill(handle: BinaryIO, size: int) -> bool:
    """Whether an ISO media file's top-level boxes (an AVIF's ftyp, meta, mdat) end at its end."""
    at = 0
    while at < size:
        handle.seek(at)
        header = handle.read(16)
        length = int.from_bytes(header[:4], "big")
        if length == 1:
            length = int.from_bytes(header[8:16], "big")
        elif length == 0:  # (the last box, to the end of the file)
            return len(header) >= 8
        if length < 8:
            return False
        at += length
    return at == size
