"""warta.builder.cache and the state's MACs (warta.builder.statefiles, carryover): the per-user key, the cache
folder, the sealed database of rows."""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
import shutil
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from helpers import alter_database
from warta.builder.cache import KEY_BYTES, key_folder, site_cache_folder, state_key
from warta.builder.carryover import ArticleRecord, CarryOver, read, save
from warta.builder.laststamp import read_head
from warta.builder.statefiles import (Unverified, create_database, database_file, head_file, read_database,
                                      shard_folder)


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


def chunk_of(path: Path, table: str, rel: str) -> str:
    """The name of the row of `table` in the database at `path` that holds the record of `rel`."""
    connection = sqlite3.connect(path)
    try:
        for chunk, records in connection.execute(f"SELECT chunk, records FROM {table}"):
            if rel in (item[0] for item in pickle.loads(records)):
                return chunk
    finally:
        connection.close()
    raise AssertionError(f"no row of {table} holds {rel}")


def database(folder: Path, output: Path) -> Path:
    (path,) = folder.glob("state-*.sqlite")
    assert path == database_file(folder, output)
    return path


def test_rows_swapped_between_keys_are_not_trusted(tmp_path: Path, xdg: Path, caplog):
    """Each row's MAC covers its key and table: the user's own rows swapped around are refused."""
    save_state(tmp_path, tmp_path / "out", state())
    path = database(tmp_path, tmp_path / "out")
    one, two = chunk_of(path, "articles", "a0.md"), chunk_of(path, "articles", "a1.md")
    assert one != two
    alter_database(path, f"UPDATE articles SET chunk = 'x' WHERE chunk = '{one}'", f"UPDATE articles SET chunk = '{one}' "
                   f"WHERE chunk = '{two}'", f"UPDATE articles SET chunk = '{two}' WHERE chunk = 'x'")
    with caplog.at_level(logging.WARNING):
        assert load_state(tmp_path, tmp_path / "out") == CarryOver()
    assert "a row of articles was not written with this user's build cache key" in caplog.text
    assert not path.exists()  # removed: the next build writes a good one


def test_rows_of_another_outputs_database_are_not_trusted(tmp_path: Path, xdg: Path):
    """Each row's MAC covers the database's name (its output): another output's rows are refused."""
    key = state_key()
    one, two = database_file(tmp_path, tmp_path / "one"), database_file(tmp_path, tmp_path / "two")
    create_database(one, key, "g", {"articles": {"a.md": (b"record",)}})
    shutil.copy(one, two)
    rows = []
    read_database(one, key, "g", lambda *row: rows.append(row))
    assert rows == [("articles", "a.md", (b"record",))]
    with pytest.raises(Unverified, match="a row of articles was not written"):
        read_database(two, key, "g", lambda *row: None)


def test_a_row_is_never_unpickled_unless_its_mac_verifies(tmp_path: Path, xdg: Path):
    marker = tmp_path / "marker"
    save_state(tmp_path, tmp_path / "out", state())
    path = database(tmp_path, tmp_path / "out")
    planted = pickle.dumps(Planted(marker), protocol=pickle.HIGHEST_PROTOCOL)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("UPDATE articles SET records = ?", (planted,))
    connection.close()
    assert load_state(tmp_path, tmp_path / "out") == CarryOver()
    assert not marker.exists()


class Planted:
    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return exec, (f"open({str(self.marker)!r}, 'w').write('planted code ran')",)


