"""The photo stage (issue 16): probing image files, choosing renditions, encoding them.

Every image is made here with Pillow, in tmp_path or in memory: no fixture files."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import struct
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageDraw

from warta.images import renditions
from warta.images.encode import decode, encode
from warta.images.renditions import Rendition, address, crop, output_path, responsive
from warta.images.source import ImageFault, ImageSource, probe

MAX = 50_000_000
PUBLISHED = "Warta publishes JPEG, PNG, WebP, AVIF, GIF and SVG"
SVG_HINT = "remove it, or export the graphic as PNG"
SRC = Path(__file__).resolve().parents[2] / "src"


# -- making images ------------------------------------------------------------------------------

def picture(size=(120, 80), mode="RGB") -> Image.Image:
    """A small picture with distinct regions: a gradient, a red block at top left, a blue disc
    (and with RGBA, a transparent band at the bottom)."""
    width, height = size
    image = Image.linear_gradient("L").resize(size).convert(mode)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width // 4, height // 4), fill=(220, 20, 20, 255)[:len(mode)] if mode != "L" else 60)
    draw.ellipse((width // 2, height // 2, width - 4, height - 4), fill=(20, 40, 200, 255)[:len(mode)] if mode != "L" else 200)
    if mode == "RGBA":  # a transparent band along the bottom (an opaque alpha channel may be dropped)
        draw.rectangle((0, height - 8, width, height), fill=(0, 0, 0, 0))
    return image


def photo(size=(3000, 2000)) -> Image.Image:
    """Photo-like (not pure noise): smooth gradients, shapes, fine grain."""
    base = Image.merge("RGB", (Image.linear_gradient("L").rotate(90).resize(size),
                               Image.linear_gradient("L").resize(size),
                               Image.radial_gradient("L").resize(size)))
    draw = ImageDraw.Draw(base)
    for index in range(12):
        left, top = (index * 241) % size[0], (index * 397) % size[1]
        draw.rectangle((left, top, left + 300, top + 500), fill=(40 + 15 * index, 160, 220 - 15 * index),
                       outline=(20, 20, 20), width=4)
    grain = Image.merge("RGB", [Image.effect_noise(size, 8) for _ in range(3)])
    return Image.blend(base, grain, 0.12)


def to_bytes(image: Image.Image, format: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format, **options)
    return buffer.getvalue()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def fault(path: Path, max_pixels: int = MAX) -> ImageFault:
    found = probe(path, path.name, max_pixels)
    assert isinstance(found, ImageFault), found
    return found


def source_of(path: Path) -> ImageSource:
    found = probe(path, path.name, MAX)
    assert isinstance(found, ImageSource), found
    return found


def exif_with_gps(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010E] = "EXIF-RAHASIA"  # ImageDescription
    exif[0x010F] = "KameraMerek"  # Make
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (6.0, 10.0, 30.0)  # latitude: Jakarta
    gps[3], gps[4] = "E", (106.0, 49.0, 0.0)
    return exif


def matrix_profile(red, green, blue, gamma=2.2) -> bytes:
    """A minimal ICC v2 RGB display profile: D50 colorants, one gamma curve (ImageCms makes only
    sRGB, LAB and XYZ profiles, so a wide-gamut one is written by hand)."""
    def fixed(value):
        return struct.pack(">i", round(value * 65536))

    def xyz(values):
        return b"XYZ \0\0\0\0" + b"".join(fixed(v) for v in values)
    text = b"wide test profile"
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, round(gamma * 256)) + b"\0\0"
    tags = [(b"desc", b"desc\0\0\0\0" + struct.pack(">I", len(text) + 1) + text + b"\0" * 80),
            (b"wtpt", xyz((0.9642, 1.0, 0.8249))), (b"rXYZ", xyz(red)), (b"gXYZ", xyz(green)),
            (b"bXYZ", xyz(blue)), (b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve),
            (b"cprt", b"text\0\0\0\0none\0\0\0\0")]
    start = 128 + 4 + 12 * len(tags)
    table = body = b""
    for signature, data in tags:
        table += signature + struct.pack(">II", start + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    header = (struct.pack(">I", start + len(body)) + b"lcms" + struct.pack(">I", 0x02100000)
              + b"mntrRGB XYZ " + b"\0" * 12 + b"acsp" + b"\0" * 28
              + fixed(0.9642) + fixed(1.0) + fixed(0.8249) + b"\0" * 48)
    return header + struct.pack(">I", len(tags)) + table + body


DISPLAY_P3 = ((0.5151, 0.2412, -0.0011), (0.2920, 0.6922, 0.0419), (0.1571, 0.0666, 0.7841))


# -- probe: good files --------------------------------------------------------------------------

@pytest.mark.parametrize(("format", "mode", "kind", "alpha"), [
    ("JPEG", "RGB", "jpeg", False),
    ("JPEG", "L", "jpeg", False),
    ("PNG", "RGB", "png", False),
    ("PNG", "RGBA", "png", True),
    ("WEBP", "RGB", "webp", False),
    ("WEBP", "RGBA", "webp", True),
    ("AVIF", "RGB", "avif", False),
    ("AVIF", "RGBA", "avif", True),
    ("GIF", "RGB", "gif", False),
])
def test_probe_reads_size_kind_and_transparency(tmp_path, format, mode, kind, alpha):
    data = to_bytes(picture((120, 80), mode), format)
    path = write(tmp_path, "gambar.bin", data)
    found = source_of(path)
    assert (found.width, found.height, found.kind, found.alpha) == (120, 80, kind, alpha)
    assert found.path == "gambar.bin"
    assert found.digest == hashlib.sha256(data).hexdigest()[:32]
    assert found.stat == (os.stat(path).st_size, os.stat(path).st_mtime_ns)


def test_probe_sees_a_palette_transparency(tmp_path):
    image = picture().convert("P")
    path = write(tmp_path, "logo.gif", to_bytes(image, "GIF", transparency=0))
    assert source_of(path).alpha
    path = write(tmp_path, "logo.png", to_bytes(image, "PNG", transparency=0))
    assert source_of(path).alpha


def test_probe_swaps_width_and_height_for_orientation_6(tmp_path):
    path = write(tmp_path, "tegak.jpg", to_bytes(picture((200, 100)), "JPEG", exif=exif_with_gps(6)))
    found = source_of(path)
    assert (found.width, found.height) == (100, 200)


def test_probe_accepts_an_animated_gif(tmp_path):
    frames = [picture().convert("P"), picture().rotate(180).convert("P")]
    data = to_bytes(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    assert source_of(write(tmp_path, "gerak.gif", data)).kind == "gif"


@pytest.mark.parametrize(("attributes", "size"), [
    ('width="300" height="150"', (300, 150)),
    ('width="300px" height="150px" viewBox="0 0 30 15"', (300, 150)),
    ('viewBox="0 0 640 480"', (640, 480)),
    ('width="100%" height="100%" viewBox="0,0,640.4,480"', (640, 480)),
    ('width="320" viewBox="0 0 640 480"', (320, 240)),
])
def test_probe_sizes_an_svg(tmp_path, attributes, size):
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo -->\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}><rect width="10" height="10"/></svg>')
    found = source_of(write(tmp_path, "logo.svg", text.encode()))
    assert ((found.width, found.height), found.kind, found.alpha) == (size, "svg", True)


def test_probe_accepts_svg_fragments_and_embedded_rasters(tmp_path):
    png = "data:image/png;base64," + base64.b64encode(to_bytes(picture(), "PNG")).decode()
    text = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'width="10" height="10"><defs><linearGradient id="g"/></defs>'
            '<rect fill="url(#g)" style="fill: url( \'#g\' )" width="5" height="5"/>'
            f'<use href="#g"/><use xlink:href="#g"/><image href="{png}"/></svg>')
    assert source_of(write(tmp_path, "a.svg", text.encode())).kind == "svg"


def test_probe_reads_an_svg_by_its_content_not_its_name(tmp_path):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'
    assert source_of(write(tmp_path, "not-really.png", svg)).kind == "svg"
    assert source_of(write(tmp_path, "not-really.svg", to_bytes(picture(), "PNG"))).kind == "png"


# -- probe: faults ------------------------------------------------------------------------------

def test_probe_reports_a_missing_file(tmp_path):
    assert fault(tmp_path / "hilang.jpg") == ("does not exist", "check the name and the folder, or add the file")


def test_probe_reports_a_folder(tmp_path):
    (tmp_path / "foto.jpg").mkdir()
    assert fault(tmp_path / "foto.jpg").message == "is a folder, not an image file"


def test_probe_does_not_wait_on_a_fifo(tmp_path):
    os.mkfifo(tmp_path / "pipa.jpg")
    found = []
    reader = threading.Thread(target=lambda: found.append(probe(tmp_path / "pipa.jpg", "pipa.jpg", MAX)),
                              daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "probe blocked on a fifo"
    assert found[0].message == "is a named pipe (fifo), not an image file"


@pytest.mark.parametrize(("data", "what"), [
    (b"", "the file is empty"),
    (b"Rapat dimulai pukul 09.00\n", "a text file"),
    (b"<!DOCTYPE html><html><body>foto</body></html>", "XML or HTML, not an SVG"),
    (b"%PDF-1.7\n%\xe2\xe3", "a PDF document"),
    (bytes(range(256)) * 4, "unknown format"),
])
def test_probe_reports_a_file_that_is_not_an_image(tmp_path, data, what):
    assert fault(write(tmp_path, "x.jpg", data)) == (
        f"is not an image ({what})", "name a JPEG, PNG, WebP, AVIF, GIF or SVG file")


@pytest.mark.parametrize(("format", "name"), [("TIFF", "TIFF"), ("BMP", "BMP"), ("ICO", "ICO"), ("PPM", "PPM")])
def test_probe_reports_a_format_warta_does_not_publish(tmp_path, format, name):
    path = write(tmp_path, "scan.bin", to_bytes(picture((32, 32)), format))
    article = "an" if name[0] in "AEIOU" else "a"
    assert fault(path) == (f"is {article} {name} image; {PUBLISHED}", "convert it to JPEG or PNG")


def test_probe_names_a_heic_photo(tmp_path):
    box = struct.pack(">I", 24) + b"ftypheic" + b"\0\0\0\0" + b"mif1heic"
    assert fault(write(tmp_path, "IMG_0001.HEIC", box + b"\0" * 64)) == (
        f"is a HEIC image; {PUBLISHED}", "convert it to JPEG or PNG")


def bomb_png(width: int, height: int) -> bytes:
    """A PNG header claiming width x height, with a few bytes of pixel data: never decodable."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        import zlib
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", b"\x78\x9c\x03\x00\x00\x00\x00\x01") + chunk(b"IEND", b""))


