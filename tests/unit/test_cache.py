"""warta.builder.cache and the state's MAC (warta.builder.statefiles, carryover): the per-user key, the cache folder."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import pytest

from warta.builder.cache import KEY_BYTES, key_folder, site_cache_folder, state_key
from warta.builder.carryover import ArticleRecord, CarryOver, read, save
from warta.builder.laststamp import read_head


def save_state(folder, output, state):
    save(folder, output, state, CarryOver())


def load_state(folder, output):
    return read(folder, output, read_head(folder, output))


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


def test_key_folder_follows_xdg_cache_home(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert key_folder() == tmp_path / "warta"
    for unset in ("", "relative/cache"):  # (the XDG spec: a relative path is ignored)
        monkeypatch.setenv("XDG_CACHE_HOME", unset)
        assert key_folder() == Path.home() / ".cache" / "warta"


def test_key_is_made_once_private_and_read_back(xdg: Path):
    key = state_key()
    assert key is not None and len(key) == KEY_BYTES
    path = xdg / "warta" / "state-key"
    assert path.read_bytes() == key
    assert path.stat().st_mode & 0o777 == 0o600
    assert (xdg / "warta").stat().st_mode & 0o777 == 0o700
    assert os.listdir(xdg / "warta") == ["state-key"]  # no temporary file left
    assert state_key() == key


def test_key_made_by_builds_starting_together_is_one_key(xdg: Path):
    from warta.builder import cache

    keys = []
    threads = [threading.Thread(target=lambda: keys.append(cache._state_key(key_folder()))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(keys)) == 1 and keys[0] == (xdg / "warta" / "state-key").read_bytes()


@pytest.mark.parametrize("make, reason", [
    (lambda p: (p.write_bytes(os.urandom(32)), p.chmod(0o644)), "its mode is 0644, not 0600"),
    (lambda p: (p.write_bytes(os.urandom(32)), p.chmod(0o660)), "its mode is 0660, not 0600"),
    (lambda p: (p.write_bytes(b"short"), p.chmod(0o600)), "it holds 5 bytes, not 32"),
    (lambda p: p.symlink_to(p.with_name("elsewhere")), "it is a symbolic link"),
    (lambda p: os.mkfifo(p, 0o600), "it is not a regular file"),  # (and reading it does not hang)
    (lambda p: p.mkdir(mode=0o700), "it is not a regular file"),
])
def test_untrusted_key_file_gives_no_key(xdg: Path, caplog, make, reason: str):
    path = xdg / "warta" / "state-key"
    path.parent.mkdir(parents=True)
    (path.with_name("elsewhere")).write_bytes(os.urandom(32))
    os.chmod(path.with_name("elsewhere"), 0o600)
    make(path)
    with caplog.at_level(logging.WARNING):
        assert state_key() is None
    assert f"the build cache key {path} is not trusted ({reason})" in caplog.text


@pytest.mark.skipif(os.getuid() != 0, reason="giving a file to another user takes root")
def test_key_file_of_another_user_gives_no_key(xdg: Path, caplog):
    path = xdg / "warta" / "state-key"
    path.parent.mkdir(parents=True)
    path.write_bytes(os.urandom(32))
    path.chmod(0o600)
    os.chown(path, 4242, 4242)
    with caplog.at_level(logging.WARNING):
        assert state_key() is None
    assert "it belongs to user 4242" in caplog.text


def test_no_key_when_its_folder_cannot_be_made(tmp_path: Path, monkeypatch, caplog):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    with caplog.at_level(logging.WARNING):
        assert state_key() is None
        assert state_key() is None
    assert caplog.text.count("no key for the build cache") == 1  # said once


def test_site_cache_folder(tmp_path: Path, caplog):
    assert site_cache_folder(tmp_path) == tmp_path / ".warta-cache"  # missing: made when written
    assert not (tmp_path / ".warta-cache").exists()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / ".warta-cache").symlink_to(tmp_path / "elsewhere")
    assert site_cache_folder(tmp_path) == tmp_path / ".warta-cache"  # a link to a folder is a folder
    (tmp_path / ".warta-cache").unlink()
    (tmp_path / ".warta-cache").symlink_to(tmp_path / "gone")
    with caplog.at_level(logging.WARNING):
        assert site_cache_folder(tmp_path) is None
    assert f"is a link to {tmp_path / 'gone'}, which is not a folder; building without the cache" in caplog.text
    (tmp_path / ".warta-cache").unlink()
    (tmp_path / ".warta-cache").write_text("")
    assert site_cache_folder(tmp_path) is None
    assert "/.warta-cache is not a folder; building without the cache" in caplog.text


def state() -> CarryOver:
    return CarryOver(articles_key="k", articles={
        f"a{i}.md": ArticleRecord((i, i), None, (), None) for i in range(200)}, outputs={f"p{i}": "print" for i in range(200)})


def test_state_reads_back_with_the_same_key(tmp_path: Path, xdg: Path):
    save_state(tmp_path, tmp_path / "out", state())
    loaded = load_state(tmp_path, tmp_path / "out")
    assert loaded.articles == state().articles and loaded.outputs == state().outputs


def test_shard_of_one_name_under_another_is_not_trusted(tmp_path: Path, xdg: Path, caplog):
    """Each file's MAC covers its name: the user's own shards swapped around are refused too."""
    save_state(tmp_path, tmp_path / "out", state())
    shards = sorted(p for p in tmp_path.glob("state-*.shards/a-*"))
    first, second = shards[0].read_bytes(), shards[1].read_bytes()
    shards[0].write_bytes(second)
    shards[1].write_bytes(first)
    with caplog.at_level(logging.WARNING):
        assert load_state(tmp_path, tmp_path / "out").articles == {}
    assert "not written with this user's build cache key" in caplog.text


def test_state_is_not_read_or_written_without_a_key_or_a_folder(tmp_path: Path, monkeypatch):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    save_state(tmp_path, tmp_path / "out", state())
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]
    save_state(None, tmp_path / "out", state())
    assert load_state(None, tmp_path / "out") == CarryOver()