def test_a_rebuild_writes_only_the_rows_that_changed(tmp_path: Path, xdg: Path):
    output = tmp_path / "out"
    from warta.builder.carryover import CHUNK, _chunk_of, _group

    bits = 2  # (200 records: four chunks of about CHUNK)
    assert len(_group(state().articles, bits)) == len(_group(state().outputs, bits)) == 4 and 200 // 4 < CHUNK
    assert save(tmp_path, output, state(), CarryOver()) == 4 + 4 + 2  # a new database: every chunk, shape, seal
    last = load_state(tmp_path, output)
    assert last.articles == state().articles and last.outputs == state().outputs
    assert save(tmp_path, output, last, last) == 1  # nothing changed: the seal (the new generation) alone
    last = load_state(tmp_path, output)
    articles = dict(last.articles)
    articles["a3.md"] = ArticleRecord((3, 4), None, (), None)  # changed
    articles["new.md"] = ArticleRecord((1, 1), None, (), None)  # added
    del articles["a7.md"]  # gone
    outputs = {**last.outputs, "p5": "another print"}
    changed = replace(last, articles=articles, outputs=outputs)
    # The chunks holding a3.md, new.md and a7.md (and only those), p5's, the seal.
    touched = {_chunk_of(rel, bits) for rel in ("a3.md", "new.md", "a7.md")}
    assert save(tmp_path, output, changed, last) == len(touched) + 1 + 1
    again = load_state(tmp_path, output)
    assert again.articles == articles and again.outputs == outputs


def test_a_table_that_grew_or_shrank_fourfold_is_laid_out_anew(tmp_path: Path, xdg: Path):
    """The chunks of a table are laid out for its size (about CHUNK records each); a site that grows
    by adding articles build after build would otherwise rewrite ever larger chunks for one edit."""
    from warta.builder.carryover import _bits_for

    output = tmp_path / "out"
    save_state(tmp_path, output, state())

    def chunks() -> set[str]:
        connection = sqlite3.connect(database_file(tmp_path, output))
        try:
            return {chunk for (chunk,) in connection.execute("SELECT chunk FROM articles")}
        finally:
            connection.close()

    assert {chunk.partition(":")[0] for chunk in chunks()} == {"2"}
    last = load_state(tmp_path, output)
    # Twice as many articles: the same layout, chunks of about twice the size.
    grown = {**last.articles, **{f"b{i}.md": ArticleRecord((i, i), None, (), None) for i in range(200)}}
    save(tmp_path, output, replace(last, articles=grown), last)
    assert {chunk.partition(":")[0] for chunk in chunks()} == {"2"}
    last = load_state(tmp_path, output)
    assert last.articles == grown
    # Ten times as many: laid out anew, the old rows gone.
    grown = {f"c{i}.md": ArticleRecord((i, i), None, (), None) for i in range(4000)}
    assert _bits_for(len(grown)) == 6
    save(tmp_path, output, replace(last, articles=grown), last)
    assert {chunk.partition(":")[0] for chunk in chunks()} == {"6"} and len(chunks()) == 64
    last = load_state(tmp_path, output)
    assert last.articles == grown
    # And down to a handful: one chunk.
    few = {rel: grown[rel] for rel in list(grown)[:10]}
    save(tmp_path, output, replace(last, articles=few), last)
    assert chunks() == {"0:0"}
    assert load_state(tmp_path, output).articles == few


def test_rows_laid_out_two_ways_are_not_trusted(tmp_path: Path, xdg: Path, caplog):
    """Every row of a table has the table's layout (a state this version never writes otherwise)."""
    from warta.builder.laststamp import Head, code_version
    from warta.builder.statefiles import FORMAT, write_sealed

    output = tmp_path / "out"
    key = state_key()
    record = ArticleRecord((1, 1), None, (), None)
    rows = {"articles": [("0:0", (pickle.dumps((("a.md", record),)),)), ("1:1", (pickle.dumps((("b.md", record),)),))]}
    create_database(database_file(tmp_path, output), key, "g", rows)
    write_sealed(head_file(tmp_path, output), Head(FORMAT, code_version(), None, "k", "g"), key)
    with caplog.at_level(logging.WARNING):
        assert load_state(tmp_path, output) == CarryOver()
    assert "laid out two ways" in caplog.text
    assert not database_file(tmp_path, output).exists()


