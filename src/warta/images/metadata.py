"""A picture's bytes without its metadata, taken out losslessly (the picture data is not re-encoded): what the
importer copies into articles/ and what the build publishes of a picture it does not re-encode (an author's profile
photo). The photo pipeline's renditions are new images and carry none (`encode.py`)."""

from __future__ import annotations

import io
import struct


_JPEG_KEPT = {0xE0, 0xEE}
"""The JPEG segments before the picture data that are kept besides the tables: APP0 (JFIF) and APP14 (Adobe: how
the colours are stored); APP2 only when it is an ICC profile. APP1 (EXIF, XMP: GPS position, camera serial number,
owner), APP13 (IPTC, Photoshop), comments and the other APPn go."""
_PNG_DROPPED = {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}
_WEBP_DROPPED = {b"EXIF", b"XMP "}


def without_metadata(data: bytes) -> bytes:
    """The picture's bytes without its metadata (issue 19's probe, finding 16): a photo copied into articles/ is
    in the site's repository, and a camera's EXIF tells where it was taken (GPS), by which camera (serial number)
    and whose it is. The build publishes copies made without any metadata; the copy kept in articles/ loses it
    too, losslessly: the JPEG, PNG or WebP segments holding it are taken out, the picture data is not re-encoded.
    A JPEG keeps its orientation (a minimal EXIF written again by Pillow) and its ICC profile; any other format,
    or a file that cannot be taken apart, is copied as it is."""
    try:
        if data.startswith(b"\xff\xd8\xff"):
            return _jpeg_without_metadata(data)
        if data.startswith(b"\x89PNG\r\n\x1a\n"):
            return _png_without_metadata(data)
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            return _webp_without_metadata(data)
    except (ValueError, IndexError, OSError, struct.error):  # (damaged: the build says so)
        pass
    return data


def _jpeg_without_metadata(data: bytes) -> bytes:
    """A JPEG's segments up to its first scan, without the metadata ones; the picture data as it is, up to the end
    of the first image (an MPO's second image, a camera's preview, carries its own EXIF)."""
    from PIL import Image  # (Pillow: only when there is a picture to copy)

    with Image.open(io.BytesIO(data)) as image:
        orientation = image.getexif().get(0x0112)
    out, position = [data[:2]], 2
    if orientation in range(2, 9):
        exif = Image.Exif()
        exif[0x0112] = orientation
        payload = exif.tobytes()
        out.append(b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload)
    while True:
        if data[position] != 0xFF:
            raise ValueError("not a JPEG segment")
        marker = data[position + 1]
        if marker == 0xFF:  # (fill bytes before a marker)
            position += 1
            continue
        length = struct.unpack(">H", data[position + 2:position + 4])[0]
        segment = data[position:position + 2 + length]
        if marker == 0xDA:  # the first scan: the picture data, kept whole up to the end of the image
            end = data.find(b"\xff\xd9", position + 2 + length)
            out.append(data[position:] if end < 0 else data[position:end + 2])
            return b"".join(out)
        if not (0xE0 <= marker <= 0xEF or marker == 0xFE) or marker in _JPEG_KEPT or (
                marker == 0xE2 and segment[4:16] == b"ICC_PROFILE\x00"):
            out.append(segment)
        position += 2 + length


def _png_without_metadata(data: bytes) -> bytes:
    """A PNG without its EXIF, text and time chunks."""
    out, position = [data[:8]], 8
    while position < len(data):
        length = struct.unpack(">I", data[position:position + 4])[0]
        kind = data[position + 4:position + 8]
        if kind not in _PNG_DROPPED:
            out.append(data[position:position + 12 + length])
        position += 12 + length
        if kind == b"IEND":
            break
    return b"".join(out)


def _webp_without_metadata(data: bytes) -> bytes:
    """A WebP without its EXIF and XMP chunks, its VP8X header saying so."""
    chunks, position = [], 12
    while position + 8 <= len(data):
        kind, size = data[position:position + 4], struct.unpack("<I", data[position + 4:position + 8])[0]
        chunk = data[position:position + 8 + size + (size & 1)]
        if kind == b"VP8X":
            chunk = chunk[:8] + bytes([chunk[8] & ~0x0C]) + chunk[9:]  # (the EXIF and XMP flags)
        if kind not in _WEBP_DROPPED:
            chunks.append(chunk)
        position += 8 + size + (size & 1)
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body
