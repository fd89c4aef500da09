"""Broken and extreme content the invalid-site cases (tests/sites/invalid/) cannot hold as files:
a 5 MB article, lists and quotes thousands of levels deep, 10,000 tags, a pipe, dangling and
outside links in every site folder; and what is accepted as written: a UTF-8 BOM, CRLF line
ends, dates without a time zone (the site's, Asia/Jakarta by default).

Every refusal is checked the way tests/test_invalid.py checks the cases: exact message, exit
1, no traceback, the previous output folder untouched."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import lxml.html
import pytest

from helpers import CONFIG, NOW, snapshot, previous_output
from warta.cli import main

MARKER = b"<!doctype html><p>previous build</p>\n"
STOPPED = "build stopped (1 error); the output folder was not changed\n"


def site_with(tmp_path: Path, files: dict[str, str | bytes], config: str = CONFIG) -> Path:
    root = tmp_path / "site"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text(config, encoding="utf-8")
    (root / "articles/baik.md").write_text("---\ntitle: Baik\ndate: 2025-06-01\n---\n\nIsi baik.\n", encoding="utf-8")
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    previous_output(root / "_site", {"marker.html": MARKER})
    return root


def refused(root: Path, capsys, monkeypatch) -> str:
    """Build `root` (as `site`, from its parent); assert it was refused cleanly; return stderr."""
    before = snapshot(root)
    monkeypatch.chdir(root.parent)
    status = main(["build", "--source", "site", "--now", NOW, "--no-search"])
    out, err = capsys.readouterr()
    assert status == 1, out + err
    assert "Traceback" not in err and out == ""
    assert snapshot(root) == before
    return err


def built(root: Path, capsys) -> Path:
    status = main(["build", "--source", str(root), "--now", NOW, "--no-search", "--quiet"])
    err = capsys.readouterr().err
    assert status == 0, err
    assert not (root / "_site/marker.html").exists()
    return root / "_site"


def big_article(megabytes: float) -> str:
    paragraph = "Kata demi kata berita panjang untuk menguji ukuran berkas artikel yang sangat besar. " * 12
    count = int(megabytes * 1024 * 1024 / (len(paragraph) + 2)) + 1
    return "---\ntitle: Besar\ndate: 2025-06-15\n---\n\n" + f"{paragraph}\n\n" * count + "Paragraf terakhir.\n"


def test_a_5_mb_article_is_refused_by_default(tmp_path, capsys, monkeypatch):
    root = site_with(tmp_path, {"articles/besar.md": big_article(5)})
    assert refused(root, capsys, monkeypatch) == (
        "articles/besar.md: is 5.0 MB, more than the 1.0 MB an article may be (max_article_kb: 1024) — "
        "split it into several articles, or raise max_article_kb in warta.yaml\n" + STOPPED)


def test_a_5_mb_article_builds_whole_when_the_site_allows_it(tmp_path, capsys):
    root = site_with(tmp_path, {"articles/besar.md": big_article(5)}, CONFIG + "max_article_kb: 8192\n")
    out = built(root, capsys)
    page = (out / "artikel/besar/index.html").read_text(encoding="utf-8")
    assert len(page) > 5_000_000 and "Paragraf terakhir." in page


@pytest.mark.parametrize("kind", ["quotes", "lists", "ordered"])
def test_thousands_of_nesting_levels_are_reported_not_lost(tmp_path, capsys, monkeypatch, kind):
    depth = 5000
    body = {"quotes": "> " * depth + "teks terdalam\n",
            "lists": "".join("  " * i + "- butir\n" for i in range(depth // 10)),
            "ordered": "1. " * depth + "teks terdalam\n"}[kind]
    root = site_with(tmp_path, {"articles/dalam.md": f"---\ntitle: Dalam\ndate: 2025-06-15\n---\n\nPembuka.\n\n{body}"})
    err = refused(root, capsys, monkeypatch)
    line = 8 if kind != "lists" else 8 + 9  # the tenth list level: a list counts two of the 20
    assert err == (f"articles/dalam.md:{line}: body: lists or quotes are nested too deep here (20 levels at most, "
                   "a list counting two); what is inside would be lost — flatten them: use fewer levels of `>` "
                   "and indented list items\n" + STOPPED)


def test_nesting_up_to_the_limit_builds_with_every_word(tmp_path, capsys):
    quotes = "> " * 19 + "kutipan terdalam\n"
    lists = "".join("  " * i + f"- butir{i}\n" for i in range(9))
    root = site_with(tmp_path, {"articles/dalam.md": f"---\ntitle: Dalam\ndate: 2025-06-15\n---\n\n{quotes}\n{lists}"})
    body = lxml.html.fromstring((built(root, capsys) / "artikel/dalam/index.html").read_bytes()) \
        .xpath("//div[@class='article-body']")[0].text_content()
    assert "kutipan terdalam" in body and all(f"butir{i}" in body for i in range(9))


def test_10000_tags_are_refused_at_once(tmp_path, capsys, monkeypatch):
    tags = ", ".join(f"Tag {i}" for i in range(10_000))
    root = site_with(tmp_path, {"articles/tag.md": f"---\ntitle: Tag\ndate: 2025-06-15\ntags: [{tags}]\n---\n\nIsi.\n"})
    assert refused(root, capsys, monkeypatch) == (
        "articles/tag.md:4: tags: has 10000 tags; an article may have at most 50 — keep the few that readers "
        "will browse by\n" + STOPPED)


def test_a_pipe_in_articles_is_refused_without_hanging(tmp_path, capsys, monkeypatch):
    root = site_with(tmp_path, {})
    os.mkfifo(root / "articles/pipa.md")
    # Should the build open the pipe, a writer comes after 20 s so the test fails instead of hanging.
    rescue = threading.Timer(20, lambda: os.close(os.open(root / "articles/pipa.md", os.O_WRONLY)))
    rescue.start()
    try:
        err = refused(root, capsys, monkeypatch)
    finally:
        rescue.cancel()
    assert err == ("articles/pipa.md: is not a regular file (a pipe, a device or a socket) — remove it from "
                   "articles/\n" + STOPPED)


def test_a_dangling_article_link_is_reported(tmp_path, capsys, monkeypatch):
    root = site_with(tmp_path, {})
    (root / "articles/hilang.md").symlink_to(root / "articles/tidak-ada.md")
    assert refused(root, capsys, monkeypatch) == (
        "articles/hilang.md: cannot be read (No such file or directory) — restore the file or remove what is "
        "left of it\n" + STOPPED)


@pytest.mark.parametrize("folder", ["static", "assets", "templates", "data"])
@pytest.mark.parametrize("kind", ["file", "folder"])
def test_links_leaving_the_site_are_refused_in_every_folder(tmp_path, capsys, monkeypatch, folder, kind):
    secret = tmp_path / "rahasia"
    secret.mkdir()
    (secret / "kunci.txt").write_text("kata sandi\n")
    root = site_with(tmp_path, {f"{folder}/biasa.txt": "biasa\n"})
    (root / folder / "bocor").symlink_to(secret if kind == "folder" else secret / "kunci.txt")
    assert refused(root, capsys, monkeypatch) == (
        f"{folder}/bocor: is a link to a {kind} outside the site — copy the {kind} into the site instead of "
        "linking it\n" + STOPPED)


def test_an_authors_file_linked_from_outside_the_site_is_refused_unread(tmp_path, capsys, monkeypatch):
    """data/authors.yaml (issue 18) linked to a file elsewhere: refused as any link leaving the site,
    and never parsed (its YAML errors would quote what it holds)."""
    (tmp_path / "rahasia.txt").write_text("kata sandi: 'rahasia\n")
    root = site_with(tmp_path, {})
    (root / "data").mkdir()
    (root / "data/authors.yaml").symlink_to(tmp_path / "rahasia.txt")
    assert refused(root, capsys, monkeypatch) == (
        "data/authors.yaml: is a link to a file outside the site — copy the file into the site instead of "
        "linking it\n" + STOPPED)


def test_a_linked_static_folder_itself_is_refused(tmp_path, capsys, monkeypatch):
    (tmp_path / "luar").mkdir()
    root = site_with(tmp_path, {})
    (root / "static").symlink_to(tmp_path / "luar")
    assert refused(root, capsys, monkeypatch) == (
        "static: is a link to a folder outside the site — copy the folder into the site instead of linking it\n"
        + STOPPED)


def test_link_loops_and_dangling_links_are_refused(tmp_path, capsys, monkeypatch):
    root = site_with(tmp_path, {"static/gambar/a.txt": "a\n"})
    (root / "static/gambar/putar").symlink_to(root / "static")
    (root / "static/hilang.png").symlink_to(root / "static/tidak-ada.png")
    err = refused(root, capsys, monkeypatch)
    assert err == ("static/gambar/putar: is a link to a folder that holds it (a loop) — remove the link\n"
                   f"static/hilang.png: is a link to {root}/static/tidak-ada.png, which does not exist — remove the "
                   "link or restore what it points to\n"
                   "build stopped (2 errors); the output folder was not changed\n")


def test_links_inside_the_site_are_followed_and_vcs_folders_skipped(tmp_path, capsys):
    root = site_with(tmp_path, {"media/foto.txt": "foto\n", "static/.git/config": "[core]\n",
                                "static/.well-known/security.txt": "Contact: mailto:redaksi@contoh.id\n"})
    (root / "static/media").symlink_to(root / "media")
    out = built(root, capsys)
    assert (out / "media/foto.txt").read_text() == "foto\n"
    assert (out / ".well-known/security.txt").exists()
    assert not (out / ".git").exists()


def test_bom_crlf_and_dates_without_a_time_zone_are_accepted(tmp_path, capsys):
    text = "\ufeff---\r\ntitle: Berita CRLF\r\ndate: 2025-06-15 09:30\r\ntags: [Uji]\r\n---\r\n\r\nIsi berita.\r\n"
    root = site_with(tmp_path, {"articles/crlf.md": text})
    doc = lxml.html.fromstring((built(root, capsys) / "artikel/crlf/index.html").read_bytes())
    assert doc.xpath("//h1/text()") == ["Berita CRLF"]
    # No zone written: the site's time zone (Asia/Jakarta, +07:00) is assumed.
    assert "2025-06-15T09:30:00+07:00" in doc.xpath("//article//time/@datetime")


def test_a_control_character_in_a_static_or_asset_name_is_named_as_such(tmp_path, capsys, monkeypatch):
    """Issue 21: a static file with a newline in its name "would leave the output folder"."""
    root = site_with(tmp_path, {"static/baris\nbaru.txt": "x\n", "static/.tersembunyi\x01": "x\n",
                                "assets/ikon\tkecil.svg": "<svg/>\n", "static/a\x1bb/isi.txt": "x\n"})
    assert refused(root, capsys, monkeypatch) == (
        "assets/ikon\\x09kecil.svg: has a control character (U+0009) in its name — rename it; Warta does not "
        "publish such names\n"
        "static/a\\x1bb: has a control character (U+001B) in its name — rename it; Warta does not publish such "
        "names\n"
        "static/baris\\x0abaru.txt: has a control character (U+000A) in its name — rename it; Warta does not "
        "publish such names\n"
        "build stopped (3 errors); the output folder was not changed\n")


@pytest.mark.parametrize("folder", ["articles", "static", "assets", "templates"])
def test_a_file_where_a_site_folder_belongs_is_named_as_such(tmp_path, capsys, monkeypatch, folder):
    """Issue 21: `articles` being a file was reported as "folder is missing"."""
    root = site_with(tmp_path, {})
    if folder == "articles":
        for path in (root / "articles").iterdir():
            path.unlink()
        (root / "articles").rmdir()
    (root / folder).write_text("bukan folder\n", encoding="utf-8")
    hint = ("rename or remove the file, and keep the articles in a folder articles/" if folder == "articles" else
            f"rename or remove the file: {folder}/ must be a folder, or not be there")
    assert refused(root, capsys, monkeypatch) == f"{folder}: is a file, not a folder — {hint}\n" + STOPPED


def test_a_reference_link_repeated_thousands_of_times_is_refused(tmp_path, capsys, monkeypatch):
    """Issue 21: 62 KB of Markdown made a 382 MB site (the article page and every feed repeat the body)."""
    body = "[a]: / '" + '"' * 10_000 + "'\n\n" + "[a] " * 13_000 + "\n"
    root = site_with(tmp_path, {"articles/besar.md": f"---\ntitle: Besar\ndate: 2025-06-15\n---\n\n{body}"})
    assert refused(root, capsys, monkeypatch) == (
        "articles/besar.md:6: body: renders to more than 130 MB from 62 KB of Markdown: the reference [a] defined "
        "here is used 13,000 times, repeating 10,001 characters of address and title each time — write the long "
        "address or title once, or use the reference a few times\n" + STOPPED)