def paged_state(count: int = 100) -> CarryOver:
    """A state of `count` pages, page i linking to /i/ and /i/#top from line i + 1."""
    from warta.builder.carryover import PageRecord
    from warta.linkcheck import BuiltPage, PageLink

    pages = {f"p{i}/index.html": PageRecord("print", BuiltPage(frozenset({f"a{i}", "konten"}), (
        PageLink(i + 1, "a href", f"/{i}/"), PageLink(i + 1, "a href", f"/{i}/#top"))), (), None)
        for i in range(count)}
    return replace(state(), outputs={path: "print" for path in pages}, pages=pages)


def page_html(i: int) -> str:
    return "\n" * i + f'<a href="/{i}/">x</a><a href="/{i}/#top">y</a><p id="a{i}">'


@pytest.mark.parametrize("count", [3, 100])  # (looked up one by one; read in one pass)
def test_pages_read_back_without_their_links_fetch_them_when_asked(tmp_path: Path, xdg: Path, count: int):
    """Issue 20: a rebuild reads no page's links it does not check again (some 250 MB for 100,000
    articles); asked for, they are the ones saved, one page at a time or many at once."""
    output = tmp_path / "out"
    saved = paged_state(count)
    save_state(tmp_path, output, saved)
    last = load_state(tmp_path, output)
    assert set(last.pages) == set(saved.pages)
    assert not any(record.page.fetched for record in last.pages.values())
    assert {path: record.page.ids for path, record in last.pages.items()} == \
           {path: record.page.ids for path, record in saved.pages.items()}  # (anchors: no fetch)
    assert not any(record.page.fetched for record in last.pages.values())
    assert last.pages["p1/index.html"].page.links == saved.pages["p1/index.html"].page.links  # one, by itself
    last.fetch_links(list(last.pages))
    assert all(record.page.fetched for record in last.pages.values())
    assert {path: record.page.links for path, record in last.pages.items()} == \
           {path: record.page.links for path, record in saved.pages.items()}


@pytest.mark.parametrize("count", [3, 100])
@pytest.mark.parametrize("damage", ["row", "file"])
def test_links_that_cannot_be_fetched_are_read_from_the_pages_files(tmp_path: Path, xdg: Path, caplog, count: int,
                                                                    damage: str):
    """A links row changed since the state was read (or the database replaced) is not trusted: the
    page's links come from its file in the output folder, as the last build wrote it."""
    output = tmp_path / "out"
    saved = paged_state(count)
    save_state(tmp_path, output, saved)
    for i in range(count):
        (output / f"p{i}").mkdir(parents=True)
        (output / f"p{i}/index.html").write_text(page_html(i), encoding="utf-8")
    last = load_state(tmp_path, output)
    path = database(tmp_path, output)
    if damage == "row":
        alter_database(path, "UPDATE links SET packed = X'00'")
    else:
        shutil.copy(path, tmp_path / "copy")
        os.replace(tmp_path / "copy", path)  # (the same rows, another file: not the one read)
    with caplog.at_level(logging.WARNING):
        last.fetch_links(list(last.pages))
    assert {path: record.page.links for path, record in last.pages.items()} == \
           {path: record.page.links for path, record in saved.pages.items()}
    assert ("was replaced since it was read" in caplog.text) == (damage == "file")


def test_a_rebuild_writes_the_links_of_the_pages_that_changed_alone(tmp_path: Path, xdg: Path):
    from warta.builder.carryover import PageRecord
    from warta.linkcheck import BuiltPage, PageLink

    output = tmp_path / "out"
    save_state(tmp_path, output, paged_state())
    last = load_state(tmp_path, output)
    pages = dict(last.pages)
    pages["p3/index.html"] = PageRecord("new print", BuiltPage(frozenset(), (PageLink(1, "a href", "/baru/"),)), (),
                                        None)
    del pages["p4/index.html"]
    outputs = {**{path: "print" for path in pages}, "p3/index.html": "new print"}
    # p3's output row and links row; p4's two rows deleted; the seal
    assert save(tmp_path, output, replace(last, outputs=outputs, pages=pages), last) == 2 + 2 + 1
    again = load_state(tmp_path, output)
    assert again.pages["p3/index.html"].page.links == (PageLink(1, "a href", "/baru/"),)
    assert "p4/index.html" not in again.pages
    assert again.pages["p5/index.html"].page.links == last.pages["p5/index.html"].page.links


