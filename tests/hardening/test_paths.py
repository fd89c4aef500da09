"""Slugs, tags, names, aliases and file names built to leave the output folder: `..`, `/`, `\\`,
NUL, control characters, more than 200 bytes, absolute paths, percent-encoded dots. Each build
either refuses the value with a message or turns it into a safe URL; in no case is a file written
anywhere but the output folder and the build cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from helpers import CONFIG, NOW
from warta.cli import main

ESCAPES = [
    "../../keluar", "..", "../", "/etc/keluar", "/", "a/../../keluar", "a\\..\\..\\keluar", "..\\keluar",
    "a\x00b", "a\x01b\x1fc", "baris\nbaru", "x" * 250, "ü" * 150, "%2e%2e/%2e%2e/keluar", "./.", ".warta-cache",
    "_site", "CON", "aux.md", " ", "-", "--", "a" * 199 + "/b",
]
FIELDS = ["slug", "tags", "category", "author", "source", "aliases"]


def layout(tmp_path: Path) -> dict[str, float]:
    """Every file under tmp_path outside the output folder and the cache, with its mtime."""
    found = {}
    for folder, dirs, files in os.walk(tmp_path):
        dirs[:] = [d for d in dirs if d not in ("_site", ".warta-cache")]
        for name in files:
            path = Path(folder, name)
            found[path.relative_to(tmp_path).as_posix()] = path.stat().st_mtime_ns
    return found


def build_with(tmp_path: Path, capsys, field: str, value: str) -> tuple[int, str]:
    root = tmp_path / "a" / "b" / "site"  # room above the site for `..` to reach
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    meta = {"title": "Judul", "date": "2025-06-15"}
    meta[field] = [value] if field in ("tags", "aliases") else value
    front = yaml.safe_dump(meta, allow_unicode=True)
    (root / "articles/berita.md").write_text(f"---\n{front}---\n\nIsi.\n", encoding="utf-8")
    before = layout(tmp_path)
    status = main(["build", "--source", str(root), "--now", NOW, "--no-search", "--quiet"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert layout(tmp_path) == before, "a file was written outside the output folder"
    return status, err


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("value", ESCAPES, ids=[repr(v)[:24] for v in ESCAPES])
def test_escaping_values_are_refused_or_made_safe(tmp_path, capsys, field, value):
    status, err = build_with(tmp_path, capsys, field, value)
    site = tmp_path / "a/b/site"
    if status == 1:
        lines = err.splitlines()
        assert lines[-1].startswith("build stopped ("), err
        assert all(line.startswith("articles/berita.md") for line in lines[:-1]), err
        assert not (site / "_site").exists()
    else:
        assert status == 0, err
        out = (site / "_site").resolve()
        for path in out.rglob("*"):
            assert not path.is_symlink(), path
            assert path.resolve().is_relative_to(out), path
            assert len(path.name.encode()) <= 255


def test_slugs_are_checked_strictly(tmp_path, capsys):
    """A slug is a URL segment: anything but a-z, 0-9 and single hyphens is refused, with the fix."""
    for value in ("../keluar", "a/b", "Besar", "x" * 201, "a\x00b"):
        status, err = build_with(tmp_path / value.encode().hex()[:40], capsys, "slug", value)
        assert status == 1 and ": slug: " in err, (value, err)


@pytest.mark.parametrize("name", ["..md", "...md", " .md", "-.md", "%2e%2e.md", "\\..\\x.md", "ü" * 80 + ".md"])
def test_file_names_give_safe_urls_or_a_message(tmp_path, capsys, name):
    root = tmp_path / "site"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "articles" / name).write_text("---\ntitle: Judul\ndate: 2025-06-15\n---\n\nIsi.\n", encoding="utf-8")
    status = main(["build", "--source", str(root), "--now", NOW, "--no-search", "--quiet"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    pages = [p.parent.name for p in (root / "_site/artikel").glob("*/index.html")]
    if name.startswith("."):  # a hidden file, as editors' tools leave them: not an article
        assert status == 0 and pages == [], (status, err)
    elif status == 0:
        assert len(pages) == 1 and pages[0] and pages[0] not in (".", ".."), pages
    else:
        assert status == 1 and "rename the file" in err, err
