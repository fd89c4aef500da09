"""`warta import export.xml --uploads uploads` end to end: the article files, their pictures, and the build (issue 19).

Run as a newsroom runs it: from the site folder with relative paths (and once with absolute ones from
elsewhere). The articles written must equal tests/fixtures/import/wordpress/expected/, build, redirect their old
permalinks, keep drafts and scheduled posts out of the site and never publish the private post."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from warta.cli import main

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "import" / "wordpress"
EXPECTED = FIXTURE / "expected"
BUILD_NOW = "2026-12-05T12:00:00+07:00"
CONFIG = "title: Kabar Nusantara\nbase_url: https://kabarnusantara.id/\n"
PUBLISHED = ("harga-beras-naik-jelang-iduladha", "pemkot-bekasi-siagakan-30-pompa-air", "makna-yd-lftr-bagi-perantau")
PICTURES = {
    "harga-beras-naik-jelang-iduladha": ("beras-cipinang.jpg", "pedagang-beras.jpg"),
    "pemkot-bekasi-siagakan-30-pompa-air": ("pompa-air-bekasi.jpg",),
    "makna-yd-lftr-bagi-perantau": ("pulang-basamo-1.jpg", "pulang-basamo-2.jpg"),
}


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    root = tmp_path / "situs"
    root.mkdir()
    (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    shutil.copy(FIXTURE / "export.xml", root / "export.xml")
    shutil.copytree(FIXTURE / "uploads", root / "uploads")
    return root


def _assert_articles_as_expected(articles: Path) -> None:
    written = sorted(p.name for p in articles.glob("*.md"))
    assert written == sorted(p.name for p in EXPECTED.glob("*.md"))
    for name in written:
        assert (articles / name).read_text(encoding="utf-8") == (EXPECTED / name).read_text(encoding="utf-8"), name
    for slug, files in PICTURES.items():
        for file in files:
            copied = articles / "foto" / slug / file
            assert copied.read_bytes() == next((FIXTURE / "uploads").rglob(file)).read_bytes()
            assert not copied.is_symlink()


def test_import_from_the_site_folder_writes_the_expected_articles_and_builds(
        site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(site)
    assert main(["import", "export.xml", "--uploads", "uploads", "--into", "articles"]) == 0
    out = capsys.readouterr().out
    assert ("export.xml: 6 articles imported, 1 private post skipped, 1 password-protected post skipped, "
            "1 trashed post skipped") in out
    assert "5 attachments (used for the posts' pictures) skipped" in out
    _assert_articles_as_expected(site / "articles")

    assert main(["build", "--now", BUILD_NOW, "--quiet"]) == 0
    output = site / "_site"
    for slug in PUBLISHED:
        assert (output / "artikel" / slug / "index.html").is_file()
    # the old permalinks redirect to the articles (a page at the old path, and a _redirects line)
    old = output / "2024" / "06" / "12" / "harga-beras-naik-jelang-iduladha" / "index.html"
    assert 'url=/artikel/harga-beras-naik-jelang-iduladha/"' in old.read_text(encoding="utf-8")
    # and so does the address of the slug the post had before its headline was edited (_wp_old_slug)
    before = output / "2024" / "06" / "12" / "harga-beras-naik-pedagang-cipinang-mengeluh" / "index.html"
    assert 'url=/artikel/harga-beras-naik-jelang-iduladha/"' in before.read_text(encoding="utf-8")
    redirects = (output / "_redirects").read_text(encoding="utf-8")
    assert "/2024/04/10/makna-عيد-الفطر-bagi-perantau/ /artikel/makna-yd-lftr-bagi-perantau/ 301" in redirects
    # drafts, pending and scheduled posts are not published; the private post is nowhere
    for slug in ("profil-calon-wali-kota-bekasi-2024", "umk-bekasi-2025-diusulkan-naik-6-persen",
                 "jadwal-sekaten-2031"):
        assert not (output / "artikel" / slug).exists()
    everything = "".join(p.read_text(encoding="utf-8", errors="replace") for p in output.rglob("*")
                         if p.is_file() and p.suffix in (".html", ".xml", ".json", ""))
    for secret in ("Narasumber rahasia", "Catatan Rapat Redaksi", "Isi khusus pelanggan", "Tentang Kami"):
        assert secret not in everything
    # the featured image is the lead photo, with its caption and credit
    page = (output / "artikel" / "harga-beras-naik-jelang-iduladha" / "index.html").read_text(encoding="utf-8")
    assert "Tumpukan karung beras di gudang Pasar Induk Beras Cipinang, Jakarta Timur." in page
    assert "ANTARA FOTO/Aditya Pradana Putra" in page


def test_drafts_build_with_the_drafts_flag(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(site)
    assert main(["import", "export.xml", "--uploads", "uploads", "--into", "articles"]) == 0
    assert main(["build", "--now", BUILD_NOW, "--quiet", "--drafts"]) == 0
    assert (site / "_site" / "artikel" / "profil-calon-wali-kota-bekasi-2024" / "index.html").is_file()


def test_import_with_absolute_paths_from_elsewhere_writes_the_same(site: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["import", str(site / "export.xml"), "--uploads", str(site / "uploads"),
                 "--into", str(site / "articles")]) == 0
    _assert_articles_as_expected(site / "articles")
    assert main(["build", "--source", str(site), "--now", BUILD_NOW, "--quiet"]) == 0


def test_without_uploads_the_import_still_builds(site: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """No --uploads: the featured image stays at its https address (sharing cards only), body pictures become
    links to theirs, each said in a warning; nothing is copied and the site builds."""
    monkeypatch.chdir(site)
    assert main(["import", "export.xml", "--into", "articles"]) == 0
    err = capsys.readouterr().err
    assert "pass --uploads with the site's wp-content/uploads folder" in err
    assert not (site / "articles" / "foto").exists()
    text = (site / "articles" / "harga-beras-naik-jelang-iduladha.md").read_text(encoding="utf-8")
    assert 'src: "https://kabarnusantara.id/wp-content/uploads/2024/06/beras-cipinang.jpg"' in text
    assert "![" not in text
    assert main(["build", "--now", BUILD_NOW, "--quiet"]) == 0


def test_a_second_import_overwrites_nothing(site: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(site)
    assert main(["import", "export.xml", "--uploads", "uploads", "--into", "articles"]) == 0
    edited = site / "articles" / "harga-beras-naik-jelang-iduladha.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Harga beras medium", "DISUNTING"), encoding="utf-8")
    assert main(["import", "export.xml", "--uploads", "uploads", "--into", "articles"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert "DISUNTING" in edited.read_text(encoding="utf-8")


def test_a_billion_laughs_export_is_refused_in_one_line(site: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(site)
    bomb = (b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
            + (FIXTURE / "export.xml").read_bytes().split(b"?>", 1)[1].replace(b"Kabar", b"&c; Kabar", 1))
    (site / "bom.xml").write_bytes(bomb)
    assert main(["import", "bom.xml", "export.xml", "--uploads", "uploads", "--into", "articles"]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "bom.xml" in line]
    assert len(lines) == 1 and "declares XML entities" in lines[0]
    # the other input still imports
    assert (site / "articles" / "harga-beras-naik-jelang-iduladha.md").is_file()


def test_each_article_is_listed_as_it_is_written_so_ctrl_c_leaves_a_true_list(
        site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl+C in the middle of a long import: the articles written before it were listed, each on its
    `imported` line, as it was written (they were all printed at the end, so none was) (probe finding 19)."""
    from warta.importer import write

    real_write, calls = write._write, []

    def write_then_stop(result, into, force):
        calls.append(result.target)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_write(result, into, force)

    monkeypatch.setattr(write, "_write", write_then_stop)
    monkeypatch.chdir(site)
    assert main(["import", "export.xml", "--into", "articles"]) == 130
    captured = capsys.readouterr()
    listed = [line.split(" -> ")[1].split(" (")[0] for line in captured.out.splitlines()
              if line.startswith("imported ")]
    written = sorted(str(p.relative_to(site)) for p in (site / "articles").glob("*.md"))
    assert len(listed) == 2 and sorted(listed) == written
    assert "each on an `imported` line above" in captured.err


def test_a_file_given_twice_is_imported_once_with_a_warning(site: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """`warta import export.xml ./export.xml` (a shell glob and a name, a link to the file): not an error telling
    to import them separately and rename one (probe finding 20)."""
    monkeypatch.chdir(site)
    (site / "tautan.xml").symlink_to(site / "export.xml")
    assert main(["import", "export.xml", "./export.xml", "tautan.xml", "--into", "articles"]) == 0
    err = capsys.readouterr().err
    assert err.count("is the same file as export.xml, given before: imported once") == 2
    assert "rename" not in err and len(list((site / "articles").glob("*.md"))) == 6