def test_a_store_that_failed_once_is_not_asked_again(tmp_path: Path, xdg: Path, caplog, monkeypatch):
    """A database locked (or replaced) after it was read costs one warning and one wait, not one a
    page; the links then come from the pages' files."""
    from warta.builder import carryover

    output = tmp_path / "out"
    saved = paged_state(5)
    save_state(tmp_path, output, saved)
    for i in range(5):
        (output / f"p{i}").mkdir(parents=True)
        (output / f"p{i}/index.html").write_text(page_html(i), encoding="utf-8")
    last = load_state(tmp_path, output)
    asked = []

    def locked(*args):
        asked.append(args)
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(carryover, "fetch_rows", locked)
    with caplog.at_level(logging.WARNING):
        assert last.pages["p0/index.html"].page.links == saved.pages["p0/index.html"].page.links
        last.fetch_links(["p1/index.html", "p2/index.html"])
        last.fetch_links([])
        assert {path: record.page.links for path, record in last.pages.items()} == \
               {path: record.page.links for path, record in saved.pages.items()}
    assert len(asked) == 1
    assert caplog.text.count("database is locked") == 1


def test_pages_whose_links_cannot_be_read_at_all_are_rendered_again_next_time(tmp_path: Path, xdg: Path,
                                                                              monkeypatch):
    """No row and no readable file (a FIFO, a link, nothing): the page's links are unknown this time,
    and the state forgets the page, so that the next build renders it and reads its links anew."""
    from warta.builder import carryover

    output = tmp_path / "out"
    save_state(tmp_path, output, paged_state(3))
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside/index.html").write_text('<a href="/luar/">luar</a>', encoding="utf-8")
    output.mkdir()
    (output / "p0").symlink_to(tmp_path / "outside")  # (a folder on the way that is a link: not followed)
    (output / "p1").mkdir()
    os.mkfifo(output / "p1/index.html")
    (output / "p2").mkdir()
    (output / "p2/index.html").write_text(page_html(2), encoding="utf-8")
    last = load_state(tmp_path, output)
    monkeypatch.setattr(carryover, "fetch_rows", lambda *args: {})  # (no row verifies)
    last.fetch_links(list(last.pages))
    assert last.pages["p0/index.html"].page.links == last.pages["p1/index.html"].page.links == ()
    assert last.pages["p2/index.html"].page.links == paged_state(3).pages["p2/index.html"].page.links
    save(tmp_path, output, last, last)
    again = load_state(tmp_path, output)
    assert set(again.outputs) == set(again.pages) == {"p2/index.html"}


def test_read_inside_follows_no_link_and_opens_only_files(tmp_path: Path):
    from warta.builder.carryover import read_inside

    (tmp_path / "site/a").mkdir(parents=True)
    (tmp_path / "site/a/index.html").write_text("halo", encoding="utf-8")
    (tmp_path / "site/b").symlink_to(tmp_path / "site/a")
    (tmp_path / "site/c.html").symlink_to(tmp_path / "site/a/index.html")
    os.mkfifo(tmp_path / "site/d.html")
    assert read_inside(tmp_path / "site", "a/index.html") == "halo"
    for rel in ("b/index.html", "c.html", "d.html", "a", "nothing/index.html"):
        assert read_inside(tmp_path / "site", rel) is None


