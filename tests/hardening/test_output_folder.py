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
from warta.builder.outdir import MARKER, check_output_dir
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


def test_the_pages_folder_is_refused_even_with_force(site, capsys):
    """pages/ (issue 18) is an input like articles/: no build replaces it or a folder inside it."""
    (site / "pages").mkdir()
    (site / "pages/tentang.md").write_text("---\ntitle: Tentang\n---\n\nIsi.\n", encoding="utf-8")
    before = tree(site / "pages")
    for output in ("pages", "pages/keluaran"):
        for extra in ((), ("--force-output",)):
            status, err = build("--output", output, *extra, capsys=capsys)
            assert status == 1 and "is inside pages/" in err, err
    assert tree(site / "pages") == before


def test_a_folder_holding_a_repository_is_refused(site, capsys, tmp_path):
    clone = tmp_path / "gh-pages"
    subprocess.run(["git", "init", "-q", str(clone)], check=True)
    status, err = build("--output", str(clone), "--force-output", capsys=capsys)
    assert status == 1 and "is a git repository, or holds one (a .git folder)" in err
    assert (clone / ".git/HEAD").is_file()
    holder = tmp_path / "proyek"
    subprocess.run(["git", "init", "-q", str(holder / "situs-lama")], check=True)
    status, err = build("--output", str(holder), "--force-output", capsys=capsys)
    assert status == 1 and "is a git repository, or holds one (a .git folder)" in err
    assert (holder / "situs-lama/.git/HEAD").is_file()


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


def test_an_output_without_the_marker_needs_force_once(site, capsys):
    assert build(capsys=capsys)[0] == 0
    assert build("--clean", capsys=capsys)[0] == 0
    for folder in (site / "_site", site / "._site.prev"):  # as Warta versions before the marker left them
        (folder / MARKER).unlink()
    status, err = build(capsys=capsys)
    assert status == 1 and "already holds files that Warta did not make" in err
    assert "also for a folder built by a Warta version that left no .warta-output file in it" in err
    assert build("--force-output", capsys=capsys)[0] == 0
    assert (site / "_site" / MARKER).is_file() and (site / "._site.prev" / MARKER).is_file()
    assert build("--clean", capsys=capsys)[0] == 0


def test_a_stale_cache_entry_does_not_make_a_foreign_folder_warta_s(site, capsys, tmp_path):
    """The build cache's record of an output is no proof: the link may now lead elsewhere."""
    (tmp_path / "a").mkdir()
    (tmp_path / "dokumen").mkdir()
    (tmp_path / "dokumen/skripsi.txt").write_text("bab satu", encoding="utf-8")
    (site / "www").symlink_to(tmp_path / "a")
    assert build("--output", "www", capsys=capsys)[0] == 0
    (site / "www").unlink()
    (site / "www").symlink_to(tmp_path / "dokumen")
    before = tree(tmp_path / "dokumen")
    status, err = build("--output", "www", capsys=capsys)
    assert status == 1 and "already holds files that Warta did not make (skripsi.txt)" in err
    assert tree(tmp_path / "dokumen") == before and not (tmp_path / ".dokumen.prev").exists()


def test_folders_beside_the_output_that_are_not_warta_s_are_left_alone(site, capsys, tmp_path):
    parent = tmp_path / "t"
    for name in (".www.prev", ".www.tmp-99999", ".www.old-88888"):
        (parent / name).mkdir(parents=True)
        (parent / name / "catatan.txt").write_text("milik saya", encoding="utf-8")
    before = tree(parent)
    status, err = build("--output", str(parent / "www"), capsys=capsys)
    assert status == 1 and f"{parent / '.www.prev'} is in the way" in err
    assert tree(parent) == before
    (parent / ".www.prev/catatan.txt").rename(parent / "catatan.txt")
    (parent / ".www.prev").rmdir()
    assert build("--output", str(parent / "www"), capsys=capsys)[0] == 0
    assert build("--output", str(parent / "www"), "--clean", capsys=capsys)[0] == 0
    assert (parent / ".www.tmp-99999/catatan.txt").is_file() and (parent / ".www.old-88888/catatan.txt").is_file()


