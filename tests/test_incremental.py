"""Incremental and parallel builds: the cache never changes what is built, only how fast.

- a second build with nothing changed writes nothing and leaves every file's mtime alone;
- an edit re-renders only the pages that show what changed;
- --jobs 1 and --jobs 2 give the same bytes;
- a property test applies random edits (add, change, rename, delete articles; change a
  template; change the config) and checks after each that the incremental output equals a
  clean build byte for byte.
"""

from __future__ import annotations

import io
import os
import shutil
import pickle
import sqlite3
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from helpers import NOW, REPO, alter_database, article, snapshot
from warta.builder import BuildOptions, build
from warta.cli import main, resolve_now
from warta.errors import ContentError

BASIC = REPO / "tests" / "sites" / "basic"
OLD = time.time() - 100_000
"""Edits get past timestamps, one second apart: the cache must trust them (recent ones it re-reads)."""


class Site:
    """A copy of a site whose files are written with distinct, older modification times."""

    def __init__(self, root: Path):
        self.root = root
        self.clock = OLD

    def write(self, name: str, text: str | bytes) -> None:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        self.clock += 1
        os.utime(path, (self.clock, self.clock))

    def age_everything(self) -> None:
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and ".warta-cache" not in path.parts:
                self.clock += 1
                os.utime(path, (self.clock, self.clock))


def copy_basic(tmp_path: Path) -> Site:
    root = tmp_path / "site"
    shutil.copytree(BASIC, root, ignore=shutil.ignore_patterns(".warta-cache", "_site"))
    site = Site(root)
    site.age_everything()
    return site


