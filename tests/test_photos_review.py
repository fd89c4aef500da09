"""Photos (issue 16), reviewed as a hostile or careless editor would use them: SVG files that run
scripts or fetch from other sites past the check, titles and SVG files that stall the build, paths
that crash it, pictures that bypass the checks, photo cache entries that are damaged or planted,
pictures too tall for WebP, and pictures whose changes the build cannot see.

Every picture is drawn here with Pillow (`camera_photo` and `chart_png` of tests/test_photos.py)."""

from __future__ import annotations

import base64
import io
import os
import re
from pathlib import Path

import pytest
from PIL import Image

from helpers import CONFIG, NOW, article, snapshot
from test_photos import GPS_IFD, camera_photo, options, page, photo_site
from warta.builder import build
from warta.cli import main
from warta.errors import ContentError
from warta.images.photos import ImageFinder
from warta.images.renditions import responsive
from warta.images.source import ImageFault, ImageSource, probe

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
       'width="9" height="9">{}</svg>')
XHTML = 'xmlns="http://www.w3.org/1999/xhtml"'


def svg_fault(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "grafik.svg"
    path.write_text(text, encoding="utf-8")
    found = probe(path, "articles/grafik.svg", 50_000_000)
    return found.message if isinstance(found, ImageFault) else None


# -- SVG: what runs or fetches when a reader opens the file's address ---------------------------------

@pytest.mark.parametrize("body", [
    # Chromium runs both on the site's origin when the SVG is opened in a tab (checked by hand).
    f'<iframe {XHTML} srcdoc="&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;"/>',
    f'<iframe {XHTML} src="javascript:alert(1)"/>',
    f'<img {XHTML} src="https://pelacak.example/piksel.png"/>',  # fetched at once
    f'<meta {XHTML} http-equiv="refresh" content="0;url=https://penipu.example/"/>',
])
def test_an_svg_with_html_elements_is_refused(tmp_path, body):
    assert svg_fault(tmp_path, SVG.format(body)) is not None


@pytest.mark.parametrize("body", [
    r"<style>svg { background: \75rl(https://pelacak.example/a.png) }</style>",  # `url(` escaped
    r'<style>@\69mport "https://pelacak.example/a.css";</style>',  # `@import` escaped
    '<style>svg { background-image: image-set("https://pelacak.example/a.png" 1x) }</style>',
    '<style>rect {}<g/>svg { background: url(https://pelacak.example/a.png) }</style>',  # after a child
    r'<rect width="9" height="9" style="fill: \75 rl(https://pelacak.example/a.svg#p)"/>',
])
def test_an_svg_cannot_fetch_from_another_site_through_css_escapes_image_set_or_style_children(tmp_path, body):
    message = svg_fault(tmp_path, SVG.format(body))
    assert message is not None and "external reference" in message


@pytest.mark.parametrize("body", [
    '<a><animate attributeName="xlink:href" values="javascript:alert(1)" dur="1s"/><rect width="9" height="9"/></a>',
    '<rect width="9" height="9"><set attributeName="onclick" to="alert(1)"/></rect>',
])
def test_an_svg_animating_a_link_or_an_event_handler_is_refused(tmp_path, body):
    assert svg_fault(tmp_path, SVG.format(body)) is not None


@pytest.mark.parametrize("attributes", ['width="1e400" height="10"', 'viewBox="0 0 1e400 1e400"',
                                        'width="10" viewBox="0 0 1e-300 1e300"'])
def test_an_svg_of_infinite_size_is_refused_not_a_crash(tmp_path, attributes):
    text = f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}/>'
    assert svg_fault(tmp_path, text) is not None


def test_the_svg_check_reads_a_large_file_of_unclosed_urls_in_one_pass(tmp_path):
    # 600 KB of `url("`: the check's regular expression took 70 seconds over 100 KB, and grew as the
    # square of the length (hours here). Now one pass.
    text = SVG.format(f'<rect width="9" height="9" style="{"url(&quot;" * 100_000}"/>')
    assert "external reference" in svg_fault(tmp_path, text)
    fine = SVG.format('<linearGradient id="g"/>' + '<rect fill="url(#g)"/>' * 20_000)
    assert svg_fault(tmp_path, fine) is None


def test_an_svg_published_as_it_is_carries_no_gps_position_of_an_embedded_photo(tmp_path):
    """README, Privacy: no published file holds a GPS position. An SVG is published byte for byte,
    and may embed a camera JPEG (with its EXIF) as a data: image: such an SVG is refused."""
    root = photo_site(tmp_path / "site")
    jpeg = base64.b64encode(camera_photo((40, 30))).decode()
    (root / "articles" / "foto" / "peta.svg").write_text(SVG.format(
        f'<image width="9" height="9" href="data:image/jpeg;base64,{jpeg}"/>'), encoding="utf-8")
    (root / "articles" / "peta.md").write_text(article("Peta", body="![Peta lokasi](foto/peta.svg)"),
                                               encoding="utf-8")
    try:
        build(options(root))
    except ContentError as refused:  # refused, naming the picture: fine
        assert "foto/peta.svg" in str(refused)
        return
    for file in (root / "_site" / "foto").rglob("*.svg"):
        for embedded in re.findall(rb"base64,([A-Za-z0-9+/=]+)", file.read_bytes()):
            with Image.open(io.BytesIO(base64.b64decode(embedded))) as image:
                assert not image.getexif().get_ifd(GPS_IFD), file


