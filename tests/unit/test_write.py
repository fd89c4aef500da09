"""build/write.py: atomic replacement of the output folder, path checks, output-folder checks."""

from __future__ import annotations

import os

import pytest

from helpers import snapshot
from warta.builder.outdir import MARKER, MARKER_TEXT, check_output_dir
from warta.builder.write import StagedOutput, put, write_output
from warta.errors import OutputError
from warta.render.pages import OutputFile


def files(**contents: bytes) -> tuple[OutputFile, ...]:
    return tuple(OutputFile(path.replace("__", "/"), data) for path, data in contents.items())


def leftovers(output):
    """Hidden folders beside the output other than the previous generation (kept on purpose)."""
    return sorted(p.name for p in output.parent.iterdir() if p.name.startswith(".") and p.name != f".{output.name}.prev")


def test_writes_exactly_the_given_files(tmp_path):
    out = tmp_path / "_site"
    changed = write_output(files(index_html=b"<p>beranda</p>", artikel__a__index_html=b"<p>a</p>"), out)
    assert changed == 2
    assert snapshot(out) == {"index_html": b"<p>beranda</p>", "artikel/a/index_html": b"<p>a</p>"}
    assert leftovers(out) == []


def test_replaces_the_whole_folder_removing_stale_files(tmp_path):
    out = tmp_path / "_site"
    write_output(files(lama_html=b"lama", tetap_html=b"tetap", folder__x_html=b"x"), out)
    (out / "tangan.txt").write_bytes(b"ditulis tangan")
    write_output(files(tetap_html=b"tetap", baru_html=b"baru"), out)
    assert snapshot(out) == {"tetap_html": b"tetap", "baru_html": b"baru"}
    assert leftovers(out) == []


def test_unchanged_files_keep_their_inode_and_mtime(tmp_path):
    out = tmp_path / "_site"
    write_output(files(sama_html=b"sama", beda_html=b"lama"), out)
    past = 1_600_000_000
    for name in ("sama_html", "beda_html"):
        os.utime(out / name, (past, past))
    same_before, changed_before = (out / "sama_html").stat(), (out / "beda_html").stat()

    changed = write_output(files(sama_html=b"sama", beda_html=b"baru!"), out)

    assert changed == 1
    same_after, changed_after = (out / "sama_html").stat(), (out / "beda_html").stat()
    assert same_after.st_ino == same_before.st_ino
    assert same_after.st_mtime == past
    # The old folder is kept as the previous generation, which the next write reuses: it and the
    # live folder share the unchanged file.
    assert same_after.st_nlink == 2
    assert (tmp_path / "._site.prev/sama_html").stat().st_ino == same_after.st_ino
    assert changed_after.st_ino != changed_before.st_ino
    assert changed_after.st_mtime != past
    assert (out / "beda_html").read_bytes() == b"baru!"


def test_same_size_but_different_bytes_is_rewritten(tmp_path):
    out = tmp_path / "_site"
    write_output(files(a_html=b"aaaa"), out)
    assert write_output(files(a_html=b"bbbb"), out) == 1
    assert (out / "a_html").read_bytes() == b"bbbb"


def test_second_identical_write_changes_nothing(tmp_path):
    out = tmp_path / "_site"
    content = files(index_html=b"x", aset__gaya_css=b"y")
    write_output(content, out)
    assert write_output(content, out) == 0


def test_failed_write_leaves_the_old_folder_exactly_as_it_was(tmp_path):
    out = tmp_path / "_site"
    write_output(files(index_html=b"lama"), out)
    before = snapshot(out)
    # "a" as a file and "a/b" inside it cannot both exist: the write stops, naming the path.
    with pytest.raises(OutputError, match="a would be both a file and a folder"):
        write_output(files(index_html=b"baru", a=b"file", a__b=b"isi"), out)
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_creates_missing_parent_folders(tmp_path):
    out = tmp_path / "dalam" / "sekali" / "_site"
    write_output(files(index_html=b"x"), out)
    assert (out / "index_html").read_bytes() == b"x"


