"""The output-folder rule (build/outdir.py): a build replaces only a folder it made itself, a new one
or an empty one. Every folder a user could name by mistake (a folder of their own, the home folder,
an empty `$OUT`, `.git`, the cache, system folders) is left exactly as it was, however often the
build runs; a linked output is followed and stays a link; a mount point is updated in place."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from helpers import CONFIG, NOW, snapshot
from warta.build.outdir import MARKER, check_output_dir
from warta.cli import main
from warta.errors import OutputError

ARTICLE = "---\ntitle: Judul Uji\ndate: 2025-06-15T09:00:00+07:00\n---\n\nIsi artikel uji.\n"


def make_site(folder: Path) -> Path:
    (folder / "articles").mkdir(parents=True)
    (folder / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    (folder / "articles/uji.md").write_text(ARTICLE, encoding="utf-8")
    return folder


def tree(folder: Path) -> dict[str, object]:
    """Everything under `folder` (links not followed): each path with its bytes, link target or
    None for a folder, and the folder's own mtime, so that any change shows."""
    found: dict[str, object] = {".": folder.lstat().st_mtime_ns}
    for current, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(current, name)
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                found[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                found[rel] = None
            else:
                found[rel] = path.read_bytes()
    return found


def build(*args: str, capsys) -> tuple[int, str]:
    status = main(["build", "--now", NOW, "--no-search", "--quiet", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.err


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    """A site, run from its own folder as editors do."""
    root = make_site(tmp_path / "situs")
    monkeypatch.chdir(root)
    return root


def test_a_folder_of_the_users_own_is_refused_and_never_touched(site, capsys):
    mine = site.parent / "dokumen"
    (mine / "sub").mkdir(parents=True)
    (mine / "precious.txt").write_text("jangan hilang", encoding="utf-8")
    (mine / "sub/catatan.md").write_text("catatan", encoding="utf-8")
    before, neighbours = tree(mine), sorted(os.listdir(site.parent))
    for _ in range(3):
        status, err = build("--output", str(mine), capsys=capsys)
        assert status == 1
        assert err.startswith(f"error: output folder {mine} already holds files that Warta did not make "
                              "(precious.txt, sub)")
        assert "--force-output" in err
    assert tree(mine) == before
    assert sorted(os.listdir(site.parent)) == neighbours  # no `.dokumen.prev`, no staging folder


def test_force_output_replaces_a_foreign_folder(site, capsys):
    mine = site.parent / "lama"
    mine.mkdir()
    (mine / "usang.html").write_text("usang", encoding="utf-8")
    assert build("--output", "../lama", "--force-output", capsys=capsys)[0] == 0
    assert (mine / "index.html").is_file() and (mine / MARKER).is_file()
    assert not (mine / "usang.html").exists()
    assert build("--output", "../lama", capsys=capsys)[0] == 0  # now Warta's own: no flag needed


def test_a_home_folder_is_refused_even_with_force(site, capsys, monkeypatch, tmp_path):
    home = tmp_path / "rumah"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh/id_ed25519").write_text("kunci rahasia", encoding="utf-8")
    (home / ".bashrc").write_text("export PATH", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    before = tree(home)
    for extra in ((), ("--force-output",), ("--force-output",)):
        status, err = build("--output", str(home), *extra, capsys=capsys)
        assert status == 1
        assert err == (f"error: output folder {home} is a home folder; Warta replaces its output folder whole "
                       "and never replaces that one: choose a folder of its own, such as _site\n")
    assert tree(home) == before
    status, err = build("--output", "~", capsys=capsys)  # not expanded by a shell: a folder named "~"
    assert status == 0


def test_an_empty_output_argument_is_refused_not_taken_as_the_current_folder(site, capsys):
    before = tree(site)
    for _ in range(2):
        with pytest.raises(SystemExit) as stopped:
            main(["build", "--now", NOW, "--no-search", "--output", ""])
        assert stopped.value.code == 2
        assert "the folder is empty (an unset variable in a script?)" in capsys.readouterr().err
    assert tree(site) == before


@pytest.mark.parametrize("name", [".", "./"])
def test_the_current_folder_is_refused(tmp_path, monkeypatch, capsys, name):
    root = make_site(tmp_path / "situs")
    elsewhere = tmp_path / "kerja"
    elsewhere.mkdir()
    (elsewhere / "skripsi.docx").write_bytes(b"bab satu")
    monkeypatch.chdir(elsewhere)
    before = tree(elsewhere)
    status, err = build("--source", str(root), "--output", name, "--force-output", capsys=capsys)
    assert status == 1 and "is the current folder" in err
    assert tree(elsewhere) == before


def test_git_and_the_cache_are_refused_even_with_force(site, capsys):
    subprocess.run(["git", "init", "-q", str(site)], check=True)
    (site / ".git/penting").write_text("riwayat", encoding="utf-8")
    assert build(capsys=capsys)[0] == 0  # builds the cache
    git, cache = tree(site / ".git"), tree(site / ".warta-cache")
    for output, reason in ((".git", "is inside a git repository's .git folder"),
                           (".git/objects", "is inside a git repository's .git folder"),
                           (".warta-cache", "is inside .warta-cache/"),
                           (".warta-cache/cards", "is inside .warta-cache/")):
        for extra in ((), ("--force-output",)):
            status, err = build("--output", output, *extra, capsys=capsys)
            assert status == 1 and reason in err, err
    assert tree(site / ".git") == git and tree(site / ".warta-cache") == cache


def test_a_folder_holding_a_repository_is_refused(site, capsys, tmp_path):
    clone = tmp_path / "gh-pages"
    subprocess.run(["git", "init", "-q", str(clone)], check=True)
    status, err = build("--output", str(clone), "--force-output", capsys=capsys)
    assert status == 1 and "is a git repository (it holds .git)" in err
    assert (clone / ".git/HEAD").is_file()


@pytest.mark.parametrize("folder", ["/", "/etc", "/usr", "/usr/share", "/var", "/var/lib", "/home", "/root", "/tmp",
                                    "/proc/self", "/sys/kernel"])
def test_system_folders_are_refused(tmp_path, folder):
    root = make_site(tmp_path / "situs")
    with pytest.raises(OutputError, match="is the root of the file system|is a system folder|is a home folder"
                                          "|holding the home folder|holding the current folder|holds the site itself"):
        check_output_dir(Path(folder), root, force=True)


def test_an_empty_folder_and_a_new_one_are_accepted(site, capsys, tmp_path):
    empty = tmp_path / "kosong"
    empty.mkdir()
    assert build("--output", str(empty), capsys=capsys)[0] == 0
    assert (empty / "index.html").is_file()
    assert build("--output", str(tmp_path / "baru/dalam"), capsys=capsys)[0] == 0
    assert (tmp_path / "baru/dalam/index.html").is_file()


def test_an_output_built_before_the_marker_existed_is_recognised_by_the_cache(site, capsys):
    assert build(capsys=capsys)[0] == 0
    (site / "_site" / MARKER).unlink()  # as Warta versions before the marker left it
    assert build("--clean", capsys=capsys)[0] == 0
    assert (site / "_site" / MARKER).is_file()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_linked_output_is_followed_and_stays_a_link(site, capsys, tmp_path):
    docroot = tmp_path / "var-www" / "html"
    docroot.mkdir(parents=True)
    (site / "www").symlink_to(docroot)
    for n in range(3):
        (site / f"articles/tambah-{n}.md").write_text(ARTICLE.replace("Judul Uji", f"Tambah {n}"), encoding="utf-8")
        assert build("--output", "www", capsys=capsys)[0] == 0
        assert (site / "www").is_symlink() and os.readlink(site / "www") == str(docroot)
        assert (docroot / f"artikel/tambah-{n}/index.html").is_file()
    assert sorted(os.listdir(docroot.parent)) == [".html.prev", "html"]


def test_links_planted_in_the_reused_generation_are_not_followed(site, capsys, tmp_path):
    assert build(capsys=capsys)[0] == 0
    assert build("--clean", capsys=capsys)[0] == 0
    reused = site / "._site.prev"
    assert reused.is_dir()
    elsewhere = tmp_path / "di-luar"
    elsewhere.mkdir()
    import shutil

    shutil.rmtree(reused / "artikel")
    (reused / "artikel").symlink_to(elsewhere)
    (reused / "index.html").unlink()
    (reused / "index.html").symlink_to(tmp_path / "bocor.html")
    (site / "articles/baru.md").write_text(ARTICLE.replace("Judul Uji", "Baru"), encoding="utf-8")
    assert build("--clean", capsys=capsys)[0] == 0
    assert list(elsewhere.iterdir()) == [] and not (tmp_path / "bocor.html").exists()
    live = site / "_site"
    assert (live / "artikel/baru/index.html").is_file() and (live / "artikel/uji/index.html").is_file()
    assert not (live / "artikel").is_symlink() and not (live / "index.html").is_symlink()


# Mount points: a tmpfs the test mounts (root on Linux). Where mounting is not permitted the tests
# skip with the reason, except under CI=true, where they must run.

def _mount(folder: Path, *options: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", *options, str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        reason = f"cannot mount here: {done.stderr.strip() or done.returncode}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI must run the mount-point tests)")
        pytest.skip(reason)


@pytest.fixture
def mounted(tmp_path):
    mounts: list[Path] = []

    def mount(folder: Path, *options: str) -> Path:
        _mount(folder, *options)
        mounts.append(folder)
        return folder

    yield mount
    for folder in reversed(mounts):
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_an_output_that_is_a_tmpfs_mount_point_is_updated_in_place(site, capsys, mounted, tmp_path):
    volume = mounted(tmp_path / "volume", "-t", "tmpfs", "-o", "size=64m", "tmpfs")
    (volume / "lost+found").mkdir()
    for n in range(3):
        (site / f"articles/tambah-{n}.md").write_text(ARTICLE.replace("Judul Uji", f"Tambah {n}"), encoding="utf-8")
        status, err = build("--output", str(volume), capsys=capsys)
        assert status == 0, err
        assert os.path.ismount(volume)
        assert (volume / f"artikel/tambah-{n}/index.html").is_file()
        assert sorted(p for p in os.listdir(volume) if p.startswith(".warta-")) == [MARKER]
    assert (volume / "lost+found").is_dir()
    (site / "articles/tambah-0.md").unlink()
    assert build("--output", str(volume), capsys=capsys)[0] == 0
    assert not (volume / "artikel/tambah-0").exists()
    reference = tmp_path / "rujukan"
    assert build("--output", str(reference), capsys=capsys)[0] == 0
    assert snapshot(volume) == snapshot(reference)


def test_a_foreign_mount_point_is_refused(site, capsys, mounted, tmp_path):
    volume = mounted(tmp_path / "volume", "-t", "tmpfs", "-o", "size=8m", "tmpfs")
    (volume / "data.db").write_bytes(b"basis data")
    status, err = build("--output", str(volume), capsys=capsys)
    assert status == 1 and "already holds files that Warta did not make (data.db)" in err
    assert (volume / "data.db").read_bytes() == b"basis data"


def test_an_output_that_is_a_bind_mount_is_updated_in_place(site, capsys, mounted, tmp_path):
    (tmp_path / "asli").mkdir()
    target = mounted(tmp_path / "ikat", "--bind", str(tmp_path / "asli"))
    for _ in range(2):
        status, err = build("--output", str(target), "--clean", capsys=capsys)
        assert status == 0, err
    assert (tmp_path / "asli/index.html").is_file()


def test_a_full_disk_does_not_stay_full_after_a_failed_build(site, capsys, mounted, tmp_path):
    disk = mounted(tmp_path / "disk", "-t", "tmpfs", "-o", "size=4m", "tmpfs")
    output = disk / "_site"
    assert build("--output", str(output), capsys=capsys)[0] == 0
    assert build("--output", str(output), "--clean", capsys=capsys)[0] == 0  # now a generation is reused
    live = snapshot(output)
    free = os.statvfs(disk).f_bavail
    (site / "static").mkdir()
    (site / "static/besar.bin").write_bytes(os.urandom(6 * 1024 * 1024))
    status, err = build("--output", str(output), capsys=capsys)
    assert status == 1 and "No space left on device" in err
    assert snapshot(output) == live
    assert os.statvfs(disk).f_bavail >= free  # the half-written generation was removed
    (site / "static/besar.bin").unlink()
    assert build("--output", str(output), capsys=capsys)[0] == 0