# -- captions: a title that stalls the build ---------------------------------------------------------

def test_a_title_of_many_spaces_does_not_stall_the_build(tmp_path):
    # `![a](x.jpg "(<1,500 spaces>x")` held the build for more than a minute (the credit's regular
    # expression backtracked as the cube of the length); 20,000 spaces would take days.
    root = photo_site(tmp_path / "site")
    (root / "articles" / "lain.md").write_text(article("Lain", body='![Rapat](foto/rapat.jpg "(' + " " * 20_000 + 'x")'),
                                               encoding="utf-8")
    build(options(root))
    assert "Foto:" not in page(root, "artikel/lain/index.html").xpath("string(//figcaption)")


@pytest.mark.parametrize("title", ["Rapat pagi (Foto: Antara/Budi)", "Rapat. Foto: Budi", "Rapat (dok: Warta", "(Foto: x)",
                                   "Foto:", "Grafis:  )", "Infografis: Warta (2025)", "a (b) Foto: c)", "Foto: (x)",
                                   "Rapat (Foto: a) (Grafis: b)", "FOTO : Budi ", "x) Dok: y"])
def test_the_credit_is_read_from_a_title_as_before(title):
    from warta.markdown import _split_credit

    old = re.compile(r"\s*\(?\s*((?:foto|grafis|ilustrasi|infografis|dok)\s*:[^()]+?)\s*\)?\s*$", re.IGNORECASE)
    found = old.search(title)
    assert _split_credit(title) == ((title[:found.start()].strip() or None, found[1]) if found else (title, None))


# -- paths and pictures that got past the checks ------------------------------------------------------

def test_a_nul_in_a_body_picture_path_is_a_problem_not_a_crash(tmp_path, monkeypatch, capsys):
    root = photo_site(tmp_path / "site")
    (root / "articles" / "lain.md").write_text(article("Lain", body="Teks.\n\n![Foto](foto/rapat%00.jpg)"),
                                               encoding="utf-8")
    monkeypatch.chdir(root)
    assert main(["build", "--now", NOW, "--no-search"]) == 1
    err = capsys.readouterr().err
    assert 'articles/lain.md:8: body: "foto/rapat\\x00.jpg" has a control character in its path' in err
    assert "Traceback" not in err


def test_pictures_in_an_inline_footnote_are_checked_like_the_others(tmp_path, monkeypatch, capsys):
    # They were left as plain <img>: a picture on another site was fetched by every reader, a
    # missing one was not reported, and one beside the article pointed at a file never published.
    root = photo_site(tmp_path / "site")
    (root / "articles" / "lain.md").write_text(article("Lain", body="""\
        Teks.

        Kalimat^[Lihat ![peta](https://pelacak.example/piksel.png) dan ![x](foto/hilang.jpg)].
        """), encoding="utf-8")
    monkeypatch.chdir(root)
    assert main(["build", "--now", NOW, "--no-search"]) == 1
    err = capsys.readouterr().err
    assert 'articles/lain.md:8: body: "https://pelacak.example/piksel.png" is a picture on another site' in err
    assert 'articles/lain.md:8: body: "foto/hilang.jpg" (articles/foto/hilang.jpg) does not exist' in err
    (root / "articles" / "lain.md").write_text(article("Lain", body="Kalimat^[Lihat ![Rapat](foto/rapat.jpg)]."),
                                               encoding="utf-8")
    build(options(root))
    [img] = page(root, "artikel/lain/index.html").xpath("//section[@class='footnotes']//img")
    assert img.get("src").startswith("/foto/") and (root / "_site" / img.get("src").lstrip("/")).is_file()


def test_a_picture_in_the_editors_note_is_not_fetched_from_another_site(tmp_path):
    """The note is inline Markdown: its pictures would be plain <img>, one from another site fetched
    by every reader. The note is text only: a picture there is an error."""
    root = photo_site(tmp_path / "site")
    (root / "articles" / "lain.md").write_text(article("Lain", note="Lihat ![x](https://pelacak.example/n.png)"),
                                               encoding="utf-8")
    try:
        build(options(root))
    except ContentError as refused:  # refused, naming the picture: fine
        assert "pelacak.example" in str(refused)
        return
    assert not page(root, "artikel/lain/index.html").xpath("//img[contains(@src, 'pelacak.example')]")