def resized_jpeg_header(width: int, height: int) -> bytes:
    """A small JPEG whose frame header (SOF) claims width x height."""
    data = bytearray(to_bytes(picture((64, 64)), "JPEG"))
    at = data.index(b"\xff\xc0")
    data[at + 5:at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def resized_webp_header(width: int, height: int) -> bytes:
    """A small lossless WebP whose VP8L header claims width x height."""
    data = bytearray(to_bytes(picture((64, 64)), "WEBP", lossless=True))
    assert data[12:16] == b"VP8L"
    bits = int.from_bytes(data[21:25], "little") & ~((1 << 28) - 1)
    data[21:25] = (bits | (width - 1) | (height - 1) << 14).to_bytes(4, "little")
    return bytes(data)


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize("data", [bomb_png(20000, 20000), resized_jpeg_header(20000, 20000)],
                         ids=["png", "jpeg"])
def test_probe_refuses_a_bomb_before_decoding_it(tmp_path, data):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Pillow's DecompressionBombWarning would fail the test
        found = fault(write(tmp_path, "bom.img", data))
    # Decoding these headers' few bytes would say "damaged": the size was checked first.
    assert found == ("is 20000×20000 pixels (400 megapixels), over the limit of 50 megapixels",
                     "make it smaller, or raise `image_max_megapixels` in warta.yaml")


@pytest.mark.filterwarnings("error")
def test_probe_reads_a_webp_size_before_libwebp_allocates_it(tmp_path):
    found = fault(write(tmp_path, "bom.webp", resized_webp_header(16000, 9000)))
    assert found.message == "is 16000×9000 pixels (144 megapixels), over the limit of 50 megapixels"


@pytest.mark.filterwarnings("error")
def test_probe_keeps_to_the_site_limit_not_pillows(tmp_path):
    """200 MP is over Pillow's own bomb limit (179 MP); a site allowing 250 MP gets no Pillow error."""
    found = probe(write(tmp_path, "besar.jpg", resized_jpeg_header(20000, 10000)), "besar.jpg", 250_000_000)
    assert (found.width, found.height) == (20000, 10000)
    assert fault(write(tmp_path, "kecil.png", bomb_png(7100, 7100))).message == (
        "is 7100×7100 pixels (50.4 megapixels), over the limit of 50 megapixels")


@pytest.mark.parametrize(("format", "options"), [
    ("JPEG", {}), ("JPEG", {"progressive": True}), ("PNG", {}), ("WEBP", {}), ("GIF", {})])
def test_probe_reports_a_truncated_image(tmp_path, format, options):
    data = to_bytes(photo((300, 200)), format, **options)
    found = fault(write(tmp_path, "potong.img", data[:len(data) * 2 // 3]))
    assert found.message.startswith("is cut short or damaged (")
    assert found.hint == "copy or export the file again"


def test_probe_reports_a_truncated_jpeg_in_words(tmp_path):
    data = to_bytes(photo((300, 200)), "JPEG")
    assert fault(write(tmp_path, "potong.jpg", data[:-100])).message == (
        "is cut short or damaged (image file is truncated)")


SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="9" height="9">{}</svg>'


@pytest.mark.parametrize(("body", "message"), [
    ("<script>alert(1)</script>", "is an SVG with a <script>"),
    ('<rect onload="alert(1)" width="1" height="1"/>', "is an SVG with an event handler (onload)"),
    ('<g onClick="go()"/>', "is an SVG with an event handler (onClick)"),
    ("<foreignObject><p>hi</p></foreignObject>", "is an SVG with a <foreignObject>"),
    ('<image href="https://contoh.id/a.png"/>', "is an SVG with an external reference (https://contoh.id/a.png)"),
    ('<use xlink:href="sprites.svg#ikon"/>', "is an SVG with an external reference (sprites.svg#ikon)"),
    ('<a href="javascript:alert(1)"><text>x</text></a>', "is an SVG with an external reference (javascript:alert(1))"),
    ('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>',
     "is an SVG with an external reference (data:image/svg+xml;base64,PHN2Zy8+)"),
    ('<rect style="fill: url(https://x.id/p.svg#a)"/>', "is an SVG with an external reference (https://x.id/p.svg#a)"),
    ('<rect filter="url(f.svg#blur)"/>', "is an SVG with an external reference (f.svg#blur)"),
    ("<style>rect { fill: url('http://x.id/a#b') }</style>", "is an SVG with an external reference (http://x.id/a#b)"),
    ('<style>@import "https://x.id/a.css";</style>', "is an SVG with an external reference (@import)"),
    ('<a><set attributeName="href" to="javascript:alert(1)"/></a>', "is an SVG that animates a link (href)"),
])
def test_probe_refuses_an_active_or_external_svg(tmp_path, body, message):
    assert fault(write(tmp_path, "grafik.svg", SVG.format(body).encode())) == (message, SVG_HINT)


def test_probe_refuses_an_svg_stylesheet_instruction(tmp_path):
    text = '<?xml-stylesheet href="https://x.id/a.css"?>' + SVG.format("")
    assert fault(write(tmp_path, "a.svg", text.encode())).message == (
        "is an SVG with an external reference (xml-stylesheet)")


def test_probe_refuses_any_svg_doctype_so_no_entity_is_ever_expanded(tmp_path):
    laughs = ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]>'
              '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><text>&b;</text></svg>')
    assert fault(write(tmp_path, "tawa.svg", laughs.encode())) == ("is an SVG with a DOCTYPE declaration", SVG_HINT)


def test_probe_refuses_an_svg_with_no_size(tmp_path):
    path = write(tmp_path, "a.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="50%"><rect/></svg>')
    assert fault(path) == ("is an SVG with no size (width and height or viewBox)", SVG_HINT)


# -- renditions ---------------------------------------------------------------------------------

def source(width: int, height: int, kind: str = "jpeg", alpha: bool = False, digest: str = "ab" * 16,
           path: str = "articles/foto/Rapat DPR.jpg") -> ImageSource:
    return ImageSource(path, (1, 1), digest, width, height, kind, alpha)


@pytest.mark.parametrize(("width", "widths"), [
    (3000, (480, 800, 1200, 1600)), (1600, (480, 800, 1200, 1600)), (1000, (480, 800, 1000)), (300, (300,))])
def test_responsive_widths_never_upscale(width, widths):
    chosen = responsive(source(width, width * 2 // 3))
    for kind, renditions_ in (("avif", chosen.avif), ("webp", chosen.webp), ("jpeg", chosen.fallback)):
        assert tuple(r.width for r in renditions_) == widths
        assert all(r.format == kind and r.crop is None for r in renditions_)
        assert all(r.height == round(r.width * (width * 2 // 3) / width) for r in renditions_)


def test_responsive_sorts_its_widths_and_keeps_heights_at_least_one():
    chosen = responsive(source(5000, 2), (1600, 480))
    assert [(r.width, r.height) for r in chosen.avif] == [(480, 1), (1600, 1)]


def test_responsive_falls_back_to_png_for_transparency_and_keeps_an_svg_whole():
    assert {r.format for r in responsive(source(900, 600, "png", alpha=True)).fallback} == {"png"}
    svg = responsive(source(300, 150, "svg", alpha=True))
    assert (svg.avif, svg.webp, svg.fallback) == ((), (), (Rendition(300, 150, "svg"),))


@pytest.mark.parametrize(("focus", "box"), [
    ((0.0, 0.0), (0, 0, 2000, 2000)),
    ((1.0, 1.0), (1000, 0, 3000, 2000)),
    ((0.5, 0.5), (500, 0, 2500, 2000)),
    ((0.3, 0.9), (0, 0, 2000, 2000)),
    ((0.6, 0.5), (800, 0, 2800, 2000)),
])
def test_crop_keeps_the_focus_as_central_as_the_edges_allow(focus, box):
    assert crop(source(3000, 2000), (1, 1), 1200, focus) == Rendition(1200, 1200, "jpeg", box)


def test_crop_of_a_portrait_moves_down_to_the_focus():
    assert crop(source(2000, 3000), (16, 9), 1200, (0.5, 0.0)).crop == (0, 0, 2000, 1125)
    assert crop(source(2000, 3000), (16, 9), 1200, (0.5, 1.0)).crop == (0, 1875, 2000, 3000)
    assert crop(source(2000, 3000), (16, 9), 1200, (0.5, 0.5)).crop == (0, 938, 2000, 2063)


def test_crop_never_upscales_and_keeps_the_ratio():
    wide = crop(source(800, 600), (1200, 630), 1200, format="png")
    assert (wide.width, wide.height, wide.format, wide.crop) == (800, 420, "png", (0, 90, 800, 510))
    assert crop(source(3000, 2000), (4, 3), 1200) == Rendition(1200, 900, "jpeg", (166, 0, 2833, 2000))


def test_address_names_the_digest_the_rendition_and_the_encoder(monkeypatch):
    one, other = source(3000, 2000), source(3000, 2000, digest="cd" * 16)
    rendition = Rendition(800, 533, "avif")
    key = address(one, rendition)
    assert re.fullmatch("[0-9a-f]{32}", key) and key == address(source(3000, 2000), rendition)
    assert key != address(other, rendition)
    assert len({key, address(one, Rendition(800, 533, "webp")), address(one, Rendition(801, 533, "avif")),
                address(one, Rendition(800, 533, "avif", (0, 0, 10, 10)))}) == 4
    monkeypatch.setattr(renditions, "ENCODER", renditions.ENCODER + " quality 56")
    assert address(one, rendition) != key


def test_encoder_names_settings_and_library_versions():
    import PIL
    assert f"Pillow {PIL.__version__}" in renditions.ENCODER
    assert "'quality', 55" in renditions.ENCODER and "libjpeg_turbo" in renditions.ENCODER


def test_output_path_form():
    one = source(3000, 2000)
    key = address(one, Rendition(800, 533, "jpeg"))
    assert output_path(one, Rendition(800, 533, "jpeg")) == f"foto/{key[:2]}/rapat-dpr-800x533-{key[2:12]}.jpg"
    assert output_path(one, Rendition(800, 533, "avif")).endswith(".avif")
    assert re.fullmatch(r"foto/[0-9a-f]{2}/foto-10x10-[0-9a-f]{10}\.png",
                        output_path(source(10, 10, path="a/___.png"), Rendition(10, 10, "png")))
    long = output_path(source(10, 10, path="a/" + "berita " * 30 + ".jpg"), Rendition(10, 10, "webp"))
    assert len(long.split("/")[2].rsplit("-10x10-", 1)[0]) <= 60


# -- encode -------------------------------------------------------------------------------------

EVERY_FORMAT = [Rendition(60, 40, "avif"), Rendition(60, 40, "webp"), Rendition(60, 40, "jpeg"),
                Rendition(60, 40, "png")]


def read_back(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_encode_strips_exif_gps_xmp_icc_and_comments():
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>XMP-RAHASIA</rdf:RDF></x:xmpmeta>'
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = to_bytes(picture(), "JPEG", exif=exif_with_gps(), xmp=xmp, comment=b"KOMENTAR-RAHASIA",
                    icc_profile=srgb, dpi=(300, 300))
    assert b"XMP-RAHASIA" in data and b"EXIF-RAHASIA" in data  # the source did carry them
    for rendition, out in zip(EVERY_FORMAT, encode(data, EVERY_FORMAT)):
        image = read_back(out)
        assert len(image.getexif()) == 0 and 0x8825 not in image.getexif(), rendition
        assert not {"exif", "xmp", "icc_profile", "comment", "dpi"} & set(image.info), (rendition, image.info)
        for secret in (b"XMP-RAHASIA", b"EXIF-RAHASIA", b"KOMENTAR-RAHASIA", b"KameraMerek", b"sRGB built-in"):
            assert secret not in out, (rendition, secret)


def test_encode_strips_a_png_sources_text_and_transparency_keeps_alpha():
    from PIL.PngImagePlugin import PngInfo
    info = PngInfo()
    info.add_text("Comment", "TEKS-RAHASIA")
    image = picture(mode="RGBA")
    ImageDraw.Draw(image).rectangle((0, 0, 119, 10), fill=(0, 0, 0, 0))
    data = to_bytes(image, "PNG", pnginfo=info, exif=exif_with_gps())
    for rendition, out in zip(EVERY_FORMAT, encode(data, EVERY_FORMAT)):
        assert b"TEKS-RAHASIA" not in out and b"EXIF-RAHASIA" not in out
        back = read_back(out)
        if rendition.format == "jpeg":  # no transparency in JPEG: the page's white shows
            assert back.mode == "RGB" and min(back.getpixel((30, 1))) > 240
        else:
            assert back.mode == "RGBA", rendition
            assert back.getpixel((30, 1))[3] < 10 and back.getpixel((30, 30))[3] > 245, rendition


def test_encode_turns_the_picture_upright():
    data = to_bytes(picture((200, 100)), "JPEG", exif=exif_with_gps(6))
    wanted = [Rendition(100, 200, "png"), Rendition(50, 100, "jpeg")]
    for rendition, out in zip(wanted, encode(data, wanted)):
        image = read_back(out).convert("RGB")
        assert image.size == (rendition.width, rendition.height)
        # Orientation 6 turns the stored picture a quarter clockwise: its red top-left corner
        # shows at the top right, its light grey bottom-left corner at the top left.
        red, grey = image.getpixel((image.width - 3, 3)), image.getpixel((3, 3))
        assert red[0] > 180 and red[1] < 70, red
        assert min(grey) > 200 and max(grey) - min(grey) < 20, grey


def test_encode_crops_in_the_upright_pictures_pixels():
    data = to_bytes(picture((200, 100)), "JPEG", exif=exif_with_gps(6))  # shown 100 x 200
    top_right = Rendition(25, 25, "png", (50, 0, 100, 50))
    corner = read_back(encode(data, [top_right])[0]).convert("RGB").getpixel((20, 5))
    assert corner[0] > 180 and corner[1] < 70


def test_encode_keeps_srgb_colours_and_converts_a_wide_gamut_profile():
    block = Image.new("RGB", (40, 40), (200, 80, 60))
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    wanted = [Rendition(20, 20, "png")]
    plain = read_back(encode(to_bytes(block, "PNG", icc_profile=srgb), wanted)[0])
    assert "icc_profile" not in plain.info
    assert all(abs(a - b) <= 2 for a, b in zip(plain.getpixel((10, 10)), (200, 80, 60)))
    wide = read_back(encode(to_bytes(block, "PNG", icc_profile=matrix_profile(*DISPLAY_P3)), wanted)[0])
    red, green, blue = wide.getpixel((10, 10))
    # The same numbers in Display P3 are a more saturated red: in sRGB, more red, less green and blue.
    assert "icc_profile" not in wide.info
    assert red >= 210 and green <= 72 and blue <= 52, (red, green, blue)


def test_encode_is_byte_identical_across_calls_and_processes(tmp_path):
    data = to_bytes(photo((400, 300)), "JPEG", quality=90)
    wanted = EVERY_FORMAT + [Rendition(30, 30, "avif", (100, 0, 400, 300))]
    first = encode(data, wanted)
    assert encode(data, wanted) == first
    (tmp_path / "in.jpg").write_bytes(data)
    script = ("import sys, hashlib; from pathlib import Path; from warta.images.encode import encode; "
              "from warta.images.renditions import Rendition; "
              f"out = encode(Path(sys.argv[1]).read_bytes(), {wanted!r}); "
              "print(' '.join(hashlib.sha256(b).hexdigest() for b in out))")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    ran = subprocess.run([sys.executable, "-c", script, str(tmp_path / "in.jpg")], env=env,
                         capture_output=True, text=True, check=True)
    assert ran.stdout.split() == [hashlib.sha256(b).hexdigest() for b in first]


def test_encode_gives_every_rendition_its_size():
    data = to_bytes(photo((400, 300)), "WEBP")
    source_ = source(400, 300)
    wanted = [*responsive(source_, (100, 250, 900)).avif, crop(source_, (16, 9), 120, (0.2, 0.8), "webp"),
              crop(source_, (1, 1), 64, format="png")]
    for rendition, out in zip(wanted, encode(data, wanted)):
        assert read_back(out).size == (rendition.width, rendition.height), rendition


def test_encode_publishes_an_svg_as_it_is():
    svg = SVG.format('<rect width="3" height="3"/>').encode()
    assert encode(svg, [Rendition(9, 9, "svg")]) == [svg]


def test_encode_uses_the_first_frame_of_an_animation_and_scales_16_bit_grey():
    frames = [Image.new("RGB", (40, 40), (250, 0, 0)), Image.new("RGB", (40, 40), (0, 0, 250))]
    gif = to_bytes(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    assert read_back(encode(gif, [Rendition(20, 20, "png")])[0]).convert("RGB").getpixel((5, 5))[0] > 240
    grey = to_bytes(Image.new("I;16", (20, 20), 32768), "PNG")
    assert read_back(encode(grey, [Rendition(10, 10, "png")])[0]).convert("L").getpixel((5, 5)) in (127, 128)


def test_a_photo_decodes_at_the_scale_its_renditions_need_and_stays_light():
    data = to_bytes(photo(), "JPEG", quality=90)
    image, size = decode(data, [Rendition(375, 250, "jpeg")])
    assert size == (3000, 2000) and image.size == (375, 250)  # libjpeg's 1/8 scale
    image, size = decode(data, [Rendition(480, 320, "jpeg"), Rendition(300, 300, "jpeg", (0, 0, 1000, 1000))])
    assert image.size == (1500, 1000)  # 1/2: 1/4 would leave the 1000-px crop 250 pixels, not 300
    lead = encode(data, [Rendition(800, 533, "avif")])[0]
    assert read_back(lead).size == (800, 533)
    assert len(lead) < 100_000, len(lead)