def test_pages_made_anew_are_written_again_without_fetching_the_old_links(tmp_path: Path, xdg: Path):
    """A build whose output folder was not the one its state described renders every page again: the
    records are written again rather than compared with links fetched one page at a time."""
    output = tmp_path / "out"
    save_state(tmp_path, output, paged_state())
    last = load_state(tmp_path, output)
    again = paged_state()  # (the same pages, made anew)
    from warta.builder.carryover import _bits_for, _group

    chunks = len(_group(again.pages, _bits_for(len(again.pages))))
    assert save(tmp_path, output, again, last) == chunks + len(again.pages) + 1  # (the rows of outputs hold many pages)
    assert not any(record.page.fetched for record in last.pages.values())
    assert load_state(tmp_path, output).pages == again.pages


def test_records_are_pickled_one_at_a_time_as_they_are_written(tmp_path: Path, xdg: Path):
    """Issue 20: the state of a 100,000-article build is about 1.2 GB of pickles; holding them all
    before writing the first raised the build's peak from 2.3 to 3.2 GB. Written into a new database
    and into the one read, 1,000 records of 20 KB each (16 rows of about 62) never take more than a
    few rows' memory."""
    import tracemalloc

    output = tmp_path / "out"
    big = {f"a{i}.md": ArticleRecord((i, i), None, (), None, ((f"{i:06d}" + "x" * 20_000, None),))
           for i in range(1000)}
    big_state = CarryOver(articles_key="k", articles=big)
    for last in (CarryOver(), None):
        if last is None:  # (an update: every record changed, none is the one read)
            last = load_state(tmp_path, output)
            big_state = replace(big_state, articles={rel: replace(r, stat=(1, 1)) for rel, r in big.items()})
        tracemalloc.start()
        try:
            save(tmp_path, output, big_state, last)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 4 * 64 * 20_000, f"{peak:,} bytes at the peak"  # (all of them: 20 MB)
    assert load_state(tmp_path, output).articles == big_state.articles


def test_state_written_since_it_was_read_is_written_anew(tmp_path: Path, xdg: Path, caplog):
    """Two saves from one read state (the file is no longer the one read): the second writes a
    whole new database rather than rows over another build's."""
    output = tmp_path / "out"
    save_state(tmp_path, output, state())
    last = load_state(tmp_path, output)
    assert save(tmp_path, output, last, last) == 1
    with caplog.at_level(logging.WARNING):
        assert save(tmp_path, output, last, last) == 4 + 4 + 2  # (200 articles and 200 outputs: four rows each)
    assert "written since it was read" in caplog.text
    assert load_state(tmp_path, output).articles == state().articles


def test_database_not_named_by_its_head_is_not_trusted(tmp_path: Path, xdg: Path, caplog):
    """A build stopped after the database's commit, before its head: the generations differ."""
    output = tmp_path / "out"
    save_state(tmp_path, output, state())
    head = read_head(tmp_path, output)
    with caplog.at_level(logging.WARNING):
        assert read(tmp_path, output, dataclasses.replace(head, generation="another")) == CarryOver()
    assert "it is not the state its head names" in caplog.text
    assert not database_file(tmp_path, output).exists()


@pytest.mark.parametrize("plant, said", [
    (lambda p, good: p.symlink_to(good), "it is a symbolic link"),
    (lambda p, good: os.mkfifo(p), "not a regular file"),  # (and reading it does not hang)
    (lambda p, good: (shutil.copy(good, p), p.with_name(p.name + "-journal").write_bytes(b"\0" * 512)),
     "-journal is left beside it"),
    (lambda p, good: (shutil.copy(good, p), alter_database(p, "PRAGMA journal_mode=WAL")), "not a build state database"),
    (lambda p, good: (shutil.copy(good, p), alter_database(p, "CREATE TRIGGER t AFTER INSERT ON articles BEGIN "
                                                       "DELETE FROM outputs; END")), "its tables are not"),
    (lambda p, good: (shutil.copy(good, p), alter_database(p, "ALTER TABLE articles RENAME TO a", "CREATE VIEW articles "
                                                       "AS SELECT * FROM a")), "its tables are not"),
    (lambda p, good: (shutil.copy(good, p), alter_database(p, "CREATE INDEX i ON outputs(records)")), "its tables are not"),
    (lambda p, good: p.write_bytes(b""), "not a build state database"),
    (lambda p, good: p.write_bytes(good.read_bytes()[:4096]), "damaged"),
])
def test_database_that_is_not_ours_is_not_trusted_and_is_replaced(tmp_path: Path, xdg: Path, caplog, plant, said):
    output = tmp_path / "out"
    save_state(tmp_path, output, state())
    path = database_file(tmp_path, output)
    good = tmp_path / "elsewhere" / path.name
    good.parent.mkdir()
    os.replace(path, good)
    plant(path, good)
    head = read_head(tmp_path, output)
    with caplog.at_level(logging.WARNING):
        assert read(tmp_path, output, head) == CarryOver()
    assert said in caplog.text and "building everything" in caplog.text
    assert not os.path.lexists(path) and not os.path.lexists(f"{path}-journal")
    assert good.is_file()  # (a link removed, never what it leads to)
    save(tmp_path, output, state(), CarryOver())
    assert load_state(tmp_path, output).articles == state().articles