def build_into(root: Path, output: Path, *extra: str):
    options = BuildOptions(root=root, output=output, now=resolve_now(NOW), search=False,
                           jobs=1 if "--jobs1" in extra else None, clean="--clean" in extra)
    return build(options)


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_a_second_build_with_nothing_changed_writes_nothing(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    first = build_into(site.root, out)
    before = mtimes(out)
    second = build_into(site.root, out)
    assert second.unchanged_inputs and second.changed == 0 and second.rendered == 0
    assert (second.articles, second.pages, second.files) == (first.articles, first.pages, first.files)
    assert mtimes(out) == before


def test_editing_one_articles_body_rerenders_only_the_pages_that_show_it(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    before = snapshot(out)
    times = mtimes(out)
    path = site.root / "articles/harga-beras.md"
    site.write("articles/harga-beras.md", path.read_text().replace("kembali normal.", "kembali normal, kata mereka."))
    report = build_into(site.root, out)
    after = snapshot(out)
    changed = {name for name in after if after[name] != before.get(name)}
    # The article page and the feeds with its full text; not the home page, tags or archives,
    # which show its title and summary only.
    assert "artikel/harga-beras/index.html" in changed
    assert {"atom.xml", "rss.xml", "feed.json"} <= changed
    assert not {"index.html", "tag/ekonomi/index.html", "arsip/2025/06/index.html",
                "artikel/banjir-jakarta/index.html"} & changed
    assert report.rendered == 1
    unchanged = set(after) - changed
    assert all(mtimes(out)[name] == times[name] for name in unchanged if name in times)


def _count_planned(monkeypatch) -> list[str]:
    """The output files of the pages whose spec the builds make from now on, in order, each once (a
    page's spec is made where it is fingerprinted and again where it is rendered: issue 20)."""
    from dataclasses import replace

    from warta.builder import steps

    made: list[str] = []

    def counted(plans_of):
        def plans(*args):
            return [replace(plan, make=lambda plan=plan: _once(made, plan.output) or plan.make())
                    for plan in plans_of(*args)]
        return plans

    monkeypatch.setattr(steps, "page_plans", counted(steps.page_plans))
    monkeypatch.setattr(steps, "own_plans", counted(steps.own_plans))
    return made


def _once(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def test_after_edits_of_bodies_alone_only_their_own_pages_are_planned_again(tmp_path: Path, monkeypatch):
    """Issues 20 and 22: while nothing a listing shows changed (`fingerprints.plan_digest`), a rebuild
    plans and fingerprints again only the edited articles' own pages; every other page keeps last
    time's plan. A retitled article changes listings: the pages that show it are planned again, with
    those planned at every build, and no other (`fingerprints.page_key`). Either way the output is a
    clean build's."""
    site = copy_basic(tmp_path)
    out, clean = tmp_path / "out", tmp_path / "clean"
    build_into(site.root, out)
    planned = _count_planned(monkeypatch)
    for name in ("harga-beras", "banjir-jakarta"):
        site.write(f"articles/{name}.md", (site.root / f"articles/{name}.md").read_text() + "\nParagraf baru.\n")
    report = build_into(site.root, out)
    assert sorted(planned) == ["artikel/banjir-jakarta/index.html", "artikel/harga-beras/index.html"]
    assert report.rendered == 2 and report.pages > 2
    monkeypatch.undo()
    assert snapshot(out) == snapshot(build_into(site.root, clean, "--clean").output)

    planned = _count_planned(monkeypatch)
    path = site.root / "articles/harga-beras.md"
    site.write("articles/harga-beras.md", path.read_text().replace("\ntitle: ", "\ntitle: Kini ", 1))
    report = build_into(site.root, out)
    assert "artikel/harga-beras/index.html" in planned and "index.html" in planned
    assert {"tag/ekonomi/index.html", "kategori/ekonomi/index.html", "arsip/2025/06/index.html"} <= set(planned)
    assert "tag/cuaca/index.html" not in planned and len(planned) < report.pages
    monkeypatch.undo()
    shutil.rmtree(clean)
    assert snapshot(out) == snapshot(build_into(site.root, clean, "--clean").output)


@pytest.mark.parametrize("shown", [False, True])
def test_a_listing_gaining_an_archive_page_plans_its_other_archive_pages_only_where_a_template_shows_the_count(
        tmp_path: Path, monkeypatch, shown: bool):
    """Issue 22: every `per_page`-th article opens a new archive page; the theme's archive pages do not
    say how many there are, so the older ones are neither planned nor rendered again (the benchmark's
    10,001st article re-rendered all 1,000 home archive pages for "Halaman k dari N"). A site whose
    template shows `page.total` gets every archive page with the new count. Either way the output is a
    clean build's."""
    site = copy_basic(tmp_path)
    if shown:
        site.write("templates/partials/pagination.html",
                   '<p class="jumlah">{{ page.number }} dari {{ page.total }}</p>\n')
    for day in (1, 2):
        site.write(f"articles/lama-{day}.md", article(f"Lama {day}", f"2025-01-0{day}T08:00:00+07:00"))
    out = tmp_path / "out"
    build_into(site.root, out)
    assert (out / "halaman/2/index.html").is_file() and not (out / "halaman/3").exists()
    planned = _count_planned(monkeypatch)
    site.write("articles/baru.md", article("Baru", "2025-06-24T08:00:00+07:00"))
    build_into(site.root, out)
    assert (out / "halaman/3/index.html").is_file()
    assert ("halaman/1/index.html" in planned) is shown
    if shown:
        assert "1 dari 3" in (out / "halaman/1/index.html").read_text()
    monkeypatch.undo()
    assert snapshot(out) == snapshot(build_into(site.root, tmp_path / "clean", "--clean").output)


def test_a_page_missing_from_the_reused_output_is_planned_and_rendered_again(tmp_path: Path, monkeypatch):
    """After an edit of a body alone only its page is planned; a page whose file is gone from the
    output (deleted by hand: nothing to carry over) is rendered too, from a plan of every page."""
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    path = site.root / "articles/harga-beras.md"
    site.write("articles/harga-beras.md", path.read_text().replace("kembali normal.", "kembali normal lagi."))
    build_into(site.root, out)
    (out / "tag/cuaca/index.html").unlink()
    site.write("articles/harga-beras.md", path.read_text().replace("kembali normal lagi.", "kembali normal."))
    from warta.builder import steps

    planned: list[int] = []
    every_page = steps.page_plans
    monkeypatch.setattr(steps, "page_plans", lambda *args: planned.append(1) or every_page(*args))
    report = build_into(site.root, out)
    assert report.rendered == 2 and planned == [1]  # (by `Plan.pages_at`, for the missing page)
    monkeypatch.setattr(steps, "page_plans", every_page)
    assert snapshot(out) == snapshot(build_into(site.root, tmp_path / "clean", "--clean").output)


def test_after_an_edit_of_a_body_only_the_views_and_cards_it_needs_are_made(tmp_path: Path, monkeypatch):
    """Issue 22: a rebuild whose plan is last time's makes the views of the articles its pages and
    feeds show, not every article's (`render.views.ArticleViews`), and takes its cards' keys from last
    time; a card gone from the output is drawn again from a spec made then. The output is a clean
    build's."""
    from warta.builder import steps
    from warta.render import views as views_module

    site = copy_basic(tmp_path)
    site.write("warta.yaml", (site.root / "warta.yaml").read_text() + "feed_length: 2\n")
    for n in range(40):
        site.write(f"articles/arsip-{n:02d}.md", article(f"Berita arsip nomor {n}", f"2024-03-{n % 28 + 1:02d}T0{n % 10}:00:00+07:00",
                                                         f"Isi berita arsip nomor {n}.", tags=[f"arsip-{n % 3}"]))
    out = tmp_path / "out"
    build_into(site.root, out)
    made: list[str] = []
    asked: list[object] = []
    article_view, card_specs = views_module.article_view, steps.card_specs
    monkeypatch.setattr(views_module, "article_view", lambda a, config: made.append(a.slug) or article_view(a, config))
    monkeypatch.setattr(steps, "card_specs", lambda *args: asked.append(args[3:]) or card_specs(*args))
    path = site.root / "articles/arsip-07.md"
    site.write("articles/arsip-07.md", path.read_text() + "\nParagraf baru.\n")
    card = out / "artikel/arsip-20/kartu.png"
    drawn = card.read_bytes()
    card.unlink()
    report = build_into(site.root, out)
    assert report.rendered == 1
    assert len(made) < 20 and "arsip-07" in made, made
    assert asked == [] or all(wanted for wanted in asked), asked  # (the specs of the missing card alone)
    assert card.read_bytes() == drawn
    # An article added: every page is planned again, but only the new article's card spec is made.
    asked.clear()
    site.write("articles/baru.md", article("Berita paling baru", "2025-06-20T10:00:00+07:00", "Isi berita baru."))
    build_into(site.root, out)
    assert [set(wanted) for (wanted,) in asked] == [{"kartu.png"}, {"artikel/baru/kartu.png"}], asked
    monkeypatch.setattr(views_module, "article_view", article_view)
    monkeypatch.setattr(steps, "card_specs", card_specs)
    assert snapshot(out) == snapshot(build_into(site.root, tmp_path / "clean", "--clean").output)


def test_compiled_templates_are_kept_sealed_and_compiled_again_when_changed_or_not_ours(tmp_path: Path,
                                                                                        monkeypatch):
    """Issue 22: the templates' compiled code, and what parsing them found, are kept between builds
    (`builder/templatecache.py`), so an edit rebuild parses and compiles nothing; a template edited is compiled again, and code not sealed with this
    user's key (planted, damaged) is never loaded. Every output is a clean build's."""
    import jinja2

    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out, "--jobs1")
    codes = sorted((site.root / ".warta-cache").glob("templates-*/*.code"))
    assert len(codes) >= 5
    compiled: list[str] = []
    compile_ = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda self, source, name=None, *args, **kw: compiled.append(name) or compile_(self, source, name,
                                                                                                        *args, **kw))
    from warta.render.templates import TemplateAnalysis

    parsed: list[object] = []
    analysed = TemplateAnalysis.of
    monkeypatch.setattr(TemplateAnalysis, "of", lambda tree: parsed.append(tree) or analysed(tree))
    path = site.root / "articles/harga-beras.md"
    site.write("articles/harga-beras.md", path.read_text() + "\nParagraf baru.\n")
    assert build_into(site.root, out, "--jobs1").rendered == 1 and compiled == [] and parsed == []

    site.write("templates/partials/footer.html", (REPO / "templates/partials/footer.html").read_text()
               + "<p>Jejak templat baru</p>\n")
    for code in codes:  # (someone else's code in its place: never run)
        code.write_bytes(code.read_bytes()[:-40] + bytes(40))
    build_into(site.root, out, "--jobs1")
    assert "partials/footer.html" in compiled and "article.html" in compiled
    assert "Jejak templat baru" in (out / "index.html").read_text(encoding="utf-8")
    monkeypatch.setattr(jinja2.Environment, "compile", compile_)
    assert snapshot(out) == snapshot(build_into(site.root, tmp_path / "clean", "--clean").output)


def test_compiled_templates_follow_the_base_url(tmp_path: Path):
    """Jinja2 applies a filter to a constant while compiling (`{{ "tag/"|url }}`), so the compiled
    templates depend on the config: after `base_url` changes, or with `--base-url` (as `warta serve`
    builds), every page links under the new base, as a clean build's do. (A hostile probe found the
    old base path kept in every page by a cache keyed by Warta's version alone.)"""
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    config = (site.root / "warta.yaml").read_text()
    site.write("warta.yaml", config.replace("https://contoh.id/berita/", "https://contoh.id/warta/"))
    build_into(site.root, out)
    home = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="/warta/tag/"' in home and "/berita/" not in home
    assert snapshot(out) == snapshot(build_into(site.root, tmp_path / "clean", "--clean").output)
    served = tmp_path / "served"
    assert main(["build", "--source", str(site.root), "--output", str(served), "--now", NOW, "--quiet",
                 "--no-search", "--base-url", "http://127.0.0.1:8123/"]) == 0
    assert 'href="/tag/"' in (served / "index.html").read_text(encoding="utf-8")
    build_into(site.root, out)
    assert snapshot(out) == snapshot(tmp_path / "clean")
    assert len(list((site.root / ".warta-cache").glob("templates-*"))) <= 3


def test_editing_an_authors_profile_rerenders_only_that_authors_page(tmp_path: Path):
    """data/authors.yaml (issue 18) is an input: an edit is noticed, and re-renders the author's page,
    whose fingerprint covers the profile it shows (and its JSON-LD), not the author's articles."""
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    for edit in ("retitle", "remove"):
        before = snapshot(out)
        if edit == "retitle":
            text = (site.root / "data/authors.yaml").read_text().replace("Redaktur Pelaksana", "Pemimpin Redaksi")
            site.write("data/authors.yaml", text)
        else:
            (site.root / "data/authors.yaml").unlink()
        report = build_into(site.root, out)
        after = snapshot(out)
        changed = {name for name in after if after[name] != before.get(name)}
        assert changed == {"penulis/rina-wulandari/index.html"}, edit
        assert report.rendered == 1 and not report.unchanged_inputs, edit
        shown = (out / "penulis/rina-wulandari/index.html").read_text()
        assert ("Pemimpin Redaksi" in shown) == (edit == "retitle") and "Redaktur Pelaksana" not in shown


def test_changing_a_title_rerenders_the_listings_that_show_it(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    path = site.root / "articles/harga-beras.md"
    site.write("articles/harga-beras.md", path.read_text().replace("Harga Beras Turun", "Harga Beras Anjlok"))
    report = build_into(site.root, out)
    for page in ("index.html", "tag/ekonomi/index.html", "arsip/2025/06/index.html",
                 "artikel/pemilu-daerah/index.html"):  # its older neighbour links to it by title
        assert "Harga Beras Anjlok" in (out / page).read_text(), page
    assert report.rendered < report.pages


def test_editing_one_template_rerenders_only_the_pages_using_it(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    theme = REPO / "templates/tag.html"
    site.write("templates/tag.html", theme.read_text() + "{# disunting #}\n")
    report = build_into(site.root, out)
    tag_pages = len(list(out.glob("tag/*/index.html"))) + len(list(out.glob("tag/*/halaman/*/index.html")))
    assert report.rendered == tag_pages


def test_jobs_1_and_jobs_2_give_the_same_bytes(tmp_path: Path):
    site = copy_basic(tmp_path)
    for i in range(150):  # enough pages for several worker batches
        site.write(f"articles/tambahan-{i:03d}.md", f"---\ntitle: Tambahan {i}\ndate: 2024-01-{i % 28 + 1:02d}\n"
                   f"tags: [T{i % 7}, Daerah]\ncategory: K{i % 3}\n---\n\n## Bagian\n\nIsi artikel {i}.\n")
    one, two = tmp_path / "one", tmp_path / "two"
    build_into(site.root, one, "--jobs1", "--clean")
    options = BuildOptions(root=site.root, output=two, now=resolve_now(NOW), search=False, jobs=2, clean=True)
    build(options)
    assert snapshot(one) == snapshot(two)


def test_damaged_build_cache_is_ignored_and_rebuilt(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    expected = snapshot(out)
    damaged = list((site.root / ".warta-cache").glob("state-*"))  # the head and the database
    assert len(damaged) == 2
    for state in damaged:
        state.write_bytes(b"\x80\x04 not a pickle at all")
    report = build_into(site.root, out)
    assert not report.unchanged_inputs and report.rendered == report.pages
    assert snapshot(out) == expected


def test_a_rebuild_writes_only_the_state_rows_that_changed(tmp_path: Path, monkeypatch):
    """Issue 20: the state is a database; a rebuild writes the rows that changed, in one transaction.
    The records of articles and outputs are held in chunks (`carryover.Layout`): a chunk is written again
    when a record it holds changed, and only then."""
    from warta.builder import carryover

    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    written = []
    remember = carryover.remember
    monkeypatch.setattr(carryover, "remember", lambda *args: written.append(remember(*args)))
    first = build_into(site.root, out)
    database = next((site.root / ".warta-cache").glob("state-*.sqlite"))

    def rows() -> dict[tuple[str, str], bytes]:
        connection = sqlite3.connect(database)
        try:
            return {(table, key): mac for table, column in (("articles", "chunk"), ("outputs", "chunk"),
                                                            ("links", "path"), ("bodies", "path"), ("meta", "key"))
                    for key, mac in connection.execute(f"SELECT {column}, mac FROM {table}")}
        finally:
            connection.close()

    def records(table: str) -> dict[str, tuple[str, tuple]]:
        """Key -> (its chunk, its record), of the rows of `table` (this test's own state: unpickled)."""
        connection = sqlite3.connect(database)
        try:
            return {item[0]: (chunk, item[1:]) for chunk, data in connection.execute(f"SELECT chunk, records FROM {table}")
                    for item in pickle.loads(data)}
        finally:
            connection.close()

    before, outputs_before = rows(), records("outputs")
    assert written == [len(before)]  # a new database: every row
    pages_before = {key for table, key in before if table == "links"}
    assert len(pages_before) >= first.pages and pages_before <= outputs_before.keys()
    assert len([row for row in before if row[0] == "outputs"]) < len(outputs_before) // 8  # (chunks of many)
    # The same bytes with a new mtime: the file is read again, no page changes.
    article = site.root / "articles/banjir-jakarta.md"
    site.write("articles/banjir-jakarta.md", article.read_text(encoding="utf-8"))
    build_into(site.root, out)
    second, outputs_second = rows(), records("outputs")
    changed = {row for row in second if second[row] != before.get(row)}
    chunk = records("articles")["articles/banjir-jakarta.md"][0]
    assert changed == {("articles", chunk), ("meta", "seal")}  # its size and mtime (its body's row is the same)
    assert written[-1] == 2
    # One article's body: its article's chunk and its body's row, the chunks holding its page's and the feeds'
    # records (that changed), the links of those pages; nothing else.
    site.write("articles/banjir-jakarta.md", article.read_text(encoding="utf-8") + "\nParagraf baru.\n")
    report = build_into(site.root, out)
    third, outputs_third = rows(), records("outputs")
    changed = {row for row in third if third[row] != second.get(row)}
    redone = {path for path, (_, record) in outputs_third.items() if outputs_second[path][1] != record}
    assert "artikel/banjir-jakarta/index.html" in redone and "atom.xml" in redone
    assert len(redone) == report.changed < len(outputs_third) // 4
    pages = {("links", path) for path in redone if path.endswith(".html")}
    assert changed == {("articles", chunk), ("bodies", "articles/banjir-jakarta.md"), ("meta", "seal")} \
        | {("outputs", outputs_third[path][0]) for path in redone} | pages
    assert written[-1] == len(changed)
    assert set(third) == set(second)
    build_into(site.root, tmp_path / "clean", "--clean")
    assert snapshot(out) == snapshot(tmp_path / "clean")


def test_a_rebuild_fetches_only_the_bodies_it_shows(tmp_path: Path, monkeypatch):
    """Issue 20: articles' rendered bodies are rows of their own in the state, read only for the pages and
    feeds a rebuild renders (three fifths of the state's article records, 300 MB at 100,000 articles)."""
    from warta.builder import carryover

    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    fetched: list[str] = []
    rows = carryover._BodyStore._each
    monkeypatch.setattr(carryover._BodyStore, "_each", lambda self, rels, take: (fetched.extend(rels),
                                                                                 rows(self, rels, take))[1])
    read = carryover.read
    kept = []
    monkeypatch.setattr(carryover, "read", lambda *args: kept.append(read(*args)) or kept[-1])
    # A page of `pages/` changed: no article's page or feed is rendered, no body is read.
    site.write("pages/tentang.md", (site.root / "pages/tentang.md").read_text(encoding="utf-8") + "\nBaru.\n")
    assert build_into(site.root, out).rendered >= 1
    assert fetched == []
    bodies = [record.article.body.packed for record in kept[-1].articles.values() if record.article is not None]
    assert bodies and all(type(body) is carryover.StoredBody and not body.fetched for body in bodies)
    # One article's body: its page and the feeds that show it (in full) read the bodies they show.
    path = site.root / "articles/harga-beras.md"
    site.write("articles/harga-beras.md", path.read_text(encoding="utf-8").replace("kembali normal.", "normal lagi."))
    build_into(site.root, out)
    assert fetched and "articles/harga-beras.md" not in fetched  # (rendered again: not read back)
    assert snapshot(out) == (build_into(site.root, tmp_path / "clean", "--clean"), snapshot(tmp_path / "clean"))[1]


@pytest.mark.parametrize("damage", ["UPDATE bodies SET packed = X'00'", "replace"])
def test_a_body_lost_from_the_state_builds_everything_again(tmp_path: Path, caplog, damage: str):
    """A body row damaged, or the database replaced, after the state was read and before a page showed the
    body: the build starts again from scratch (the cache costs time, never the build), with a warning, and
    its output is exactly a clean build's."""
    import logging

    from warta.builder import carryover

    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    database = next((site.root / ".warta-cache").glob("state-*.sqlite"))
    fetch = carryover.CarryOver.fetch_bodies

    def damaged(bodies, spill):  # (between reading the state and rendering)
        if damage == "replace":
            shutil.copy(database, tmp_path / "copy")
            os.replace(tmp_path / "copy", database)
        else:
            alter_database(database, damage)
        carryover.CarryOver.fetch_bodies = staticmethod(fetch)
        return fetch(bodies, spill)

    carryover.CarryOver.fetch_bodies = staticmethod(damaged)
    try:
        site.write("articles/harga-beras.md", (site.root / "articles/harga-beras.md").read_text(encoding="utf-8")
                   .replace("kembali normal.", "normal lagi."))
        with caplog.at_level(logging.WARNING):
            report = build_into(site.root, out)
    finally:
        carryover.CarryOver.fetch_bodies = staticmethod(fetch)
    assert "building everything" in caplog.text and "body" in caplog.text
    assert report.rendered == report.pages  # (from scratch)
    build_into(site.root, tmp_path / "clean", "--clean")
    assert snapshot(out) == snapshot(tmp_path / "clean")
    assert sorted(p.name for p in out.parent.iterdir()) == [".out.prev", "clean", "out", "site"]  # (no staging left)
    assert build_into(site.root, out).unchanged_inputs  # (and a state saved that the next build trusts)


@pytest.mark.parametrize("jobs", ["--jobs1", "--jobs2"])
def test_a_body_lost_while_a_listing_template_shows_it_builds_everything_again(tmp_path: Path, monkeypatch, caplog,
                                                                               jobs: str):
    """A theme's cards showing each article's body, fetched as the template reads it: a body lost from the
    state then (the row damaged after the render step's fetch) is not a template's error that stops the
    build; the build starts again from scratch, as when the render step's own fetch finds it lost."""
    import logging

    from warta.builder import carryover

    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    database = next((site.root / ".warta-cache").glob("state-*.sqlite"))
    fetch = carryover.CarryOver.fetch_bodies

    def damaged(bodies, spill):  # (after the render step's fetch, before the templates run)
        fetch(bodies, spill)
        alter_database(database, "UPDATE bodies SET packed = X'00'")
        monkeypatch.setattr(carryover.CarryOver, "fetch_bodies", staticmethod(fetch))

    monkeypatch.setattr(carryover.CarryOver, "fetch_bodies", staticmethod(damaged))
    card = (REPO / "templates/partials/card.html").read_text()
    site.write("templates/partials/card.html", card.replace('<p class="card-summary">{{ item.summary }}</p>',
                                                            '<div class="card-body">{{ item.body }}</div>'))
    options = BuildOptions(root=site.root, output=out, now=resolve_now(NOW), search=False,
                           jobs=1 if jobs == "--jobs1" else 2)
    with caplog.at_level(logging.WARNING):
        report = build(options)
    assert "building everything" in caplog.text and "body" in caplog.text
    assert report.rendered == report.pages  # (from scratch)
    build_into(site.root, tmp_path / "clean", "--clean")
    assert snapshot(out) == snapshot(tmp_path / "clean")
    assert 'class="card-body"><p>' in (out / "index.html").read_text(encoding="utf-8")


def test_bodies_fetched_into_the_spill_by_short_writes_are_whole(tmp_path: Path, monkeypatch):
    """The bodies a rebuild fetches from the state go into the build's spill file: a write that takes only
    part of them (POSIX allows it: a disk filling up, a signal) is carried on, never a truncated body that
    the page or feed showing it cannot unpack (or shows cut)."""
    from warta.builder import spill as spill_module

    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    real = os.pwrite

    def short(fd: int, data, offset: int) -> int:  # (at most half of what is asked, as a full disk may)
        data = bytes(data)
        return real(fd, data[:max(1, len(data) // 2)] if len(data) > 1 else data, offset)

    monkeypatch.setattr(spill_module.os, "pwrite", short)
    site.write("articles/harga-beras.md", (site.root / "articles/harga-beras.md").read_text(encoding="utf-8")
               .replace("kembali normal.", "normal lagi."))
    build_into(site.root, out, "--jobs1")
    monkeypatch.undo()
    build_into(site.root, tmp_path / "clean", "--clean")
    assert snapshot(out) == snapshot(tmp_path / "clean")


def test_clean_renders_everything_again(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    assert main(["build", "--source", str(site.root), "--output", str(out), "--now", NOW, "--quiet",
                 "--no-search", "--clean"]) == 0


def test_the_clock_passing_a_scheduled_article_rebuilds(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    later = BuildOptions(root=site.root, output=out, now=resolve_now("2026-11-22T07:00:00+07:00"), search=False)
    report = build(later)
    assert not report.unchanged_inputs
    assert (out / "artikel/terbit-besok/index.html").exists()


def test_generations_alternate_and_unchanged_files_keep_their_inode(tmp_path: Path):
    """The folder the swap takes out is reused by the next build; files that never change stay
    the same file (inode, mtime) in the live site build after build."""
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    previous = tmp_path / ".out.prev"
    build_into(site.root, out)
    kept = out / "artikel/keamanan-konten/index.html"
    inode, mtime = kept.stat().st_ino, kept.stat().st_mtime_ns
    for step in range(4):
        site.write("articles/banjir-jakarta.md", (site.root / "articles/banjir-jakarta.md").read_text(encoding="utf-8")
                   + f"\nParagraf tambahan {step}.\n")
        build_into(site.root, out)
        assert previous.is_dir()
        assert (kept.stat().st_ino, kept.stat().st_mtime_ns) == (inode, mtime)
        assert snapshot(out) == snapshot(build_into(site.root, tmp_path / f"clean-{step}", "--clean").output)


def test_whatever_is_in_the_reused_generation_the_output_is_exact(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    previous = tmp_path / ".out.prev"
    build_into(site.root, out)
    site.write("articles/banjir-jakarta.md", (site.root / "articles/banjir-jakarta.md").read_text(encoding="utf-8")
               + "\nSatu paragraf lagi.\n")
    build_into(site.root, out)
    live = snapshot(out)
    # Tamper with the generation the next build reuses: stray files, a folder where a page goes,
    # a file where a folder goes, a page replaced (a new file: the live one shares the old).
    (previous / "sampah.html").write_text("sisa")
    (previous / "artikel/hantu/index.html").parent.mkdir(parents=True)
    (previous / "artikel/hantu/index.html").write_text("hantu")
    shutil.rmtree(previous / "tag/cuaca")
    (previous / "tag/cuaca").write_text("bukan folder")
    (previous / "index.html").unlink()
    (previous / "index.html").mkdir()
    (previous / "atom.xml").unlink()
    (previous / "atom.xml").write_text("<rusak/>")
    site.write("articles/harga-beras.md", (site.root / "articles/harga-beras.md").read_text(encoding="utf-8")
               + "\nHarga naik lagi.\n")
    build_into(site.root, out)
    assert snapshot(out) == snapshot(build_into(site.root, tmp_path / "clean", "--clean").output)
    assert snapshot(out) != live


def test_folders_a_rebuild_leaves_empty_are_removed(tmp_path: Path):
    """A hostile probe (issue 22): when every article of a tag moved to another, its pages went but
    `tag/hilang/` and `tag/hilang/halaman/` stayed, empty, in the reused generation: two sibling folders
    emptied at once, the first one's climb marked their parent done before it could be removed. The
    output's folders are a clean build's."""
    site = copy_basic(tmp_path)
    for day in range(1, 6):
        site.write(f"articles/h{day}.md", article(f"Hilang {day}", f"2025-06-1{day}T08:00:00+07:00", tags=["Hilang"]))
    out = tmp_path / "out"
    build_into(site.root, out)
    site.write("articles/h1.md", article("Hilang 1", "2025-06-11T08:00:00+07:00", "Isi baru.", tags=["Hilang"]))
    build_into(site.root, out)  # (the next build brings the first one's folder up to date: `prune`)
    assert (out / "tag/hilang/halaman/2/index.html").is_file()
    for day in range(1, 6):
        site.write(f"articles/h{day}.md", article(f"Hilang {day}", f"2025-06-1{day}T08:00:00+07:00", tags=["Lain"]))
    build_into(site.root, out)
    clean = build_into(site.root, tmp_path / "clean", "--clean").output

    def folders(root: Path) -> set[str]:
        return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_dir()}

    assert not (out / "tag/hilang").exists()
    assert folders(out) == folders(clean) and snapshot(out) == snapshot(clean)


def test_search_in_a_reused_generation_leaves_deleted_articles_out(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    options = BuildOptions(root=site.root, output=out, now=resolve_now(NOW), search=True)
    build(options)
    site.write("articles/harga-beras.md", (site.root / "articles/harga-beras.md").read_text(encoding="utf-8")
               + "\nHarga naik lagi.\n")
    build(options)
    (site.root / "articles/banjir-jakarta.md").unlink()
    build(options)  # in the reused generation, which still held the deleted article's page
    clean = tmp_path / "clean"
    build(BuildOptions(root=site.root, output=clean, now=resolve_now(NOW), search=True, clean=True))
    assert snapshot(out) == snapshot(clean)


def test_search_forgets_a_page_of_pages_that_is_removed(tmp_path: Path):
    """Removing a page of `pages/` that no other page links re-renders nothing: the search index is
    made again all the same, without it (it was carried over, still finding the page)."""
    site = copy_basic(tmp_path)
    site.write("warta.yaml", (site.root / "warta.yaml").read_text(encoding="utf-8")
               + "footer_links:\n  - title: Tentang\n    page: tentang/\n")  # (the new page in no footer)
    out = tmp_path / "out"
    options = BuildOptions(root=site.root, output=out, now=resolve_now(NOW), search=True)
    build(options)
    site.write("pages/redaksi.md", "---\ntitle: Redaksi\n---\n\nRedaksi kami bekerja setiap hari.\n")
    build(options)
    (site.root / "pages/redaksi.md").unlink()
    report = build(options)
    assert report.rendered == 0
    clean = tmp_path / "clean"
    build(BuildOptions(root=site.root, output=clean, now=resolve_now(NOW), search=True, clean=True))
    assert snapshot(out) == snapshot(clean)


def test_link_findings_kept_between_builds_follow_pages_that_come_and_go(tmp_path: Path):
    """Unchanged pages keep the link check's findings only while the site's files and anchors are
    as they were: a footer link on every page to an article that is added, then removed."""
    site = copy_basic(tmp_path)
    theme = REPO / "templates/partials/footer.html"
    site.write("templates/partials/footer.html", theme.read_text()
               + "<p><a href=\"{{ '/artikel/baru/' | url }}#satu\">baru</a></p>\n")
    out, clean = tmp_path / "out", tmp_path / "clean"
    # (Adding an unrelated article only adds to the site: the broken link must still be reported.)
    steps = [lambda: site.write("articles/lain.md", "---\ntitle: Lain\ndate: 2025-05-03\n---\n\n## Satu\n\nIsi.\n"),
             lambda: site.write("articles/baru.md", "---\ntitle: Baru\ndate: 2025-05-02\n---\n\n## Satu\n\nIsi.\n"),
             lambda: site.write("articles/baru.md", "---\ntitle: Baru\ndate: 2025-05-02\n---\n\n## Dua\n\nIsi.\n"),
             lambda: (site.root / "articles/baru.md").unlink()]
    first = build_into(site.root, out)
    assert any("/artikel/baru/#satu" in w.message for w in first.warnings)
    for step in steps:
        step()
        one = build_into(site.root, out)
        shutil.rmtree(clean, ignore_errors=True)
        two = build_into(site.root, clean, "--clean")
        assert warnings(one, out) == warnings(two, clean)
        assert one.rendered < one.pages  # (the footer's pages were not all rendered again)



@pytest.mark.parametrize("live, when", [("as built", "after reading"), ("swapped", "after reading"),
                                        ("as built", "before reading")])
def test_links_rows_that_no_longer_verify_are_read_again_from_the_pages(tmp_path: Path, monkeypatch, live: str,
                                                                        when: str):
    """Issue 20: pages' links are fetched from the state only when checked again, and only verified
    then (reading the state reads their MACs alone); rows damaged before or after the state was read
    cost reading the pages' files (the ones the build publishes, not whatever the live folder holds
    by then), and the check finds what a clean build finds."""
    from warta.builder import carryover, steps

    site = copy_basic(tmp_path)
    theme = REPO / "templates/partials/footer.html"
    site.write("templates/partials/footer.html", theme.read_text()
               + "<p><a href=\"{{ '/artikel/banjir-jakarta/' | url }}#tidak-ada\">x</a></p>\n")
    out, clean = tmp_path / "out", tmp_path / "clean"
    first = build_into(site.root, out)
    assert any("#tidak-ada" in w.message for w in first.warnings)
    database = next((site.root / ".warta-cache").glob("state-*.sqlite"))
    read = carryover.read

    def damage() -> None:
        connection = sqlite3.connect(database, isolation_level=None)
        connection.execute("UPDATE links SET packed = X'00'")  # (a MAC that no longer verifies: not a pickle read)
        connection.close()

    def read_then_damage(*args):
        if when == "before reading":
            damage()
        state = read(*args)
        if when == "after reading":
            damage()
        return state

    def swap_then_check(*args):
        # A live page's folder swapped, once the build has staged its output, for a link to a page
        # with another link.
        outside = tmp_path / "outside"
        outside.mkdir()
        (outside / "index.html").write_text('<a href="/berita/luar/">luar</a>', encoding="utf-8")
        shutil.rmtree(out / "artikel/harga-beras")
        (out / "artikel/harga-beras").symlink_to(outside)
        return check(*args)

    monkeypatch.setattr(carryover, "read", read_then_damage)
    check = steps.check
    if live == "swapped":
        monkeypatch.setattr(steps, "check", swap_then_check)
    # A new heading changes the site's anchors: every unchanged page's links are resolved again.
    path = site.root / "articles/banjir-jakarta.md"
    site.write("articles/banjir-jakarta.md", path.read_text(encoding="utf-8") + "\n## Bagian baru\n\nIsi.\n")
    one = build_into(site.root, out)
    monkeypatch.setattr(carryover, "read", read)
    monkeypatch.setattr(steps, "check", check)
    two = build_into(site.root, clean, "--clean")
    assert warnings(one, out) == warnings(two, clean)
    assert any("#tidak-ada" in w.message for w in one.warnings)
    assert not any("/berita/luar/" in w.message for w in one.warnings)
    assert one.rendered < one.pages
    assert snapshot(out) == snapshot(clean)
    # The rows read from the pages' files were written again: the next check of every page's links
    # reads no page file (a hostile probe found a damaged row kept, and read around, build after build).
    opened: list[str] = []
    read_inside = carryover.read_inside
    monkeypatch.setattr(carryover, "read_inside", lambda folder, rel: opened.append(rel) or read_inside(folder, rel))
    site.write("articles/banjir-jakarta.md", path.read_text(encoding="utf-8") + "\n## Bagian lain\n\nIsi.\n")
    assert build_into(site.root, out).rendered < one.pages and opened == []


def _edit_a_body_then_compare_with_a_clean_build(site, tmp_path: Path) -> None:
    """Build, edit one article's body, build again: the output equals a clean build's."""
    out, clean = tmp_path / "out", tmp_path / "clean"
    build_into(site.root, out)
    path = site.root / "articles/harga-beras.md"
    site.write("articles/harga-beras.md", path.read_text().replace("kembali normal.", "kembali normal, kata mereka."))
    build_into(site.root, out)
    build_into(site.root, clean, "--clean")
    assert snapshot(out) == snapshot(clean)


def test_a_listing_that_shows_bodies_under_the_name_article_follows_an_edited_body(tmp_path: Path):
    """A site's cards partial whose loop names each item `article` and shows its word count: editing
    one body re-renders the listings that show it (it was taken for the page's own article)."""
    site = copy_basic(tmp_path)
    cards = (REPO / "templates/partials/cards.html").read_text()
    site.write("templates/partials/cards.html", cards.replace(
        "{% for item in items %}", "{% for article in items %}{% set item = article %}({{ article.word_count }})"))
    _edit_a_body_then_compare_with_a_clean_build(site, tmp_path)


def test_a_file_behind_a_folder_link_in_static_or_templates_is_an_input(tmp_path: Path):
    """static/ and templates/ may link to a folder elsewhere in the site (their files are read through
    the link): an edit there is not "nothing changed"."""
    site = copy_basic(tmp_path)
    site.write("shared/info.txt", "satu\n")
    site.write("shared-templates/footer.html", "<footer>satu</footer>\n")
    (site.root / "static").mkdir()
    (site.root / "static/docs").symlink_to("../shared")
    (site.root / "templates").mkdir()
    (site.root / "templates/partials").symlink_to("../shared-templates")
    out = tmp_path / "out"
    build_into(site.root, out)
    site.write("shared/info.txt", "dua\n")
    site.write("shared-templates/footer.html", "<footer>dua</footer>\n")
    report = build_into(site.root, out)
    assert not report.unchanged_inputs
    assert (out / "docs/info.txt").read_text() == "dua\n"
    assert "<footer>dua</footer>" in (out / "index.html").read_text()


def test_an_article_page_that_does_not_show_the_body_follows_its_word_count(tmp_path: Path):
    """Every article page carries the article's JSON-LD, whose `wordCount` comes from the body: a
    site's article.html that shows the summary instead of the body still changes with it."""
    site = copy_basic(tmp_path)
    theme = (REPO / "templates/article.html").read_text()
    start, end = theme.index("  {% if article.note %}"), theme.index("  {% if article.tags %}")
    site.write("templates/article.html", theme[:start] + "  <p>{{ article.summary }}</p>\n" + theme[end:])
    _edit_a_body_then_compare_with_a_clean_build(site, tmp_path)


def test_link_findings_follow_a_new_base_url(tmp_path: Path):
    """Which absolute links are the site's own depends on base_url: after its host changes, a link to
    the old host is no longer checked and one to the new host is (the files and anchors stay)."""
    site = copy_basic(tmp_path)
    site.write("articles/mutlak.md", "---\ntitle: Mutlak\ndate: 2025-07-01T08:00:00+07:00\n---\n\n"
               "Lihat [ini](https://contoh.id/berita/artikel/tidak-ada/) dan [itu](https://lain.id/berita/artikel/juga-tidak/).\n")
    out, clean = tmp_path / "out", tmp_path / "clean"
    build_into(site.root, out)
    site.write("warta.yaml", (BASIC / "warta.yaml").read_text().replace("https://contoh.id/", "https://lain.id/"))
    one = build_into(site.root, out)
    two = build_into(site.root, clean, "--clean")
    assert warnings(one, out) == warnings(two, clean)
    assert [p.message for p in one.warnings if "juga-tidak" in p.message]

def changed_files(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    return {name for name in set(before) | set(after) if before.get(name) != after.get(name)}


def test_editing_a_pages_body_rerenders_only_that_page(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    before = snapshot(out)
    text = (site.root / "pages/tentang.md").read_text()
    site.write("pages/tentang.md", text.replace("berkantor di Jakarta", "berkantor di Bandung"))
    report = build_into(site.root, out)
    assert not report.unchanged_inputs  # (pages/ is one of the inputs the stamp covers)
    assert report.rendered == 1
    assert changed_files(before, snapshot(out)) == {"tentang/index.html"}
    assert "berkantor di Bandung" in (out / "tentang/index.html").read_text()


def test_retitling_a_page_rerenders_every_footer(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    first = build_into(site.root, out)
    text = (site.root / "pages/tentang.md").read_text()
    site.write("pages/tentang.md", text.replace("title: Tentang Kabar Uji", "title: Profil Kabar Uji"))
    report = build_into(site.root, out)
    assert report.rendered == report.pages == first.pages
    for page in out.rglob("*.html"):
        assert ">Profil Kabar Uji</a>" in page.read_text(), page


def test_a_page_added_or_removed_follows_everywhere(tmp_path: Path):
    site = copy_basic(tmp_path)
    out, clean = tmp_path / "out", tmp_path / "clean"
    build_into(site.root, out)
    site.write("pages/kontak.md", "---\ntitle: Kontak\norder: 2\n---\n\nSurel: redaksi@example.com\n")
    build_into(site.root, out)
    assert (out / "kontak/index.html").is_file() and "/berita/kontak/" in (out / "sitemap.xml").read_text()
    assert 'href="/berita/kontak/"' in (out / "artikel/harga-beras/index.html").read_text()
    build_into(site.root, clean, "--clean")
    assert snapshot(out) == snapshot(clean)
    (site.root / "pages/kontak.md").unlink()
    build_into(site.root, out)
    assert not (out / "kontak").exists() and "kontak" not in (out / "index.html").read_text()


def test_leaving_a_page_out_of_the_sitemap_changes_only_the_sitemap(tmp_path: Path):
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    build_into(site.root, out)
    before = snapshot(out)
    text = (site.root / "pages/tentang.md").read_text()
    site.write("pages/tentang.md", text.replace("order: 1\n", "order: 1\nsitemap: false\n"))
    build_into(site.root, out)
    assert changed_files(before, snapshot(out)) == {"sitemap.xml"}
    assert "/tentang/" not in (out / "sitemap.xml").read_text()


# Property test ------------------------------------------------------------------------------

TAGS = ["Daerah", "Ekonomi", "Politik", "Cuaca"]
edits = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 9), st.sampled_from(TAGS), st.integers(1, 28)),
    st.tuples(st.just("change"), st.integers(0, 9), st.sampled_from(TAGS), st.integers(1, 28)),
    # A body edited alone: listings stay as they were, so only the article's own page is planned again.
    st.tuples(st.just("body"), st.integers(0, 9), st.integers(1, 28)),
    st.tuples(st.just("retitle"), st.integers(0, 9), st.text("abcdefghij ", min_size=1, max_size=12)),
    st.tuples(st.just("rename"), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("delete"), st.integers(0, 9)),
    st.tuples(st.just("template"), st.sampled_from(["article.html", "tag.html", "partials/footer.html"]),
              st.integers(0, 3)),
    st.tuples(st.just("config"), st.integers(1, 4)),
    # A link to another article's section: it leads somewhere or nowhere as articles come and go,
    # and the link check's findings must follow (its results are kept between builds).
    st.tuples(st.just("link"), st.integers(0, 9), st.integers(0, 9), st.sampled_from(["satu", "dua"])),
    # Photos (issue 16): a lead photo or a figure named, a picture file painted anew or removed; the
    # published files and every page showing them must follow.
    st.tuples(st.just("photo"), st.integers(0, 9), st.integers(0, 2), st.sampled_from(["lead", "figure"])),
    st.tuples(st.just("paint"), st.integers(0, 2), st.integers(0, 255)),
    st.tuples(st.just("unpaint"), st.integers(0, 2)),
    # Newsroom standards (issue 18): a correction added (the article, /ralat/ and the feeds follow), a
    # withdrawal made or undone (the article leaves or rejoins every listing), a right of reply to
    # another article (both pages link), a type of work (labels on the article and its cards).
    st.tuples(st.just("correct"), st.integers(0, 9), st.integers(1, 28)),
    st.tuples(st.just("retract"), st.integers(0, 9)),
    st.tuples(st.just("reply"), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("retype"), st.integers(0, 9), st.sampled_from(["opini", "advertorial", "berita"])),
    # Pages that are not articles (issue 18): added, rewritten, retitled, reordered, left out of the
    # sitemap or the search index, removed; every footer and the sitemap must follow.
    st.tuples(st.just("page"), st.integers(0, 3), st.sampled_from(["", "Kontak", "Redaksi", "Pedoman"]),
              st.integers(0, 3), st.booleans(), st.booleans()),
    # Authors' profiles (issue 18): one changed, written for an author no article names, or removed.
    st.tuples(st.just("profile"), st.integers(0, 3)),
)


def picture(shade: int) -> bytes:
    """A small PNG of one shade (small: encoding stays quick; a lead photo this narrow gets a warning)."""
    out = io.BytesIO()
    Image.new("RGB", (48, 32), (shade, 90, 255 - shade)).save(out, "PNG")
    return out.getvalue()


def apply(site: Site, edit: tuple) -> None:
    kind = edit[0]
    articles = site.root / "articles"
    existing = sorted(articles.glob("p*.md"))
    if kind == "add":
        _, n, tag, day = edit
        site.write(f"articles/p{n}.md", f"---\ntitle: Artikel {n}\ndate: 2025-05-{day:02d}T08:00:00+07:00\n"
                   f"tags: [{tag}]\ncategory: Nasional\n---\n\n## Satu\n\nIsi {n} hari {day}.\n")
    elif kind == "change" and existing:
        _, n, tag, day = edit
        path = existing[n % len(existing)]
        text = path.read_text().replace("\ntags: [", f"\ntags: [{tag}, ", 1)
        site.write(path.relative_to(site.root).as_posix(), text.replace("Isi", f"Isi diubah {day}", 1))
    elif kind == "body" and existing:
        _, n, day = edit
        path = existing[n % len(existing)]
        site.write(path.relative_to(site.root).as_posix(), path.read_text() + f"\nParagraf tambahan {day}.\n")
    elif kind == "retitle" and existing:
        _, n, words = edit
        path = existing[n % len(existing)]
        lines = path.read_text().split("\n")
        lines[1] = f"title: \"Judul {words.strip() or 'baru'}\""
        site.write(path.relative_to(site.root).as_posix(), "\n".join(lines))
    elif kind == "rename" and existing:
        _, n, m = edit
        path = existing[n % len(existing)]
        target = articles / f"p{m}.md"
        if not target.exists():
            path.rename(target)
            site.clock += 1
            os.utime(target, (site.clock, site.clock))
    elif kind == "delete" and existing:
        existing[edit[1] % len(existing)].unlink()
    elif kind == "template":
        _, name, variant = edit
        theme = REPO / "templates" / name
        # Variant 3 links every page to an article that comes and goes (the link check must follow).
        extra = "<p><a href=\"{{ '/artikel/p3/' | url }}#satu\">p3</a></p>\n" if variant == 3 else ""
        site.write(f"templates/{name}", theme.read_text() + f"{{# varian {variant} #}}\n" + extra)
    elif kind == "link" and existing:
        _, n, m, anchor = edit
        path = existing[n % len(existing)]
        site.write(path.relative_to(site.root).as_posix(), path.read_text() + f"\nLihat [p{m}](/artikel/p{m}/#{anchor}).\n")
    elif kind == "config":
        site.write("warta.yaml", (BASIC / "warta.yaml").read_text().replace("per_page: 2", f"per_page: {edit[1]}"))
    elif kind in ("correct", "retract", "reply", "retype"):
        _apply_standards(site, edit, existing)
    elif kind == "page":
        _apply_page(site, edit)
    elif kind == "profile":
        _apply_profile(site, edit[1])
    else:
        _apply_photo(site, edit, existing)


def _front(path: Path, key: str, lines: str) -> str:
    """The article's text with front matter field `key` set to `lines` (YAML, the key's own line first),
    or without it when `lines` is empty."""
    head, _, body = path.read_text().partition("\n---\n\n")
    kept = []
    skipping = False
    for line in head.split("\n"):
        if line.startswith(f"{key}:") or (skipping and line.startswith(" ")):
            skipping = True
            continue
        skipping = False
        kept.append(line)
    return "\n".join(kept + ([lines] if lines else [])) + "\n---\n\n" + body


def _apply_standards(site: Site, edit: tuple, existing: list[Path]) -> None:
    if not existing:
        return
    kind, n = edit[0], edit[1]
    path = existing[n % len(existing)]
    name = path.relative_to(site.root).as_posix()
    text = path.read_text()
    if kind == "correct":
        old = [line for line in text.split("\n") if line.startswith("  - {date:")]
        entry = f"  - {{date: \"2025-06-{edit[2]:02d}T10:00:00+07:00\", text: \"Ralat {edit[2]}\"}}"
        site.write(name, _front(path, "corrections", "\n".join(["corrections:", *old, entry])))
    elif kind == "retract":
        withdrawn = "retracted:" in text
        site.write(name, _front(path, "retracted", "" if withdrawn else
                                "retracted: {date: \"2025-06-30T10:00:00+07:00\", reason: Sumber palsu}"))
    elif kind == "reply":
        text = _front(path, "type", "type: hak-jawab")
        path.write_text(text)
        site.write(name, _front(path, "reply_to", f"reply_to: p{edit[2]}"))
    else:
        text = _front(path, "reply_to", "")
        path.write_text(text)
        text = _front(path, "sponsor", "sponsor: PT Iklan" if edit[2] == "advertorial" else "")
        path.write_text(text)
        site.write(name, _front(path, "type", f"type: {edit[2]}"))


def _apply_page(site: Site, edit: tuple) -> None:
    """Page `h<n>` written with a title and order (an empty title: the page is removed)."""
    _, n, title, order, search, sitemap = edit
    if not title:
        (site.root / f"pages/h{n}.md").unlink(missing_ok=True)
        return
    site.write(f"pages/h{n}.md", f"---\ntitle: {title} {n}\norder: {order}\nsearch: {str(search).lower()}\n"
               f"sitemap: {str(sitemap).lower()}\n---\n\nIsi halaman {title} ({order}).\n")


def _apply_profile(site: Site, variant: int) -> None:
    if variant == 0:
        (site.root / "data/authors.yaml").unlink(missing_ok=True)
        return
    name = "Penulis Tamu" if variant == 3 else "Rina Wulandari"
    links = "  same_as: [https://x.com/rina]\n" if variant == 2 else ""
    site.write("data/authors.yaml", f"{name}:\n  job_title: Jabatan {variant}\n  bio: Bio {variant}.\n{links}")


def _apply_photo(site: Site, edit: tuple, existing: list[Path]) -> None:
    kind = edit[0]
    if kind == "photo" and existing:
        _, n, number, where = edit
        path = existing[n % len(existing)]
        if not (site.root / f"articles/foto/f{number}.png").exists():
            site.write(f"articles/foto/f{number}.png", picture(number * 100))
        text = path.read_text()
        if where == "lead":
            text = text.replace("\n---\n\n", f"\nimage: {{src: foto/f{number}.png, alt: Foto {number}}}\n---\n\n", 1)
        else:
            text += f"\n![Foto {number}](foto/f{number}.png \"Keterangan {number}\")\n"
        site.write(path.relative_to(site.root).as_posix(), text)
    elif kind == "paint":
        site.write(f"articles/foto/f{edit[1]}.png", picture(edit[2]))
    elif kind == "unpaint":
        # An article still naming it cannot build (an error, in both builds alike); the next paint mends it.
        (site.root / f"articles/foto/f{edit[1]}.png").unlink(missing_ok=True)


# WARTA_PROPERTY_EXAMPLES=500 for a long run (a change to what builds carry over, issue 15).
@settings(max_examples=int(os.environ.get("WARTA_PROPERTY_EXAMPLES", "12")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(edits, min_size=1, max_size=6))
@example([("add", 1, "Ekonomi", 3), ("add", 2, "Ekonomi", 4), ("correct", 0, 5), ("correct", 0, 9),
          ("reply", 1, 1), ("retype", 0, "advertorial"), ("retract", 0), ("retract", 0)])
def test_incremental_output_always_equals_a_clean_build(tmp_path_factory, steps):
    tmp = tmp_path_factory.mktemp("prop")
    site = copy_basic(tmp)
    incremental, clean = tmp / "incremental", tmp / "clean"
    build_into(site.root, incremental)
    for step in steps:
        apply(site, step)
        one = _build_or_problems(site.root, incremental)
        shutil.rmtree(clean, ignore_errors=True)
        two = _build_or_problems(site.root, clean, "--clean")
        if isinstance(one, ContentError) or isinstance(two, ContentError):
            assert str(one) == str(two), f"after {step}"
            continue
        assert snapshot(incremental) == snapshot(clean), f"after {step}"
        assert warnings(one, incremental) == warnings(two, clean), f"after {step}"


def _build_or_problems(root: Path, output: Path, *extra: str):
    """The build's report, or the problems that stopped it (a picture removed while still named)."""
    try:
        return build_into(root, output, *extra)
    except ContentError as error:
        return error


def warnings(report, output: Path) -> list[str]:
    """The build's warnings with its output folder's name taken out."""
    return [p.format().replace(str(output), "OUT") for p in report.warnings]


def test_states_of_deleted_output_folders_are_forgotten(tmp_path: Path):
    """Builds into folders that are later deleted (temporary outputs, tests) leave no state behind."""
    site = copy_basic(tmp_path)
    cache = site.root / ".warta-cache"
    one, two = tmp_path / "one", tmp_path / "two"
    build_into(site.root, one)
    build_into(site.root, two)
    states = lambda: sorted(p.name for p in cache.iterdir() if p.name.startswith("state"))  # noqa: E731
    assert len(states()) == 4  # a head and a database per output
    shutil.rmtree(one)
    build_into(site.root, two, "--clean")
    assert len(states()) == 2
    assert build_into(site.root, two).unchanged_inputs  # the remaining state still serves


def test_the_same_site_and_output_named_another_way_is_up_to_date(tmp_path: Path, monkeypatch, capsys):
    """Issue 21: `--output _site` then `--output /the/site/_site` (or `--source .` then `--source
    /the/site`) re-rendered every page: the cache was keyed by the paths as spelled."""
    site = copy_basic(tmp_path)
    (tmp_path / "link").symlink_to(site.root)
    monkeypatch.chdir(site.root)
    assert main(["build", "--now", NOW, "--no-search", "--quiet"]) == 0
    for named in (["--source", str(site.root)],
                  ["--source", ".", "--output", str(site.root / "_site")],
                  ["--source", str(site.root), "--output", "_site"],
                  ["--source", "./", "--output", "./_site/"],
                  ["--source", f"../{site.root.name}", "--output", f"../{site.root.name}/_site"],
                  ["--source", str(tmp_path / "link"), "--output", str(tmp_path / "link" / "_site")]):
        capsys.readouterr()
        assert main(["build", *named, "--now", NOW, "--no-search"]) == 0
        assert capsys.readouterr().out.startswith("up to date: nothing changed since the last build"), named
    # Something changed: still only the pages showing it are rendered, whatever the spelling.
    path = site.root / "articles/harga-beras.md"
    site.write("articles/harga-beras.md", path.read_text().replace("kembali normal.", "kembali normal, kata mereka."))
    assert build_into(Path("."), Path("_site")).rendered == 1


def test_an_article_rewritten_within_one_timestamp_tick_is_read_again(tmp_path: Path):
    """An edit during a build that keeps the file's size and timestamp (timestamps tick coarsely) is
    picked up by the next build: a file changed less than RACY_NS before a build looked is never
    trusted by the next one. Deterministic: the file's timestamp is set to a moment that stays
    "just now" for the whole test (an hour ahead), not left to the machine's speed."""
    site = copy_basic(tmp_path)
    out = tmp_path / "out"
    path = site.root / "articles/harga-beras.md"
    tick = time.time_ns() + 3600 * 10**9
    os.utime(path, ns=(tick, tick))
    build_into(site.root, out)
    text = path.read_text(encoding="utf-8")
    edited = text.replace("kembali normal.", "kembali NORMAL.")
    assert edited != text and len(edited.encode()) == len(text.encode())
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(tick, tick))
    assert build_into(site.root, out).rendered >= 1
    assert "kembali NORMAL." in (out / "artikel/harga-beras/index.html").read_text(encoding="utf-8")


# -- a no-op build: answered from the head of the state, without the stages (issue 22) -----------------

HEAVY = ("warta.markdown", "markdown_it", "jinja2", "warta.render.pages", "warta.render.templates",
         "warta.linkcheck.check", "warta.model.site", "warta.content.loader", "warta.builder.steps",
         "warta.builder.carryover", "warta.config", "yaml", "PIL")
"""What a no-op build must not import: the stages and their libraries."""

PROBE = """\
import json, sys
from warta.cli import main
status = main(sys.argv[1:])
sys.stdout.flush()
sys.stderr.flush()
print("PROBE " + json.dumps({"status": status, "heavy": [name for name in %r if name in sys.modules]}))
""" % (HEAVY,)


def _probe_build(cwd: Path, *args: str) -> tuple[dict, list[str], str]:
    """`warta build *args` in a fresh Python run from `cwd`: (what it returned and which of HEAVY it
    imported, its other output lines, its stderr)."""
    import json
    import subprocess
    import sys

    import warta

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(warta.__file__).parents[1]),
                                                        os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-c", PROBE, "build", "--now", NOW, "--no-search", *args], cwd=cwd,
                            env=env, capture_output=True, text=True, check=False)
    lines = result.stdout.splitlines()
    assert lines and lines[-1].startswith("PROBE "), result.stderr
    return json.loads(lines[-1].removeprefix("PROBE ")), lines[:-1], result.stderr


def _site_with_warnings(tmp_path: Path) -> Site:
    """The basic site, plus an article with an unknown field and a link that leads nowhere (two
    warnings) and one that expires later (a scheduled change the summary names)."""
    site = copy_basic(tmp_path)
    site.write("articles/salah-ketik.md", "---\ntitle: Salah Ketik\ntittle: x\ndate: 2025-06-15T09:00:00+07:00\n---\n\n"
                                          "Isi [hilang](/artikel/tiada/).\n")
    site.write("articles/sementara.md", "---\ntitle: Sementara\ndate: 2025-06-16T09:00:00+07:00\n"
                                        "expires: 2027-01-01T00:00:00+07:00\n---\n\nIsi.\n")
    return site


def test_a_no_op_build_imports_none_of_the_stages_and_reports_what_the_last_build_did(tmp_path: Path):
    site = _site_with_warnings(tmp_path)
    first, first_out, first_err = _probe_build(site.root)
    assert first["status"] == 0
    assert set(first["heavy"]) == set(HEAVY), first  # (the probe sees what a build imports)
    assert "warning: tittle: is not a known field" in first_err and 'link to "/artikel/tiada/"' in first_err
    for source in ([], ["--source", str(site.root)]):  # run in the site folder, and from elsewhere by path
        again, again_out, again_err = _probe_build(site.root if not source else tmp_path, *source)
        assert again == {"status": 0, "heavy": []}, source
        # The same warnings, and the same summary but for its first line.
        assert again_err == first_err
        assert first_out[0].startswith("built 6 articles") and again_out[0].startswith("up to date: nothing changed")
        assert again_out[1:] == first_out[1:]
        assert any(line.startswith("left out: 1 draft, 1 scheduled, 1 expired") for line in again_out)
        assert "next scheduled article: articles/terbit-besok.md goes live at 2026-11-22T06:00:00+07:00; " \
               "rebuild then" in again_out
        assert "next expiry: articles/sementara.md comes down at 2027-01-01T00:00:00+07:00; rebuild then" in again_out
    # Something changed: the build does its work again.
    site.write("articles/sementara.md", (site.root / "articles/sementara.md").read_text().replace("Isi.", "Isi baru."))
    changed, changed_out, _ = _probe_build(site.root, "--quiet")
    assert changed["status"] == 0 and "warta.markdown" in changed["heavy"] and changed_out == []


def test_a_quiet_no_op_build_shows_the_warnings_as_a_quiet_build_does(tmp_path: Path):
    site = _site_with_warnings(tmp_path)
    for n in range(25):  # 25 more warnings than the two: more than --quiet prints in full
        site.write(f"articles/ketik-{n:02d}.md", f"---\ntitle: Ketik {n}\ntittle: x\ndate: 2025-06-15T09:00:00+07:00\n"
                                                 "---\n\nIsi.\n")
    first, first_out, first_err = _probe_build(site.root, "--quiet")
    again, again_out, again_err = _probe_build(site.root, "--quiet")
    assert (first["status"], again) == (0, {"status": 0, "heavy": []})
    assert first_out == again_out == [] and again_err == first_err
    assert first_err.splitlines()[-1] == ("7 more warnings not shown (27 in all; --quiet shows the first 20): build "
                                          "without --quiet to see every one")