def test_a_picture_outside_articles_and_static_is_refused(tmp_path, monkeypatch, capsys):
    # `../media/x.jpg` was read, but the build watches only articles/, static/, templates/, assets/
    # and warta.yaml: a rebuild after the picture changed said "up to date" and kept the old one.
    root = photo_site(tmp_path / "site")
    (root / "media").mkdir()
    (root / "media" / "x.jpg").write_bytes(camera_photo())
    (root / "articles" / "lain.md").write_text(article("Lain", body="Teks.\n\n![Foto](../media/x.jpg)"),
                                               encoding="utf-8")
    monkeypatch.chdir(root)
    assert main(["build", "--now", NOW, "--no-search"]) == 1
    assert ('articles/lain.md:8: body: "../media/x.jpg" (media/x.jpg) is neither in articles/ nor in static/ — '
            'keep the picture beside the article (articles/…) or in static/\n') in capsys.readouterr().err


def test_problems_after_a_picture_whose_alt_text_or_title_spans_lines_name_the_right_line(tmp_path, monkeypatch, capsys):
    root = photo_site(tmp_path / "site")
    (root / "articles" / "lain.md").write_text(article("Lain", body="""\
        Teks ![alt yang
        panjang](foto/rapat.jpg) dan
        ![b](foto/hilang-b.jpg)

        ![t](foto/rapat.jpg "judul
        panjang") lalu
        ![u](foto/hilang-u.jpg)
        """), encoding="utf-8")
    monkeypatch.chdir(root)
    assert main(["build", "--now", NOW, "--no-search"]) == 1
    err = capsys.readouterr().err
    assert 'articles/lain.md:8: body: "foto/hilang-b.jpg"' in err
    assert 'articles/lain.md:12: body: "foto/hilang-u.jpg"' in err


# -- pictures too tall for WebP ----------------------------------------------------------------------

def test_no_rendition_is_taller_than_webp_allows():
    tall = ImageSource("articles/foto/info.png", (1, 1), "ab" * 16, 1000, 17000, "png", False)
    chosen = responsive(tall)
    assert all(r.height <= 16383 for part in (chosen.avif, chosen.webp, chosen.fallback) for r in part)
    assert max(r.width for r in chosen.fallback) == 963


def test_a_tall_infographic_builds_and_a_too_narrow_strip_is_an_error(tmp_path, monkeypatch, capsys):
    # A 200×17000 infographic (3.4 megapixels) stopped the build with a traceback from the WebP
    # encoder ("Image size exceeds WebP limit of 16383 pixels"), after every page was rendered.
    root = photo_site(tmp_path / "site")
    Image.new("RGB", (200, 17000), (250, 250, 250)).save(root / "articles" / "foto" / "info.png")
    (root / "articles" / "lain.md").write_text(article("Lain", body="Teks.\n\n![Infografik](foto/info.png)"),
                                               encoding="utf-8")
    build(options(root))
    [img] = page(root, "artikel/lain/index.html").xpath("//div[@class='article-body']//img")
    assert (img.get("width"), img.get("height")) == ("192", "16320")
    Image.new("RGB", (1, 20000), (250, 250, 250)).save(root / "articles" / "foto" / "info.png")
    monkeypatch.chdir(root)
    assert main(["build", "--now", NOW, "--no-search"]) == 1
    assert ('articles/lain.md:8: body: "foto/info.png" (articles/foto/info.png) is 1×20000 pixels, more than 16383 '
            'times as high as it is wide') in capsys.readouterr().err


# -- the photo cache ---------------------------------------------------------------------------------

def test_a_damaged_or_planted_photo_cache_entry_is_made_again_not_published(tmp_path):
    # `.warta-cache/` may come from elsewhere (cache.py: a CI cache restored from another branch). An
    # entry cut short was published as it was, and one replaced by a link to a private file was
    # published as that link (a web server or an upload that follows links publishes the file).
    root = photo_site(tmp_path / "site")
    build(options(root))
    secret = tmp_path / "rahasia.txt"
    secret.write_text("kata sandi\n", encoding="utf-8")
    entries = sorted((root / ".warta-cache" / "photos").iterdir())
    for entry in entries[::2]:
        data = entry.read_bytes()
        entry.unlink()
        entry.write_bytes(data[: len(data) // 2])
    for entry in entries[1::2]:
        entry.unlink()
        entry.symlink_to(secret)
    build(options(root, output=tmp_path / "baru"))
    assert not [p for p in (tmp_path / "baru").rglob("*") if p.is_symlink()]
    build(options(root, output=tmp_path / "bersih", clean=True))
    assert snapshot(tmp_path / "baru") == snapshot(tmp_path / "bersih")
    assert not any(b"kata sandi" in data for data in snapshot(tmp_path / "baru").values())


def test_the_finder_refuses_control_characters_before_touching_the_disk(tmp_path):
    shown, found = ImageFinder(tmp_path, 1_000_000).find("foto/a\x00.jpg", "articles/a.md")
    assert shown is None and isinstance(found, ImageFault)
    assert os.listdir(tmp_path) == []
