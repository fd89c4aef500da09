"""A hostile or odd `.warta-cache/` (issues 21, 20): planted pickles never run, a planted database
is not opened, a state written with another user's key is not trusted, a `.warta-cache` that is
not a folder costs the cache but not the build, and the state does not hold the config's text."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import NOW, snapshot
from test_interruption import clean_build, make_site, write_article
from warta.builder import BuildOptions, build
from warta.cli import resolve_now


class Planted:
    """A pickle that, once loaded, writes `marker`: what someone who can write `.warta-cache/`
    (a CI cache restored from another branch, a shared folder) would plant there."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return exec, (f"open({str(self.marker)!r}, 'w').write('planted code ran')",)


def head_of(root: Path, output: Path) -> Path:
    """Where the state of the builds of `root` into `output` is: a name anyone can work out."""
    name = hashlib.sha256(str(output.absolute()).encode()).hexdigest()[:12]
    return root / ".warta-cache" / f"state-{name}.head"


def cli(root: Path, *extra: str) -> subprocess.CompletedProcess:
    """`warta build` run as a user runs it: from the site folder, relative paths."""
    return subprocess.run([sys.executable, "-m", "warta", "build", "--now", NOW, "--no-search", *extra],
                          cwd=root, capture_output=True, text=True, timeout=300)


def test_planted_head_never_runs(tmp_path: Path):
    root = make_site(tmp_path / "site", 5)
    marker = tmp_path / "marker"
    head = head_of(root, root / "_site")
    head.parent.mkdir()
    head.write_bytes(pickle.dumps(Planted(marker), protocol=pickle.HIGHEST_PROTOCOL))
    result = cli(root)
    assert result.returncode == 0, result.stderr
    assert not marker.exists(), "a planted pickle in .warta-cache/ ran"
    assert f"ignoring .warta-cache/{head.name}" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(root / "_site") == clean_build(root, tmp_path / "clean", search=False)


def test_planted_rows_never_run(tmp_path: Path):
    """Every row of the database a good head names replaced by a planted pickle (its MAC kept, or
    the MAC made again without the user's key), and an edit so that they are read."""
    root = make_site(tmp_path / "site", 12)
    assert cli(root).returncode == 0
    database = head_of(root, root / "_site").with_suffix(".sqlite")
    marker = tmp_path / "marker"
    planted = pickle.dumps(Planted(marker), protocol=pickle.HIGHEST_PROTOCOL)
    connection = sqlite3.connect(database, isolation_level=None)
    assert connection.execute("SELECT count(*) FROM articles").fetchone() == (1,)  # (12 records: one chunk)
    connection.execute("UPDATE articles SET records = ?", (planted,))
    connection.execute("UPDATE outputs SET records = ?, mac = ?", (planted, hashlib.sha256(planted).digest()))
    connection.execute("UPDATE meta SET value = ?", (planted,))
    connection.close()
    write_article(root, 3, version=1)
    result = cli(root, "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert not marker.exists(), "a planted pickle in .warta-cache/ ran"
    assert "ignoring" in result.stderr and "building everything" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(root / "_site") == clean_build(root, tmp_path / "clean", search=False)


@pytest.mark.parametrize("plant", ["view", "trigger", "fifo", "link"])
def test_planted_database_is_not_opened_as_the_state(tmp_path: Path, plant: str):
    """A database that is not exactly Warta's (a view or a trigger named like its tables, which
    would run SQL while it is read or written), a FIFO (which would hang a reader) or a link to a
    database elsewhere: refused before any row is read, removed (a link, not what it leads to),
    and a good one written in its place."""
    root = make_site(tmp_path / "site", 6)
    assert cli(root).returncode == 0
    database = head_of(root, root / "_site").with_suffix(".sqlite")
    elsewhere = tmp_path / "elsewhere.sqlite"
    if plant in ("view", "trigger"):
        connection = sqlite3.connect(database, isolation_level=None)
        if plant == "view":
            connection.execute("ALTER TABLE articles RENAME TO kept")
            connection.execute("CREATE VIEW articles AS SELECT * FROM kept")
        else:
            connection.execute("CREATE TABLE seen (n)")
            connection.execute("CREATE TRIGGER t AFTER INSERT ON articles BEGIN INSERT INTO seen VALUES (1); END")
        connection.close()
    elif plant == "fifo":
        database.unlink()
        os.mkfifo(database)
    else:
        os.replace(database, elsewhere)
        database.symlink_to(elsewhere)
    write_article(root, 2, version=1)
    result = cli(root)
    assert result.returncode == 0, result.stderr
    assert f"ignoring .warta-cache/{database.name}" in result.stderr and "building everything" in result.stderr
    assert "Traceback" not in result.stderr
    assert database.is_file() and not database.is_symlink()
    if plant == "link":
        assert elsewhere.is_file()
    assert snapshot(root / "_site") == clean_build(root, tmp_path / "clean", search=False)
    write_article(root, 4, version=1)
    result = cli(root)
    pages, rendered = re.search(r"(\d+) pages \((\d+) rendered\)", result.stdout).groups()
    assert int(rendered) < int(pages)  # the new database serves


def test_planted_head_with_the_right_header_but_no_key_never_runs(tmp_path: Path):
    """Warta's own header in front of the pickle, and a MAC made without the user's key."""
    root = make_site(tmp_path / "site", 3)
    assert cli(root).returncode == 0
    head = head_of(root, root / "_site")
    marker = tmp_path / "marker"
    data = pickle.dumps(Planted(marker), protocol=pickle.HIGHEST_PROTOCOL)
    header = head.read_bytes().split(b"\n", 1)[0] + b"\n"
    head.write_bytes(header + hashlib.blake2b(data, digest_size=32).digest() + data)
    write_article(root, 1, version=1)
    assert cli(root).returncode == 0
    assert not marker.exists()


def test_planted_head_never_runs_in_warta_serve(tmp_path: Path):
    from warta.server import DevServer

    root = make_site(tmp_path / "site", 3)
    options = BuildOptions(root=root, output=root / "_site", now=resolve_now(NOW), search=False, jobs=1)
    reports = []
    server = DevServer(options, "127.0.0.1", 0, on_build=lambda report, error: reports.append((report, error)))
    try:
        marker = tmp_path / "marker"
        head = head_of(root, server.options.output)
        head.parent.mkdir()
        head.write_bytes(pickle.dumps(Planted(marker), protocol=pickle.HIGHEST_PROTOCOL))
        assert server.rebuild(), reports
        assert not marker.exists(), "a planted pickle in .warta-cache/ ran"
        # The state the first build wrote (with the user's key) serves the next.
        write_article(root, 1, version=1)
        assert server.rebuild(), reports
        report = reports[-1][0]
        assert report.rendered < report.pages
    finally:
        server.httpd.server_close()
        shutil.rmtree(server.folder, ignore_errors=True)


def test_state_written_with_another_users_key_is_not_trusted(tmp_path: Path, monkeypatch, caplog):
    """The same site built by another user (another key) then by this one: nothing of the other's
    state is used, and this user's own state serves the next build."""
    root = make_site(tmp_path / "site", 6)
    options = BuildOptions(root=root, output=root / "_site", now=resolve_now(NOW), search=False, jobs=1)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other-user"))
    build(options)
    assert (tmp_path / "other-user/warta/state-key").is_file()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "this-user"))
    with caplog.at_level(logging.WARNING):
        report = build(options)
    assert not report.unchanged_inputs and report.rendered == report.pages
    assert "not written with this user's build cache key" in caplog.text
    assert build(options).rendered == 0  # its own state is used


