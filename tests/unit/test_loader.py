"""content/loader.py: walking articles/, reading files, and collecting every problem."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import article
from warta.config import SiteConfig
from warta.content.loader import find_article_files, load_articles

CONFIG = SiteConfig(title="X")


def test_loads_many_files_sorted_by_path(write_site):
    files = {f"articles/artikel-{n:03d}.md": article(title=f"Artikel {n}") for n in range(60)}
    files["articles/rubrik/ekonomi/dalam.md"] = article(title="Dalam")
    root = write_site(files)
    result = load_articles(root, CONFIG)
    assert result.ok and result.problems == ()
    assert len(result.articles) == 61
    paths = [a.path for a in result.articles]
    assert paths == sorted(paths)
    assert "articles/rubrik/ekonomi/dalam.md" in paths
    assert result.articles[0].slug == "artikel-000"


def test_reports_errors_from_several_files_in_path_and_line_order(write_site):
    root = write_site({
        "articles/c.md": "---\ndate: 2025-06-15\n---\n\nTanpa judul.\n",
        "articles/a.md": "---\ntitle: A\ndate: 2025-02-30\ntags: Meta\n---\n\nIsi.\n",
        "articles/b.md": article(title="Baik"),
        "articles/d.md": "tanpa front matter\n",
    })
    result = load_articles(root, CONFIG)
    assert not result.ok
    assert [(p.path, p.line, p.field) for p in result.problems] == [
        ("articles/a.md", 3, "date"),
        ("articles/a.md", 4, "tags"),
        ("articles/c.md", 2, "title"),
        ("articles/d.md", 1, None),
    ]
    assert [a.path for a in result.articles] == ["articles/b.md"]


def test_warnings_alone_leave_the_result_ok(write_site):
    root = write_site({"articles/a.md": article(tittle="x")})
    result = load_articles(root, CONFIG)
    assert result.ok
    assert len(result.articles) == 1
    assert [p.warning for p in result.problems] == [True]


def test_duplicate_slug_error_names_both_files(write_site):
    root = write_site({
        "articles/satu.md": article(title="Satu", slug="berita-meta"),
        "articles/dua.md": article(title="Dua", slug="berita-meta"),
    })
    result = load_articles(root, CONFIG)
    [problem] = result.problems
    assert not problem.warning
    assert (problem.path, problem.field) == ("articles/satu.md", "slug")
    assert problem.message == '"berita-meta" is already used by articles/dua.md'
    assert "another file name or `slug:`" in problem.hint


def test_file_name_clashing_with_explicit_slug_is_a_duplicate(write_site):
    root = write_site({
        "articles/berita-meta.md": article(title="Satu"),
        "articles/rubrik/berita-meta.md": article(title="Dua"),
    })
    [problem] = load_articles(root, CONFIG).problems
    assert problem.path == "articles/rubrik/berita-meta.md"
    assert "articles/berita-meta.md" in problem.message


def test_reports_non_utf8_bytes_with_line_and_byte(write_site):
    root = write_site({"articles/latin1.md": b"---\ntitle: A\ndate: 2025-06-15\n---\n\nSuhu 30\xb0C.\n"})
    [problem] = load_articles(root, CONFIG).problems
    assert (problem.path, problem.line) == ("articles/latin1.md", 6)
    assert problem.message == "is not UTF-8 text (byte 0xb0)"
    assert problem.hint == "save the file as UTF-8"


def test_reports_nul_character_with_line(write_site):
    root = write_site({"articles/nul.md": b"---\ntitle: A\ndate: 2025-06-15\n---\n\nIsi\x00.\n"})
    [problem] = load_articles(root, CONFIG).problems
    assert (problem.line, problem.message) == (6, "contains a NUL character")


def test_reads_utf8_with_bom_and_crlf(write_site):
    text = "\ufeff" + article(title="Berita Ñ").replace("\n", "\r\n")
    root = write_site({"articles/a.md": text.encode("utf-8")})
    [loaded] = load_articles(root, CONFIG).articles
    assert loaded.title == "Berita Ñ"
    assert "\r" not in loaded.body


def test_yaml_error_lines_are_lines_of_the_file(write_site):
    root = write_site({"articles/a.md": "---\ntitle: A\ndate: 2025-06-15\nsummary: a: b\n---\n\nIsi.\n"})
    [problem] = load_articles(root, CONFIG).problems
    assert problem.line == 4


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_refuses_symlink_pointing_outside_the_site(write_site, tmp_path):
    outside = tmp_path / "luar.md"
    outside.write_text(article(title="Dari luar"), encoding="utf-8")
    root = write_site({"articles/baik.md": article(title="Baik")})
    (root / "articles" / "tautan.md").symlink_to(outside)
    result = load_articles(root, CONFIG)
    [problem] = result.problems
    assert (problem.path, problem.line) == ("articles/tautan.md", None)
    assert problem.message == "is a link to a file outside the site"
    assert [a.path for a in result.articles] == ["articles/baik.md"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_follows_symlink_inside_the_site(write_site):
    root = write_site({"naskah/asli.md": article(title="Asli")})
    (root / "articles" / "tautan.md").symlink_to(root / "naskah" / "asli.md")
    result = load_articles(root, CONFIG)
    assert result.problems == ()
    assert [(a.path, a.title) for a in result.articles] == [("articles/tautan.md", "Asli")]


def test_skips_hidden_files_and_folders_and_non_markdown(write_site):
    root = write_site({
        "articles/a.md": article(title="A"),
        "articles/.b.md": "rusak",
        "articles/.git/c.md": "rusak",
        "articles/_arsip/d.md": "rusak",
        "articles/catatan.txt": "rusak",
        "articles/e.md~": "rusak",
    })
    result = load_articles(root, CONFIG)
    assert result.problems == ()
    assert [a.path for a in result.articles] == ["articles/a.md"]
    assert [Path(p).name for p in find_article_files(root)] == ["a.md"]


def test_reports_missing_articles_folder(tmp_path):
    result = load_articles(tmp_path, CONFIG)
    [problem] = result.problems
    assert (problem.path, problem.message) == ("articles", "folder is missing")
    assert 'warta new "Judul"' in problem.hint
    assert result.articles == ()


def test_empty_articles_folder_is_fine(write_site):
    result = load_articles(write_site({}), CONFIG)
    assert result.ok and result.articles == () and result.problems == ()


@pytest.mark.parametrize("spelling", [".", "./", "", "{parent}/site/../site", "{root}", "{root}/"])
def test_paths_start_at_the_site_root_however_the_root_is_spelled(write_site, monkeypatch, spelling):
    # Issue 21: from the site folder ("." as the root) every path lost its first two letters.
    root = write_site({"articles/a.md": article(title="A"),
                       "articles/rubrik/b.md": "---\ntitle: B\ndate: 2025-02-30\n---\n\nIsi.\n"})
    monkeypatch.chdir(root)
    result = load_articles(Path(spelling.format(root=root, parent=root.parent)), CONFIG)
    assert [a.path for a in result.articles] == ["articles/a.md"]
    assert [(p.path, p.line) for p in result.problems] == [("articles/rubrik/b.md", 3)]
    assert sorted(result.files) == ["articles/a.md", "articles/rubrik/b.md"]
