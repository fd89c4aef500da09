"""The pictures an import copies into articles/: their metadata (a camera's GPS position, serial number,
owner) taken out without re-encoding them (issue 19's probe, finding 16)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

from warta.importer.pictures import PictureCopy, copy_picture, without_metadata

GPS_IFD = 0x8825


def _exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0xA431] = "SN-123456"  # (the camera's serial number)
    if orientation:
        exif[0x0112] = orientation
    exif.get_ifd(GPS_IFD).update({1: "S", 2: (6.0, 12.0, 30.0), 3: "E", 4: (106.0, 49.0, 0.0)})
    return exif


def _picture() -> Image.Image:
    image = Image.new("RGB", (120, 80), (235, 230, 220))
    ImageDraw.Draw(image).ellipse((20, 10, 90, 70), fill=(200, 90, 40))
    return image


def _saved(format: str, **options) -> bytes:
    out = io.BytesIO()
    _picture().save(out, format, **options)
    return out.getvalue()


def test_a_jpeg_loses_its_gps_and_camera_exif_but_not_its_orientation_nor_its_pixels() -> None:
    data = _saved("JPEG", quality=90, exif=_exif(orientation=6), comment=b"Rumah Budi, Jl. Melati 4")
    stripped = without_metadata(data)
    image = Image.open(io.BytesIO(stripped))
    exif = image.getexif()
    assert not exif.get_ifd(GPS_IFD) and dict(exif) == {0x0112: 6}
    assert "comment" not in image.info
    assert b"PhoneMaker" not in stripped and b"SN-123456" not in stripped
    scan = data.index(b"\xff\xda")
    assert stripped.endswith(data[scan:])  # (the picture data as it was: not re-encoded)
    assert image.tobytes() == Image.open(io.BytesIO(data)).tobytes()


def test_a_png_and_a_webp_lose_their_exif() -> None:
    for format in ("PNG", "WEBP"):
        data = _saved(format, exif=_exif())
        assert Image.open(io.BytesIO(data)).getexif().get_ifd(GPS_IFD), format
        stripped = without_metadata(data)
        image = Image.open(io.BytesIO(stripped))
        assert not image.getexif().get_ifd(GPS_IFD) and b"PhoneMaker" not in stripped, format
        image.load()
        assert image.size == (120, 80)


def test_a_picture_without_metadata_or_not_understood_is_copied_as_it_is() -> None:
    for data in (_saved("JPEG"), _saved("GIF"), b"\xff\xd8\xff\xe0 cut short"):
        stripped = without_metadata(data)
        assert stripped == data or Image.open(io.BytesIO(stripped)).tobytes() == Image.open(io.BytesIO(data)).tobytes()


def test_the_copy_in_the_articles_folder_has_no_gps_position(tmp_path: Path) -> None:
    source = tmp_path / "foto1.jpg"
    source.write_bytes(_saved("JPEG", exif=_exif()))
    into = tmp_path / "articles"
    target = into / "foto" / "a" / "foto1.jpg"
    assert copy_picture(PictureCopy(source, target), into, force=False) is None
    assert not Image.open(target).getexif().get_ifd(GPS_IFD)
    assert copy_picture(PictureCopy(source, target), into, force=False) is None  # (the same copy again: no conflict)
