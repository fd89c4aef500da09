"""One image file an article names, read and checked once: `probe(file, shown, max_pixels)`.

A raster image is decoded in full once here (a JPEG at 1/8 scale, which still reads every byte),
so a truncated or damaged file is an error of the build's checks, not a failure in the encoder.
Animated GIF and WebP files are accepted: their renditions are made of the first frame."""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import stat as stat_module
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from PIL import Image, ImageFile, UnidentifiedImageError

from warta.images.svg import SvgRefused, check_svg, looks_like_svg, xml_text
from warta.pickling import FastPickle

KINDS = ("jpeg", "png", "webp", "avif", "gif", "svg")
"""The formats an article may name (Pillow's format names, lower-cased; `svg` read as XML)."""

PUBLISHED = "Warta publishes JPEG, PNG, WebP, AVIF, GIF and SVG"
_FORMATS = {"JPEG": "jpeg", "MPO": "jpeg", "PNG": "png", "WEBP": "webp", "AVIF": "avif", "GIF": "gif"}
"""Pillow's format names of the raster KINDS. MPO is a JPEG with extra pictures (a phone's depth
map, a camera's preview) after the first: browsers show the first, so it is a JPEG here."""
GPS_IFD = 0x8825
"""The EXIF block of a GPS position."""
ROTATED = (5, 6, 7, 8)
"""EXIF orientations that turn the picture a quarter: the shown width is the stored height."""
MAX_SIDE = 16383
"""The most pixels a WebP file may have on a side (libwebp): no rendition is taller, so a picture
more than this many times as high as it is wide cannot be published."""
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_NOT_IMAGES = ((b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive or an office document"),
               (b"\xd0\xcf\x11\xe0", "an office document"))


@dataclass(frozen=True, slots=True)
class ImageSource(FastPickle):
    """An image file as the build uses it: where it is, what it is, a digest of its bytes."""

    path: str
    """Path from the site root, with "/" (`articles/foto/rapat.jpg`, `static/gambar/x.png`)."""
    stat: tuple[int, int] = field(compare=False, repr=False)
    """(size, mtime_ns) when read: the next build re-reads the file when either differs. Not part
    of what pages show (a file touched but not changed re-renders nothing)."""
    digest: str
    """sha256 of the file's bytes, hex, 32 characters: the renditions' content address."""
    width: int
    """Width as shown, after the EXIF orientation (an SVG: its width, else its viewBox's)."""
    height: int
    kind: str
    """One of KINDS."""
    alpha: bool
    """Whether it has transparency (its fallback is then a PNG, not a JPEG)."""
    located: bool = False
    """Its EXIF holds a GPS position (only its renditions, which hold none, may be published)."""


class ImageFault(NamedTuple):
    """Why a file cannot be published as an image (an error), phrased to follow its path."""

    message: str
    """e.g. 'is cut short (truncated)'."""
    hint: str
    """The fix, e.g. 'copy or export the photo again'."""


@dataclass(frozen=True, slots=True)
class _Shape:
    """What probing found of the image in a file (ImageSource without where and which bytes)."""

    width: int
    """As shown (after the EXIF orientation)."""
    height: int
    kind: str
    """One of KINDS."""
    alpha: bool
    """Whether it has transparency."""
    located: bool = False
    """Its EXIF holds a GPS position."""


def probe(file: Path, shown: str, max_pixels: int) -> ImageSource | ImageFault:
    """Read `file` (`shown` is its `ImageSource.path`) and check it: missing, not a regular file,
    not an image, a format not in KINDS, truncated, more than `max_pixels` pixels (a decompression
    bomb: refused before decoding), an SVG with scripts, event handlers or external references."""
    read = _read(file)
    if isinstance(read, ImageFault):
        return read
    data, stat = read
    shape = _probe_svg(data) if _maybe_xml(data) else None
    if shape is None:
        shape = _probe_raster(data, max_pixels)
    if isinstance(shape, ImageFault):
        return shape
    digest = hashlib.sha256(data).hexdigest()[:32]
    return ImageSource(shown, stat, digest, shape.width, shape.height, shape.kind, shape.alpha, shape.located)


def fault_of(data: bytes, max_pixels: int) -> ImageFault | None:
    """Why these bytes cannot be published as an image (the checks of `probe`, without a file), or None:
    for `warta import`, which copies only pictures the build will take."""
    shape = _probe_svg(data) if _maybe_xml(data) else None
    if shape is None:
        shape = _probe_raster(data, max_pixels)
    return shape if isinstance(shape, ImageFault) else None


def _read(file: Path) -> tuple[bytes, tuple[int, int]] | ImageFault:
    """The file's bytes and (size, mtime_ns), both from one open file descriptor."""
    # O_NONBLOCK: opening a fifo for reading would otherwise wait for a writer, for ever.
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(file, flags)
    except (FileNotFoundError, NotADirectoryError):
        return ImageFault("does not exist", "check the name and the folder, or add the file")
    except OSError as error:
        return ImageFault(f"cannot be read ({error.strerror})", "check the file's permissions")
    try:
        info = os.fstat(fd)
        if not stat_module.S_ISREG(info.st_mode):
            return ImageFault(f"is {_file_type(info.st_mode)}, not an image file",
                              "name an image file (JPEG, PNG, WebP, AVIF, GIF or SVG)")
        # Stat before reading: if the file changes while it is read, the next build sees a
        # different (size, mtime) and reads it again, rather than keeping bytes of a half-write.
        with open(fd, "rb", closefd=False) as handle:
            return handle.read(), (info.st_size, info.st_mtime_ns)
    except OSError as error:
        return ImageFault(f"cannot be read ({error.strerror})", "check the file, or copy it again")
    finally:
        os.close(fd)


def _file_type(mode: int) -> str:
    if stat_module.S_ISDIR(mode):
        return "a folder"
    if stat_module.S_ISFIFO(mode):
        return "a named pipe (fifo)"
    return "a device or socket"


def _maybe_xml(data: bytes) -> bool:
    """Whether the bytes could be XML text at all (cheap: a raster file fails at its first byte)."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") or data[:2] in (b"\xff\xfe", b"\xfe\xff")


def _probe_svg(data: bytes) -> _Shape | ImageFault | None:
    """An SVG's size, its fault, or None when the file is not an SVG."""
    text = xml_text(data)
    if text is None or not looks_like_svg(text):
        return None
    try:
        width, height = check_svg(text)
    except SvgRefused as refused:
        return ImageFault(str(refused), "remove it, or export the graphic as PNG")
    return _Shape(width, height, "svg", True)


def _probe_raster(data: bytes, max_pixels: int) -> _Shape | ImageFault:
    """Identify, size-check and fully decode a raster image."""
    pillow_limit_off()
    size = _webp_size(data)  # libwebp allocates the whole canvas when the file is opened
    if size is not None and size[0] * size[1] > max_pixels:
        return _too_big(size, max_pixels)
    try:
        image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        return _unidentified(data)
    except Exception as error:  # a damaged header can fail anywhere in a format's parser
        return _damaged(error)
    with image:
        if image.format not in _FORMATS:
            return ImageFault(f"is {_article(image.format)} image; {PUBLISHED}", "convert it to JPEG or PNG")
        if image.width * image.height > max_pixels:
            return _too_big(image.size, max_pixels)
        try:
            shape = _decode(image)
        except Exception as error:  # as above: any of a plugin's code may meet the damage
            return _damaged(error)
    if shape.height > MAX_SIDE * shape.width:
        return ImageFault(f"is {shape.width}×{shape.height} pixels, more than {MAX_SIDE} times as high as it is wide",
                          "cut it into several pictures")
    return shape


def _decode(image: ImageFile.ImageFile) -> _Shape:
    """Decode the first frame in full (a JPEG at 1/8 scale: libjpeg still reads all the data).
    A file cut short fails here as long as ImageFile.LOAD_TRUNCATED_IMAGES keeps its default,
    False; Warta never sets it."""
    width, height = image.size
    exif = image.getexif()
    orientation = exif.get(0x0112)
    located = bool(exif.get_ifd(GPS_IFD))
    alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if image.format in ("JPEG", "MPO"):
        image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
    image.load()
    if orientation in ROTATED:
        width, height = height, width
    return _Shape(width, height, _FORMATS[image.format], alpha, located)


def pillow_limit_off() -> None:
    """Switch off Pillow's own pixel limit, process-wide: Warta checks the pixel count itself,
    against the site's `image_max_megapixels`, before decoding (probe), and Pillow's (a warning
    at 89 MP, an error at 179 MP, whatever the site allows) would print or contradict it."""
    Image.MAX_IMAGE_PIXELS = None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    """A WebP file's canvas size from its first chunk's header, or None for other files."""
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP" or len(data) < 30:
        return None
    chunk = data[12:16]
    if chunk == b"VP8X":
        return 1 + int.from_bytes(data[24:27], "little"), 1 + int.from_bytes(data[27:30], "little")
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
    if chunk == b"VP8 ":
        return int.from_bytes(data[26:28], "little") & 0x3FFF, int.from_bytes(data[28:30], "little") & 0x3FFF
    return None


def _too_big(size: tuple[int, int], max_pixels: int) -> ImageFault:
    pixels = size[0] * size[1]
    return ImageFault(f"is {size[0]}×{size[1]} pixels ({_megapixels(pixels)} megapixels), "
                      f"over the limit of {_megapixels(max_pixels)} megapixels",
                      "make it smaller, or raise `image_max_megapixels` in warta.yaml")


def _megapixels(pixels: int) -> str:
    """50 -> '50', 50.4 -> '50.4': a tenth is kept below 100, so 50.4 is not shown as the limit."""
    value = pixels / 1_000_000
    return f"{value:.0f}" if value >= 100 or value == int(value) else f"{value:.1f}".removesuffix(".0")


def _unidentified(data: bytes) -> ImageFault:
    """Not any image Pillow knows: name a HEIC photo's format (an iPhone's default), else what it is."""
    if data[4:8] == b"ftyp" and _HEIF_BRANDS & _brands(data):
        return ImageFault(f"is a HEIC image; {PUBLISHED}", "convert it to JPEG or PNG")
    return ImageFault(f"is not an image ({_what_it_is(data)})", "name a JPEG, PNG, WebP, AVIF, GIF or SVG file")


def _what_it_is(data: bytes) -> str:
    """A few words on a file that is no image, for the message."""
    if not data:
        return "the file is empty"
    for signature, name in _NOT_IMAGES:
        if data.startswith(signature):
            return name
    if _maybe_xml(data):
        return "XML or HTML, not an SVG"
    try:  # incremental: a character cut at the 4 KB mark is not an error
        codecs.getincrementaldecoder("utf-8")().decode(data[:4096])
    except UnicodeDecodeError:
        return "unknown format"
    return "a text file"


def _brands(data: bytes) -> set[bytes]:
    """The major and compatible brands of an ISO media file's `ftyp` box."""
    end = min(int.from_bytes(data[:4], "big"), len(data), 256)
    return {data[8:12]} | {data[at:at + 4] for at in range(16, end - 3, 4)}


def _damaged(error: Exception) -> ImageFault:
    # Pillow's messages end in details such as "(44 bytes not processed)": dropped, as they
    # would nest in our own parentheses.
    detail = re.sub(r"\s*\([^()]*\)\s*$", "", str(error)) or type(error).__name__
    return ImageFault(f"is cut short or damaged ({detail[:80]})", "copy or export the file again")


def _article(name: str | None) -> str:
    name = name or "unknown"
    return f"an {name}" if name[0] in "AEIOU" else f"a {name}"
