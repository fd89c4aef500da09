"""Each broken site under tests/sites/invalid/ fails with exactly its expected_error.txt.

A case folder holds a small site (warta.yaml and articles/), the exact stderr it must give
(`expected_error.txt`, final "build stopped" line included) and, optionally, `args.txt`
with extra `warta build` arguments (for example `--strict`). The build must exit 1, print
no traceback, and leave the previous output folder byte-for-byte as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import NOW, snapshot, previous_output
from warta.cli import main

CASES = Path(__file__).parent / "sites" / "invalid"
CASE_FILES = ("expected_error.txt", "args.txt")
MARKER = b"<!doctype html><p>previous build \xe2\x80\x94 must survive</p>\n"


def case_names() -> list[str]:
    return sorted(p.name for p in CASES.iterdir() if p.is_dir())


def test_every_case_folder_has_an_expected_error():
    assert len(case_names()) >= 20
    for name in case_names():
        assert (CASES / name / "expected_error.txt").is_file(), name


@pytest.mark.parametrize("name", case_names())
def test_invalid_site_gives_exactly_its_expected_error(name, tmp_path, monkeypatch, capsys):
    case = CASES / name
    site = tmp_path / "site"
    shutil.copytree(case, site, ignore=shutil.ignore_patterns(*CASE_FILES), symlinks=True)
    previous_output(site / "_site", {"marker.html": MARKER})
    before = snapshot(site)
    extra = (case / "args.txt").read_text(encoding="utf-8").split() if (case / "args.txt").exists() else []
    # A relative --source keeps tmp_path out of the messages.
    monkeypatch.chdir(tmp_path)

    status = main(["build", "--source", "site", "--now", NOW, *extra])

    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert err == (case / "expected_error.txt").read_text(encoding="utf-8")
    assert out == ""
    assert status == 1
    assert snapshot(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
