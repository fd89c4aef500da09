"""The hostile-user probe's findings (branch defects23), each run as a user runs Warta: from inside
the site folder, relative paths, a real process."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw

from helpers import NOW, article


def warta(root: Path, *args: str) -> subprocess.CompletedProcess:
    """`python -m warta ARGS` run from the site folder."""
    return subprocess.run([sys.executable, "-m", "warta", *args], cwd=root, capture_output=True, text=True,
                          timeout=300)


def build(root: Path, *extra: str) -> subprocess.CompletedProcess:
    return warta(root, "build", "--now", NOW, "--no-search", *extra)


def jpeg(size=(1000, 700), colour=(200, 50, 50)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink() and p.name != ".warta-output"}


# Finding 1: published photos and cards were hard links to the cache entries, so editing a published
# file in place edited the cache, and every later build (even --clean) published the edit.

def test_editing_a_published_photo_in_place_leaves_the_cache_and_later_builds_alone(write_site, tmp_path):
    root = write_site({"articles/foto/a.jpg": jpeg(),
                       "articles/foto.md": article("Foto", image="foto/a.jpg", image_alt="x")})
    assert build(root, "--quiet").returncode == 0
    cache = [p for p in (root / ".warta-cache").rglob("*") if p.is_file()]
    inodes = {(p.stat().st_dev, p.stat().st_ino) for p in cache}
    published = [p for p in (root / "_site").rglob("*") if p.is_file()]
    assert not [p for p in published if (p.stat().st_dev, p.stat().st_ino) in inodes], \
        "an output file shares its inode with the cache"
    photo = next(p for p in published if p.suffix == ".jpg")
    card = next(p for p in published if p.name.endswith(".png"))
    # What mogrify or PIL's save(same_path) does: rewrite the published files in place.
    image = Image.open(photo)
    image.load()
    ImageDraw.Draw(image).rectangle((0, 0, 500, 300), fill=0)
    image.save(photo)
    with open(card, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\0" * 64)

    assert build(root, "--quiet", "--clean", "--output", "clean").returncode == 0
    other = tmp_path / "other"
    other.mkdir()
    (other / "articles").mkdir()
    for name in ("warta.yaml", "articles/foto.md", "articles/foto/a.jpg"):
        (other / name).parent.mkdir(parents=True, exist_ok=True)
        (other / name).write_bytes((root / name).read_bytes())
    assert build(other, "--quiet").returncode == 0
    assert files_under(root / "clean") == files_under(other / "_site")


def test_a_cache_entry_an_older_warta_shared_with_its_output_gets_a_file_of_its_own(write_site):
    root = write_site({"articles/a.md": article("Satu")})
    assert build(root, "--quiet").returncode == 0
    entry = next(p for p in (root / ".warta-cache" / "cards").iterdir() if p.name.startswith("logo-"))
    os.unlink(root / "_site" / "logo.png")
    os.link(entry, root / "_site" / "logo.png")  # (as an older Warta published it)
    assert build(root, "--quiet").returncode == 0
    assert entry.stat().st_nlink == 1
    assert (root / "_site" / "logo.png").read_bytes() == entry.read_bytes()


# Finding 2: an alias under /.git/ wrote `_site/.git/index.html`, and every later build refused `_site`;
# aliases could also name files the build writes itself (`/.warta-output`, `/pagefind/…`).

def test_aliases_on_paths_the_build_owns_are_refused_at_their_line(write_site):
    root = write_site({"articles/satu.md": article(
        "Satu", aliases=["/.git/", "/pagefind/pagefind.js", "/.warta-output", "lama/.git/config", "/lama/ok/"])})
    result = build(root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    for line_number, alias in ((5, "/.git/"), (6, "/pagefind/pagefind.js"), (7, "/.warta-output"),
                               (8, "lama/.git/config")):
        assert any(line.startswith(f"articles/satu.md:{line_number}:") and f'"{alias}"' in line for line in lines), \
            (alias, result.stderr)
    assert "/lama/ok/" not in result.stderr
    assert not (root / "_site").exists()


def test_a_well_known_alias_is_still_accepted(write_site):
    root = write_site({"articles/satu.md": article("Satu", aliases=["/.well-known/lama.html"])})
    assert build(root, "--quiet").returncode == 0
    assert (root / "_site/.well-known/lama.html").is_file()


def test_an_output_folder_holding_a_git_folder_says_how_to_recover(write_site):
    root = write_site({"articles/satu.md": article("Satu")})
    assert build(root, "--quiet").returncode == 0
    (root / "_site/.git").mkdir()
    (root / "_site/.git/index.html").write_text("<p>redirect</p>")
    result = build(root, "--force-output")
    assert result.returncode == 1
    assert "rm -r _site/.git" in result.stderr and "build again" in result.stderr
    assert "such as _site" not in result.stderr
    shutil.rmtree(root / "_site/.git")
    assert build(root, "--quiet").returncode == 0


# Finding 3: a file name that is not UTF-8 anywhere in the site crashed the build with a traceback.

BAD = os.fsdecode(b"caf\xe9")


def test_a_name_that_is_not_utf8_is_one_clear_error_in_build_and_check(write_site):
    root = write_site({"articles/satu.md": article("Satu")})
    (root / "articles" / f"{BAD}.md").write_bytes(b"")
    for command in (("build",), ("check",)):
        result = build(root) if command == ("build",) else warta(root, "check")
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert "articles: the file name b'caf\\xe9.md' is not UTF-8" in result.stderr, result.stderr
    os.unlink(root / "articles" / f"{BAD}.md")
    (root / "static" / "foto").mkdir(parents=True)
    (root / "static" / "foto" / f"{BAD}.jpg").write_bytes(b"x")
    result = build(root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "static/foto: the file name b'caf\\xe9.jpg' is not UTF-8" in result.stderr, result.stderr


def test_new_and_import_work_beside_a_name_that_is_not_utf8(write_site, tmp_path):
    root = write_site({"articles/satu.md": article("Satu")})
    (root / "articles" / f"{BAD}.md").write_bytes(b"")
    result = warta(root, "new", "Berita Baru")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    text = tmp_path / "teks.txt"
    text.write_text("Judul Berita Besar Hari Ini\n\nJakarta, 15 Juni 2025 - Ini adalah isi berita yang cukup "
                    "panjang untuk diimpor.\n\nParagraf kedua juga ada di sini dengan kalimat lengkap.\n")
    result = warta(root, "import", str(text), "--fetched-at", "2025-06-15")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr


def test_serve_reports_a_name_that_is_not_utf8_as_a_build_error(write_site):
    root = write_site({"articles/satu.md": article("Satu")})
    (root / "static").mkdir()
    (root / "static" / f"{BAD}.txt").write_bytes(b"x")
    server = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--port", "0"], cwd=root,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _, err = server.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        server.terminate()
        _, err = server.communicate(timeout=15)
    assert "Traceback" not in err and "bug" not in err, err
    assert "static: the file name b'caf\\xe9.txt' is not UTF-8" in err, err


# Finding 4: an author's profile photo was published from static/ with its EXIF GPS position.

def test_an_authors_profile_photo_is_published_without_its_gps_position(write_site):
    picture = Image.new("RGB", (400, 300), (200, 50, 50))
    exif = Image.Exif()
    exif[0x010F] = "KameraRahasia"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "S", (6.0, 12.0, 30.5), "E", (106.0, 49.0, 10.0)
    exif[0x8825] = gps
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", exif=exif.tobytes(), comment=b"catatan pribadi")
    root = write_site({"static/gambar/rina.jpg": buffer.getvalue(),
                       "data/authors.yaml": "Rina:\n  photo: /gambar/rina.jpg\n",
                       "articles/satu.md": article("Satu", author="Rina")})
    assert build(root, "--quiet").returncode == 0
    published = (root / "_site/gambar/rina.jpg").read_bytes()
    with Image.open(io.BytesIO(published)) as image:
        assert not image.getexif().get_ifd(0x8825)
        assert 0x010F not in image.getexif()
        assert image.size == (400, 300)
    assert b"catatan pribadi" not in published and b"KameraRahasia" not in published
    assert (root / "static/gambar/rina.jpg").read_bytes() == buffer.getvalue()  # (the source is left alone)
    assert 'src="/gambar/rina.jpg"' in (root / "_site/penulis/rina/index.html").read_text()


# Findings 5 and 6: `articles/` or `pages/` linked out of the site was read and published (and `new`
# wrote through it); a linked sub-folder of `articles/`, `X.MD`, `x.markdown` and a folder `x.md`
# were skipped without a word.

def test_articles_or_pages_linked_out_of_the_site_are_refused_and_new_writes_nothing(write_site, tmp_path):
    root = write_site({"articles/satu.md": article("Satu")})
    outside = tmp_path / "luar"
    (outside / "arts").mkdir(parents=True)
    (outside / "pages").mkdir()
    (outside / "arts/luar.md").write_text(article("Luar"))
    (outside / "pages/rahasia.md").write_text("---\ntitle: Rahasia\n---\n\nCatatan pribadi.\n")
    shutil.rmtree(root / "articles")
    (root / "articles").symlink_to(outside / "arts")
    (root / "pages").symlink_to(outside / "pages")
    result = build(root)
    assert result.returncode == 1
    assert "articles: is a link to a folder outside the site" in result.stderr
    assert "pages: is a link to a folder outside the site" in result.stderr
    assert not (root / "_site").exists()
    result = warta(root, "check")
    assert result.returncode == 1 and "articles: is a link to a folder outside the site" in result.stderr
    for command in (("new", "Tulis Luar"), ("new", "--page", "Tulis Luar")):
        result = warta(root, *command)
        assert result.returncode == 1 and "nothing written" in result.stderr, result.stderr
    assert sorted(p.name for p in outside.rglob("*.md")) == ["luar.md", "rahasia.md"]


def test_a_linked_sub_folder_is_followed_inside_the_site_and_refused_outside(write_site, tmp_path):
    root = write_site({"articles/satu.md": article("Satu"), "inner/dalam.md": article("Dalam")})
    (root / "articles/dalam-link").symlink_to(Path("..") / "inner")
    assert build(root, "--quiet").returncode == 0
    assert (root / "_site/artikel/dalam/index.html").is_file()
    (tmp_path / "luar").mkdir()
    (tmp_path / "luar/luar.md").write_text(article("Luar"))
    (root / "articles/luar-link").symlink_to(tmp_path / "luar")
    result = build(root)
    assert result.returncode == 1
    assert "articles/luar-link: is a link to a folder outside the site" in result.stderr, result.stderr


def test_markdown_files_that_are_not_read_are_named_in_a_warning(write_site):
    root = write_site({"articles/satu.md": article("Satu"), "articles/UPPER.MD": article("Up"),
                       "articles/lain.markdown": article("Lain"), "articles/dir.md/catatan.txt": "x"})
    result = build(root)
    assert result.returncode == 0, result.stderr
    for name, kind in (("UPPER.MD", "a file"), ("lain.markdown", "a file"), ("dir.md", "a folder")):
        assert f"articles/{name}: warning: is {kind}, not read: only .md files are articles" in result.stderr, \
            result.stderr
    assert build(root, "--strict").returncode == 1


# Finding 11 (part): `--jobs 0` and `--jobs -1` were taken without a word.

def test_jobs_below_one_are_a_usage_error(write_site):
    root = write_site({"articles/satu.md": article("Satu")})
    for value in ("0", "-1", "dua"):
        result = build(root, "--jobs", value)
        assert result.returncode == 2, (value, result.stderr)
        assert "give 1 or more" in result.stderr
    assert not (root / "_site").exists()
    assert build(root, "--quiet", "--jobs", "1").returncode == 0


# Finding 7: `warta new` wrote a draft whose slug another article claims, which then stopped every build.

def test_new_refuses_a_slug_another_article_claims(write_site):
    root = write_site({"articles/satu.md": article("Satu", slug="berita-lain"),
                       "articles/2025/kabar-lama.md": article("Kabar"),
                       "articles/dua.md": article("Dua", aliases=["/artikel/alamat-lama/"])})
    for title, claimer in (("Berita Lain", "articles/satu.md"), ("Kabar Lama", "articles/2025/kabar-lama.md"),
                           ("Alamat Lama", "articles/dua.md (as an alias)")):
        result = warta(root, "new", title)
        assert result.returncode == 1, result.stderr
        assert f"is already used by {claimer}; nothing written" in result.stderr, result.stderr
    assert sorted(p.name for p in (root / "articles").rglob("*.md")) == ["dua.md", "kabar-lama.md", "satu.md"]
    result = warta(root, "new", "Berita Lain", "--slug", "berita-lain-2")
    assert result.returncode == 0, result.stderr
    assert build(root, "--quiet", "--drafts").returncode == 0


# Finding 10: --base-url and base_url took credentials, spaces, quotes and ".." parts into every URL.

def test_a_base_url_with_credentials_spaces_quotes_or_dot_parts_is_refused(write_site):
    root = write_site({"articles/satu.md": article("Satu")})
    for url, why in (("https://user:pw@x.example/", "user name or password"), ("https://x.example/sub path/", "' '"),
                     ('https://x.example/"x/', "'\"'"), ("https://x.example/a/../b/", '".."')):
        result = build(root, "--base-url", url)
        assert result.returncode == 2 and why in result.stderr, (url, result.stderr)
        (root / "warta.yaml").write_text(f"title: Uji\nbase_url: '{url}'\n")
        result = build(root)
        assert result.returncode == 1 and why in result.stderr and "warta.yaml:2:" in result.stderr, (url, result.stderr)
    assert not (root / "_site").exists()
    (root / "warta.yaml").write_text("title: Uji\nbase_url: https://uji.example/\n")
    assert build(root, "--quiet", "--base-url", "https://x.example/berita/").returncode == 0
