"""`warta import` of saved HTML pages (issue 19): each fixture page of tests/fixtures/import/html/<name>/ (input.html,
its input_files/ pictures, expected.md) imports to exactly its expected article, from the site folder with
relative paths; every imported fixture builds and shows its picture, without the GPS position the original JPEG
carries; --dry-run, --force, bad inputs and pictures from outside the page's folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from PIL import Image

from warta.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "import" / "html"
PAGES = sorted(p.name for p in FIXTURES.iterdir() if (p / "input.html").is_file())
CONFIG = "title: Warta Uji\nbase_url: https://contoh.id/\n"
BUILD_NOW = "2026-11-21T12:00:00+07:00"
GPS = 0x8825


def _site(tmp_path: Path, names: list[str] = PAGES) -> Path:
    """A site folder with the fixture pages saved under saved/<name>/ (input.html and its input_files/)."""
    site = tmp_path / "site"
    (site / "articles").mkdir(parents=True)
    (site / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    for name in names:
        shutil.copytree(FIXTURES / name, site / "saved" / name, ignore=shutil.ignore_patterns("expected.md"))
    return site


def _front(text: str) -> dict:
    return yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))


def _expected(name: str) -> tuple[str, str]:
    """(the file name, the content) of a fixture's expected article."""
    text = (FIXTURES / name / "expected.md").read_text(encoding="utf-8")
    from slugify import slugify

    return slugify(_front(text)["title"], max_length=60, word_boundary=True) + ".md", text


def test_there_are_six_fixture_pages_in_the_styles_of_different_outlets() -> None:
    assert PAGES == ["amp", "blogger", "detik", "kompas", "tempo", "wordpress"]


@pytest.mark.parametrize("name", PAGES)
def test_a_saved_page_imports_to_its_expected_article(name: str, tmp_path: Path, monkeypatch, capsys) -> None:
    site = _site(tmp_path, [name])
    monkeypatch.chdir(site)
    assert main(["import", f"saved/{name}/input.html"]) == 0, capsys.readouterr().err
    file_name, expected = _expected(name)
    assert (site / "articles" / file_name).read_text(encoding="utf-8") == expected
    out = capsys.readouterr().out
    assert out.startswith(f"imported saved/{name}/input.html -> articles/{file_name} (")
    for src in _local_pictures(expected):
        assert (site / "articles" / src).is_file(), src


def _local_pictures(article: str) -> list[str]:
    """The pictures an article names beside itself: its lead photo and the body's `![…](foto/…)`."""
    import re

    image = _front(article).get("image") or {}
    found = [image["src"]] if image and not image["src"].startswith("https://") else []
    return found + re.findall(r"\]\((foto/[^) \"]+)", article.split("\n---\n", 1)[1])


def test_every_imported_page_builds_and_shows_its_pictures(tmp_path: Path, monkeypatch, capsys) -> None:
    site = _site(tmp_path)
    monkeypatch.chdir(site)
    assert main(["import", *(f"saved/{name}/input.html" for name in PAGES)]) == 0
    capsys.readouterr()
    assert main(["build", "--source", ".", "--now", BUILD_NOW, "--quiet", "--no-search"]) == 0, capsys.readouterr().err
    shown = 0
    for name in PAGES:
        file_name, expected = _expected(name)
        page = (site / "_site" / "artikel" / file_name.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
        assert _front(expected)["title"].replace('"', "&#34;") in page or _front(expected)["title"] in page
        for src in _local_pictures(expected):
            stem = Path(src).stem
            assert f"/{stem}-" in page and "<picture>" in page, (name, src)
            shown += 1
    assert shown == 4  # (Kompas, Detik, the WordPress blog and Blogger were saved with their pictures)


def test_the_gps_position_of_an_imported_photo_is_not_published(tmp_path: Path, monkeypatch, capsys) -> None:
    original = FIXTURES / "kompas" / "input_files" / "cabai-rawit-pasar.jpg"
    assert Image.open(original).getexif().get_ifd(GPS)  # (the saved page's photo has one)
    site = _site(tmp_path, ["kompas"])
    monkeypatch.chdir(site)
    assert main(["import", "saved/kompas/input.html"]) == 0
    assert main(["build", "--source", ".", "--now", BUILD_NOW, "--quiet", "--no-search"]) == 0
    published = sorted((site / "_site").rglob("cabai-rawit-pasar-*.jpg"))
    assert published
    for path in published:
        exif = Image.open(path).getexif()
        assert not exif.get_ifd(GPS) and len(exif) == 0, path


# ------------------------------------------------------------------ what is found, in figures


FOUND = {  # name: (title, date as the page states it (a UTC head date in the zone the page shows it in), authors)
    "amp": ("BMKG: Gempa Magnitudo 5,6 Guncang Cianjur, Tidak Berpotensi Tsunami", "2023-11-20T13:47:21+07:00",
            "Muhammad Ali"),
    "blogger": ("Panen Sagu Bersama Warga Kampung Yoboi", "2023-02-21T12:26:00+09:00", "Maria Ohee"),
    "detik": ("Tarif KRL Jabodetabek Tak Naik Tahun Ini, Ini Kata Kemenhub", "2024-03-21T14:05:12+07:00",
              "Ilham Fikriansyah"),
    "kompas": ("Harga Cabai Rawit Naik Dua Kali Lipat Menjelang Iduladha", "2024-05-02T10:15:00+07:00",
               ["Ani Rahmawati", "Yoga Sukmana"]),
    "tempo": ("Walhi: Tambang Nikel Cemari Sungai di Halmahera Tengah", "2024-01-15T19:32:00+07:00",
              "Riani Sanusi Putri"),
    "wordpress": ("Cara Memasang Pi-hole di Raspberry Pi untuk Memblokir Iklan", "2023-08-14T09:30:00+07:00",
                  "Dimas Prasetyo"),
}


@pytest.mark.parametrize("name", PAGES)
def test_title_date_with_its_time_and_zone_and_authors(name: str) -> None:
    front = _front(_expected(name)[1])
    assert (front["title"], front["date"], front["author"]) == FOUND[name]


def test_body_sentences_of_the_pages_are_all_kept_and_the_junk_is_not() -> None:
    """Every long run of text of a page (its article's sentences; menus and prompts are short or named here) is
    in the expected article as readers see it; the outlets' prompts, menus and comments are not."""
    from warta.markdown import make_parser, plain_text

    junk = ["ADVERTISEMENT", "SCROLL TO CONTINUE", "Baca juga", "Berita Terkait", "Terpopuler", "Komentar",
            "Bagikan ini", "Dapatkan update", "(ily/das)", "Pilihan Editor", "cookie", "Copyright", "Tinggalkan Balasan",
            "Beranda", "Label:"]
    for name in PAGES:
        body = _expected(name)[1].split("\n---\n", 1)[1]
        seen = " ".join(plain_text(make_parser(False), body).split())
        for word in junk:
            assert word.lower() not in seen.lower(), (name, word)
        for run in _runs(FIXTURES / name / "input.html"):
            assert run in seen, (name, run)


def _runs(page: Path) -> list[str]:
    """Text runs of more than 80 characters in the page's body, but for the prompts and blocks known to be
    the outlet's (named in `junk` above), comments and image captions."""
    from lxml import html

    from warta.importer.html.page import decode_page

    document = html.document_fromstring(decode_page(page.read_bytes())[0])
    runs = []
    for element in document.find("body").iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "figcaption", "td"):
            continue
        for piece in (element.text, element.tail):
            run = " ".join((piece or "").split()).lstrip("- ")
            if len(run) > 80 and not any(word in run for word in ("Dapatkan", "Mantap", "Copyright", "Guru SD")):
                runs.append(run)
    return runs


