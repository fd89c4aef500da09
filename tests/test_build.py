"""End-to-end: build tests/sites/basic and check the site page by page."""

from __future__ import annotations

import re
import shutil
import shlex
import subprocess
import sys
import time
from pathlib import Path

import lxml.html
import pytest

from helpers import NOW, REPO, run_build, snapshot
from warta.cli import main
from warta.render.theme import THEME_SCRIPT

BASIC = REPO / "tests" / "sites" / "basic"

EXPECTED_FILES = {
    "404.html",
    "index.html",
    "ralat/index.html",  # corrections and withdrawals (issue 18)
    "halaman/1/index.html",
    "artikel/banjir-jakarta/index.html",
    "artikel/harga-beras/index.html",
    "artikel/keamanan-konten/index.html",
    "artikel/pemilu-daerah/index.html",
    "arsip/index.html",
    "arsip/2025/05/index.html",
    "arsip/2025/06/index.html",
    "arsip/2025/07/index.html",
    "tentang/index.html",  # pages/tentang.md
    "kategori/index.html",
    "kategori/ekonomi/index.html",
    "kategori/nasional/index.html",
    "kategori/teknologi/index.html",
    "penulis/index.html",
    "penulis/budi-santoso/index.html",
    "penulis/rina-wulandari/index.html",
    "penulis/sari-dewi/index.html",
    "penulis/tim-uji/index.html",
    "sumber/index.html",
    "sumber/kantor-berita-uji/index.html",
    "tag/index.html",
    "tag/cuaca/index.html",
    "tag/daerah/index.html",
    "tag/daerah/halaman/1/index.html",
    "tag/ekonomi/index.html",
    "tag/keamanan/index.html",
    "tag/politik/index.html",
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A private copy of the basic site (tests may edit it)."""
    root = tmp_path / "basic"
    shutil.copytree(BASIC, root)
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The basic site built once, read-only for the page checks."""
    out = tmp_path_factory.mktemp("basic-out")
    assert run_build(BASIC, output=out) == 0
    return out


def page(out: Path, path: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((out / path).read_bytes())


def texts(doc: lxml.html.HtmlElement, xpath: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in doc.xpath(xpath)]


def html_files(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


EXPECTED_OTHER_FILES = {
    "atom.xml", "rss.xml", "feed.json", "sitemap.xml", "news-sitemap.xml", "robots.txt", "logo.png", "kartu.png",
    "ralat/atom.xml",  # the corrections page's feed (issue 18)
    ".nojekyll", "_headers", "_redirects",  # for static hosts (outputs/hosting.py)
    ".warta-output",  # marks the folder as a Warta output (build/outdir.py)
    *(f"artikel/{slug}/kartu.png" for slug in ("banjir-jakarta", "harga-beras", "keamanan-konten", "pemilu-daerah")),
    *(f"tag/{tag}/atom.xml" for tag in ("cuaca", "daerah", "ekonomi", "keamanan", "politik")),
    *(f"kategori/{category}/atom.xml" for category in ("ekonomi", "nasional", "teknologi")),
}


def test_builds_exactly_the_expected_pages(built: Path):
    files = {p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file()}
    assets = {f for f in files if f.startswith("aset/")}
    pages = {f for f in files if f.endswith(".html")}
    assert pages == EXPECTED_FILES
    assert files - assets - pages == EXPECTED_OTHER_FILES
    assert sorted(a.split(".")[0] for a in assets) == ["aset/favicon", "aset/lists", "aset/search", "aset/site", "aset/style"]


def test_every_page_is_indonesian_with_one_h1_and_no_script(built: Path):
    for file in html_files(built):
        doc = lxml.html.fromstring(file.read_bytes())
        assert doc.get("lang") == "id", file
        assert len(doc.xpath("//h1")) == 1, file
        # No script but the theme's own (issue 17): the inline theme setter and the deferred site.js.
        scripts = [(s.text, s.get("src")) for s in doc.xpath("//script[not(@type='application/ld+json')]")]
        assert scripts[0] == (THEME_SCRIPT, None) and len(scripts) == 2, file
        assert re.fullmatch(r"/berita/aset/site\.[0-9a-f]{8}\.js", scripts[1][1]), file
        assert doc.xpath("//title")[0].text_content().endswith("Kabar Uji"), file


def test_home_lists_newest_first_and_paginates(built: Path):
    first = page(built, "index.html")
    assert texts(first, "//h2[@class='card-title']") == [
        "Banjir Rendam Sejumlah Wilayah Jakarta",
        "Harga Beras Turun di Pasar Induk",
    ]
    assert first.xpath("//a[@rel='next']/@href") == ["/berita/halaman/1/"]
    # Archive pages are numbered from the oldest (adding an article leaves them as they are).
    second = page(built, "halaman/1/index.html")
    assert texts(second, "//h2[@class='card-title']") == [
        "Pemilihan Kepala Daerah Serentak Digelar di 37 Provinsi",
        "Uji <b>Keamanan</b> & Konten",
    ]
    assert second.xpath("//a[@rel='prev']/@href") == ["/berita/"]
    # No count of the archive pages ("dari N"): it would change every archive page whenever one is added.
    assert texts(second, "//span[@class='pagination-status']") == ["Halaman 1"]


def test_article_page_shows_date_byline_reading_time_tags_and_toc(built: Path):
    doc = page(built, "artikel/pemilu-daerah/index.html")
    assert texts(doc, "//h1") == ["Pemilihan Kepala Daerah Serentak Digelar di 37 Provinsi"]
    assert doc.xpath("//time/@datetime")[0] == "2025-06-15T09:30:00+07:00"
    meta = texts(doc, "//header[@class='article-header']/p[@class='meta']")[0]
    assert "Minggu, 15 Juni 2025 09:30 WIB" in meta and "1 menit baca" in meta and "Oleh Rina Wulandari" in meta
    # (The number and its unit never part: a no-break space, which `texts` folds into a space.)
    assert "1\xa0menit baca" in doc.xpath("//header[@class='article-header']/p[@class='meta']")[0].text_content()
    assert doc.xpath("//ul[@class='tags']//a/@href") == ["/berita/tag/politik/", "/berita/tag/daerah/"]
    # Issue 17: collapsed, after the first paragraph (so the story starts on the first screen).
    toc = doc.xpath("//div[@class='article-body']/details[@class='toc']")[0]
    assert toc.get("open") is None and texts(toc, "summary") == ["Daftar isi"]
    assert texts(toc, ".//a") == ["Partisipasi pemilih", "Pantauan lapangan", "Wilayah timur", "Langkah berikutnya"]
    assert toc.getprevious().tag == "p" and toc.getprevious().getprevious() is None
    assert doc.xpath("//link[@rel='canonical']/@href") == ["https://contoh.id/berita/artikel/pemilu-daerah/"]
    assert doc.xpath("//div[@class='article-body']//table")
    assert doc.xpath("//section[@class='footnotes']")


def test_editor_note_is_a_catatan_redaksi_box_after_the_body(built: Path):
    doc = page(built, "artikel/pemilu-daerah/index.html")
    note = doc.xpath("//aside[@class='editor-note']")[0]
    assert "Catatan redaksi" in note.text_content()
    assert note.xpath(".//strong/text()") == ["37 provinsi"]
    body = doc.xpath("//div[@class='article-body']")[0]
    # (Issue 17: after the story, as Indonesian newsrooms print it, so the story starts on the first screen.)
    assert list(doc.iter()).index(note) > list(doc.iter()).index(body)


def test_short_article_has_no_toc_and_source_credit(built: Path):
    doc = page(built, "artikel/harga-beras/index.html")
    assert not doc.xpath("//*[contains(@class, 'toc')]")
    # Issue 17: the source is credited "Sumber: …" with a link to the original, never in an author's place.
    assert texts(doc, "//p[@class='source-credit']") == ["Sumber: Kantor Berita Uji"]
    assert doc.xpath("//p[@class='source-credit']/a/@href") == ["https://kantor-berita-uji.example/2025/06/harga-beras"]
    assert "Kantor Berita Uji" not in texts(doc, "//header[@class='article-header']/p[@class='meta']")[0]
    assert doc.xpath("//time/@datetime")[0] == "2025-06-20T00:00:00+07:00"


def test_article_links_to_older_newer_and_related(built: Path):
    doc = page(built, "artikel/pemilu-daerah/index.html")
    assert doc.xpath("//a[@rel='prev']/@href") == ["/berita/artikel/keamanan-konten/"]
    assert doc.xpath("//a[@rel='next']/@href") == ["/berita/artikel/harga-beras/"]
    # banjir shares "Daerah"; so does harga-beras, but it is linked as the next article already (issue 17).
    assert doc.xpath("//section[@class='related']//li/a/@href") == ["/berita/artikel/banjir-jakarta/"]


def test_updated_date_and_several_authors(built: Path):
    doc = page(built, "artikel/banjir-jakarta/index.html")
    meta = texts(doc, "//header[@class='article-header']/p[@class='meta']")[0]
    assert "Oleh Budi Santoso, Sari Dewi" in meta
    assert "Diperbarui Rabu, 2 Juli 2025 18:00 WIB" in meta and "Editor: Andi Pratama" in meta
    assert doc.xpath("//div[@class='article-body']/blockquote")


def test_tag_pages_paginate_and_list_the_tag(built: Path):
    doc = page(built, "tag/daerah/index.html")
    assert texts(doc, "//h1") == ["Daerah"]
    assert "3 artikel" in doc.text_content()
    assert len(doc.xpath("//article[@class='card']")) == 2
    older = page(built, "tag/daerah/halaman/1/index.html")
    assert texts(older, "//h2[@class='card-title']") == [
        "Harga Beras Turun di Pasar Induk", "Pemilihan Kepala Daerah Serentak Digelar di 37 Provinsi"]
    index = page(built, "tag/index.html")
    assert texts(index, "//ul[contains(@class,'tag-cloud')]/li/a") == ["Cuaca", "Daerah", "Ekonomi", "Keamanan",
                                                                       "Politik"]


def test_category_author_and_source_pages(built: Path):
    assert texts(page(built, "kategori/nasional/index.html"), "//h2[@class='card-title']") == [
        "Banjir Rendam Sejumlah Wilayah Jakarta", "Pemilihan Kepala Daerah Serentak Digelar di 37 Provinsi"]
    assert texts(page(built, "penulis/sari-dewi/index.html"), "//h1") == ["Sari Dewi"]
    assert texts(page(built, "sumber/kantor-berita-uji/index.html"), "//h2[@class='card-title']") == [
        "Harga Beras Turun di Pasar Induk"]


def test_month_archive_in_indonesian(built: Path):
    index = page(built, "arsip/index.html")
    assert texts(index, "//section//li/a") == ["Juli 2025", "Juni 2025", "Mei 2025"]
    june = page(built, "arsip/2025/06/index.html")
    assert texts(june, "//h1") == ["Juni 2025"]
    assert texts(june, "//ol[@class='compact-list']/li/span/a") == [
        "Harga Beras Turun di Pasar Induk", "Pemilihan Kepala Daerah Serentak Digelar di 37 Provinsi"]


def test_not_found_page_is_noindex_and_links_home(built: Path):
    doc = page(built, "404.html")
    assert texts(doc, "//h1") == ["Halaman tidak ditemukan"]
    assert doc.xpath("//meta[@name='robots']/@content") == ["noindex"]
    assert not doc.xpath("//link[@rel='canonical']")
    assert "/berita/" in doc.xpath("//main//a/@href")


def test_raw_html_and_javascript_links_are_neutralised(built: Path):
    for file in html_files(built):
        data = file.read_text(encoding="utf-8")
        data = data.replace(f"<script>{THEME_SCRIPT}</script>", "", 1)  # (the theme setter, issue 17)
        assert "<script>" not in data and "javascript:" not in data.replace("(javascript:alert(1))", ""), file
        assert 'href="javascript' not in data
    doc = page(built, "artikel/keamanan-konten/index.html")
    body = doc.xpath("//div[@class='article-body']")[0]
    assert '<script>alert("x")</script>' in body.text_content()
    assert not body.xpath(".//b") and not body.xpath(".//script")
    assert texts(doc, "//h1") == ["Uji <b>Keamanan</b> & Konten"]


def test_drafts_future_and_expired_are_left_out_until_asked(site: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert run_build(site, output=out) == 0
    for slug in ("draf-rahasia", "terbit-besok", "kedaluwarsa"):
        assert not (out / "artikel" / slug).exists()
    assert run_build(site, "--drafts", "--future", output=out) == 0
    assert (out / "artikel/draf-rahasia/index.html").exists()
    assert (out / "artikel/terbit-besok/index.html").exists()
    assert not (out / "artikel/kedaluwarsa").exists()  # expired stays down
    assert main(["build", "--source", str(site), "--output", str(out), "--quiet",
                 "--now", "2026-11-22T06:00:00+07:00"]) == 0
    assert (out / "artikel/terbit-besok/index.html").exists()


def test_summary_says_when_the_next_scheduled_article_goes_live(site: Path, tmp_path: Path, capsys):
    assert main(["build", "--source", str(site), "--output", str(tmp_path / "out"), "--now", NOW]) == 0
    printed = capsys.readouterr().out
    assert "built 4 articles" in printed
    assert "left out: 1 draft, 1 scheduled, 1 expired" in printed
    assert "articles/terbit-besok.md goes live at 2026-11-22T06:00:00+07:00" in printed


def test_two_builds_are_byte_identical(tmp_path: Path):
    assert run_build(BASIC, output=tmp_path / "one") == 0
    assert run_build(BASIC, output=tmp_path / "two") == 0
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_rebuild_removes_pages_of_deleted_articles_and_keeps_unchanged_files(site: Path):
    assert run_build(site) == 0
    out = site / "_site"
    kept = out / "artikel/keamanan-konten/index.html"  # its neighbours do not change
    inode = kept.stat().st_ino
    (site / "articles/banjir-jakarta.md").unlink()
    assert run_build(site) == 0
    assert not (out / "artikel/banjir-jakarta").exists()
    assert not (out / "tag/cuaca").exists()
    assert kept.stat().st_ino == inode  # unchanged bytes: same file, same mtime
    assert not list(site.glob("._site.tmp-*")) + list(site.glob("._site.old-*")), "no staging folders left behind"


def test_site_template_overrides_the_theme(site: Path, tmp_path: Path):
    (site / "templates/partials").mkdir(parents=True)
    (site / "templates/partials/footer.html").write_text(
        '<footer class="site-footer"><p>Kaki halaman khusus {{ site.title }}</p></footer>\n', encoding="utf-8")
    out = tmp_path / "out"
    assert run_build(site, output=out) == 0
    assert "Kaki halaman khusus Kabar Uji" in (out / "index.html").read_text(encoding="utf-8")


def test_template_error_names_file_and_line_and_keeps_old_site(site: Path, capsys):
    assert run_build(site) == 0
    before = snapshot(site / "_site")
    (site / "templates").mkdir()
    (site / "templates/article.html").write_text(
        '{% extends "base.html" %}\n{% block content %}\n{{ article.no_such_field }}\n{% endblock %}\n')
    assert run_build(site) == 1
    err = capsys.readouterr().err
    assert "article.html:3" in err and "no_such_field" in err and "Traceback" not in err
    assert snapshot(site / "_site") == before


BROKEN_FOOTERS = {
    "undefined": ("{{ nope.x }}", "'nope' is undefined"),
    "division": ("{{ 1/0 }}", "ZeroDivisionError: division by zero"),
    "type": ('{{ 1 + "a" }}', "TypeError: unsupported operand"),
    "filter": ('{{ "x" | tanggal }}', "AttributeError"),
    "missing include": ('{% include "tidak-ada.html" %}', "template 'tidak-ada.html' not found"),
    "includes itself": ('{% include "partials/footer.html" %}', "partials/footer.html includes itself"),
    "extends itself": ('{% extends "partials/footer.html" %}', "partials/footer.html extends itself"),
    "includes itself under if": ('{% if true %}{% include "partials/footer.html" %}{% endif %}',
                                 "rendering never ends"),
    "macro calls itself": ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "rendering never ends"),
}


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("case", sorted(BROKEN_FOOTERS))
def test_any_template_error_names_file_and_line_and_keeps_old_site(site: Path, case: str, jobs: str, capsys,
                                                                   monkeypatch):
    """Issue 21: `{{ 1/0 }}`, `{{ 1 + "a" }}` or a template including itself in a site template gave a
    traceback (only `{{ nope.x }}` was reported); every error while rendering is a problem naming the
    template's file and line, also when the page was rendered by a worker process."""
    monkeypatch.chdir(site)  # as editors run it: messages name templates/… relative to here
    args = ["build", "--now", NOW, "--quiet", "--no-search", "--jobs", jobs]
    assert main(args) == 0
    before = snapshot(site / "_site")
    capsys.readouterr()
    source, expected = BROKEN_FOOTERS[case]
    (site / "templates/partials").mkdir(parents=True)
    (site / "templates/partials/footer.html").write_text(source + "\n", encoding="utf-8")
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("templates/partials/footer.html:1: "), err
    assert expected in err and "Traceback" not in err
    assert "build stopped (1 error)" in err
    assert snapshot(site / "_site") == before
    # An absolute --source names the same file (relative to where the build runs).
    assert main(args + ["--source", str(site.absolute())]) == 1
    assert capsys.readouterr().err.startswith("templates/partials/footer.html:1: ")


@pytest.mark.parametrize("name", ["partials/footer.html", "partials/card.html"])
def test_a_template_that_is_not_utf8_is_an_error_at_its_file_and_line(site: Path, name: str, capsys, monkeypatch):
    """A site template saved in another encoding gave a UnicodeDecodeError traceback, from wherever it
    was first read (the card's memo reads partials/card.html when the build starts)."""
    monkeypatch.chdir(site)
    args = ["build", "--now", NOW, "--quiet", "--no-search"]
    assert main(args) == 0
    before = snapshot(site / "_site")
    capsys.readouterr()
    (site / "templates/partials").mkdir(parents=True)
    (site / "templates" / name).write_bytes(b"<p>\n{{ site.title }}\n\xe9t\xe9</p>\n")
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"templates/{name}:3: "), err
    assert "not UTF-8" in err and "Traceback" not in err
    assert snapshot(site / "_site") == before


def test_template_error_names_the_page_being_rendered(site: Path, capsys, monkeypatch):
    monkeypatch.chdir(site)
    (site / "templates").mkdir()
    (site / "templates/tag.html").write_text('{% extends "base.html" %}\n{% block content %}\n'
                                             "{{ term.name ~ (1 / 0) }}\n{% endblock %}\n", encoding="utf-8")
    assert main(["build", "--now", NOW, "--quiet", "--no-search"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == ("templates/tag.html:3: ZeroDivisionError: division by zero, while rendering "
                                   "tag/cuaca/index.html (and 5 other pages) — the line reads "
                                   "`{{ term.name ~ (1 / 0) }}`")


def test_templates_including_each_other_are_reported_before_rendering(site: Path, capsys, monkeypatch):
    monkeypatch.chdir(site)
    (site / "templates/partials").mkdir(parents=True)
    (site / "templates/partials/footer.html").write_text('<footer>\n{% include "partials/kaki.html" %}\n</footer>\n')
    (site / "templates/partials/kaki.html").write_text('{% include "partials/footer.html" %}\n')
    assert main(["build", "--now", NOW, "--quiet", "--no-search"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == (
        "templates/partials/footer.html:2: partials/footer.html includes partials/kaki.html, which includes "
        "partials/footer.html (templates/partials/kaki.html:1): rendering it would never end — remove this line, "
        "or put it inside an {% if %} that stops the repetition")
    assert not (site / "_site").exists()


def test_a_template_including_itself_under_a_condition_that_ends_is_fine(site: Path, tmp_path: Path):
    (site / "templates/partials").mkdir(parents=True)
    (site / "templates/partials/footer.html").write_text(
        '{% set depth = (depth if depth is defined else 0) + 1 %}'
        '<i>{{ depth }}</i>{% if depth < 3 %}{% include "partials/footer.html" %}'
        "{% endif %}\n", encoding="utf-8")
    assert run_build(site, output=tmp_path / "out") == 0
    assert "<i>1</i><i>2</i><i>3</i>" in (tmp_path / "out/index.html").read_text(encoding="utf-8")


def test_tags_that_would_share_a_page_stop_the_build_naming_both(tmp_path: Path, capsys, monkeypatch):
    """Issue 21: `C++`, `C#` and `C` silently merged into /tag/c/. Different names are an error naming
    both spellings and where they are written; spellings of one name (`José`, `JOSE`) a warning."""
    root = tmp_path / "situs"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text("title: Uji\nbase_url: https://contoh.id/\n", encoding="utf-8")
    (root / "articles/a.md").write_text("---\ntitle: A\ndate: 2025-06-01\ntags: [C, José]\n---\n\nIsi.\n")
    (root / "articles/b.md").write_text("---\ntitle: B\ndate: 2025-06-02\ntags:\n  - Python\n  - C++\n"
                                        "  - JOSE\n---\n\nIsi.\n")
    monkeypatch.chdir(root)
    args = ["build", "--now", NOW, "--quiet", "--no-search"]
    assert main(args) == 1
    assert capsys.readouterr().err == (
        'articles/b.md:6: tags: "C++" and "C" (articles/a.md:4) are different tags but would share one page, '
        "tag/c/, as a tag's address keeps only its letters and digits — rename one of them, for example \"Cpp\" "
        'for "C++"\n'
        'articles/b.md:7: warning: tags: "JOSE" and "José" (articles/a.md:4) are one tag written two ways; its page '
        'tag/jose/ shows "JOSE" — write it the same way in every article\n'
        "build stopped (1 error, 1 warning); the output folder was not changed\n")
    assert not (root / "_site").exists()
    (root / "articles/b.md").write_text((root / "articles/b.md").read_text().replace("C++", "Cpp"))
    assert main(args) == 0
    assert 'tags: "JOSE" and "José"' in capsys.readouterr().err
    assert sorted(p.name for p in (root / "_site/tag").iterdir()) == ["c", "cpp", "index.html", "jose", "python"]
    assert main(args + ["--strict"]) == 1


def test_base_url_option_overrides_config(tmp_path: Path):
    out = tmp_path / "out"
    assert run_build(BASIC, "--base-url", "https://user.github.io/warta/", output=out) == 0
    doc = page(out, "index.html")
    assert doc.xpath("//link[@rel='stylesheet']/@href")[0].startswith("/warta/aset/style.")
    assert doc.xpath("//link[@rel='canonical']/@href") == ["https://user.github.io/warta/"]


def test_build_killed_while_writing_leaves_old_site(site: Path):
    """SIGKILL in the middle of writing the new output leaves `_site/` exactly as it was."""
    assert run_build(site) == 0
    before = snapshot(site / "_site")
    for i in range(1500):
        (site / "articles" / f"tambahan-{i}.md").write_text(
            f"---\ntitle: Tambahan {i}\ndate: 2025-01-01\ntags: [T{i % 50}]\n---\n\n" + "Kata " * 300 + "\n",
            encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "warta", "build", "--source", str(site), "--now", NOW, "-q"])
    while not list(site.glob("._site.tmp-*")) and proc.poll() is None:  # (no deadline: it ends either way)
        time.sleep(0.001)
    proc.kill()
    proc.wait()
    assert proc.returncode != 0, "the build finished before it could be killed"
    assert snapshot(site / "_site") == before
    assert run_build(site) == 0  # the next build cleans up after the killed one
    assert (site / "_site/artikel/tambahan-7/index.html").exists()
    assert not list(site.glob("._site.tmp-*")) + list(site.glob("._site.old-*"))


def test_installed_command_builds_outside_the_repository(tmp_path: Path):
    """The theme ships inside the package: a site with no templates/ builds anywhere."""
    root = tmp_path / "situs"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text("title: Situs Baru\n", encoding="utf-8")
    (root / "articles/halo.md").write_text("---\ntitle: Halo\ndate: 2025-01-02\n---\n\nHalo dunia.\n")
    result = subprocess.run([sys.executable, "-m", "warta", "build", "--now", NOW], cwd=root,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (root / "_site/artikel/halo/index.html").exists()
    assert "built 1 article:" in result.stdout


def test_the_command_exits_with_its_status_and_all_it_printed_without_freeing_the_build(tmp_path: Path):
    """`python -m warta` (and the installed `warta`) exits through `cli.run`, which frees nothing (issue 22):
    what it printed still reaches a pipe whole, a failed build still exits 1 naming its problem, and a
    reader that stops reading early gets no traceback."""
    root = tmp_path / "situs"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text("title: Situs Baru\n", encoding="utf-8")
    for n in range(30):
        (root / f"articles/halo-{n}.md").write_text(f"---\ntitle: Halo {n}\ndate: 2025-01-02\n---\n\n[x](/tidak-ada-{n}/)\n")
    command = [sys.executable, "-m", "warta", "build", "--now", NOW]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "built 30 articles:" in result.stdout and result.stderr.count("leads nowhere") == 30
    (root / "articles/rusak.md").write_text("---\ntitle: [\n---\n")
    result = subprocess.run(command, cwd=root, capture_output=True, text=True)
    assert result.returncode == 1 and "articles/rusak.md" in result.stderr
    (root / "articles/rusak.md").unlink()
    errors = tmp_path / "stderr.txt"
    subprocess.run(f"{shlex.join(command + ['--clean'])} 2>{shlex.quote(str(errors))} | true", shell=True, cwd=root,
                   check=True)
    assert "leads nowhere" in errors.read_text() and "Traceback" not in errors.read_text()
    assert (root / "_site/artikel/halo-29/index.html").exists()


# --- the share bar (issue 17) -------------------------------------------------------------------

def test_share_bar_has_plain_links_with_the_encoded_address_and_title(built: Path):
    doc = page(built, "artikel/pemilu-daerah/index.html")
    share = doc.xpath("//article//nav[@class='share']")[0]
    assert share.get("aria-label") == "Bagikan artikel"
    url = "https%3A%2F%2Fcontoh.id%2Fberita%2Fartikel%2Fpemilu-daerah%2F"
    title = "Pemilihan%20Kepala%20Daerah%20Serentak%20Digelar%20di%2037%20Provinsi"
    links = {a.get("class"): a for a in share.xpath("a")}
    assert {net: a.get("href") for net, a in links.items()} == {
        "share-whatsapp": f"https://wa.me/?text={title}%20{url}",
        "share-telegram": f"https://t.me/share/url?url={url}&text={title}",
        "share-x": f"https://x.com/intent/post?url={url}&text={title}",
        "share-facebook": f"https://www.facebook.com/sharer/sharer.php?u={url}",
        "share-linkedin": f"https://www.linkedin.com/sharing/share-offsite/?url={url}",
        "share-email": f"mailto:?subject={title}&body={url}"}
    assert all(a.get("rel") == "noopener" and a.get("target") == "_blank" for net, a in links.items() if net != "share-email")
    assert links["share-email"].get("target") is None  # the mail program opens: a new tab would stay empty
    # Named by their text, inside the bar named "Bagikan artikel" (no aria-label: the bytes of every article page).
    assert [a.text for a in links.values()] == ["WhatsApp", "Telegram", "X", "Facebook", "LinkedIn", "E-mail"]
    assert not any(a.get("aria-label") for a in links.values())
    copy = share.xpath("button")[0]
    assert (copy.get("class"), copy.get("type"), copy.get("data-url"), copy.get("hidden")) == (
        "share-copy", "button", "https://contoh.id/berita/artikel/pemilu-daerah/", "")
    assert not doc.xpath("//script[@src and not(contains(@src, '/berita/'))]")  # no third-party script


def test_a_site_without_a_host_has_no_share_bar(tmp_path: Path):
    """Relative addresses cannot be shared: with `base_url: /` the bar is left out (and nothing else)."""
    out = tmp_path / "out"
    assert run_build(BASIC, "--base-url", "/", output=out) == 0
    doc = page(out, "artikel/pemilu-daerah/index.html")
    assert not doc.xpath("//nav[@class='share']") and not doc.xpath("//button[@class='share-copy']")
    assert doc.xpath("//div[@class='article-body']/p")


def test_dateline_of_the_first_paragraph_is_marked(tmp_path: Path):
    root = tmp_path / "situs"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text("title: Uji\nbase_url: https://contoh.id/\n", encoding="utf-8")
    (root / "articles" / "a.md").write_text(
        '---\ntitle: A\ndate: 2025-06-15\ndateline: JAKARTA\n---\n\nJAKARTA, KOMPAS.com — Hujan turun. JAKARTA — lagi.\n\n'
        'BOGOR — bukan paragraf pertama.\n', encoding="utf-8")
    assert run_build(root, output=tmp_path / "out") == 0
    doc = page(tmp_path / "out", "artikel/a/index.html")
    first, second = doc.xpath("//div[@class='article-body']/p")
    assert texts(first, "b[@class='dateline']") == ["JAKARTA, KOMPAS.com —"]
    assert " ".join(first.text_content().split()) == "JAKARTA, KOMPAS.com — Hujan turun. JAKARTA — lagi."
    assert not second.xpath("b")


def test_an_authors_photo_is_shown_on_the_authors_page_with_its_size(tmp_path: Path):
    """Issue 17: `photo:` of data/authors.yaml, a picture of static/, on /penulis/<nama>/ under the site's path."""
    from PIL import Image

    root = tmp_path / "situs"
    (root / "articles").mkdir(parents=True)
    (root / "static/gambar").mkdir(parents=True)
    (root / "data").mkdir()
    Image.new("RGB", (160, 120), (20, 60, 120)).save(root / "static/gambar/rina.png")
    (root / "warta.yaml").write_text("title: Uji\nbase_url: https://contoh.id/berita/\n", encoding="utf-8")
    (root / "data/authors.yaml").write_text("Rina Wulandari:\n  bio: Wartawan.\n  photo: /gambar/rina.png\n",
                                            encoding="utf-8")
    (root / "articles/a.md").write_text("---\ntitle: A\ndate: 2025-06-15\nauthor: Rina Wulandari\n---\n\nIsi.\n",
                                        encoding="utf-8")
    assert run_build(root, output=tmp_path / "out") == 0
    doc = page(tmp_path / "out", "penulis/rina-wulandari/index.html")
    [img] = doc.xpath("//img[@class='author-photo']")
    assert (img.get("src"), img.get("width"), img.get("height"), img.get("alt")) == ("/berita/gambar/rina.png", "160", "120", "")
    assert (tmp_path / "out/gambar/rina.png").is_file()