def test_key_is_a_private_file_outside_the_site(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    root = make_site(tmp_path / "site", 2)
    assert cli(root).returncode == 0
    key = tmp_path / "xdg/warta/state-key"
    assert key.stat().st_mode & 0o777 == 0o600 and key.stat().st_size == 32
    assert key.stat().st_uid == os.getuid()
    assert not list(root.rglob("*key*"))


def test_untrusted_key_file_builds_without_the_state(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    root = make_site(tmp_path / "site", 2)
    assert cli(root).returncode == 0
    key = tmp_path / "xdg/warta/state-key"
    key.chmod(0o644)
    before = {p.name: p.read_bytes() for p in (root / ".warta-cache").glob("state-*.head")}
    result = cli(root)
    assert result.returncode == 0, result.stderr
    assert f"the build cache key {key} is not trusted (its mode is 0644, not 0600)" in result.stderr
    pages, rendered = re.search(r"(\d+) pages \((\d+) rendered\)", result.stdout).groups()
    assert rendered == pages  # nothing reused
    assert {p.name: p.read_bytes() for p in (root / ".warta-cache").glob("state-*.head")} == before


def test_no_key_to_be_had_builds_without_the_state(tmp_path: Path, monkeypatch):
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file" / "cache"))  # cannot be made
    root = make_site(tmp_path / "site", 2)
    for _ in range(2):
        result = cli(root)
        assert result.returncode == 0, result.stderr
        assert result.stderr.count("no key for the build cache") == 1
        assert "building without reading or writing the build state" in result.stderr
    assert not list((root / ".warta-cache").glob("state-*"))


@pytest.mark.parametrize("kind", ["file", "dangling link"])
def test_warta_cache_that_is_not_a_folder_costs_only_the_cache(tmp_path: Path, kind: str):
    root = make_site(tmp_path / "site", 4)
    cache = root / ".warta-cache"
    if kind == "file":
        cache.write_text("someone's notes\n")
    else:
        cache.symlink_to(tmp_path / "unmounted" / "cache")
    expected = clean_build(root, tmp_path / "clean", search=False)
    for _ in range(2):
        result = cli(root)
        assert result.returncode == 0, result.stderr
        assert "building without the cache" in result.stderr
        assert snapshot(root / "_site") == expected
    # Left exactly as it was: it is not Warta's.
    if kind == "file":
        assert cache.read_text() == "someone's notes\n"
    else:
        assert cache.is_symlink() and os.readlink(cache) == str(tmp_path / "unmounted" / "cache")
        assert not (tmp_path / "unmounted").exists()



def test_a_card_cache_that_cannot_be_used_costs_only_the_cache(tmp_path: Path):
    """`.warta-cache/cards` that is not a folder (or a `.warta-cache` this user cannot read or
    write): the social cards are drawn without the cache, not "error: File exists"."""
    root = make_site(tmp_path / "site", 3)
    (root / ".warta-cache").mkdir()
    (root / ".warta-cache" / "cards").write_text("someone's notes\n")
    expected = clean_build(root, tmp_path / "clean", search=False)
    result = cli(root)
    assert result.returncode == 0, result.stderr
    assert "social cards" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(root / "_site") == expected
    assert (root / ".warta-cache" / "cards").read_text() == "someone's notes\n"

def test_state_head_holds_a_digest_of_the_config_not_its_text(tmp_path: Path):
    """A large `extra` (or YAML aliases expanding to one) made a head file of megabytes."""
    root = make_site(tmp_path / "site", 3)
    items = "".join(f"    - nilai panjang nomor {i}\n" for i in range(50_000))
    with (root / "warta.yaml").open("a", encoding="utf-8") as config:
        config.write(f"extra:\n  daftar:\n{items}")
    assert cli(root).returncode == 0
    head = head_of(root, root / "_site")
    assert head.stat().st_size < 64_000
    assert b"nilai panjang nomor 49999" not in head.read_bytes()
