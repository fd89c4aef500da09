"""Links that lead nowhere: `warta check`, and the same findings as warnings of `warta build` (fatal with --strict)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import CONFIG, NOW, REPO, article, run_build, snapshot, previous_output
from warta.cli import main

SATU = article("Artikel Satu", "2025-06-15T09:00:00+07:00", tags=["Uji"], body="""
    Lihat [artikel dua](/artikel/dua/) dan [yang hilang](/artikel/tiga/),
    juga [bagian](#latar-belakng).

    ## Latar belakang

    Ke [dua](../dua/#rincian), [tag](/tag/uji/), [luar](https://example.org/x) dan [surel](mailto:r@contoh.id).
    """)
DUA = article("Artikel Dua", "2025-06-16T09:00:00+07:00", body="""
    ## Rincian

    Kembali ke [satu](../satu/#latar-belakang).
    """)
BROKEN = [
    'articles/satu.md:8: {label}link to "/artikel/tiga/" leads nowhere: the site has no /artikel/tiga/ '
    "— did you mean /artikel/dua/?",
    'articles/satu.md:9: {label}link to "#latar-belakng" leads nowhere: /artikel/satu/ has no anchor '
    "#latar-belakng — did you mean #latar-belakang?",
]


@pytest.fixture
def linked_site(write_site) -> Path:
    return write_site({"articles/satu.md": SATU, "articles/dua.md": DUA})


def test_build_warns_about_each_link_that_leads_nowhere_and_writes_the_site(linked_site, capsys):
    assert run_build(linked_site) == 0
    err = capsys.readouterr().err
    assert err.splitlines() == [line.format(label="warning: ") for line in BROKEN]
    assert (linked_site / "_site" / "artikel" / "satu" / "index.html").is_file()


def test_strict_build_stops_on_a_link_that_leads_nowhere_and_keeps_the_old_output(linked_site, capsys):
    previous_output(linked_site / "_site", {"marker.html": b"lama"})
    before = snapshot(linked_site)
    assert run_build(linked_site, "--strict") == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [line.format(label="warning: ") for line in BROKEN] + [
        "build stopped (2 warnings, fatal with --strict); the output folder was not changed"]
    assert snapshot(linked_site) == before
    assert sorted(p.name for p in linked_site.iterdir()) == ["_site", "articles", "warta.yaml"]


def test_check_reports_article_links_with_path_and_line_and_exits_1(linked_site, capsys):
    assert run_build(linked_site) == 0
    capsys.readouterr()
    assert main(["check", "--source", str(linked_site)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [line.format(label="") for line in BROKEN] + [
        "check failed (2 errors): links that lead nowhere"]


def test_check_finds_links_of_the_built_site_that_resolve_to_nothing(write_site, capsys):
    root = write_site({"articles/satu.md": article("Artikel Satu", tags=["Uji"])})
    assert run_build(root) == 0
    # A file gone from the output after the build, as after a careless upload or a hand edit.
    shutil.rmtree(root / "_site" / "tag" / "uji")
    capsys.readouterr()
    assert main(["check", "--source", str(root)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2, err
    assert err[0].startswith("_site/artikel/satu/index.html:")
    assert err[0].endswith('<a href="/tag/uji/"> leads nowhere: the site has no /tag/uji/ (and on 1 other page) '
                           "— fix the template, article or static file that writes it")


def test_check_of_a_site_without_broken_links_says_so(write_site, capsys):
    root = write_site({"articles/satu.md": SATU.replace("/artikel/tiga/", "/artikel/dua/").replace("belakng", "belakang"),
                       "articles/dua.md": DUA})
    assert run_build(root) == 0
    capsys.readouterr()
    assert main(["check", "--source", str(root), "--output", str(root / "_site")]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("checked 2 articles and ")
    assert out.endswith(f"in {root / '_site'}: every internal link leads somewhere\n")


def test_check_without_a_built_site_says_to_build_first(write_site, capsys):
    root = write_site({"articles/satu.md": article()})
    assert main(["check", "--source", str(root)]) == 1
    assert capsys.readouterr().err == (f"error: there is no built site in {root / '_site'}; run `warta build` first, "
                                       "or pass --output\n")


@pytest.mark.parametrize("source", ["repository", "basic"])
def test_the_repository_and_basic_sites_have_no_links_that_lead_nowhere(source, tmp_path, capsys):
    root = REPO if source == "repository" else REPO / "tests" / "sites" / "basic"
    out = tmp_path / "site"
    assert main(["build", "--source", str(root), "--output", str(out), "--now", NOW, "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["check", "--source", str(root), "--output", str(out)]) == 0, capsys.readouterr().err



@pytest.mark.parametrize("config, first, stopped", [
    ("title: [\n", "warta.yaml:2: YAML syntax error: ", "the config is invalid, so no link was checked"),
    ("titel: Salah\n", "warta.yaml:1: warning: titel: is not a known setting", "the config is invalid, so no link "
                                                                               "was checked"),
])
def test_check_with_a_broken_config_says_so_not_links(linked_site, capsys, monkeypatch, config, first, stopped):
    """Issue 21: a broken warta.yaml ended in "check failed (…): links that lead nowhere"."""
    assert run_build(linked_site) == 0
    (linked_site / "warta.yaml").write_text(config, encoding="utf-8")
    capsys.readouterr()
    monkeypatch.chdir(linked_site)
    assert main(["check"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(first), err
    assert err[-1].startswith("check stopped (") and err[-1].endswith(f"): {stopped}"), err
    assert "links that lead nowhere" not in "\n".join(err)


def test_check_with_broken_articles_says_so_not_links(linked_site, capsys, monkeypatch):
    assert run_build(linked_site) == 0
    shutil.rmtree(linked_site / "articles")
    (linked_site / "articles").write_text("bukan folder\n", encoding="utf-8")
    capsys.readouterr()
    monkeypatch.chdir(linked_site)
    assert main(["check"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "articles: is a file, not a folder — rename or remove the file, and keep the articles in a folder articles/",
        "check stopped (1 error): the articles have problems, so no link was checked"]


@pytest.mark.parametrize("href", ["http://[::1/", "//[oops", "https://contoh.id]/"])
def test_an_address_urlsplit_cannot_read_in_raw_html_is_a_warning_not_a_crash(write_site, capsys, href):
    """A hostile probe (issue 22): raw HTML's `<a href="http://[::1/">` stopped the build with a
    traceback (`ValueError: Invalid IPv6 URL` from `urlsplit`); it is a link that leads nowhere."""
    root = write_site({"articles/satu.md": article("Artikel Satu", body=f'Lihat <a href="{href}">ini</a>.')},
                      config=CONFIG + "allow_html: true\n")
    assert run_build(root) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f'<a href="{href}"> leads nowhere: it is not an address a browser can follow' in err