@pytest.mark.parametrize("path", [
    "../luar.html", "a/../../luar.html", "a/..", "/etc/passwd", "artikel\\a.html", "",
])
def test_refuses_paths_that_leave_the_output_folder(tmp_path, path):
    out = tmp_path / "_site"
    write_output(files(index_html=b"lama"), out)
    with pytest.raises(OutputError) as caught:
        write_output((OutputFile("index_html", b"baru"), OutputFile(path, b"x")), out)
    assert "would leave the output folder" in str(caught.value)
    assert snapshot(out) == {"index_html": b"lama"}
    assert not (tmp_path / "luar.html").exists()
    assert leftovers(out) == []


@pytest.mark.parametrize("path, code", [("a\x00b", "0000"), ("a\nb.html", "000A"), ("a\tb", "0009")])
def test_refuses_names_with_a_control_character_saying_so(tmp_path, path, code):
    # Issue 21: these were said to "leave the output folder".
    out = tmp_path / "_site"
    write_output(files(index_html=b"lama"), out)
    with pytest.raises(OutputError) as caught:
        write_output((OutputFile("index_html", b"baru"), OutputFile(path, b"x")), out)
    assert str(caught.value) == (f"refusing to write {path!r}: its name has a control character (U+{code}); "
                                 "rename that file in static/ or assets/")
    assert snapshot(out) == {"index_html": b"lama"}


def test_refuses_two_files_for_one_path_naming_it(tmp_path):
    out = tmp_path / "_site"
    with pytest.raises(OutputError) as caught:
        write_output((OutputFile("tag/index.html", b"a"), OutputFile("tag/index.html", b"b"),
                      OutputFile("index.html", b"c")), out)
    assert str(caught.value).startswith("two outputs claim the same path: tag/index.html")
    assert "static/" in str(caught.value)
    assert not out.exists()


def test_removes_staging_folders_left_by_a_killed_build(tmp_path):
    out = tmp_path / "_site"
    dead = tmp_path / "._site.tmp-999999999"
    (dead / "sisa").mkdir(parents=True)
    (dead / MARKER).write_bytes(MARKER_TEXT)  # (every staging folder holds the marker from the start)
    mine = tmp_path / "._site.old-999999998"  # the user's own folder, whatever its name
    (mine / "catatan").mkdir(parents=True)
    write_output(files(index_html=b"x"), out)
    assert not dead.exists()
    assert (mine / "catatan").is_dir()


def test_output_folder_inside_the_site_is_allowed(tmp_path):
    site = tmp_path / "situs"
    (site / "articles").mkdir(parents=True)
    check_output_dir(site / "_site", site)
    check_output_dir(tmp_path / "lain", site)