# ------------------------------------------------------------------ the CLI


def test_dry_run_lists_the_blocks_left_out_with_their_reasons_and_writes_nothing(tmp_path, monkeypatch, capsys):
    site = _site(tmp_path, ["detik"])
    monkeypatch.chdir(site)
    assert main(["import", "saved/detik/input.html", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("==> saved/detik/input.html -> articles/tarif-krl-jabodetabek-tak-naik-tahun-ini-ini-kata-"
                          "kemenhub.md (dry run: nothing written)\n---\n")
    for line in ("  line 26: title → front matter: Tarif KRL Jabodetabek Tak Naik Tahun Ini, Ini Kata Kemenhub",
                 "  line 36: outlet prompt: SCROLL TO CONTINUE WITH CONTENT",
                 "  line 38: related articles: Baca juga: KRL Tambah 20 Perjalanan Mulai April",
                 "  line 41: outlet prompt: (ily/das)",
                 "  line 47: comments: Belum ada komentar. Jadilah yang pertama!",
                 "==> picture saved/detik/input_files/krl-commuter-line_169.jpeg -> articles/foto/tarif-krl-jabodetabek"
                 "-tak-naik-tahun-ini-ini-kata-kemenhub/krl-commuter-line-169.jpeg"):
        assert f"\n{line}\n" in out, line
    assert list((site / "articles").iterdir()) == []


def test_an_article_is_not_overwritten_without_force(tmp_path: Path, monkeypatch, capsys) -> None:
    site = _site(tmp_path, ["kompas"])
    monkeypatch.chdir(site)
    assert main(["import", "saved/kompas/input.html"]) == 0
    article = site / "articles" / "harga-cabai-rawit-naik-dua-kali-lipat-menjelang-iduladha.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nDisunting.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "saved/kompas/input.html"]) == 1
    assert f"{Path('articles') / article.name} already exists — pass --force to overwrite it" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8").endswith("Disunting.\n")
    assert main(["import", "saved/kompas/input.html", "--force"]) == 0
    assert not article.read_text(encoding="utf-8").endswith("Disunting.\n")


def test_absolute_paths_work_too(tmp_path: Path, capsys) -> None:
    site = _site(tmp_path, ["blogger"])
    assert main(["import", str(site / "saved/blogger/input.html"), "--into", str(site / "articles")]) == 0
    assert (site / "articles/foto/panen-sagu-bersama-warga-kampung-yoboi/panen-sagu.jpg").is_file()


def test_unreadable_binary_and_empty_inputs_are_one_line_errors_and_the_others_import(tmp_path, monkeypatch, capsys):
    site = _site(tmp_path, ["tempo"])
    monkeypatch.chdir(site)
    (site / "saved/kosong.html").write_bytes(b"")
    (site / "saved/gambar.html").write_bytes(b"<html>\x00\x01\x02\x89PNG")
    (site / "saved/rahasia.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    os.chmod(site / "saved/rahasia.html", 0)
    (site / "saved/menu.html").write_text("<html><body><nav><a href='/'>Beranda</a></nav></body></html>",
                                          encoding="utf-8")
    inputs = ["saved/kosong.html", "saved/gambar.html", "saved/rahasia.html", "saved/menu.html",
              "saved/tempo/input.html"]
    rc = main(["import", *inputs])
    out, err = capsys.readouterr()
    assert rc == 1
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert errors[0] == "error: saved/kosong.html: is empty — nothing to import"
    assert errors[1].startswith("error: saved/gambar.html: is not a text file (it contains NUL bytes)")
    if os.geteuid() != 0:  # (root reads any file)
        assert errors[2].startswith("error: saved/rahasia.html: cannot be read (Permission denied)")
    assert errors[-1].startswith("error: saved/menu.html: has no article text left")
    assert "Traceback" not in err and err.rstrip().endswith("files not imported")
    assert ("imported saved/tempo/input.html -> articles/walhi-tambang-nikel-cemari-sungai-di-halmahera-tengah.md"
            in out)


def test_pictures_outside_the_pages_folder_are_not_copied(tmp_path: Path, monkeypatch, capsys) -> None:
    site = _site(tmp_path, [])
    page = site / "saved" / "laman"
    (page / "laman_files").mkdir(parents=True)
    secret = tmp_path / "rahasia.jpg"
    shutil.copy(FIXTURES / "blogger/input_files/panen-sagu.jpg", secret)
    os.symlink(secret, page / "laman_files" / "tautan.jpg")
    shutil.copy(FIXTURES / "blogger/input_files/panen-sagu.jpg", page / "laman_files" / "boleh.jpg")
    (page / "laman.html").write_text(
        "<html><head><title>Berita Uji Gambar</title><meta property='article:published_time' content='2025-01-02T10:00:00+07:00'></head><body><article><h1>Berita Uji Gambar</h1>"
        "<p>Paragraf pertama berita ini cukup panjang untuk dianggap sebagai teks utama halaman yang disimpan.</p>"
        "<p><img src='../../../../../../../etc/passwd' alt='sandi'><img src='../../../rahasia.jpg' alt='luar'>"
        "<img src='laman_files/tautan.jpg' alt='tautan'></p>"
        "<p>Paragraf kedua juga panjang, agar pemilah teks utama tidak membuang seluruh artikel ini begitu saja.</p>"
        "<p>Paragraf ketiga menutup berita ini dengan kalimat yang cukup panjang pula untuk dibaca.</p>"
        "<figure><img src='laman_files/boleh.jpg' alt='Boleh'><figcaption>Gambar dari folder halaman</figcaption>"
        "</figure></article></body></html>", encoding="utf-8")
    monkeypatch.chdir(site)
    assert main(["import", "saved/laman/laman.html"]) == 0
    err = capsys.readouterr().err
    copied = sorted(p.relative_to(site / "articles").as_posix() for p in (site / "articles").rglob("*.jpg"))
    assert copied == ["foto/berita-uji-gambar/boleh.jpg"]
    article = (site / "articles" / "berita-uji-gambar.md").read_text(encoding="utf-8")
    assert "passwd" not in article and "rahasia" not in article and "tautan.jpg" not in article
    assert "picture '../../../rahasia.jpg' not copied: outside saved/laman" in err
    assert "picture 'laman_files/tautan.jpg' not copied: outside saved/laman" in err
    assert main(["build", "--source", ".", "--now", BUILD_NOW, "--quiet", "--no-search"]) == 0, capsys.readouterr().err


def test_build_does_not_import_the_html_import_libraries(tmp_path: Path) -> None:
    site = _site(tmp_path, ["tempo"])
    assert main(["import", str(site / "saved/tempo/input.html"), "--into", str(site / "articles")]) == 0
    probe = ("import sys\nfrom warta.cli import main\nmain(['build', '--source', sys.argv[1], '--now', sys.argv[2], "
             "'--quiet', '--no-search'])\nprint(sorted(m for m in ('trafilatura', 'htmldate', 'lxml.html', "
             "'charset_normalizer', 'warta.importer.html.page') if m in sys.modules))")
    import warta

    env = {**os.environ, "PYTHONPATH": str(Path(warta.__file__).parents[1])}
    result = subprocess.run([sys.executable, "-c", probe, str(site), BUILD_NOW], capture_output=True, text=True,
                            env=env, check=False)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr


@pytest.mark.parametrize("name", PAGES)
def test_trafilatura_finds_the_main_text_of_every_fixture_page(name: str) -> None:
    """(Its failure is not an error: the page's own <article> is read instead; so that a silent failure, as
    when an option it refuses was passed, cannot hide behind the fallback.)"""
    from warta.importer.html.page import _extract, decode_page

    extracted = _extract(decode_page((FIXTURES / name / "input.html").read_bytes())[0])
    assert extracted is not None and len(" ".join(extracted.body.itertext())) > 500


def test_a_single_file_page_with_its_pictures_inline(tmp_path: Path, monkeypatch, capsys) -> None:
    """SingleFile and "Save as… single file" carry pictures as `data:` addresses: they are written beside the
    article; one that is not the picture it says, or not a raster picture, is not."""
    import base64

    from warta.importer.pictures import without_metadata

    jpeg = (FIXTURES / "blogger/input_files/panen-sagu.jpg").read_bytes()
    inline = "data:image/jpeg;base64," + base64.b64encode(jpeg).decode()
    fake = "data:image/png;base64," + base64.b64encode(b"<script>alert(1)</script>").decode()
    svg = "data:image/svg+xml;base64," + base64.b64encode(b"<svg onload='alert(1)'/>").decode()
    site = _site(tmp_path, [])
    (site / "saved").mkdir()
    (site / "saved" / "satu.html").write_text(
        "<html><head><title>Satu Berkas</title><meta property='article:published_time' content='2025-02-03'></head>"
        "<body><article><h1>Satu Berkas</h1><p>Paragraf pembuka berita yang disimpan sebagai satu berkas saja.</p>"
        f"<p>Paragraf kedua berita ini juga cukup panjang untuk dibaca.</p><p>Paragraf ketiga, sebelum foto.</p>"
        f"<p>Paragraf keempat, sebelum foto juga.</p><figure><img src='{inline}' alt='Panen sagu'><figcaption>Panen"
        f"</figcaption></figure><p><img src='{fake}' alt='palsu'><img src='{svg}' alt='svg'></p>"
        "<p>Paragraf penutup berita yang cukup panjang pula.</p></article></body></html>", encoding="utf-8")
    monkeypatch.chdir(site)
    assert main(["import", "saved/satu.html"]) == 0, capsys.readouterr().err
    err = capsys.readouterr().err
    assert (site / "articles/foto/satu-berkas/gambar-1.jpg").read_bytes() == without_metadata(jpeg)  # (no EXIF)
    assert sorted(p.name for p in (site / "articles/foto/satu-berkas").iterdir()) == ["gambar-1.jpg"]
    article = (site / "articles/satu-berkas.md").read_text(encoding="utf-8")
    assert '![Panen sagu](foto/satu-berkas/gambar-1.jpg "Panen")' in article and "data:" not in article
    assert "its data is not the picture it says" in err and "not a JPEG, PNG, GIF, WebP or AVIF" in err
    assert main(["build", "--source", ".", "--now", BUILD_NOW, "--quiet", "--no-search"]) == 0, capsys.readouterr().err


def test_a_byline_line_in_the_text_names_the_author_when_the_head_does_not(tmp_path: Path) -> None:
    from warta.importer.html.page import read
    from warta.importer.text.parse import DEFAULT_ZONE
    from warta.importer.records import ReadOptions

    page = ("<html><head><title>Berita Tanpa Meta</title></head><body><article><h1>Berita Tanpa Meta</h1>"
            "<p>Penulis: Rina Wulandari | Editor: Budi Santoso</p>"
            "<p>Paragraf pertama berita ini panjang sekali agar dianggap teks utama halaman yang disimpan.</p>"
            "<p>Paragraf kedua berita ini juga panjang, supaya pemilah teks utama menerimanya.</p></article></body></html>")
    (article,) = read(page.encode(), "x.html", ReadOptions(DEFAULT_ZONE, base=tmp_path)).articles
    assert (article.authors, article.editors) == (("Rina Wulandari",), ("Budi Santoso",))
    assert "Penulis" not in article.body
    assert ("Penulis: Rina Wulandari | Editor: Budi Santoso", "metadata → front matter") in [
        (r.text, r.reason) for r in article.removed]


@pytest.mark.parametrize("data", [
    # (probe finding 3) UTF-8 with one byte pasted from a Windows-1252 text: UTF-8, that byte read as CP-1252
    "<meta charset='utf-8'><p>\u201cRuang Hijau\u201d Caf\u00e9 \u2014 </p>".encode() + b"<p>na\xefve.</p>",
    # a Windows-1252 page declaring UTF-8 (or nothing): Windows-1252, not CP-1250 or mac_iceland
    "<meta charset='utf-8'><p>\u201cRuang Hijau\u201d Caf\u00e9 \u2014 </p><p>na\u00efve.</p>".encode("cp1252"),
    "<p>\u201cRuang Hijau\u201d Caf\u00e9 \u2014 </p><p>na\u00efve.</p>".encode("cp1252"),
])
def test_a_page_mixing_or_mislabelling_windows_1252_is_read_as_written(data: bytes) -> None:
    from warta.importer.html.page import decode_page

    text, note = decode_page(data)
    assert "<p>\u201cRuang Hijau\u201d Caf\u00e9 \u2014 </p><p>na\u00efve.</p>" in text
    assert note is not None and ("Windows-1252" in note or "cp1252" in note)


def _read(html: str, name: str = "p.html"):
    """The one article of a saved page given as text (no folder: no pictures copied)."""
    from zoneinfo import ZoneInfo

    from warta.importer.html.page import read
    from warta.importer.records import ReadOptions

    (article,) = read(html.encode("utf-8"), name, ReadOptions(ZoneInfo("Asia/Jakarta"))).articles
    return article


STORY = ("<p>Polisi menangkap dua pria yang diduga mencuri sepeda motor di kawasan Beji, Depok, pada Jumat malam "
         "setelah warga melapor.</p><p>Kapolsek Beji mengatakan kedua pelaku ditangkap setelah warga melihat "
         "aktivitas mencurigakan di parkiran.</p>")


def test_the_date_line_tag_links_and_video_prompt_of_a_news_page() -> None:
    # (probe finding 8) the date line's time, the tag links under the text, an outlet's "Simak Video" prompt
    article = _read(
        "<html><head><title>Polisi Tangkap Pencuri Motor</title></head><body><div class='detail__header'>"
        "<h1>Polisi Tangkap Pencuri Motor</h1><div class='detail__date'>Sabtu, 08 Mar 2025 10:15 WIB</div></div>"
        f"<div class='detail__body-text'>{STORY}<p>Simak Video \"Detik-detik Penangkapan Pencuri Motor\"</p>"
        "<div class='detail__body-tag'><a>pencurian motor</a><a>depok</a></div></div></body></html>")
    assert article.date is not None and article.date.has_time
    assert article.date.value.isoformat() == "2025-03-08T10:15:00+07:00"
    assert article.tags == ("pencurian motor", "depok")
    assert "Simak Video" not in article.body and "parkiran." in article.body
    prefixed = _read(f"<html><head><meta name='dtk:publishdate' content='2025/03/08 10:15:00'></head><body>"
                     f"<article><h1>Judul</h1>{STORY}</article></body></html>")
    assert prefixed.date is not None and prefixed.date.value.isoformat() == "2025-03-08T10:15:00+07:00"


@pytest.mark.parametrize("head", [
    # (probe finding 9) no date but a year in the address: htmldate's "2025-01-01" is not the page's
    "<meta property='og:url' content='https://kabar.example/2025/foto-malas'>",
    # a day that does not exist: not read as the 1st of the month, and a warning quotes it
    "<meta property='article:published_time' content='2025-02-30T10:00:00+07:00'>",
])
def test_a_page_without_a_real_date_gets_none_made_up(head: str) -> None:
    article = _read(f"<html><head>{head}</head><body><article><h1>Judul</h1>{STORY}</article></body></html>")
    assert article.date is None
    assert any(w.field == "date" for w in article.warnings)
    if "02-30" in head:
        assert any("'2025-02-30T10:00:00+07:00'" in w.message for w in article.warnings)


def test_a_day_the_page_writes_is_still_found() -> None:
    article = _read(f"<html><body><article><h1>Judul</h1><p>Depok, 8 Maret 2025</p>{STORY}</article></body></html>")
    assert article.date is not None and article.date.value.date().isoformat() == "2025-03-08"


def test_a_refused_local_picture_is_left_out_not_made_an_address(tmp_path: Path) -> None:
    # (probe finding 10) a picture of the page's folder that is not copied (missing, outside the folder, an SVG
    # with a script) is listed and warned about once; it never becomes a link on the page's site
    from zoneinfo import ZoneInfo

    from warta.importer.html.page import read
    from warta.importer.records import ReadOptions

    (tmp_path / "p_files").mkdir()
    (tmp_path / "p_files" / "evil.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)"
                                                   "</script></svg>", encoding="utf-8")
    html = ("<html><head><link rel='canonical' href='https://kabar.example/2025/06/12/berita/'></head><body><article>"
            f"<h1>Judul</h1>{STORY}<p><img src='p_files/evil.svg' alt='svg'></p><p><img src='p_files/hilang.jpg' "
            "alt='hilang'></p><p><img src='../luar.jpg' alt='luar'></p></article></body></html>")
    (article,) = read(html.encode(), "p.html", ReadOptions(ZoneInfo("Asia/Jakarta"), base=tmp_path)).articles
    assert "kabar.example/2025" not in article.body and "svg" not in article.body.lower()
    assert [r.text for r in article.removed if r.reason == "picture not copied"] == ["svg", "hilang", "luar"]
    assert not any("another site" in w.message for w in article.warnings)
    assert sum("not copied" in w.message for w in article.warnings) == 3


def test_a_page_of_several_articles_says_so() -> None:
    # (probe finding 12) an index page of three <article>s is imported as one: a warning names them
    stories = "".join(f"<article><h2>Berita ke-{n}</h2>{STORY}</article>" for n in range(3))
    article = _read(f"<html><head><title>Indeks Berita</title></head><body>{stories}</body></html>")
    assert any("holds 3 articles ('Berita ke-0', 'Berita ke-1', 'Berita ke-2')" in w.message
               for w in article.warnings)
    single = _read(f"<html><body><article><h1>Judul</h1>{STORY}<section class='related'><article><h3>Lain</h3>"
                   "</article></section></article></body></html>")
    assert not any("articles" in w.message for w in single.warnings)


def test_a_wordpress_theme_page_gives_its_shown_byline_and_category() -> None:
    # (probe finding 13) JSON-LD names the account ("admin"), the page shows the writer; "Posted in" is the category
    article = _read(
        "<html><head><script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": \"Festival Kopi\", "
        "\"author\": {\"@type\": \"Person\", \"name\": \"admin\"}}</script></head><body><article><header>"
        "<h1>Festival Kopi</h1>by <span class='author vcard'><a class='url fn n' href='/author/lukas/'>Lukas Hadi</a>"
        f"</span></header><div class='entry-content'>{STORY}</div><footer><span class='cat-links'>Posted in "
        "<a rel='category tag'>Budaya</a></span></footer></article></body></html>")
    assert article.authors == ("Lukas Hadi",)
    assert article.category == "Budaya"


def test_direction_overrides_are_taken_out_of_names_and_tags() -> None:
    # (probe finding 17) U+202E shows a name or tag reversed: out of the front matter, as from the title
    article = _read("<html><head><meta name='author' content='Nama\u202eJahat'><meta property='article:tag' "
                    f"content='tag\u202ekendali'></head><body><article><h1>Judul\u202eBalik</h1>{STORY}</article>"
                    "</body></html>")
    assert article.authors == ("NamaJahat",) and article.tags == ("tagkendali",)
    assert article.title == "JudulBalik" and "Balik" not in article.body


def test_the_og_image_shown_under_another_address_gives_the_lead_its_caption() -> None:
    # (issue 19, html-dev) WordPress shows the og:image resized ("-696x464"), Ghost in srcset sizes, Next.js
    # through its image proxy: the caption beside it is the lead's, and its link atop the body goes; the address
    # kept is the og:image's original, the largest copy, from which the site makes its own sizes
    head = "<meta property='og:image' content='https://kabar.example/wp-content/uploads/2024/07/panen.jpg'>"
    article = _read(f"<html><head>{head}</head><body><article><h1>Judul</h1><figure><img alt='Panen' "
                    "src='https://kabar.example/wp-content/uploads/2024/07/panen-696x464.jpg'><figcaption>Petani memetik "
                    f"cengkih. (Foto: Kabar/Rina)</figcaption></figure>{STORY}</article></body></html>")
    assert article.image is not None
    assert article.image.src == "https://kabar.example/wp-content/uploads/2024/07/panen.jpg"
    assert (article.image.caption, article.image.credit, article.image.alt) == ("Petani memetik cengkih.", "Kabar/Rina",
                                                                               "Panen")
    assert "panen-696x464" not in article.body and article.body.startswith("Polisi menangkap")


@pytest.mark.parametrize(("url", "key"), [
    ("https://a.example/wp-content/uploads/2024/07/panen-cengkih-696x464.jpg", "panen-cengkih.jpg"),
    ("https://a.example/_next/image?url=%2Fimages%2F2024%2Fpete.webp&w=1080&q=75", "pete.webp"),
    ("/content/images/size/w2000/2024/03/rajungan.jpg", "rajungan.jpg"),
    ("https://a.example/foto-2024-1200x800-asli.jpg", "foto-2024-1200x800-asli.jpg"),
])
def test_a_picture_is_known_across_its_copies(url: str, key: str) -> None:
    from warta.importer.html.lead import picture_key

    assert picture_key(url) == key


@pytest.mark.parametrize(("shown", "expected"), [
    # (issue 19, html-dev) the head's UTC date in the zone the page shows it in: a <time> with its offset, a
    # date line in WITA, or only the day, which is the next day in the site's zone
    ("<time datetime='2024-07-18T09:12:44+08:00'>18 Juli 2024</time>", "2024-07-18T09:12:44+08:00"),
    ("<div class='post-date'>Kamis, 18 Juli 2024 | 09:12 WITA</div>", "2024-07-18T09:12:44+08:00"),
    # (issue 19, second HTML pass) a byline under the headline with more after the time; a page that shows no
    # zone (only the day) has the time in the site's zone, as the raw-text import gives it
    ("<p>Kamis, 18 Juli 2024 | 09:12 WITA Penulis: Yosef Bria</p>", "2024-07-18T09:12:44+08:00"),
    ("<time datetime='2024-07-18'>18 Jul 2024</time>", "2024-07-18T08:12:44+07:00"),
    ("<time datetime='2024-07-19'>19 Jul 2024</time>", "2024-07-18T08:12:44+07:00"),
    ("<p>Oleh Yosef Bria</p>", "2024-07-18T08:12:44+07:00"),
])
def test_a_utc_date_is_given_in_the_zone_the_page_shows(shown: str, expected: str) -> None:
    head = "<meta property='article:published_time' content='2024-07-18T01:12:44+00:00'>"
    article = _read(f"<html><head>{head}</head><body><article><h1>Judul</h1>{shown}{STORY}</article></body></html>")
    assert article.date is not None and article.date.iso() == expected
    late = _read(f"<html><head>{head.replace('01:12', '20:12')}</head><body><article><h1>Judul</h1>"
                 f"<time datetime='2024-07-19'>19 Jul 2024</time>{STORY}</article></body></html>")
    assert late.date is not None and late.date.iso() == "2024-07-19T03:12:44+07:00"


@pytest.mark.parametrize("line", [
    "<div class='node__submitted'>Dikirim oleh <span>Prokopim</span> pada <span>Kamis, 8 Agustus 2024 - 16:20 "
    "WITA</span></div>",
    "<div class='info-berita'>Penulis: Yosina Kambu | Editor: Redaksi | Kamis, 8 Agustus 2024 - 16:20 WITA</div>",
    "<p class='tanggal'>Kamis, 8 Agustus 2024 - 16:20 WITA | Dibaca: 873 kali</p>",
    # (issue 19, second HTML pass) the date first, then the byline; a day in a related list is not the page's
    "<div class='meta'>Rabu, 8 Agustus 2024 — 16:20 WITA | Oleh: Ratih Kusuma</div>",
    "<div class='meta-berita'>Kamis, 8 Agt 2024 | 16:20 WITA &nbsp; Penulis: Baiq Rahma &nbsp; 327 kali</div>",
])
def test_a_date_only_in_the_byline_under_the_headline_is_found_with_its_zone(line: str) -> None:
    # (issue 19, html-dev) no machine date; a day elsewhere on the page (a related list) is not the page's
    article = _read(f"<html><body><h1>Judul</h1>{line}<article>{STORY}</article><ul class='related'><li>"
                    "Berita lain, Rabu, 7 Agustus 2024</li></ul></body></html>")
    assert article.date is not None and article.date.iso() == "2024-08-08T16:20:00+08:00"


@pytest.mark.parametrize("byline", [
    # (issue 19, html-dev) Jannah's meta-author, tagDiv's td-post-author-name, a Next.js byline with the role
    # glued after the name: the link to the writer's page names the writer
    "<span class='meta-author'><a href='/author/dwi-lindawati/' class='author-name'>Dwi Lindawati</a></span>",
    "<div class='td-post-author-name'><div class='td-author-by'>Oleh</div> <a href='/author/dwi/'>Dwi Lindawati</a>"
    "</div>",
    "<div class='Article_author__Bb2hR'><div><a href='/penulis/dwi-lindawati'>Dwi Lindawati</a><span>Jurnalis</span>"
    "</div></div>",
])
@pytest.mark.parametrize("ld_author", ["admin", None])
def test_the_writer_linked_in_the_byline_is_the_author(byline: str, ld_author: str | None) -> None:
    ld = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", "
          f"\"name\": \"{ld_author}\"}}}}</script>" if ld_author else "")
    article = _read(f"<html><head>{ld}</head><body><article><h1>Judul</h1>{byline}{STORY}</article><aside>"
                    "<div class='author'><a href='/author/lain/'>Penulis Lain</a></div></aside></body></html>")
    assert article.authors == ("Dwi Lindawati",)


def test_an_account_name_alone_names_no_one() -> None:
    article = _read("<html><head><meta name='author' content='admin'></head><body><article><h1>Judul</h1>"
                    f"{STORY}<p>Reporter: Dwi Lindawati</p></article></body></html>")
    assert article.authors == ("Dwi Lindawati",)


def test_a_caption_beside_the_og_image_goes_with_it() -> None:
    # (issue 19, html-dev) a custom PHP page: the picture and a `ket-foto` div beside it, no <figure>
    head = "<meta property='og:image' content='https://kabar.example/upload/los-pinang.jpg'>"
    article = _read(f"<html><head>{head}</head><body><h1>Judul</h1><div class='foto-berita'><img "
                    "src='https://kabar.example/upload/los-pinang.jpg' alt='Los'><div class='ket-foto'>Mama-mama "
                    "menata dagangan. (Foto: Yosina/Fajar)</div></div>"
                    f"<div class='isi-berita'>{STORY}</div></body></html>")
    assert article.image is not None and (article.image.caption, article.image.credit) == ("Mama-mama menata "
                                                                                            "dagangan.", "Yosina/Fajar")
    assert "Mama-mama" not in article.body and article.body.startswith("Polisi menangkap")


@pytest.mark.parametrize("mark", ["(ra/mhd)", "(*)", "(ant/sb/krs)"])
def test_editor_initials_closing_the_story_are_taken_out(mark: str) -> None:
    article = _read(f"<html><body><article><h1>Judul</h1>{STORY.replace('parkiran.</p>', 'parkiran. ' + mark)}"
                    "</p></article></body></html>")
    assert article.body.rstrip().endswith("di parkiran.")
    assert (mark, "editor initials") in [(r.text, r.reason) for r in article.removed]


@pytest.mark.parametrize("picture", [
    # (issue 19, html-dev) Drupal's image field and caption field, Joomla's item-image figure: no og:image
    "<div class='node__content'><div class='field--name-field-gambar'><img src='/files/berita/parade.jpg' "
    "width='800' alt='Parade'></div><div class='field--name-field-keterangan-gambar'>Parade bunga di Tomohon. Foto: "
    "Prokopim</div></div>",
    "<figure class='left item-image'><img src='/files/berita/parade.jpg' itemprop='image' alt='Parade'>"
    "<figcaption class='caption'>Parade bunga di Tomohon. FOTO/PROKOPIM</figcaption></figure>",
])
def test_the_story_s_picture_over_its_text_is_the_lead_without_an_og_image(picture: str) -> None:
    head = "<link rel='canonical' href='https://kota.example/berita/parade'>"
    article = _read(f"<html><head>{head}</head><body><header><img src='/logo.png' alt='Logo'></header><h1>Judul</h1>"
                    "<div class='meta'><img src='/avatar.jpg' class='avatar' width='40'></div>"
                    f"{picture}<div class='body'>{STORY}</div></body></html>")
    assert article.image is not None and article.image.src == "https://kota.example/files/berita/parade.jpg"
    assert article.image.caption == "Parade bunga di Tomohon." and article.image.credit in ("Prokopim", "PROKOPIM")
    bare = _read(f"<html><head>{head}</head><body><h1>Judul</h1><div class='meta'><img src='/avatar.jpg' "
                 f"class='avatar'></div><a href='/iklan'><img src='/promo.jpg' width='728'></a>{STORY}</body></html>")
    assert bare.image is None


@pytest.mark.parametrize(("caption", "expected"), [
    ("Petani menjemur kopi, Kamis (17/10/2024). FOTO/RAKYAT ACEH", ("Petani menjemur kopi, Kamis (17/10/2024).",
                                                                    "RAKYAT ACEH")),
    ("Banjir di Bekasi. ANTARA FOTO/Budi", ("Banjir di Bekasi. ANTARA FOTO/Budi", None)),
])
def test_a_credit_after_the_caption_written_foto_slash(caption: str, expected: tuple) -> None:
    from warta.importer.html.inline import split_credit

    assert split_credit(caption) == expected


OLD_SITE = """<html><head><title>KABAR LAMA :: Judul Berita Lama</title></head><body><table width="980"><tr><td colspan="3">
<a href="index.php">HOME</a> | <a href="kategori.php?id=1">BERITA</a></td></tr><tr><td width="180">KATEGORI<br>
<a href="kategori.php?id=1">Berita</a><br>Setujukah Anda dengan jajak pendapat kami minggu ini?</td><td width="600">
<table><tr><td><a href="kategori.php?id=2">Budaya</a></td></tr><tr><td class="judul"><b>Judul Berita Lama</b></td></tr>
<tr><td class="tanggal">Senin, 21 Oktober 2024 - 09:12 WIB | Dibaca: 873 kali</td></tr>
<tr><td class="penulis">Laporan: Win Ruhdi</td></tr><tr><td><img src="p_files/foto.jpg" width="560" alt="Foto">
<br><span class="keterangan">Dua kelompok berbalas syair. (Foto: Kabar Lama)</span></td></tr>
<tr><td class="isi">Paragraf pertama berita lama yang panjang, ditulis di sel tabel dengan dua baris baru.<br><br>
ADVERTISEMENT<br><br>Paragraf kedua berita lama yang juga panjang, supaya pemilah teks utama menerimanya.<br><br>
Paragraf ketiga menutup berita lama ini dengan kalimat yang cukup panjang pula.<br><br>
<a href="javascript:window.print()">Cetak berita ini</a> | <a href="kirim.php">Kirim ke teman</a></td></tr>
<tr><td>Berita Terkait:<br><a href="b.php?id=1">Festival Danau Digelar November Ini di Takengon</a></td></tr>
</table></td><td width="200">BERITA TERPOPULER<br>1. <a href="b.php?id=2">Harga Kopi Naik Lagi di Dataran Tinggi</a>
<br>Pengunjung hari ini: 1.204</td></tr></table></body></html>"""


def test_an_old_table_layout_page_gives_its_article_cell(tmp_path: Path) -> None:
    # (issue 19, html-dev) a PHP site laid out in tables: the cell holding the text is the article; its
    # `<br><br>` are paragraphs; the <title>'s shown part is the headline; the date, byline and picture with its
    # caption come from the cells above the text; ad and print lines, the section link and side columns go
    from zoneinfo import ZoneInfo

    from warta.importer.html.page import read
    from warta.importer.records import ReadOptions

    (tmp_path / "p_files").mkdir()
    shutil.copy(FIXTURES / "blogger/input_files/panen-sagu.jpg", tmp_path / "p_files" / "foto.jpg")
    (article,) = read(OLD_SITE.encode("cp1252"), "p.html", ReadOptions(ZoneInfo("Asia/Jakarta"), base=tmp_path)).articles
    assert article.title == "Judul Berita Lama" and article.authors == ("Win Ruhdi",)
    assert article.date is not None and article.date.iso() == "2024-10-21T09:12:00+07:00"
    assert article.image is not None and article.image.src == "foto/judul-berita-lama/foto.jpg"
    assert (article.image.caption, article.image.credit) == ("Dua kelompok berbalas syair.", "Kabar Lama")
    assert article.body.split("\n\n")[0].startswith("Paragraf pertama") and len(article.body.split("\n\n")) == 3
    for junk in ("ADVERTISEMENT", "Cetak", "Budaya", "TERPOPULER", "Pengunjung", "Setujukah", "Festival"):
        assert junk not in article.body, junk


@pytest.mark.parametrize(("title", "shown", "expected"), [
    ("KABAR LAMA :: Judul Berita Lama", "<b>Judul Berita Lama</b>", "Judul Berita Lama"),
    ("Judul Berita Lama | Kabar Lama", "<b>Judul Berita Lama</b>", "Judul Berita Lama"),
    ("Rapat Paripurna :: DPRD Kota", "<p>Tidak ada bagian judul yang tampil di sini.</p>", "Rapat Paripurna :: DPRD Kota"),
])
def test_the_part_of_a_title_the_page_shows_is_the_headline(title: str, shown: str, expected: str) -> None:
    article = _read(f"<html><head><meta property='og:title' content='{title}'></head><body>{shown}{STORY}</body></html>")
    assert article.title == expected


def test_the_picture_over_the_headline_in_its_article_and_no_account_for_author() -> None:
    # (issue 19, html-dev's tenth page, measured after the pass) Sahifa puts the post's picture above the
    # <h1> inside the <article>; its byline links the "admin" account, and the text names the writer
    ld = ("<script type='application/ld+json'>{\"@type\": \"Article\", \"author\": {\"@type\": \"Person\", "
          "\"name\": \"admin\"}}</script><link rel='canonical' href='https://warta.example/2024/10/solar/'>")
    article = _read(f"<html><head>{ld}</head><body><article><div class='single-post-thumb'><img width='660' "
                    "src='https://warta.example/up/solar-660x330.jpg' alt='Perahu'></div><div class='single-post-caption'>"
                    "Perahu nelayan di dermaga. (Foto: Warta/Nur)</div><h1>Judul</h1><p class='post-meta'><span "
                    "class='post-meta-author'><a href='/author/admin/'>admin </a></span></p>"
                    f"{STORY}<p><strong>Penulis:</strong> Nurhaedah<br><strong>Editor:</strong> Ilham</p></article>"
                    "</body></html>")
    assert article.image is not None and article.image.src == "https://warta.example/up/solar-660x330.jpg"
    assert (article.image.caption, article.image.credit) == ("Perahu nelayan di dermaga.", "Warta/Nur")
    assert article.authors == ("Nurhaedah",)


@pytest.mark.parametrize(("head", "headline"), [
    # (issue 19, second HTML pass) the head's title is not what the page shows: an older og:title, a portal's
    # name; the headline the page shows is its <h1>, else the line whose class says headline
    ("<meta property='og:title' content='Banjir Surut'>", "<h1>Banjir Surut, Warga Kembali ke Rumah</h1>"),
    ("<meta property='og:title' content='Portal Resmi Pemerintah Kota'>",
     "<h2>Berita</h2><h3 class='judul-berita'>Banjir Surut, Warga Kembali ke Rumah</h3>"),
    ("<title>KORAN KOTA | Banjir Surut, Warga Kembali ke Rumah</title>",
     "<td class='judul_kiri'>KATEGORI</td><span class='judul'>Banjir Surut, Warga Kembali ke Rumah</span><br>"),
])
def test_the_headline_the_page_shows_over_a_title_it_does_not(head: str, headline: str) -> None:
    article = _read(f"<html><head>{head}</head><body><div class='logo'><img src='logo.png' alt='Koran Kota'></div><div>"
                    f"{headline}{STORY}</div></body></html>")
    assert article.title == "Banjir Surut, Warga Kembali ke Rumah"


def test_a_relative_date_line_is_counted_back_from_the_fetch_time() -> None:
    # (issue 19, second HTML pass) "3 jam yang lalu" is all the page says: three hours before it was fetched
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from warta.importer.html.page import read
    from warta.importer.records import ReadOptions

    html = (f"<html><body><article><h1>Judul</h1><time class='entry-date published'>3 jam yang lalu</time>{STORY}"
            "</article></body></html>")
    options = ReadOptions(ZoneInfo("Asia/Jakarta"), fetched_at=datetime.fromisoformat("2024-08-08T16:20:00+07:00"))
    (article,) = read(html.encode("utf-8"), "p.html", options).articles
    assert article.date is not None and article.date.iso() == "2024-08-08T13:20:00+07:00"


def test_a_portal_s_grid_column_holding_the_story_is_the_article() -> None:
    # (issue 19, second HTML pass) a portal's Bootstrap row: the story's column, and beside it the latest news
    # and an agenda, which are not the article
    side = "".join(f"<li class='list-group-item'><a href='/berita/{n}'>Bupati Meresmikan Jembatan Gantung Desa "
                   f"Nomor {n}</a><br><small>Rabu, {n} Des 2026</small></li>" for n in range(1, 4))
    article = _read(f"<html><body><section><div class='container'><div class='row'><div class='col-lg-8'><div "
                    f"class='card'><h3>Judul Berita Hari Ini</h3><div class='isi-berita'>{STORY * 3}</div></div></div>"
                    f"<div class='col-lg-4'><div class='card'><div class='card-header'>Berita Terbaru</div><ul "
                    f"class='list-group'>{side}</ul></div><div class='card'><div class='card-header'>Agenda</div><div "
                    "class='card-body'><p>Jumat, 4 Des 2026 — Rapat Koordinasi Penanganan Inflasi Daerah, Ruang "
                    "Rapat Anggrek</p></div></div></div></div></div></section></body></html>")
    for junk in ("Berita Terbaru", "Jembatan Gantung", "Agenda", "Rapat Koordinasi"):
        assert junk not in article.body, junk
    assert "Kapolsek Beji" in article.body


@pytest.mark.parametrize("line", [
    # (issue 19, second HTML pass) a byline line in the text that opens with the date: it goes to the front
    # matter (the writer too); a sentence that opens with a date stays
    "Rabu, 8 Agustus 2024 — 16:20 WITA | Oleh: Ratih Kusuma",
    "Rabu, 8 Agustus 2024 | 16:20 WITA Penulis : Ratih Kusuma Dibaca 842 kali",
])
def test_a_byline_line_opening_with_the_date_is_taken_out(line: str) -> None:
    kept = "Rabu, 8 Agustus 2024 pukul 16.20 WITA, warga berkumpul di balai desa untuk rapat."
    article = _read(f"<html><body><div><h1>Judul</h1><p>{line}</p>{STORY}<p>{kept}</p></div></body></html>")
    assert "Oleh" not in article.body and "Penulis" not in article.body and kept in article.body
    assert article.authors == ("Ratih Kusuma",)
    assert article.date is not None and article.date.iso() == "2024-08-08T16:20:00+08:00"


@pytest.mark.parametrize(("head", "byline", "expected"), [
    # (issue 19, second HTML pass) the writer the text names over the CMS's login the head names; the site's
    # name (a part of its <title>) is no writer; an "admin" account shown with its date names no one
    ("<meta name='author' content='redaksi'>", "<p><strong>Penulis: Aulia Rahman | Editor: Budi</strong></p>",
     ("Aulia Rahman",)),
    ("<title>Koran Kota :: Judul Berita</title><meta name='author' content='Koran Kota'>",
     "<p>Rabu, 8 Agustus 2024 — 16:20 WIB | Oleh: Ratih Kusuma</p>", ("Ratih Kusuma",)),
    ("", "<div class='entry-meta'><span class='posted-by vcard author'>Diposting oleh: <a rel='author' "
     "href='/author/admin/'><span class='fn'>admin</span></a></span> / <span class='posted-on'>Selasa, 8 Agustus "
     "2024 11:20 WIT</span> / <a rel='category tag' href='/berita/'>Berita</a></div>", ()),
    # (issue 19, third HTML pass) a microdata author item shown with its label
    ("<meta name='author' content='humas'>", "<ul><li itemprop='author'><span>Penulis: Nurul Aini</span></li></ul>",
     ("Nurul Aini",)),
    # a theme's byline row: the name, the date and the comment count side by side in their own elements
    ("<meta name='author' content='redaksi'>", "<div class='post-meta'><span class='author'>Penulis: <a href="
     "'/author/redaksi/'>Ani Lestari</a></span><span><time>5 Desember 2026, 08:30 WIT</time></span><span "
     "class='comment-count'>Komentar</span> <span class='views'>964</span></div>", ("Ani Lestari",)),
    # Drupal: the account in `dcterms.creator` and "Dikirim oleh", the writer in a field of the node
    ("<meta name='dcterms.creator' content='redaksi'>", "<p class='submitted'>Dikirim oleh <span class='username'>"
     "redaksi</span> pada Sen, 30/11/2026 - 19:45</p><div class='field field-name-field-penulis'><div class="
     "'field-label'>Penulis:&nbsp;</div><div class='field-items'><div class='field-item'>Galih Wicaksono</div></div>"
     "</div>", ("Galih Wicaksono",)),
])
def test_the_writer_over_an_account_or_the_site_s_name(head: str, byline: str, expected: tuple) -> None:
    article = _read(f"<html><head>{head}</head><body><article><h1>Judul Berita</h1>{byline}{STORY}</article>"
                    "</body></html>")
    assert article.authors == expected


@pytest.mark.parametrize(("head", "src"), [
    # (issue 19, second HTML pass) the story's photo under the headline is the lead when the og:image is the
    # site's logo, or an older picture the page does not show, or missing; a photo declared 1024 wide is one; an
    # http site's photo keeps its address
    ("<meta property='og:image' content='https://koran.example/img/logo-koran.png'>", "https://koran.example/f/a.jpg"),
    ("<meta property='og:image' content='https://koran.example/f/lama.jpg'>", "https://koran.example/f/a.jpg"),
    ("", "https://koran.example/f/a.jpg"),
    ("", "http://koran.example/f/a.jpg"),
])
def test_the_photo_under_the_headline_is_the_lead_over_a_logo_or_an_unshown_og_image(head: str, src: str) -> None:
    article = _read(f"<html><head>{head}</head><body><article><h1>Judul</h1><img src='https://koran.example/av.png' "
                    f"class='avatar' width='48'><figure><img width='1024' src='{src}' alt=''><figcaption>Warga di "
                    f"balai desa. (Foto: Koran/Ani)</figcaption></figure><div class='isi'>{STORY}</div></article>"
                    "</body></html>")
    assert article.image is not None and article.image.src == src
    assert (article.image.caption, article.image.credit) == ("Warga di balai desa.", "Koran/Ani")


@pytest.mark.parametrize("picture", [
    # (issue 19, second HTML pass) a theme's caption element right after the featured picture; AMP's <amp-img>
    "<img width='1200' src='https://koran.example/f/a.jpg' class='wp-post-image' alt='Warga'><span "
    "class='featured-image-caption'>Warga di balai desa. Foto: Koran/Ani</span>",
    "<figure class='wp-caption'><amp-img width='1200' src='https://koran.example/f/a.jpg' alt='Warga'></amp-img>"
    "<figcaption class='wp-caption-text'>Warga di balai desa. (Foto: Koran/Ani)</figcaption></figure>",
])
def test_a_caption_is_paired_with_its_picture_where_the_theme_puts_it(picture: str) -> None:
    head = "<meta property='og:image' content='https://koran.example/f/a.jpg'>"
    article = _read(f"<html><head>{head}</head><body><div class='main'><h1>Judul</h1><a href='/author/a/'><img "
                    f"class='avatar' src='https://koran.example/av.png'></a>{picture}<article>{STORY}</article></div>"
                    "</body></html>")
    assert article.image is not None and article.image.src == "https://koran.example/f/a.jpg"
    assert (article.image.caption, article.image.credit) == ("Warga di balai desa.", "Koran/Ani")


@pytest.mark.parametrize(("picture", "src"), [
    # (issue 19, third HTML pass) the caption in the element after the one holding the picture (an old site's
    # caption row under the picture's row, Drupal's caption field after its image field); the address as the page
    # writes it where it shows the og:image's very file
    ("<table><tr><td><img src='foto/a.jpg' width='540' alt='Warga'></td></tr><tr><td class='ketfoto'>Warga di "
     "balai desa. (Foto: Ani/Koran)</td></tr></table>", "foto/a.jpg"),
    ("<div class='field field-name-field-image'><div class='field-items'><div class='field-item'><img width='720' "
     "src='https://koran.example/foto/a.jpg?itok=Qm3x' alt='Warga'></div></div></div><div class='field "
     "field-name-field-keterangan-foto'><div class='field-items'><div class='field-item'>Warga di balai desa. "
     "Foto: Ani/Koran</div></div></div>", "https://koran.example/foto/a.jpg?itok=Qm3x"),
])
def test_a_caption_after_the_picture_s_holder_and_the_address_as_written(picture: str, src: str) -> None:
    head = "<meta property='og:image' content='https://koran.example/foto/a.jpg'>"
    article = _read(f"<html><head>{head}</head><body><h1>Judul Berita Hari Ini</h1>{picture}<div class='isi'>"
                    f"{STORY}</div></body></html>")
    assert article.image is not None and article.image.src == src
    assert (article.image.caption, article.image.credit) == ("Warga di balai desa.", "Ani/Koran")
