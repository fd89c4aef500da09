"""warta.importer: telling input kinds apart (sniff), handing each to its reader, limits per kind, the new front
matter fields and pictures copied beside the article (inputs.py, write.py, pictures.py)."""

from __future__ import annotations

import io
import os
import sys
import types
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from PIL import Image

from warta.cli import main
from warta.importer import inputs
from warta.importer.pictures import PicturePlacer, local_file
from warta.importer.records import ImportedArticle, ImportedImage, Reading, Skipped
from warta.importer.sniff import FEED, HTML, TEXT, WXR, sniff
from warta.importer.write import import_inputs, to_markdown_file

JAKARTA = ZoneInfo("Asia/Jakarta")

def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 3), (20, 120, 200)).save(out, "JPEG")
    return out.getvalue()


JPEG = _jpeg()
"""A real (tiny) JPEG: only a picture the build takes is copied, not a JPEG's first bytes followed by nothing."""
WXR_HEAD = (b'<?xml version="1.0" encoding="UTF-8" ?>\n<!-- This is a WordPress eXtended RSS file -->\n'
            b'<rss version="2.0"\n\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"\n'
            b'\txmlns:wp="http://wordpress.org/export/1.2/"\n>\n<channel>')


# ------------------------------------------------------------------ sniff


@pytest.mark.parametrize("head, kind", [
    (b"Judul Berita\n\nIsi berita.", TEXT),
    (b"\xef\xbb\xbfJudul\r\n<b>bukan</b>", TEXT),
    (b"<!DOCTYPE html>\n<html lang='id'><head>", HTML),
    (b"\xef\xbb\xbf<!-- saved from url=(0045)https://contoh.id/ -->\n<html>", HTML),
    (b"  <html>", HTML),
    (b"<p>Paragraf</p>", HTML),
    ("\ufeff<!DOCTYPE html><html>".encode("utf-16"), HTML),
    (WXR_HEAD, WXR),
    (b'<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
     FEED),
    (b'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', FEED),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', FEED),
    (b"<unknown>text", TEXT),
    (b"", TEXT),
    # A doctype's internal subset holds `>` in its declarations: an XML bomb still goes to the reader that refuses it.
    (b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aa"><!ENTITY b "&a;&a;">]>\n' + WXR_HEAD.split(b"?>", 1)[1],
     WXR),
    (b'<!DOCTYPE feed [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n<feed xmlns="http://www.w3.org/2005/Atom">', FEED),
])
def test_sniff_tells_kinds_from_the_first_bytes(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


# ------------------------------------------------------------------ dispatch


@pytest.fixture()
def fake_wxr(monkeypatch: pytest.MonkeyPatch):
    """A stand-in WordPress reader: two posts, a private one skipped (the real one is another module)."""
    module = types.ModuleType("fake_wordpress")
    seen = {}

    def read(data: bytes, name: str, options) -> Reading:
        seen["options"] = options
        article = ImportedArticle(name=name, title="Pos Satu", date=None, updated=None, authors=("Ani",), editors=(),
                                  source=None, dateline=None, tags=("a",), body="Isi satu.\n", removed=(), warnings=(),
                                  slug="pos-satu", aliases=("/2024/05/pos-satu/", "https://bukan.path/x"),
                                  category="Nasional", summary="Ringkas.", draft=True)
        second = ImportedArticle(name=name, title="Pos Dua", date=None, updated=None, authors=(), editors=(),
                                 source=None, dateline=None, tags=(), body="Isi dua.\n", removed=(), warnings=())
        return Reading((article, second), (Skipped('post "Rahasia" (id 12)', "private post"),
                                           Skipped('post "Lain" (id 13)', "private post")))

    module.read = read
    monkeypatch.setitem(sys.modules, "fake_wordpress", module)
    monkeypatch.setitem(inputs.READERS, WXR, "fake_wordpress")
    return seen


def test_each_input_goes_to_the_reader_of_its_kind(tmp_path: Path, fake_wxr, capsys) -> None:
    export = tmp_path / "ekspor.xml"
    export.write_bytes(WXR_HEAD + b"</channel></rss>")
    text = tmp_path / "mentah.txt"
    text.write_text("Berita Baik\n\nIsi.\n", encoding="utf-8")
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    rc = main(["import", str(export), str(text), "--into", str(tmp_path / "articles"), "--uploads", str(uploads)])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert fake_wxr["options"].uploads == uploads and fake_wxr["options"].base == tmp_path
    assert out.splitlines() == [
        f"imported {export} -> {tmp_path / 'articles' / 'pos-satu.md'} (0 blocks dropped)",
        f"imported {export} -> {tmp_path / 'articles' / 'pos-dua.md'} (0 blocks dropped)",
        f"{export}: 2 articles imported, 2 private posts skipped",
        f"imported {text} -> {tmp_path / 'articles' / 'berita-baik.md'} (0 lines dropped)"]
    written = (tmp_path / "articles" / "pos-satu.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(written.split("\n---\n", 1)[0].removeprefix("---\n"))
    assert meta["category"] == "Nasional" and meta["summary"] == "Ringkas." and meta["draft"] is True
    assert meta["aliases"] == ["/2024/05/pos-satu/"]  # (a full URL is no alias of this site)


def test_dry_run_lists_what_each_input_skipped(tmp_path: Path, fake_wxr, capsys) -> None:
    export = tmp_path / "ekspor.xml"
    export.write_bytes(WXR_HEAD)
    assert main(["import", str(export), "--into", str(tmp_path / "articles"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f'==> skipped in {export}: post "Rahasia" (id 12): private post\n' in out
    assert out.endswith(f"{export}: 2 articles to import, 2 private posts skipped\n")
    assert not (tmp_path / "articles").exists()


def test_a_kind_whose_reader_is_missing_is_a_one_line_error(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setitem(inputs.READERS, FEED, "warta.importer.no_such_reader")
    feed = tmp_path / "feed.xml"
    feed.write_bytes(b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>')
    good = tmp_path / "baik.txt"
    good.write_text("Berita Baik\n\nIsi.\n", encoding="utf-8")
    assert main(["import", str(feed), str(good), "--into", str(tmp_path / "articles")]) == 1
    err = capsys.readouterr().err
    assert f"error: {feed}: is a feed, which this version of Warta cannot import yet\n" in err
    assert err.endswith("1 of 2 files not imported\n") and (tmp_path / "articles" / "berita-baik.md").exists()


def test_a_reader_that_fails_stops_only_its_input(tmp_path: Path, monkeypatch, capsys) -> None:
    module = types.ModuleType("broken_reader")
    module.read = lambda data, name, options: 1 / 0
    monkeypatch.setitem(sys.modules, "broken_reader", module)
    monkeypatch.setitem(inputs.READERS, WXR, "broken_reader")
    export = tmp_path / "ekspor.xml"
    export.write_bytes(WXR_HEAD)
    good = tmp_path / "baik.txt"
    good.write_text("Berita Baik\n\nIsi.\n", encoding="utf-8")
    assert main(["import", str(export), str(good), "--into", str(tmp_path / "articles")]) == 1
    err = capsys.readouterr().err
    assert f"error: {export}: could not be read as a WordPress export (ZeroDivisionError: division by zero)" in err
    assert "Traceback" not in err and (tmp_path / "articles" / "berita-baik.md").exists()


def test_size_limits_are_per_kind(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(inputs.MAX_BYTES, HTML, 1000)
    monkeypatch.setitem(inputs.MAX_BYTES, WXR, 5000)
    page = tmp_path / "laman.html"
    page.write_bytes(b"<html><body><p>" + b"x" * 2000 + b"</p></body></html>")
    export = tmp_path / "ekspor.xml"
    export.write_bytes(WXR_HEAD + b" " * 2000)
    with pytest.raises(inputs.Refusal, match=r"reads saved pages of at most 0 MB"):
        inputs.read_input(page)
    assert inputs.read_input(export)[1] == WXR


RSS_AFTER_PROLOG = (b'<rss version="2.0"><channel><title>Koran</title><item><title>Kopi</title>'
                    b"<description>Isi.</description></item></channel></rss>\n")


@pytest.mark.parametrize("prolog", [
    b"<!-- " + b"lisensi " * 9000 + b"-->\n",  # a licence comment longer than the first 64 KB
    b"<!DOCTYPE rss [<!ENTITY x \"" + b"A" * 100_000 + b"\">]>\n",  # entities: the feed reader refuses them
    b"<!-- a -->\n" * 7000,  # many short comments
])
def test_a_feed_whose_prolog_outlasts_the_first_bytes_is_still_a_feed(prolog: bytes, tmp_path: Path) -> None:
    """Probe finding 2: the sniffer saw only the first 64 KB, all prolog, and took the feed for raw text."""
    feed = tmp_path / "feed.xml"
    feed.write_bytes(b'<?xml version="1.0" encoding="utf-8"?>\n' + prolog + RSS_AFTER_PROLOG)
    data, kind = inputs.read_input(feed)
    assert kind == FEED and data == feed.read_bytes()
    assert sniff(data[:inputs.HEAD_BYTES], complete=False) is None


def test_a_prolog_without_end_or_an_unknown_xml_root_is_refused_not_taken_for_text(tmp_path: Path,
                                                                                    monkeypatch) -> None:
    monkeypatch.setattr(inputs, "MAX_PROLOG_BYTES", 200_000)
    endless = tmp_path / "tanpa-akhir.xml"
    endless.write_bytes(b'<?xml version="1.0"?>\n<!-- ' + b"x" * 300_000 + b" -->" + RSS_AFTER_PROLOG)
    with pytest.raises(inputs.Refusal, match=r"opens with more than 0 MB of XML declaration"):
        inputs.read_input(endless)
    other = tmp_path / "lain.xml"
    other.write_bytes(b'<?xml version="1.0"?>\n<!-- ' + b"x" * 70_000 + b" --><katalog><buku/></katalog>")
    with pytest.raises(inputs.Refusal, match=r"is an XML file, but neither an RSS or Atom feed"):
        inputs.read_input(other)


def test_the_limits_are_5_mb_for_texts_and_pages_and_1_gb_for_wordpress_exports() -> None:
    assert inputs.MAX_BYTES[TEXT] == inputs.MAX_BYTES[HTML] == 5 * 1024 * 1024
    assert inputs.MAX_BYTES[WXR] == 1024 * 1024 * 1024


# ------------------------------------------------------------------ front matter


def test_front_matter_of_the_new_fields() -> None:
    article = ImportedArticle(
        name="laman.html", title="Judul", date=None, updated=None, authors=("Ani",), editors=("Budi",), source=None,
        dateline=None, tags=(), body="Isi.\n", removed=(), warnings=(), category="Ekonomi", summary="Ringkas",
        image=ImportedImage("foto/judul/a.jpg", None, "Pasar pagi", "Antara/Budi"),
        source_url="https://contoh.id/judul")
    meta = yaml.safe_load(to_markdown_file(article).split("\n---\n", 1)[0].removeprefix("---\n"))
    assert meta["image"] == {"src": "foto/judul/a.jpg", "alt": "Pasar pagi", "caption": "Pasar pagi",
                             "credit": "Antara/Budi"}
    assert meta["extra"] == {"editor": ["Budi"], "source_url": "https://contoh.id/judul"}
    assert "draft" not in meta and "aliases" not in meta
    bare = to_markdown_file(ImportedArticle(
        name="x", title="J", date=None, updated=None, authors=(),
        editors=(), source=None, dateline=None, tags=(), body="b", removed=(), warnings=(),
        image=ImportedImage("https://cdn.contoh.id/a.jpg")))
    assert '  # No alt text in the source: describe the picture ("" marks it decorative).\n  alt: ""\n' in bare


# ------------------------------------------------------------------ pictures


def test_only_pictures_inside_the_allowed_folder_are_placed(tmp_path: Path) -> None:
    page = tmp_path / "simpan"
    (page / "laman_files").mkdir(parents=True)
    (page / "laman_files" / "a.jpg").write_bytes(JPEG)
    (page / "laman_files" / "b c.jpg").write_bytes(JPEG)
    (page / "laman_files" / "bukan.jpg").write_bytes(b"<html>")
    (tmp_path / "rahasia.jpg").write_bytes(JPEG)
    os.symlink(tmp_path / "rahasia.jpg", page / "laman_files" / "tautan.jpg")
    placer = PicturePlacer("judul", page, page)
    assert placer("laman_files/a.jpg", "A") == ImportedImage("foto/judul/a.jpg", copy_from=page / "laman_files/a.jpg")
    assert placer("./laman_files/a.jpg?v=2", "A").src == "foto/judul/a.jpg"
    assert placer("laman_files/b%20c.jpg", None).src == "foto/judul/b-c.jpg"
    for src in ("../rahasia.jpg", "laman_files/tautan.jpg", "../../../../etc/passwd", "/etc/passwd",
                "file:///etc/passwd", "https://contoh.id/a.jpg", "laman_files/bukan.jpg", "laman_files/hilang.jpg"):
        assert placer(src, None) is None, src
    assert [n.split(": ", 1)[1] for n in placer.notes] == [
        f"outside {page} (only pictures inside it are copied)", f"outside {page} (only pictures inside it are copied)",
        "no such file", "not a JPEG, PNG, GIF, WebP, AVIF or SVG picture", "no such file"]


def test_two_files_of_one_name_get_two_names(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "foto.jpg").write_bytes(JPEG)
    placer = PicturePlacer("s", tmp_path, tmp_path)
    assert [placer(f"{f}/foto.jpg", None).src for f in ("a", "b", "a")] == [
        "foto/s/foto.jpg", "foto/s/foto-2.jpg", "foto/s/foto.jpg"]


def test_local_file_follows_symlinks_inside_but_not_out(tmp_path: Path) -> None:
    (tmp_path / "dalam").mkdir()
    (tmp_path / "dalam" / "a.jpg").write_bytes(JPEG)
    os.symlink("a.jpg", tmp_path / "dalam" / "b.jpg")
    assert local_file(tmp_path / "dalam" / "b.jpg", tmp_path / "dalam")[0] == tmp_path / "dalam" / "a.jpg"
    os.symlink(tmp_path / "dalam", tmp_path / "luar")
    assert local_file(tmp_path / "dalam" / "a.jpg", tmp_path / "luar")[0] == tmp_path / "dalam" / "a.jpg"


def _page_with_picture(tmp_path: Path) -> Path:
    (tmp_path / "laman_files").mkdir(exist_ok=True)
    (tmp_path / "laman_files" / "rapat.jpg").write_bytes(JPEG)
    page = tmp_path / "laman.html"
    page.write_text("<html><head><title>Rapat Redaksi</title></head><body><article><h1>Rapat Redaksi</h1>"
                    "<p>Isi berita yang cukup panjang untuk dibaca sebagai artikel utama halaman ini.</p>"
                    "<figure><img src='laman_files/rapat.jpg' alt='Rapat'><figcaption>Rapat pagi</figcaption></figure>"
                    "</article></body></html>", encoding="utf-8")
    return page


def test_pictures_are_copied_beside_the_article_never_over_another_without_force(tmp_path: Path) -> None:
    pytest.importorskip("warta.importer.html.page")
    page = _page_with_picture(tmp_path)
    into = tmp_path / "articles"
    (into / "foto" / "rapat-redaksi").mkdir(parents=True)
    (into / "foto" / "rapat-redaksi" / "rapat.jpg").write_bytes(JPEG + b"lain")
    (item,) = import_inputs([page], into)
    (result,) = item.results
    assert "already exists (a different picture): pass --force" in result.problem.message
    assert not (into / "rapat-redaksi.md").exists()
    (item,) = import_inputs([page], into, force=True)
    assert item.results[0].written and (into / "foto" / "rapat-redaksi" / "rapat.jpg").read_bytes() == JPEG


def test_a_symlinked_pictures_folder_leading_out_of_the_articles_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("warta.importer.html.page")
    page = _page_with_picture(tmp_path)
    into = tmp_path / "articles"
    into.mkdir()
    (tmp_path / "luar").mkdir()
    os.symlink(tmp_path / "luar", into / "foto")
    (item,) = import_inputs([page], into, force=True)
    assert "foto is not a plain folder (a symlink?)" in item.results[0].problem.message
    assert list((tmp_path / "luar").iterdir()) == []


def test_uploads_must_be_a_folder(tmp_path: Path, capsys) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Judul\n\nIsi.\n", encoding="utf-8")
    assert main(["import", str(text), "--into", str(tmp_path / "articles"), "--uploads", str(tmp_path / "tiada")]) == 2
    assert f"--uploads {tmp_path / 'tiada'}: not a folder" in capsys.readouterr().err
    assert not (tmp_path / "articles").exists()