def test_a_previous_generation_of_another_user_is_refused(site, capsys, tmp_path):
    if os.getuid() != 0:
        pytest.skip("needs root to give a folder to another user")
    assert build(capsys=capsys)[0] == 0
    assert build("--clean", capsys=capsys)[0] == 0
    os.chown(site / "._site.prev", 65534, 65534)
    status, err = build("--clean", capsys=capsys)
    assert status == 1 and "belongs to another user (uid 65534)" in err
    os.chown(site / "._site.prev", 0, 0)
    os.chown(site / "._site.prev/artikel", 65534, 65534)  # planted below: removed, never made live
    assert build("--clean", capsys=capsys)[0] == 0
    assert all(p.lstat().st_uid == 0 for p in (site / "_site").rglob("*"))


def test_linked_input_folders_are_refused_by_their_real_folder(tmp_path, monkeypatch, capsys):
    root = tmp_path / "situs"
    make_site(root)
    (root / "konten").mkdir()
    (root / "articles").rename(root / "konten/articles")
    (root / "articles").symlink_to(root / "konten/articles")
    monkeypatch.chdir(root)
    for output in ("konten/articles", "konten/articles/baru", "konten"):
        status, err = build("--output", output, "--force-output", capsys=capsys)
        assert status == 1 and ("is inside articles/" in err or "holds the site's articles/" in err), err
    assert (root / "konten/articles/uji.md").is_file()


def test_a_cache_folder_that_is_a_link_loses_only_warta_s_files(site, capsys, tmp_path):
    shared = tmp_path / "bersama"
    (shared / "state-of-the-art").mkdir(parents=True)
    (shared / "statements.pdf").write_bytes(b"%PDF")
    (shared / "state-of-the-art/p.tex").write_text("\\section", encoding="utf-8")
    (shared / "cards").mkdir()
    (shared / "cards/foto.jpg").write_bytes(b"jpeg")
    (site / ".warta-cache").symlink_to(shared)
    for _ in range(2):
        assert build("--clean", capsys=capsys)[0] == 0
    assert (shared / "statements.pdf").is_file() and (shared / "state-of-the-art/p.tex").is_file()
    assert (shared / "cards/foto.jpg").is_file()


def test_home_hidden_folders_the_key_folder_and_usr_are_refused(tmp_path, monkeypatch):
    root = make_site(tmp_path / "situs")
    home = tmp_path / "rumah"
    (home / ".ssh").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    for folder in (home / ".ssh", home / ".config/warta", tmp_path / "xdg/warta", tmp_path / "xdg",
                   Path("/usr/share/doc"), Path("/usr/lib/x86_64-linux-gnu"), Path("/var/lib/dpkg"),
                   Path("/var/log/nginx"), Path("/var/www"), Path("/usr/local/lib/situs"), Path("/usr/local/src")):
        with pytest.raises(OutputError):
            check_output_dir(folder, root, force=True)
    for folder in (home / "situs-web", Path("/var/www/html"), Path("/usr/share/nginx/html"), Path("/srv/www"),
                   Path("/usr/local/src/situs/_site")):
        assert check_output_dir(folder, root, force=True).path == folder


def test_a_mount_inside_the_output_is_refused(site, capsys, mounted, tmp_path):
    assert build("--output", str(tmp_path / "out"), capsys=capsys)[0] == 0
    media = mounted(tmp_path / "out/media", "-t", "tmpfs", "-o", "size=8m", "tmpfs")
    (media / "video.txt").write_text("rekaman", encoding="utf-8")
    for _ in range(2):
        status, err = build("--output", str(tmp_path / "out"), "--clean", capsys=capsys)
        assert status == 1 and f"has another file system mounted inside it ({media})" in err
    assert (media / "video.txt").read_text(encoding="utf-8") == "rekaman" and os.path.ismount(media)


