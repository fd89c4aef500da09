"""Photos (issue 16): lead images and figures as `<picture>` with AVIF, WebP and a JPEG or PNG
fallback, their files published without metadata, made once and kept in the photo cache.

Every picture is drawn here with Pillow; the reporter's GPS position is put in the EXIF of the
camera photo so the tests can see that it never reaches the site."""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path

import pytest
from lxml import html as lxml_html
from PIL import Image, ImageDraw

from helpers import CONFIG, NOW, article, snapshot
from warta.builder import BuildOptions, build
from warta.cli import main, resolve_now

GPS_IFD = 0x8825


def camera_photo(size=(1400, 933), colour=(200, 90, 40), orientation: int | None = None) -> bytes:
    """A JPEG like a phone's: shapes to encode, EXIF with a GPS position (and an orientation)."""
    image = Image.new("RGB", size, (235, 230, 220))
    draw = ImageDraw.Draw(image)
    for i in range(0, size[0], 60):
        draw.rectangle((i, size[1] // 3, i + 40, size[1] - 20), fill=(colour[0], (colour[1] + i) % 255, colour[2]))
    draw.ellipse((size[0] // 3, 20, size[0] // 3 + size[1] // 2, 20 + size[1] // 2), fill=colour)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "S", 2: (6.0, 12.0, 30.0), 3: "E", 4: (106.0, 49.0, 0.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def chart_png(size=(900, 600)) -> bytes:
    """A graphic with transparency (its fallback is a PNG)."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((50, 50, size[0] - 50, size[1] - 50), fill=(163, 25, 31, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


LEAD = {"src": "foto/rapat.jpg", "alt": "Peserta rapat di ruang redaksi", "caption": "Rapat redaksi pagi.",
        "credit": "Antara/Budi", "focus": "30% 40%"}


def photo_site(root: Path, lead: dict | None = None) -> Path:
    (root / "articles" / "foto").mkdir(parents=True)
    (root / "static" / "gambar").mkdir(parents=True)
    (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "articles" / "foto" / "rapat.jpg").write_bytes(camera_photo())
    (root / "static" / "gambar" / "grafik.png").write_bytes(chart_png())
    body = """\
        Paragraf pembuka.

        ![Peserta rapat](foto/rapat.jpg "Suasana rapat (Foto: Antara/Budi)")

        ![Grafik penjualan](/gambar/grafik.png "Penjualan naik"){credit="Grafis: Warta"}

        Teks dengan gambar ![ikon](/gambar/grafik.png){.dekoratif} di tengah kalimat.
        """
    (root / "articles" / "rapat.md").write_text(article("Rapat Redaksi", image=lead or LEAD, body=body,
                                                        tags=["Rapat"]), encoding="utf-8")
    (root / "articles" / "lain.md").write_text(article("Berita Lain", date="2025-06-16T09:00:00+07:00"),
                                               encoding="utf-8")
    return root


def options(root: Path, **changes) -> BuildOptions:
    return BuildOptions(**{"root": root, "output": root / "_site", "now": resolve_now(NOW), "jobs": 1,
                           "search": False, **changes})


def page(root: Path, path: str):
    return lxml_html.fromstring((root / "_site" / path).read_bytes())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = photo_site(tmp_path_factory.mktemp("photos") / "site")
    build(options(root))
    return root


def test_the_lead_photo_is_a_picture_in_a_figure_with_caption_and_credit(built: Path):
    doc = page(built, "artikel/rapat/index.html")
    [figure] = doc.xpath("//figure[@class='lead-image']")
    sources = {s.get("type"): s.get("srcset") for s in figure.xpath(".//source")}
    assert set(sources) == {"image/avif", "image/webp"}
    assert [part.split()[1] for part in sources["image/avif"].split(", ")] == ["480w", "800w", "1200w", "1400w"]
    [img] = figure.xpath(".//img")
    # One JPEG for browsers without AVIF and WebP: the widest up to 1200 pixels, its size the photo's shape.
    assert (img.get("width"), img.get("height"), img.get("alt")) == ("1200", "800", LEAD["alt"])
    assert img.get("fetchpriority") == "high" and img.get("loading") is None
    assert img.get("src").endswith("-1200x800-" + img.get("src").rsplit("-", 1)[1]) and img.get("srcset") is None
    caption = figure.xpath("string(.//figcaption)")
    assert caption == "Rapat redaksi pagi. Foto: Antara/Budi"
    assert doc.xpath("//meta[@name='robots']/@content") == ["max-image-preview:large"]


def test_body_pictures_become_figures_with_captions_and_credits(built: Path):
    doc = page(built, "artikel/rapat/index.html")
    figures = doc.xpath("//div[@class='article-body']/figure[@class='figure']")
    assert [f.xpath("string(.//figcaption)") for f in figures] == [
        "Suasana rapat Foto: Antara/Budi", "Penjualan naik Grafis: Warta"]
    assert [f.xpath(".//span[@class='credit']/text()") for f in figures] == [["Foto: Antara/Budi"], ["Grafis: Warta"]]
    # A picture with transparency falls back to PNG; one inside a sentence is a plain <picture>, lazy,
    # and a decorative one has empty alt text.
    assert figures[1].xpath(".//img/@src")[0].endswith(".png")
    [inline] = doc.xpath("//div[@class='article-body']/p//img")
    assert inline.get("alt") == "" and inline.get("loading") == "lazy"
    for img in figures[0].xpath(".//img"):
        assert img.get("loading") == "lazy" and img.get("decoding") == "async"


def test_every_picture_has_its_size_and_every_file_it_names_is_published(built: Path):
    site = built / "_site"
    for path in site.rglob("*.html"):
        doc = lxml_html.fromstring(path.read_bytes())
        for img in doc.xpath("//img"):
            assert img.get("width") and img.get("height"), (path, lxml_html.tostring(img))
        for url in doc.xpath("//img/@src | //img/@srcset | //source/@srcset"):
            for part in url.split(", "):
                file = site / part.split()[0].removeprefix("/")
                assert file.is_file(), (path, part)
                with Image.open(file) as image:
                    if len(part.split()) == 2:
                        assert f"{image.width}w" == part.split()[1]
    # The originals are not published: only their renditions.
    assert not list(site.rglob("rapat.jpg"))


def test_listings_show_a_thumbnail_cropped_to_three_by_two(built: Path):
    doc = page(built, "tag/rapat/index.html")
    [thumb] = doc.xpath("//a[@class='card-thumb']//img")
    # Beside its article's linked title: no alt text for a screen reader to read out again.
    assert thumb.get("loading") == "lazy" and thumb.get("alt") == ""
    with Image.open(built / "_site" / thumb.get("src").lstrip("/")) as image:
        assert abs(image.width / image.height - 1.5) < 0.01
    # On the home page's front the story with the photo leads, though another is newer (issue 17):
    # its picture is fetched first, not lazily; the other article has none.
    home = page(built, "index.html")
    [lead] = home.xpath("//article[contains(@class, 'card-lead')]//a[@class='card-thumb']//img")
    assert lead.get("fetchpriority") == "high" and lead.get("loading") is None and lead.get("alt") == ""
    assert len(home.xpath("//article[contains(@class, 'card')]")) == 2
    assert len(home.xpath("//a[@class='card-thumb']")) == 1


def test_social_apps_and_google_get_crops_of_the_lead_photo(built: Path):
    doc = page(built, "artikel/rapat/index.html")
    meta = {m.get("property") or m.get("name"): m.get("content") for m in doc.xpath("//meta")}
    assert meta["og:image"].startswith("https://contoh.id/foto/") and meta["og:image"].endswith(".jpg")
    assert (meta["og:image:width"], meta["og:image:height"], meta["og:image:type"]) == ("1200", "630", "image/jpeg")
    assert meta["twitter:card"] == "summary_large_image" and "twitter:image" not in meta  # X reads og:image
    with Image.open(built / "_site" / meta["og:image"].removeprefix("https://contoh.id/")) as image:
        assert (image.format, image.size) == ("JPEG", (1200, 630))
    [news] = [json.loads(s) for s in doc.xpath("//script[@type='application/ld+json']/text()")
              if json.loads(s)["@type"] == "NewsArticle"]
    sizes = [(i["width"], i["height"]) for i in news["image"]]
    # 16:9 and 4:3 at 1200 wide; the square as large as the 933-pixel-high photo allows.
    assert sizes == [(1200, 675), (1200, 900), (933, 933)]
    for item in news["image"]:
        with Image.open(built / "_site" / item["url"].removeprefix("https://contoh.id/")) as image:
            assert image.size == (item["width"], item["height"])
    # No social card is drawn for an article with a photo; the other article keeps its card.
    assert not (built / "_site" / "artikel" / "rapat" / "kartu.png").exists()
    assert (built / "_site" / "artikel" / "lain" / "kartu.png").is_file()


def test_published_photos_carry_no_metadata(built: Path):
    files = list((built / "_site" / "foto").rglob("*.*"))
    assert {f.suffix for f in files} == {".avif", ".webp", ".jpg", ".png"}
    for file in files:
        with Image.open(file) as image:
            exif = image.getexif()
            assert not exif and GPS_IFD not in exif and not exif.get_ifd(GPS_IFD), file
            assert not {"exif", "xmp", "icc_profile", "XML:com.adobe.xmp", "comment"} & set(image.info), (file, image.info)
        assert b"PhoneMaker" not in file.read_bytes() and b"Exif\x00\x00" not in file.read_bytes(), file


def _settle(root: Path) -> None:
    """Date every input a minute back: a file changed in the last two seconds is read again."""
    for path in root.rglob("*"):
        if path.is_file() and "_site" not in path.parts and ".warta-cache" not in path.parts:
            os.utime(path, (time.time() - 60, time.time() - 60))


def test_a_rebuild_encodes_only_what_changed(tmp_path: Path):
    root = photo_site(tmp_path / "site")
    _settle(root)
    first = build(options(root))
    published = sorted(p.relative_to(root / "_site").as_posix() for p in (root / "_site" / "foto").rglob("*.*"))
    assert first.encoded == len(published) > 20
    assert build(options(root)).encoded == 0  # nothing changed
    # An edit of the text, a clean build, a build into a new folder: all from the photo cache.
    (root / "articles" / "lain.md").write_text(article("Berita Lain Diubah", date="2025-06-16T09:00:00+07:00"),
                                               encoding="utf-8")
    assert build(options(root)).encoded == 0
    assert build(options(root, clean=True)).encoded == 0
    assert build(options(root, output=tmp_path / "lain")).encoded == 0
    assert snapshot(tmp_path / "lain") == snapshot(root / "_site")
    cache = sorted((root / ".warta-cache" / "photos").iterdir())
    # One photo replaced: only its files are encoded again; the old ones leave the site and the cache.
    (root / "static" / "gambar" / "grafik.png").write_bytes(chart_png((1000, 500)))
    _settle(root)
    before = snapshot(root / "_site")
    report = build(options(root))
    after = snapshot(root / "_site")
    chart_files = {p for p in set(before) ^ set(after) if p.endswith(".png") or "grafik" in p}
    assert report.encoded == len([p for p in after if p.startswith("foto/") and "grafik" in p]) > 0
    assert all("grafik" in p for p in set(before) ^ set(after) if p.startswith("foto/")), chart_files
    assert {p for p in before if p.startswith("foto/") and "rapat" in p} == \
        {p for p in after if p.startswith("foto/") and "rapat" in p}
    assert len(sorted((root / ".warta-cache" / "photos").iterdir())) == len(cache)


def test_output_is_the_same_whatever_the_jobs(tmp_path: Path):
    root = photo_site(tmp_path / "site")
    build(options(root, output=tmp_path / "one", jobs=1))
    build(options(root, output=tmp_path / "two", jobs=2, clean=True))
    import shutil
    shutil.rmtree(root / ".warta-cache")
    build(options(root, output=tmp_path / "three", jobs=2))
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two") == snapshot(tmp_path / "three")


def test_the_short_form_image_and_image_alt_still_works(tmp_path: Path):
    root = photo_site(tmp_path / "site", lead=None)
    (root / "articles" / "rapat.md").write_text(article("Rapat", image="foto/rapat.jpg", image_alt="Peserta rapat"),
                                                encoding="utf-8")
    build(options(root))
    doc = page(root, "artikel/rapat/index.html")
    assert doc.xpath("//figure[@class='lead-image']//img/@alt") == ["Peserta rapat"]
    assert doc.xpath("//figure[@class='lead-image']/figcaption") == []


def test_a_photo_taken_sideways_is_published_upright(tmp_path: Path):
    root = photo_site(tmp_path / "site")
    (root / "articles" / "foto" / "rapat.jpg").write_bytes(camera_photo((1400, 1000), orientation=6))
    build(options(root))
    doc = page(root, "artikel/rapat/index.html")
    [img] = doc.xpath("//figure[@class='lead-image']//img")
    assert (img.get("width"), img.get("height")) == ("1000", "1400")
    with Image.open(root / "_site" / img.get("src").lstrip("/")) as image:
        assert image.height > image.width


def test_an_svg_graphic_is_published_as_it_is(tmp_path: Path):
    root = photo_site(tmp_path / "site")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">' \
          b'<rect width="1600" height="900" fill="#a3191f"/></svg>'
    (root / "articles" / "foto" / "grafik.svg").write_bytes(svg)
    (root / "articles" / "rapat.md").write_text(article("Rapat", image={"src": "foto/grafik.svg", "alt": "Grafik"}),
                                                encoding="utf-8")
    build(options(root))
    doc = page(root, "artikel/rapat/index.html")
    [img] = doc.xpath("//figure[@class='lead-image']//img")
    assert img.get("src").endswith(".svg") and (img.get("width"), img.get("height")) == ("1600", "900")
    assert (root / "_site" / img.get("src").lstrip("/")).read_bytes() == svg
    # Social apps show no SVG: the article keeps its drawn card.
    meta = {m.get("property"): m.get("content") for m in doc.xpath("//meta[@property]")}
    assert meta["og:image"].endswith("/kartu.png")


def bad_site(root: Path) -> Path:
    """A site with one bad picture in each article (and one picture only too small for Discover)."""
    (root / "articles" / "foto").mkdir(parents=True)
    (root / "warta.yaml").write_text(CONFIG + "image_max_megapixels: 1\n", encoding="utf-8")
    good = camera_photo((1100, 800))
    files = {"baik.jpg": good, "terpotong.jpg": good[: len(good) // 2], "bukan.jpg": b"ini teks biasa, bukan foto\n",
             "skrip.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'}
    for name, kind, size in (("besar.jpg", "JPEG", (1200, 1000)), ("lama.bmp", "BMP", (100, 80))):
        out = io.BytesIO()
        Image.new("RGB", size, "red").save(out, kind)
        files[name] = out.getvalue()
    for name, data in files.items():
        (root / "articles" / "foto" / name).write_bytes(data)
    cases = {"hilang": {"src": "foto/hilang.jpg", "alt": "x"}, "bukan": {"src": "foto/bukan.jpg", "alt": "x"},
             "terpotong": {"src": "foto/terpotong.jpg", "alt": "x"}, "besar": {"src": "foto/besar.jpg", "alt": "x"},
             "lama": {"src": "foto/lama.bmp", "alt": "x"}, "skrip": {"src": "foto/skrip.svg", "alt": "x"},
             "tanpa-alt": "foto/baik.jpg", "kecil": {"src": "foto/baik.jpg", "alt": "Foto kecil"}}
    for name, image in cases.items():
        (root / "articles" / f"{name}.md").write_text(article(name.title(), image=image), encoding="utf-8")
    (root / "articles" / "badan.md").write_text(article("Badan", body="""\
        Teks.

        ![](foto/baik.jpg)

        ![Foto](https://contoh.org/x.jpg) dan ![x](../../luar.jpg)
        """), encoding="utf-8")
    return root


BAD_IMAGES = """\
articles/badan.md:8: body: "foto/baik.jpg" has no alt text — describe the picture: `![what it shows](foto/baik.jpg)`; a decorative picture: `![](foto/baik.jpg){.dekoratif}`
articles/badan.md:10: body: "../../luar.jpg" is outside the site folder — keep the picture in the site folder, beside the article
articles/badan.md:10: body: "https://contoh.org/x.jpg" is a picture on another site — save it beside the article (with the right to publish it) and name its file: `![…](foto/nama.jpg)`; readers' browsers should not fetch from other sites
articles/besar.md:4: image: "foto/besar.jpg" (articles/foto/besar.jpg) is 1200×1000 pixels (1.2 megapixels), over the limit of 1 megapixels — make it smaller, or raise `image_max_megapixels` in warta.yaml
articles/bukan.md:4: image: "foto/bukan.jpg" (articles/foto/bukan.jpg) is not an image (a text file) — name a JPEG, PNG, WebP, AVIF, GIF or SVG file
articles/hilang.md:4: image: "foto/hilang.jpg" (articles/foto/hilang.jpg) does not exist — check the name and the folder, or add the file
articles/kecil.md:4: warning: image: "foto/baik.jpg" is 1100 pixels wide, less than the 1200 Google Discover needs for a large preview — use a photo at least 1200 pixels wide
articles/lama.md:4: image: "foto/lama.bmp" (articles/foto/lama.bmp) is a BMP image; Warta publishes JPEG, PNG, WebP, AVIF, GIF and SVG — convert it to JPEG or PNG
articles/skrip.md:4: image: "foto/skrip.svg" (articles/foto/skrip.svg) is an SVG with a <script> — remove it, or export the graphic as PNG
articles/tanpa-alt.md:4: image: has no alt text — describe the picture for readers who cannot see it: `alt: "…"` under `image:` (or `image_alt:`); `alt: ""` marks a decorative picture
articles/terpotong.md:4: image: "foto/terpotong.jpg" (articles/foto/terpotong.jpg) is cut short or damaged (image file is truncated) — copy or export the file again
"""


def test_bad_pictures_are_reported_all_at_once_and_the_site_is_kept(tmp_path: Path, monkeypatch, capsys):
    root = bad_site(tmp_path / "site")
    (root / "_site").mkdir()
    (root / "_site" / "index.html").write_text("lama", encoding="utf-8")
    (root / "_site" / ".warta-output").write_bytes(b"")
    from warta.builder.outdir import MARKER, MARKER_TEXT
    (root / "_site" / MARKER).write_bytes(MARKER_TEXT)
    before = snapshot(root / "_site")
    monkeypatch.chdir(root)  # as an editor runs it: in the site folder, no --source
    assert main(["build", "--now", NOW, "--no-search"]) == 1
    err = capsys.readouterr().err
    assert err.split("build stopped")[0] == BAD_IMAGES
    assert "build stopped (10 errors, 1 warning)" in err
    assert snapshot(root / "_site") == before
    assert not (root / ".warta-cache" / "photos").exists() or not any((root / ".warta-cache" / "photos").iterdir())


def test_a_picture_put_right_is_read_again_though_its_article_did_not_change(tmp_path: Path):
    root = photo_site(tmp_path / "site")
    (root / "articles" / "foto" / "rapat.jpg").write_bytes(b"rusak")
    _settle(root)
    with pytest.raises(Exception, match="is not an image"):
        build(options(root))
    (root / "articles" / "foto" / "rapat.jpg").write_bytes(camera_photo())
    report = build(options(root))
    assert report.encoded > 0 and (root / "_site" / "artikel" / "rapat" / "index.html").is_file()
    # and a picture that goes missing later is an error again, though the article is unchanged
    (root / "articles" / "foto" / "rapat.jpg").unlink()
    with pytest.raises(Exception, match="does not exist"):
        build(options(root))


def test_a_photo_from_static_with_a_gps_position_gets_a_warning(tmp_path: Path):
    root = photo_site(tmp_path / "site", lead={"src": "/gambar/lokasi.jpg", "alt": "Lokasi"})
    (root / "static" / "gambar" / "lokasi.jpg").write_bytes(camera_photo())
    report = build(options(root))
    [warning] = [w for w in report.warnings if "GPS" in w.message]
    assert warning.format() == (
        "articles/rapat.md:4: warning: image: static/gambar/lokasi.jpg holds a GPS position (EXIF), and every file "
        "of static/ is published as it is — move it beside the article (articles/…), where only its copies "
        "without metadata are published")


def test_photo_files_may_be_cached_for_a_year_unless_static_shares_their_folder(built: Path, tmp_path: Path):
    from warta.outputs.hosting import IMMUTABLE, REVALIDATE, cache_control

    headers = (built / "_site" / "_headers").read_text(encoding="utf-8")
    assert f"/foto/*\n  Cache-Control: {IMMUTABLE}" in headers
    files = [p.relative_to(built / "_site").as_posix() for p in (built / "_site" / "foto").rglob("*.*")]
    assert files and {cache_control(f) for f in files} == {IMMUTABLE}
    root = photo_site(tmp_path / "site")
    (root / "static" / "foto").mkdir()
    (root / "static" / "foto" / "lama.jpg").write_bytes(camera_photo((40, 30)))
    build(options(root))
    assert "/foto/*" not in (root / "_site" / "_headers").read_text(encoding="utf-8")
    assert cache_control("foto/lama.jpg") == REVALIDATE
