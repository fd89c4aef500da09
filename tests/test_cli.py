"""The `warta` command through `main(argv)`: exit codes, messages, and what it writes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from helpers import NOW, article, run_build, snapshot
from warta import __version__
from warta.cli import main
from warta.config import SiteConfig
from warta.content import load_articles


@pytest.fixture(autouse=True)
def no_epoch(monkeypatch):
    """Tests set SOURCE_DATE_EPOCH themselves when they need it."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def epoch(text: str) -> str:
    return str(int(datetime.fromisoformat(text).timestamp()))


# --- version and usage ----------------------------------------------------------------------------

def test_version_prints_name_and_version_and_exits_0(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"warta {__version__}\n"


def test_no_command_prints_usage_and_exits_2(capsys):
    assert main([]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("usage: warta")
    assert "build" in err and "new" in err


def test_unknown_command_exits_2(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["bangun"])
    assert stopped.value.code == 2
    assert "invalid choice: 'bangun'" in capsys.readouterr().err


# --- new ------------------------------------------------------------------------------------------

def test_new_writes_a_draft_that_builds_only_with_drafts(write_site, capsys):
    root = write_site({})
    assert main(["new", "Judul Artikel Baru", "--source", str(root)]) == 0
    path = root / "articles" / "judul-artikel-baru.md"
    assert capsys.readouterr().out == f"wrote {path} (draft: remove `draft: true` to publish)\n"
    text = path.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Judul Artikel Baru"\ndate: "')
    assert "\ndraft: true\n" in text

    # The skeleton is dated now (to the minute), so a build on the real clock may publish it.
    assert main(["build", "--source", str(root), "--quiet"]) == 0
    assert not (root / "_site" / "artikel" / "judul-artikel-baru").exists()
    assert main(["build", "--source", str(root), "--quiet", "--drafts"]) == 0
    page = root / "_site" / "artikel" / "judul-artikel-baru" / "index.html"
    assert "Judul Artikel Baru" in page.read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""


def test_new_quotes_titles_with_colons_and_quotes(write_site):
    root = write_site({})
    assert main(["new", 'Meta: "investasi" \\ baru', "--source", str(root)]) == 0
    loaded = load_articles(root, SiteConfig(title="X"))
    assert loaded.problems == ()
    assert [(a.slug, a.title, a.draft) for a in loaded.articles] == [
        ("meta-investasi-baru", 'Meta: "investasi" \\ baru', True)]
    assert main(["build", "--source", str(root), "--quiet", "--drafts"]) == 0


def test_new_never_overwrites_an_existing_article(write_site, capsys):
    root = write_site({})
    assert main(["new", "Judul Artikel Baru", "--source", str(root)]) == 0
    path = root / "articles" / "judul-artikel-baru.md"
    path.write_text(article(title="Sudah ditulis"), encoding="utf-8")
    before = path.read_bytes()
    capsys.readouterr()

    assert main(["new", "Judul Artikel Baru", "--source", str(root)]) == 1

    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"error: {path} already exists; choose another title or pass --slug\n"
    assert path.read_bytes() == before


def test_new_with_a_title_without_letters_fails_and_writes_nothing(write_site, capsys):
    root = write_site({})
    assert main(["new", "!!! ???", "--source", str(root)]) == 2
    assert capsys.readouterr().err == ('error: the title "!!! ???" has no letters or digits to make a file name from; '
                                       "pass --slug, for example --slug berita-baru\n")
    assert list((root / "articles").iterdir()) == []


def test_new_with_an_empty_title_fails(write_site, capsys):
    root = write_site({})
    assert main(["new", "   ", "--source", str(root)]) == 2
    assert "the title is empty" in capsys.readouterr().err
    assert list((root / "articles").iterdir()) == []


def test_new_with_a_bad_slug_fails(write_site, capsys):
    root = write_site({})
    assert main(["new", "Judul", "--slug", "../luar", "--source", str(root)]) == 2
    assert capsys.readouterr().err.startswith('error: slug "../luar" may contain only a-z')
    assert list((root / "articles").iterdir()) == []
    assert not (root / "luar.md").exists()


def test_new_with_an_explicit_slug_uses_it(write_site):
    root = write_site({})
    assert main(["new", "Judul", "--slug", "berita-pilihan", "--source", str(root)]) == 0
    assert (root / "articles" / "berita-pilihan.md").is_file()


@pytest.mark.parametrize("title", ["Judul \x1b[31m merah", "Judul\x00nol", "Judul \x7f hapus", "Judul \x9b31m C1",
                                   "Judul \udcff bukan UTF-8", "Judul \ufffe"])
def test_new_refuses_a_title_the_build_would_refuse_and_writes_nothing(write_site, capsys, monkeypatch, title):
    # Issue 21: `warta new $'Judul \x1b[31m merah'` wrote an article that no build would take.
    root = write_site({})
    monkeypatch.chdir(root)
    assert main(["new", title]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert err.startswith('error: the title "Judul') and "type the title again without it" in err
    assert err.isprintable() or err.rstrip("\n").isprintable()  # shown escaped, never raw
    assert list((root / "articles").iterdir()) == []


@pytest.mark.parametrize("title", ['Meta: "investasi" \\ baru', "# Bukan komentar", "- bukan daftar", "&jangkar *alias",
                                   "!!python/object Judul", "Judul\tdengan\ttab", "Judul\u2028baris", "Judul \u202e balik",
                                   "'kutip' {kurawal} [siku] %persen @at `backtick`", "null", "9999-12-31", "yes",
                                   "Judul \u00a0spasi \ufeff BOM", "日本語のニュース"])
def test_whatever_new_writes_builds_with_drafts(write_site, capsys, monkeypatch, title):
    root = write_site({})
    monkeypatch.chdir(root)
    assert main(["new", title, "--slug", "berita-baru"]) == 0
    assert main(["build", "--drafts", "--quiet", "--no-search"]) == 0, capsys.readouterr().err
    assert (root / "_site/artikel/berita-baru/index.html").is_file()


def test_new_outside_a_site_says_no_article_was_written(tmp_path, capsys):
    assert main(["new", "Judul", "--source", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == "no article written (1 error)"
    assert "build" not in err
    assert not (tmp_path / "articles").exists()


def test_new_page_writes_a_page_skeleton_that_builds(write_site, capsys, monkeypatch):
    root = write_site({"articles/a.md": article()})
    monkeypatch.chdir(root)
    assert main(["new", "--page", "Redaksi"]) == 0
    path = Path("pages") / "redaksi.md"
    assert capsys.readouterr().out == f"wrote {path} (published at /redaksi/ by the next build)\n"
    assert path.read_text(encoding="utf-8") == ('---\ntitle: "Redaksi"\nsummary: ""\norder:\n---\n\n'
                                                 "Tulis isi halaman di sini.\n")
    assert main(["new", "--page", "Pedoman Media Siber", "--slug", "pedoman"]) == 0
    assert (root / "pages/pedoman.md").is_file()
    assert main(["build", "--quiet", "--no-search", "--now", NOW]) == 0
    assert "Tulis isi halaman di sini." in (root / "_site/redaksi/index.html").read_text(encoding="utf-8")
    assert (root / "_site/pedoman/index.html").is_file()
    assert capsys.readouterr().err == ""


def test_new_with_a_type_writes_the_standards_fields_and_the_articles_build(write_site, capsys, monkeypatch):
    """`--type`, `--sponsor`, `--reply-to` (issue 18): the lines the build asks for, checked as it checks them."""
    root = write_site({"articles/a.md": article(slug="tarif")})
    monkeypatch.chdir(root)
    assert main(["new", "Panel Surya Hemat", "--type", "advertorial", "--sponsor", "PT Surya: Terang"]) == 0
    assert main(["new", "Tanggapan PLN", "--type", "hak-jawab", "--reply-to", "tarif"]) == 0
    assert main(["new", "Saatnya Energi Hijau", "--type", "opini"]) == 0
    advert = (root / "articles/panel-surya-hemat.md").read_text(encoding="utf-8")
    assert 'type: advertorial\nsponsor: "PT Surya: Terang"\ndraft: true\n' in advert
    assert "type: hak-jawab\nreply_to: tarif\ndraft: true\n" in (root / "articles/tanggapan-pln.md").read_text()
    assert "type: opini\ndraft: true\n" in (root / "articles/saatnya-energi-hijau.md").read_text()
    capsys.readouterr()
    assert main(["build", "--quiet", "--no-search", "--drafts", "--now", "2030-01-01T00:00:00+07:00"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("extra, message", [
    (["--type", "opinion"], '--type "opinion" is not a type of article; use one of berita, opini, analisis, '
                            "wawancara, advertorial, siaran-pers, hak-jawab"),
    (["--type", "advertorial"], '--type advertorial needs --sponsor "PT Contoh": who paid for it'),
    (["--type", "siaran-pers", "--sponsor", " "], '--type siaran-pers needs --sponsor "PT Contoh": who issued it'),
    (["--sponsor", "PT A"], "--sponsor is for --type advertorial or siaran-pers"),
    (["--type", "hak-jawab"], "--reply-to is missing: give the slug of the article this reply answers"),
    (["--type", "opini", "--reply-to", "x"], "--reply-to is for --type hak-jawab"),
])
def test_new_with_a_type_refuses_what_would_not_build_and_writes_nothing(write_site, capsys, extra, message):
    root = write_site({})
    assert main(["new", "Judul", "--source", str(root), *extra]) == 2
    assert capsys.readouterr().err == f"error: {message}\n"
    assert not (root / "articles/judul.md").exists()


def test_new_page_never_overwrites_an_existing_page(write_site, capsys):
    root = write_site({"pages/redaksi.md": "---\ntitle: Redaksi\n---\n\nSudah ditulis.\n"})
    before = (root / "pages/redaksi.md").read_bytes()
    assert main(["new", "--page", "Redaksi", "--source", str(root)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"error: {root / 'pages' / 'redaksi.md'} already exists; choose another title or pass --slug\n"
    assert (root / "pages/redaksi.md").read_bytes() == before


def test_new_page_refuses_an_address_warta_writes_itself(write_site, capsys):
    root = write_site({})
    assert main(["new", "--page", "Arsip", "--source", str(root)]) == 2
    assert capsys.readouterr().err == ("error: the page would be at /arsip/, which holds the archive; pass --slug "
                                       "with another name\n")
    assert not (root / "pages").exists()


def test_new_page_outside_a_site_says_no_page_was_written(tmp_path, capsys):
    assert main(["new", "--page", "Kontak", "--source", str(tmp_path)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "no page written (1 error)"
    assert not (tmp_path / "pages").exists()


# --- build: the clock -----------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["kemarin", "2025-13-45", "15/06/2025", "now"])
def test_build_with_a_bad_now_fails_cleanly(write_site, capsys, value):
    root = write_site({"articles/a.md": article()})
    assert main(["build", "--source", str(root), "--now", value]) == 2  # wrong usage (was 1: issue 21)
    out, err = capsys.readouterr()
    assert err == f'error: --now "{value}" is not an ISO 8601 date-time, e.g. 2025-06-15T09:00:00+07:00\n'
    assert "Traceback" not in out + err
    assert not (root / "_site").exists()


def test_build_now_without_offset_is_site_time(write_site):
    root = write_site({"articles/a.md": article(date="2025-06-15T09:00:00")})
    assert main(["build", "--source", str(root), "--quiet", "--now", "2025-06-15T08:59"]) == 0
    assert not (root / "_site" / "artikel" / "a").exists()
    assert main(["build", "--source", str(root), "--quiet", "--now", "2025-06-15T09:00"]) == 0
    assert (root / "_site" / "artikel" / "a" / "index.html").is_file()


def test_source_date_epoch_decides_what_is_published(write_site, monkeypatch):
    root = write_site({"articles/lama.md": article(title="Lama"),
                       "articles/masa-depan.md": article(title="Masa depan", date="2030-01-01T09:00:00+07:00")})
    page = root / "_site" / "artikel" / "masa-depan" / "index.html"

    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch("2029-12-31T23:59:59+00:00"))
    assert main(["build", "--source", str(root), "--quiet"]) == 0
    assert (root / "_site" / "artikel" / "lama" / "index.html").is_file()
    assert not page.exists()

    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch("2030-01-01T02:00:00+00:00"))
    assert main(["build", "--source", str(root), "--quiet"]) == 0
    assert page.is_file()


def test_now_option_wins_over_source_date_epoch(write_site, monkeypatch):
    root = write_site({"articles/masa-depan.md": article(date="2030-01-01T09:00:00+07:00")})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch("2031-01-01T00:00:00+00:00"))
    assert run_build(root) == 0
    assert not (root / "_site" / "artikel" / "masa-depan").exists()


def test_source_date_epoch_makes_builds_repeatable(write_site, tmp_path, monkeypatch):
    root = write_site({"articles/a.md": article(), "articles/b.md": article(title="B", date="2025-07-01")})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch("2026-01-01T00:00:00+00:00"))
    assert main(["build", "--source", str(root), "--quiet", "--output", str(tmp_path / "satu")]) == 0
    assert main(["build", "--source", str(root), "--quiet", "--output", str(tmp_path / "dua")]) == 0
    assert snapshot(tmp_path / "satu") == snapshot(tmp_path / "dua")


@pytest.mark.parametrize("value", ["besok", "1.5", "99999999999999999999"])
def test_bad_source_date_epoch_fails_cleanly(write_site, monkeypatch, capsys, value):
    root = write_site({"articles/a.md": article()})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    assert main(["build", "--source", str(root)]) == 2
    assert capsys.readouterr().err == f'error: SOURCE_DATE_EPOCH "{value}" is not a whole number of seconds\n'
    assert not (root / "_site").exists()


@pytest.mark.parametrize("value", ["9999-12-31", "9999-12-31T23:59:00-12:00", "0001-01-01T00:00:00+07:00", "1899-12-31"])
def test_build_with_a_now_outside_the_years_fails_cleanly(write_site, capsys, value):
    # Issue 21: a clock in year 9999 overflowed the build.
    root = write_site({"articles/a.md": article()})
    assert main(["build", "--source", str(root), "--now", value]) == 2
    assert capsys.readouterr().err == f'error: --now "{value}" is outside the years 1900 to 2999\n'
    assert not (root / "_site").exists()


@pytest.mark.parametrize("value, shown", [("253402300799", "9999-12-31T23:59:59+00:00"),
                                          ("-2208988801", "1899-12-31T23:59:59+00:00")])
def test_source_date_epoch_outside_the_years_fails_cleanly(write_site, monkeypatch, capsys, value, shown):
    root = write_site({"articles/a.md": article()})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    assert main(["build", "--source", str(root)]) == 2
    assert capsys.readouterr().err == f'error: SOURCE_DATE_EPOCH "{value}" ({shown}) is outside the years 1900 to 2999\n'
    assert not (root / "_site").exists()


# --- build: warnings, strict, output --------------------------------------------------------------

def test_warning_is_printed_and_the_build_succeeds(write_site, capsys):
    root = write_site({"articles/a.md": article(tittle="Salah ketik")})
    assert run_build(root) == 0
    out, err = capsys.readouterr()
    assert err == "articles/a.md:4: warning: tittle: is not a known field — did you mean 'title'?\n"
    assert out == ""
    assert (root / "_site" / "artikel" / "a" / "index.html").is_file()


def test_build_prints_a_summary_unless_quiet(write_site, capsys):
    root = write_site({"articles/a.md": article(), "articles/b.md": article(title="B", draft=True)})
    assert main(["build", "--source", str(root), "--now", NOW]) == 0
    out = capsys.readouterr().out
    assert out.startswith("built 1 article")
    assert f"-> {root / '_site'}" in out
    assert "left out: 1 draft" in out


def test_strict_turns_a_warning_into_exit_1_and_writes_nothing(write_site, capsys):
    root = write_site({"articles/a.md": article(tittle="Salah ketik")})
    assert run_build(root) == 0
    before = snapshot(root / "_site")
    capsys.readouterr()

    assert run_build(root, "--strict") == 1

    assert capsys.readouterr().err == (
        "articles/a.md:4: warning: tittle: is not a known field — did you mean 'title'?\n"
        "build stopped (1 warning, fatal with --strict); the output folder was not changed\n")
    assert snapshot(root / "_site") == before


def test_quiet_prints_the_first_warnings_in_full_and_how_many_more_there_are(write_site, capsys):
    """Issue 22: `--quiet` printed (and formatted) each of an archive's 14,000 link warnings. It prints
    the first QUIET_WARNINGS and their count; without --quiet every one is printed."""
    from warta.cli import QUIET_WARNINGS

    extra = 5
    root = write_site({f"articles/a{n:02d}.md": article(title=f"A {n}", tittle="x")
                       for n in range(QUIET_WARNINGS + extra)})
    assert run_build(root) == 0
    quiet = capsys.readouterr()
    assert main(["build", "--source", str(root), "--now", NOW, "--no-search"]) == 0
    full = capsys.readouterr()
    warnings = full.err.splitlines()
    assert len(warnings) == QUIET_WARNINGS + extra
    assert all(": warning: tittle: is not a known field" in line for line in warnings)
    assert quiet.err.splitlines() == warnings[:QUIET_WARNINGS] + [
        f"{extra} more warnings not shown ({QUIET_WARNINGS + extra} in all; --quiet shows the first "
        f"{QUIET_WARNINGS}): build without --quiet to see every one"]
    assert quiet.out == "" and full.out.startswith(("built ", "up to date"))
    # --strict: every warning is fatal, and printed, quiet or not.
    assert run_build(root, "--strict") == 1
    assert capsys.readouterr().err.splitlines() == warnings + [
        f"build stopped ({QUIET_WARNINGS + extra} warnings, fatal with --strict); the output folder was not changed"]


def test_quiet_prints_every_warning_when_there_are_few(write_site, capsys):
    from warta.cli import QUIET_WARNINGS

    root = write_site({f"articles/a{n:02d}.md": article(title=f"A {n}", tittle="x") for n in range(QUIET_WARNINGS)})
    assert run_build(root) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == QUIET_WARNINGS and all(": warning: " in line for line in err)


def test_the_console_writes_a_stages_warnings_at_once():
    """Issue 22: 14,000 warnings were 14,000 prints; they are one write per stage."""
    import io

    from warta.cli import ConsoleReporter
    from warta.errors import Problem

    class Counting(io.StringIO):
        writes = 0

        def write(self, text: str) -> int:
            self.writes += 1
            return super().write(text)

    stream = Counting()
    problems = [Problem(f"articles/a{n}.md", n + 1, None, "a link leads nowhere", warning=True) for n in range(1000)]
    with ConsoleReporter(stream=stream) as reporter:
        for problem in problems[:600]:
            reporter.problem(problem)
        reporter.stage("check", 0.1)
        assert stream.writes == 1
        for problem in problems[600:]:
            reporter.problem(problem)
    assert stream.writes == 2
    assert stream.getvalue() == "".join(problem.format() + "\n" for problem in problems)


def test_strict_build_without_warnings_succeeds(write_site):
    root = write_site({"articles/a.md": article()})
    assert run_build(root, "--strict") == 0


def test_output_option_writes_elsewhere_and_leaves_the_site_alone(write_site, tmp_path):
    root = write_site({"articles/a.md": article()})
    out = tmp_path / "terbit" / "publik"
    assert run_build(root, output=out) == 0
    assert (out / "index.html").is_file()
    assert (out / "artikel" / "a" / "index.html").is_file()
    assert not (root / "_site").exists()


def test_output_equal_to_the_site_root_is_refused_and_nothing_is_deleted(write_site, capsys):
    root = write_site({"articles/a.md": article(), "static/robots.txt": "User-agent: *\n"})
    before = snapshot(root)
    assert run_build(root, output=root) == 1
    out, err = capsys.readouterr()
    assert err == f"error: output folder {root} holds the site itself; choose another --output, such as _site\n"
    assert "Traceback" not in out + err
    assert snapshot(root) == before


def test_output_equal_to_a_parent_of_the_site_is_refused(write_site, tmp_path, capsys):
    root = write_site({"articles/a.md": article()})
    before = snapshot(tmp_path)
    assert run_build(root, output=tmp_path) == 1
    assert "holds the site itself" in capsys.readouterr().err
    assert snapshot(tmp_path) == before


def test_output_inside_articles_is_refused(write_site, capsys):
    root = write_site({"articles/a.md": article()})
    before = snapshot(root)
    assert run_build(root, output=root / "articles" / "_site") == 1
    assert "is inside articles/" in capsys.readouterr().err
    assert snapshot(root) == before


def test_bad_base_url_option_is_wrong_usage(write_site, capsys):
    root = write_site({"articles/a.md": article()})
    assert run_build(root, "--base-url", "contoh.id") == 2
    assert capsys.readouterr().err == (
        'error: --base-url "contoh.id" must be absolute (https://…) or start with /; '
        "for example --base-url https://user.github.io/warta/, or --base-url / for links without a host\n")
    assert not (root / "_site").exists()


@pytest.mark.parametrize("port", ["99999", "-1", "delapan"])
def test_serve_with_a_port_out_of_range_is_wrong_usage(write_site, capsys, port):
    root = write_site({"articles/a.md": article()})
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--source", str(root), "--port", port])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.endswith(f'warta serve: error: argument --port: "{port}" is not a port number from 0 to 65535\n')
    assert "Traceback" not in err


def test_content_errors_stop_the_build_before_anything_is_written(write_site, capsys):
    root = write_site({"articles/a.md": article(), "articles/b.md": "---\ntitle: B\n---\n\nIsi.\n"})
    assert run_build(root) == 1
    assert capsys.readouterr().err == (
        "articles/b.md:2: date: is missing — add `date: \"2025-06-15T09:00:00+07:00\"` (YYYY-MM-DD, time optional)\n"
        "build stopped (1 error); the output folder was not changed\n")
    assert not (root / "_site").exists()


def test_python_dash_m_warta_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "warta", "--version"], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout) == (0, f"warta {__version__}\n")


@pytest.mark.parametrize("command", [["build", "--now", NOW], ["check"]])
def test_a_reader_that_went_away_ends_the_command_quietly(write_site, command):
    """`warta build | head -c 40`: the reader closes the pipe before the report is printed. The
    command ends as `cat` and `git` do, with SIGPIPE's status and no "error: Broken pipe"."""
    root = write_site({"articles/a.md": article()})
    assert run_build(root) == 0  # (a site built: `check` has something to report on)
    reader, writer = os.pipe()
    os.close(reader)  # (closed before anything is written: no timing involved)
    try:
        result = subprocess.run([sys.executable, "-m", "warta", *command], cwd=root, stdout=writer,
                                stderr=subprocess.PIPE, text=True, check=False)
    finally:
        os.close(writer)
    assert (result.returncode, result.stderr) == (128 + signal.SIGPIPE, "")
    assert (root / "_site" / "index.html").is_file()


# --- paths in messages, however the site folder is named (issue 21) ---------------------------------
# Run in the site folder (the default, and what scripts/build.sh does), every `path:line` message lost
# its first two letters ("ticles/a.md:3: …"): the loader cut len("./") characters off "articles/a.md".

TYPO = "---\ntitle: Salah Ketik\ntittle: x\ndate: 2025-06-15T09:00:00+07:00\n---\n\nIsi [hilang](/artikel/tiada/).\n"
LATER = article(title="Nanti", date="2030-01-01T09:00:00+07:00")
WAYS = {  # how the site folder is named: (where to run, --source arguments)
    "in the site folder": ("site", []),
    "--source .": ("site", ["--source", "."]),
    "--source ./": ("site", ["--source", "./"]),
    "--source site from its parent": ("parent", ["--source", "site"]),
    "--source /absolute/site": ("elsewhere", ["--source", "{root}"]),
}


@pytest.fixture(params=sorted(WAYS))
def site_named(request, write_site, tmp_path, monkeypatch):
    """(the site root, the --source arguments naming it), with the working folder set to match."""
    root = write_site({"articles/ketik.md": TYPO, "articles/nanti.md": LATER})
    where, source = WAYS[request.param]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir({"site": root, "parent": root.parent, "elsewhere": elsewhere}[where])
    return root, [arg.format(root=root) for arg in source]


def test_build_messages_name_the_article_from_the_site_root(site_named, capsys):
    root, source = site_named
    assert main(["build", *source, "--now", NOW, "--no-search"]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        "articles/ketik.md:3: warning: tittle: is not a known field — did you mean 'title'?",
        'articles/ketik.md:7: warning: link to "/artikel/tiada/" leads nowhere: the site has no /artikel/tiada/'
        " — did you mean /artikel/ketik/?"]
    assert "next scheduled article: articles/nanti.md goes live at 2030-01-01T09:00:00+07:00; rebuild then" \
        in out.splitlines()


def test_check_messages_name_the_article_from_the_site_root(site_named, capsys):
    root, source = site_named
    assert main(["build", *source, "--now", NOW, "--no-search", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["check", *source]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        'articles/ketik.md:7: link to "/artikel/tiada/" leads nowhere: the site has no /artikel/tiada/'
        " — did you mean /artikel/ketik/?")


def test_errors_stopping_a_build_name_the_article_from_the_site_root(site_named, capsys):
    root, source = site_named
    (root / "articles" / "rusak.md").write_text("---\ntitle: Rusak\ndate: 2025-02-30\n---\n\nIsi.\n", encoding="utf-8")
    assert main(["build", *source, "--now", NOW, "--no-search", "--quiet"]) == 1
    assert capsys.readouterr().err.splitlines()[1].startswith("articles/rusak.md:3: date: ")