def test_a_mount_inside_the_reused_generation_stops_the_build_and_loses_nothing(site, capsys, mounted):
    """The reused generation is looked over in the background while the state is read (where a
    mount is refused too); a file system mounted inside it stops the build before anything is
    written, and no thread of the build outlives it."""
    assert build(capsys=capsys)[0] == 0
    (site / "articles/baru.md").write_text(ARTICLE.replace("Judul Uji", "Baru"), encoding="utf-8")
    assert build(capsys=capsys)[0] == 0
    media = mounted(site / "._site.prev" / "media", "-t", "tmpfs", "-o", "size=8m", "tmpfs")
    (media / "video.txt").write_text("rekaman", encoding="utf-8")
    live = snapshot(site / "_site")
    (site / "articles/lain.md").write_text(ARTICLE.replace("Judul Uji", "Lain"), encoding="utf-8")
    status, err = build(capsys=capsys)
    assert status == 1 and f"has another file system mounted inside it ({media})" in err
    assert (media / "video.txt").read_text(encoding="utf-8") == "rekaman" and os.path.ismount(media)
    assert snapshot(site / "_site") == live
    assert _looking_over() == 0


def test_a_build_that_fails_while_the_reused_generation_is_looked_over_leaves_no_thread(site, capsys):
    assert build(capsys=capsys)[0] == 0
    (site / "articles/baru.md").write_text(ARTICLE.replace("Judul Uji", "Baru"), encoding="utf-8")
    assert build(capsys=capsys)[0] == 0
    live = snapshot(site / "_site")
    (site / "articles/rusak.md").write_text("---\ntitle: [tidak\n---\n\nIsi.\n", encoding="utf-8")
    status, err = build(capsys=capsys)
    assert status == 1 and "articles/rusak.md" in err
    assert snapshot(site / "_site") == live and _looking_over() == 0


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


def test_a_build_stopped_halfway_through_swapping_into_a_mount_point_is_recovered(site, capsys, mounted, tmp_path,
                                                                                   monkeypatch):
    from warta.builder import write

    volume = mounted(tmp_path / "volume", "-t", "tmpfs", "-o", "size=64m", "tmpfs")
    exchange, calls = write._exchange, []

    def stopped_after_two(a, b):
        calls.append(b)
        if len(calls) > 2:
            raise KeyboardInterrupt
        return exchange(a, b)

    assert build("--output", str(volume), capsys=capsys)[0] == 0
    (site / "articles/baru.md").write_text(ARTICLE.replace("Judul Uji", "Baru"), encoding="utf-8")
    monkeypatch.setattr(write, "_exchange", stopped_after_two)
    assert build("--output", str(volume), "--clean", capsys=capsys)[0] == 130
    monkeypatch.setattr(write, "_exchange", exchange)
    status, err = build("--output", str(volume), capsys=capsys)
    assert status == 0, err
    assert (volume / "artikel/baru/index.html").is_file()
    assert sorted(p for p in os.listdir(volume) if p.startswith(".warta-")) == [MARKER]


def test_an_output_whose_parent_cannot_be_written_is_staged_inside_it(site, capsys, tmp_path):
    """`www -> /var/www/html`, where the user may write html but not /var/www."""
    varwww = tmp_path / "var-www"
    (varwww / "html").mkdir(parents=True)
    (site / "www").symlink_to(varwww / "html")
    # (root writes any folder whatever its mode: only the immutable attribute stops it)
    if os.getuid() != 0 or subprocess.run(["chattr", "+i", str(varwww)], capture_output=True).returncode != 0:
        if os.environ.get("CI") == "true" and os.getuid() == 0:
            pytest.fail("chattr +i failed; CI must run this test")
        pytest.skip("needs root and chattr +i to make a folder its owner cannot write")
    try:
        for _ in range(2):
            status, err = build("--output", "www", "--clean", capsys=capsys)
            assert status == 0, err
            assert sorted(os.listdir(varwww)) == ["html"]
            assert (varwww / "html/index.html").is_file()
    finally:
        subprocess.run(["chattr", "-i", str(varwww)], check=True)


def _looking_over() -> int:
    """Threads looking over a reused generation (`StagedOutput`), in this process."""
    import threading

    return sum(thread.name == "warta-output-look-over" for thread in threading.enumerate())
