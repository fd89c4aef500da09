"""What `warta import` writes from hostile or careless inputs (issue 19): front matter the build accepts (or a
warning saying why not), pictures the build accepts, nothing under the articles folder that is not an article
or a picture. Run through the CLI from the site folder, then `warta build`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from warta.cli import main

BUILD_NOW = "2026-12-05T12:00:00+07:00"
_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Kabar</title><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://kabar.id</wp:base_site_url>
<wp:author><wp:author_login>admin</wp:author_login>
<wp:author_display_name><![CDATA[{author}]]></wp:author_display_name></wp:author>
"""


def _post(post_id: int, title: str, *, slug: str = "", date: str = "2024-06-12 03:00:00",
          categories: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> str:
    terms = "".join(f'<category domain="category" nicename="k{i}"><![CDATA[{c}]]></category>'
                    for i, c in enumerate(categories))
    terms += "".join(f'<category domain="post_tag" nicename="t{i}"><![CDATA[{t}]]></category>' for i, t in enumerate(tags))
    return (f"<item><title><![CDATA[{title}]]></title><link>https://kabar.id/?p={post_id}</link>"
            "<dc:creator><![CDATA[admin]]></dc:creator>"
            "<content:encoded><![CDATA[<p>Warga Bekasi membersihkan saluran air menjelang musim hujan tahun ini."
            "</p>]]></content:encoded>"
            f"<wp:post_id>{post_id}</wp:post_id><wp:post_date_gmt>{date}</wp:post_date_gmt>"
            f"<wp:post_name><![CDATA[{slug}]]></wp:post_name><wp:status>publish</wp:status>"
            f"<wp:post_type>post</wp:post_type>{terms}</item>\n")


def _export(*posts: str, author: str = "Redaksi") -> str:
    return _HEAD.format(author=author) + "".join(posts) + "</channel></rss>\n"


@pytest.fixture()
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "situs"
    root.mkdir()
    (root / "warta.yaml").write_text("title: Kabar\nbase_url: https://kabar.id/\n", encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def _build(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--now", BUILD_NOW, "--quiet", "--no-search"]) == 0, capsys.readouterr().err


def test_control_characters_in_an_export_never_reach_the_front_matter(
        site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # XML 1.0 allows C1 controls (U+0080–U+009F) and DEL raw; the build refuses them in any front matter value.
    (site / "export.xml").write_text(_export(
        _post(1, "Harga \x9b[31mberas\x7f naik", slug="harga-beras", categories=("Eko\x9bnomi",), tags=("pa\x90ngan",)),
        author="Rina \x9bWulandari"), encoding="utf-8")
    assert main(["import", "export.xml"]) == 0, capsys.readouterr().err
    text = (site / "articles" / "harga-beras.md").read_text(encoding="utf-8")
    assert 'title: "Harga [31mberas naik"' in text and 'author: "Rina Wulandari"' in text
    _build(capsys)


def test_tags_and_categories_the_build_refuses_are_left_out_with_a_warning(
        site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    many = tuple(f"topik {n}" for n in range(70))
    (site / "export.xml").write_text(_export(
        _post(1, "Tanpa huruf", slug="tanpa-huruf", categories=("!!!", "Ekonomi"), tags=("???", "—", "pangan")),
        _post(2, "Banyak tag", slug="banyak-tag", tags=many)), encoding="utf-8")
    assert main(["import", "export.xml"]) == 0
    err = capsys.readouterr().err
    assert "'???'" in err and "'!!!'" in err and "no letters or digits" in err
    assert "70 tags" in err and "50" in err
    first = (site / "articles" / "tanpa-huruf.md").read_text(encoding="utf-8")
    assert 'category: ""' in first and 'tags: ["Ekonomi", "pangan"]' in first
    second = (site / "articles" / "banyak-tag.md").read_text(encoding="utf-8")
    assert '"topik 49"' in second and '"topik 50"' not in second
    _build(capsys)


def test_a_post_without_a_title_or_a_date_the_build_takes_says_so(
        site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 2999-12-31 23:59 UTC is in the year 3000 in Jakarta, outside the years an article may have.
    (site / "export.xml").write_text(_export(
        _post(1, "   ", slug="tanpa-judul"),
        _post(2, "Tahun tiga ribu", slug="tahun-3000", date="2999-12-31 23:59:59")), encoding="utf-8")
    assert main(["import", "export.xml"]) == 0
    err = capsys.readouterr().err
    assert "(post 1, line" in err and "title: no title" in err
    assert "(post 2, line" in err and "outside the years" in err
    assert 'date: ""' in (site / "articles" / "tahun-3000.md").read_text(encoding="utf-8")
    assert main(["build", "--now", BUILD_NOW, "--quiet", "--no-search"]) == 1  # (as the import said)


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 3), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Banjir Bekasi</title>
<meta property="article:published_time" content="2024-06-12T10:00:00+07:00"><meta name="author" content="Rina">
</head><body><article><h1>Banjir Bekasi</h1>
<p>Banjir merendam ratusan rumah warga di Bekasi sejak Senin pagi setelah hujan deras semalaman.</p>
<figure><img src="{src}" alt="Banjir di jalan"><figcaption>Banjir di jalan utama</figcaption></figure>
<p>Petugas mengerahkan pompa air untuk menyedot genangan di permukiman warga sepanjang hari.</p>
</article></body></html>"""


@pytest.mark.parametrize("file, data", [
    ("rusak.jpg", b"\xff\xd8\xff\xe0" + b"bukan gambar " * 20),  # a JPEG's first bytes, then no picture
    ("jahat.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><script>alert(1)</script></svg>'),
])
def test_a_picture_the_build_refuses_is_not_copied(site: Path, capsys: pytest.CaptureFixture[str],
                                                    file: str, data: bytes) -> None:
    (site / "simpan").mkdir()
    (site / "simpan" / "halaman.html").write_text(_PAGE.format(src=file), encoding="utf-8")
    (site / "simpan" / file).write_bytes(data)
    assert main(["import", "simpan/halaman.html"]) == 0
    assert f"picture {file!r} not copied" in capsys.readouterr().err
    assert not (site / "articles" / "foto").exists()
    _build(capsys)


def test_a_picture_named_like_an_article_is_copied_under_its_format_s_extension(
        site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A picture named `x.md` copied as is would be an "article" under articles/ that the build cannot read.
    (site / "simpan").mkdir()
    (site / "simpan" / "halaman.html").write_text(_PAGE.format(src="catatan.md"), encoding="utf-8")
    (site / "simpan" / "catatan.md").write_bytes(_jpeg())
    assert main(["import", "simpan/halaman.html"]) == 0, capsys.readouterr().err
    assert [p.name for p in (site / "articles" / "foto").rglob("*.*")] == ["catatan.jpg"]
    assert "foto/banjir-bekasi/catatan.jpg" in (site / "articles" / "banjir-bekasi.md").read_text(encoding="utf-8")
    _build(capsys)


class _CutShort:
    """A file handle whose write stores half the data and is then interrupted (Ctrl+C mid-write)."""

    def __init__(self, handle):
        self.handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.handle.close()

    def write(self, data):
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise KeyboardInterrupt

    def __getattr__(self, name):
        return getattr(self.handle, name)


def test_ctrl_c_while_an_article_is_written_leaves_no_half_article(
        site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import builtins
    import os

    from warta.importer import write

    (site / "export.xml").write_text(_export(_post(1, "Harga beras", slug="harga-beras")), encoding="utf-8")
    real_open, real_fdopen = builtins.open, os.fdopen
    articles = str(site / "articles")

    def cut_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        return _CutShort(handle) if any(c in mode for c in "wxa") and str(Path(file).resolve()).startswith(articles) else handle

    monkeypatch.setattr(write, "open", cut_open, raising=False)
    monkeypatch.setattr(os, "fdopen", lambda fd, mode="r", *a, **k: _CutShort(real_fdopen(fd, mode, *a, **k))
                        if any(c in mode for c in "wxa") else real_fdopen(fd, mode, *a, **k))
    assert main(["import", "export.xml"]) == 130
    monkeypatch.undo()
    monkeypatch.chdir(site)
    assert [p.name for p in (site / "articles").iterdir()] == []  # (no half article, no temporary file)
    capsys.readouterr()
    assert main(["import", "export.xml"]) == 0, capsys.readouterr().err  # (and nothing in the way of a new try)
    mask = os.umask(0)
    os.umask(mask)
    assert (site / "articles" / "harga-beras.md").stat().st_mode & 0o777 == 0o666 & ~mask  # (as a new file's)


def test_an_interrupted_import_does_not_claim_nothing_changed(
        site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # Ctrl+C at post 5420 of 10,000: 5420 articles were written; "the output folder was left as it was" was false.
    from warta.importer import write

    (site / "export.xml").write_text(_export(_post(1, "Harga beras", slug="harga-beras")), encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(write, "import_inputs", interrupted)
    assert main(["import", "export.xml"]) == 130
    err = capsys.readouterr().err
    assert "left as it was" not in err and "written before" in err and "--into" not in err


def test_a_windows_1252_page_with_a_byte_it_leaves_undefined_is_still_read_as_windows_1252(
        site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Browsers read 0x81, 0x8D, 0x8F, 0x90 and 0x9D of a Windows-1252 page as nothing visible; one such stray
    # byte made the whole page a charset_normalizer guess (cp775: “Kutipan” came out as ōKutipanö).
    page = _PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').format(src="tiada.jpg")
    page = page.replace("Banjir merendam", "\u201cBanjir\u201d merendam caf\u00e9")
    data = page.encode("cp1252").replace(b"caf", b"\x81caf")
    (site / "halaman.html").write_bytes(data)
    assert main(["import", "halaman.html"]) == 0
    text = (site / "articles" / "banjir-bekasi.md").read_text(encoding="utf-8")
    assert "\u201cBanjir\u201d merendam café" in text
    assert "0x81" in capsys.readouterr().err


def test_two_posts_of_one_slug_are_named_by_their_posts(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (site / "articles").mkdir()
    (site / "articles" / "lama.md").write_text('---\ntitle: "Lama"\ndate: 2024-01-01\n---\n\nTeks lama.\n',
                                               encoding="utf-8")
    (site / "export.xml").write_text(_export(_post(10, "Satu", slug="sama"), _post(11, "Dua", slug="sama"),
                                             _post(12, "Tiga", slug="lama")), encoding="utf-8")
    assert main(["import", "export.xml"]) == 1
    err = capsys.readouterr().err
    assert "error: export.xml (post 11, line" in err and "like export.xml (post 10, line" in err
    assert "error: export.xml (post 12, line" in err and "articles/lama.md" in err
    assert "comes from the title" not in err and "post_name" in err


def _attachment(post_id: int, url: str) -> str:
    return (f"<item><title>foto</title><link>https://kabar.id/?attachment_id={post_id}</link>"
            f"<wp:post_id>{post_id}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>"
            f"<wp:attachment_url><![CDATA[{url}]]></wp:attachment_url><wp:postmeta><wp:meta_key>"
            "_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[Pompa air]]></wp:meta_value>"
            "</wp:postmeta></item>\n")


def test_a_featured_image_address_with_a_space_or_quote_is_written_as_a_url_the_build_takes(
        site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    urls = ("https://kabar.id/wp-content/uploads/2024/06/pompa air.jpg", 'https://kabar.id/foto/"pompa"<1>.jpg')
    posts = [_attachment(100 + n, url) + _post(n, f"Pompa {n}", slug=f"pompa-{n}").replace(
        "</item>", f"<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>{100 + n}</wp:meta_value>"
                   "</wp:postmeta></item>") for n, url in enumerate(urls)]
    (site / "export.xml").write_text(_export(*posts), encoding="utf-8")
    assert main(["import", "export.xml"]) == 0, capsys.readouterr().err
    first = (site / "articles" / "pompa-0.md").read_text(encoding="utf-8")
    assert 'src: "https://kabar.id/wp-content/uploads/2024/06/pompa%20air.jpg"' in first
    second = (site / "articles" / "pompa-1.md").read_text(encoding="utf-8")
    assert 'src: "https://kabar.id/foto/%22pompa%22%3C1%3E.jpg"' in second
    _build(capsys)


@pytest.mark.parametrize("into", ["catatan.txt", ""])
def test_an_into_that_is_a_file_or_empty_is_wrong_usage(site: Path, capsys: pytest.CaptureFixture[str],
                                                        into: str) -> None:
    # A file: every article was "already there — pass --force" (mkdir's FileExistsError); empty (an unset
    # variable in a script): the site folder itself.
    (site / "catatan.txt").write_text("catatan\n", encoding="utf-8")
    (site / "export.xml").write_text(_export(_post(1, "Harga beras", slug="harga-beras")), encoding="utf-8")
    try:
        code = main(["import", "export.xml", "--into", into])
    except SystemExit as stopped:  # (argparse's own usage errors)
        code = stopped.code
    assert code == 2
    err = capsys.readouterr().err
    assert "--into" in err and "already exists" not in err
    assert sorted(p.name for p in site.iterdir()) == ["catatan.txt", "export.xml", "warta.yaml"]


def test_each_picture_is_decoded_once_per_import(site: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    # The build's checks decode the whole picture: once when the body names it, not again before the copy
    # (an export of 10,000 posts with their pictures).
    from warta.images import source

    calls = []
    real = source.fault_of
    monkeypatch.setattr(source, "fault_of", lambda data, pixels: calls.append(len(data)) or real(data, pixels))
    (site / "simpan").mkdir()
    (site / "simpan" / "halaman.html").write_text(_PAGE.format(src="banjir.jpg"), encoding="utf-8")
    (site / "simpan" / "banjir.jpg").write_bytes(_jpeg())
    assert main(["import", "simpan/halaman.html"]) == 0, capsys.readouterr().err
    assert (site / "articles" / "foto" / "banjir-bekasi" / "banjir.jpg").is_file()
    assert len(calls) == 1


def test_tags_that_would_share_one_page_are_named_at_import(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `C` and `C#` both make tag/c/: the build refuses the second; the import says so, naming both posts.
    (site / "export.xml").write_text(_export(
        _post(1, "Belajar C#", slug="belajar-c-sharp", tags=("C#", "Pemrograman")),
        _post(2, "Belajar C", slug="belajar-c", tags=("C", "pemrograman")),
        _post(3, "Belajar C++", slug="belajar-cpp", categories=("Tekno",), tags=("C++",)),
        _post(4, "Tekno", slug="tekno-1", categories=("TEKNO",))), encoding="utf-8")
    assert main(["import", "export.xml"]) == 0
    err = capsys.readouterr().err
    assert "(post 2, line" in err and '"C" and "C#" (export.xml (post 1, line' in err
    assert "(post 3, line" in err and '"C++" and "C#"' in err
    assert "pemrograman" not in err and "TEKNO" not in err  # (one name written two ways: the build only warns)


def test_the_text_after_a_picture_pasted_as_11_mb_of_data_is_kept() -> None:
    # libxml2 stops reading at a value over 10 MB ("try XML_PARSE_HUGE") and dropped the rest of the post,
    # silently: a picture pasted into a WordPress post as a data: address is that large.
    from warta.importer.html.convert import html_to_markdown

    pasted = "data:image/png;base64," + "A" * 11_000_000
    converted = html_to_markdown(f'<p>Paragraf pertama.</p><img src="{pasted}" alt="Banjir"><p>Paragraf kedua.</p>')
    assert "Paragraf pertama." in converted.body and "Paragraf kedua." in converted.body