def test_a_row_of_an_older_build_put_back_is_not_trusted(tmp_path: Path, xdg: Path, caplog):
    """A row keeps its MAC from build to build (only changed rows are written), so the seal's
    digest of every row's MAC is what refuses an older build's row put back (or a row removed)."""
    output = tmp_path / "out"
    save_state(tmp_path, output, state())
    path = database_file(tmp_path, output)
    connection = sqlite3.connect(path, isolation_level=None)
    chunk = chunk_of(path, "articles", "a3.md")
    old = connection.execute("SELECT records, mac FROM articles WHERE chunk = ?", (chunk,)).fetchone()
    connection.close()
    last = load_state(tmp_path, output)
    save(tmp_path, output, replace(last, articles={**last.articles, "a3.md": ArticleRecord((3, 4), None, (), None)}),
         last)
    assert load_state(tmp_path, output).articles["a3.md"].stat == (3, 4)
    alter_database(path, f"UPDATE articles SET records = x'{old[0].hex()}', mac = x'{old[1].hex()}' WHERE chunk = '{chunk}'")
    with caplog.at_level(logging.WARNING):
        assert load_state(tmp_path, output) == CarryOver()
    assert "it is not the state its head names" in caplog.text
    save_state(tmp_path, output, state())
    path = database_file(tmp_path, output)
    alter_database(path, f"DELETE FROM outputs WHERE chunk = '{chunk_of(path, 'outputs', 'p9')}'")
    assert load_state(tmp_path, output) == CarryOver()


def test_a_folder_in_place_of_the_database_costs_only_the_cache(tmp_path: Path, xdg: Path, caplog):
    output = tmp_path / "out"
    save_state(tmp_path, output, state())
    path = database_file(tmp_path, output)
    path.unlink()
    path.mkdir()
    with caplog.at_level(logging.WARNING):
        assert load_state(tmp_path, output) == CarryOver()
        assert save(tmp_path, output, state(), CarryOver()) == 0
    assert "not a regular file" in caplog.text and "could not save the build cache" in caplog.text
    assert path.is_dir()


def test_old_shards_and_states_of_gone_outputs_are_removed(tmp_path: Path, xdg: Path):
    output = tmp_path / "out"
    output.mkdir()
    old = shard_folder(tmp_path, output)
    old.mkdir()
    (old / "a-00-1.pickle").write_bytes(b"")
    gone = database_file(tmp_path, tmp_path / "gone")
    for suffix in ("", "-journal", ".new"):
        gone.with_name(gone.name + suffix).write_bytes(b"")
    save_state(tmp_path, output, state())
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("state-")) == [
        head_file(tmp_path, output).name, database_file(tmp_path, output).name]


def test_state_is_not_read_or_written_without_a_key_or_a_folder(tmp_path: Path, monkeypatch):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    save_state(tmp_path, tmp_path / "out", state())
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]
    save_state(None, tmp_path / "out", state())
    assert load_state(None, tmp_path / "out") == CarryOver()