def test_refuses_the_site_root_itself_as_output(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    with pytest.raises(OutputError) as caught:
        check_output_dir(site, site)
    assert str(caught.value) == f"output folder {site} holds the site itself; choose another --output, such as _site"
    with pytest.raises(OutputError):
        check_output_dir(site / "articles" / "..", site)


def test_refuses_a_parent_of_the_site_root_as_output(tmp_path):
    site = tmp_path / "a" / "situs"
    site.mkdir(parents=True)
    for parent in (tmp_path / "a", tmp_path):
        with pytest.raises(OutputError, match="holds the site itself"):
            check_output_dir(parent, site)


@pytest.mark.parametrize("folder", ["articles", "templates", "assets", "static"])
def test_refuses_folders_inside_the_sites_own_folders(tmp_path, folder):
    site = tmp_path / "situs"
    (site / folder).mkdir(parents=True)
    for output in (site / folder, site / folder / "_site"):
        with pytest.raises(OutputError) as caught:
            check_output_dir(output, site)
        assert f"is inside {folder}/" in str(caught.value)


def test_refuses_an_output_that_is_a_file(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    (site / "_site").write_text("bukan folder")
    with pytest.raises(OutputError, match="exists and is not a folder"):
        check_output_dir(site / "_site", site)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_refuses_a_symlink_that_leads_to_the_site_root(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    (tmp_path / "pintas").symlink_to(site)
    with pytest.raises(OutputError, match="holds the site itself"):
        check_output_dir(tmp_path / "pintas", site)


# ------------------------------------------------------------------ the folders a staged output made (issue 15)

def test_staged_outputs_do_not_share_the_folders_they_made(tmp_path):
    """Each staged output remembers the folders it made in its own staging folder, and no other: an
    output staged after an abandoned one, in a staging folder of the same name (same output, same
    process) that no longer holds them, makes them again; two outputs staged at once keep apart."""
    out = tmp_path / "_site"
    with pytest.raises(RuntimeError), StagedOutput(out) as first:
        first.write(files(artikel__a__index_html=b"a"))
        staging = first.folder
        assert os.path.join(staging, "artikel", "a") in first.made
        raise RuntimeError("abandoned: its staging folder is removed")
    assert not staging.exists()
    with StagedOutput(out) as second, StagedOutput(tmp_path / "lain") as other:
        assert second.folder == staging and second.made == set() and second.made is not first.made
        second.write(files(artikel__a__index_html=b"a2", artikel__b__index_html=b"b"))
        other.write(files(artikel__a__index_html=b"lain"))
        assert second.made == {os.path.join(staging, "artikel", name) for name in ("a", "b")}
        assert other.made == {os.path.join(other.folder, "artikel", "a")}
        second.commit()
        other.commit()
    assert snapshot(out) == {"artikel/a/index_html": b"a2", "artikel/b/index_html": b"b"}
    assert snapshot(tmp_path / "lain") == {"artikel/a/index_html": b"lain"}


def test_put_without_a_memory_of_folders_looks_them_up(tmp_path):
    """`put` as build workers call it (no `made`): the file's folder is made when it is not there."""
    staging, old = tmp_path / "staging", tmp_path / "old"
    staging.mkdir()
    old.mkdir()
    assert put(staging, old, "artikel/a/index.html", b"a")
    (staging / "artikel").rename(tmp_path / "gone")
    assert put(staging, old, "artikel/a/index.html", b"a") and (staging / "artikel/a/index.html").read_bytes() == b"a"
    (staging / "x").write_bytes(b"a file where a folder is needed")
    assert put(staging, old, "x/index.html", b"x") and (staging / "x/index.html").read_bytes() == b"x"
    made: set[str] = set()
    assert put(staging, old, "y/z/index.html", b"y", made=made) and made == {os.path.join(staging, "y", "z")}


def test_removes_the_empty_staging_folder_of_a_build_killed_before_marking_it(tmp_path):
    """A build killed between making its staging folder and writing the marker into it leaves an
    empty, unmarked folder: the next build removes it (an empty folder holds nothing of anyone's); an
    unmarked one with something in it stays."""
    out = tmp_path / "_site"
    empty = tmp_path / "._site.tmp-999999997"
    empty.mkdir()
    kept = tmp_path / "._site.tmp-999999996"
    (kept / "punya-pengguna").mkdir(parents=True)
    write_output(files(index_html=b"x"), out)
    assert not empty.exists()
    assert (kept / "punya-pengguna").is_dir()


# ------------------------------------------------------------------ carrying files over (issue 22)

def _three_generations(tmp_path):
    """An output written three times: the reused generation (`.prev`) shares `sama` with the live
    output and holds an older `beda` than the live one's."""
    out = tmp_path / "_site"
    for text in (b"satu", b"dua", b"tiga"):
        write_output(files(sama_html=b"sama", beda_html=text), out)
    return out


def test_a_reused_generation_is_pruned_without_listing_it_again(tmp_path, monkeypatch):
    """What the look-over met and no output claims goes, with the folders that leaves empty and those
    it found empty; what is claimed stays; the folder is not listed again (issue 22: 2 s of a
    100,000-article rebuild)."""
    out = tmp_path / "_site"
    for _ in range(2):
        write_output((OutputFile("sama.html", b"sama"), OutputFile("artikel/lama/index.html", b"lama"),
                      OutputFile("tag/x/halaman/2/index.html", b"2")), out)
    previous = tmp_path / "._site.prev"
    (previous / "kosong/juga/kosong").mkdir(parents=True)  # (folders with no file, however deep)
    with StagedOutput(out) as staged:
        assert staged.in_place
        staged.settle()
        monkeypatch.setattr(os, "scandir", lambda *args: pytest.fail("the reused generation was listed again"))
        staged.keep(["sama.html", "tag/x/halaman/2/index.html"])
        staged.write((OutputFile("artikel/baru/index.html", b"baru"),))
        staged.commit()
    monkeypatch.undo()
    assert snapshot(out) == {"sama.html": b"sama", "tag/x/halaman/2/index.html": b"2",
                             "artikel/baru/index.html": b"baru"}
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_dir()) == \
           ["artikel", "artikel/baru", "tag", "tag/x", "tag/x/halaman", "tag/x/halaman/2"]


def test_keep_looks_up_only_the_old_file_of_what_the_reused_generation_already_shares(tmp_path, monkeypatch):
    """Carrying over a file the reused generation shares with the live output costs one look-up (the
    live file's): the scan that clears the reused generation of links has seen the other."""
    out = _three_generations(tmp_path)
    looked_up = []
    real_lstat = os.lstat

    def counting_lstat(path, *args, **kwargs):
        looked_up.append(os.fspath(path))
        return real_lstat(path, *args, **kwargs)

    with StagedOutput(out) as staged:
        assert staged.in_place
        monkeypatch.setattr(os, "lstat", counting_lstat)
        assert staged.keep(["sama_html"]) == set()
        monkeypatch.setattr(os, "lstat", real_lstat)
        staged.commit()
    assert looked_up == [os.path.join(out, "sama_html")]
    assert (out / "sama_html").stat().st_nlink == 2


def test_keep_relinks_what_the_reused_generation_holds_in_another_version(tmp_path):
    """A file the reused generation holds in an older version is replaced by the live one (the scan
    saw a file, but not the live output's)."""
    out = _three_generations(tmp_path)
    live = {name: (out / name).stat().st_ino for name in ("sama_html", "beda_html")}
    with StagedOutput(out) as staged:
        assert (staged.folder / "beda_html").read_bytes() == b"dua"
        assert staged.keep(["sama_html", "beda_html"]) == set()
        staged.commit()
    assert {name: (out / name).stat().st_ino for name in live} == live
    assert snapshot(out) == {"sama_html": b"sama", "beda_html": b"tiga"}


def test_the_look_over_of_the_reused_generation_ends_before_anything_is_written(tmp_path, monkeypatch):
    """The reused generation is looked over in a process of its own from `__enter__`; the first
    write waits for it, what stopped it is raised in the build, and leaving the block leaves no
    process behind."""
    from warta.builder import write

    out = _three_generations(tmp_path)
    go, release = os.pipe()  # (the look-over waits until the test writes: no timing involved)

    def slow_scan(folder, device, present, bare):
        os.read(go, 1)
        raise OutputError(f"{folder}/media is a mount point inside the folder a build reuses; unmount it")

    monkeypatch.setattr(write, "_remove_links", slow_scan)
    before = snapshot(out)
    try:
        with pytest.raises(OutputError, match="mount point"):
            with StagedOutput(out) as staged:
                assert staged.in_place and _looking_over() == 1
                os.write(release, b"x")
                staged.write((OutputFile("baru.html", b"baru"),))
    finally:
        os.close(go)
        os.close(release)
    assert _looking_over() == 0 and snapshot(out) == before
    assert not (staged.folder / "baru.html").exists()


def test_a_build_stopped_before_the_look_over_ends_stops_it(tmp_path, monkeypatch):
    """Leaving the block early (an error, Ctrl+C) kills the look-over's process instead of waiting for it."""
    from warta.builder import write

    out = _three_generations(tmp_path)
    go, release = os.pipe()
    monkeypatch.setattr(write, "_remove_links", lambda folder, device, present, bare: os.read(go, 1))
    try:
        with pytest.raises(KeyboardInterrupt):
            with StagedOutput(out):
                assert _looking_over() == 1
                raise KeyboardInterrupt
    finally:
        os.close(go)
        os.close(release)
    assert _looking_over() == 0


def _looking_over() -> int:
    """Processes looking over a reused generation (`StagedOutput`), children of this one."""
    import multiprocessing

    return sum(process.name == "warta-apart" for process in multiprocessing.active_children())
