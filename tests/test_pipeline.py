"""The build as a recipe (builder/pipeline.py): the stages in order, and what each hands the next.

The first test runs `build()` and reads the order of its stages from the reporter; the second runs
the steps one by one on a small site, as `_build` does, and looks at each record passed on; the
third reads back what the build remembered and finds the types it stored."""

from __future__ import annotations

import os
import time
from pathlib import Path

from helpers import CONFIG, NOW, article, snapshot
from warta.builder import BuildOptions, RecordingReporter, build, carryover, laststamp, steps
from warta.builder.cache import site_cache_folder
from warta.builder.carryover import ArticleRecord, CarryOver, PageRecord, SiteShape
from warta.builder.fingerprints import ClockSpan
from warta.builder.write import StagedOutput
from warta.cli import resolve_now
from warta.builder.spill import Spill
from warta.linkcheck import BuiltPage
from warta.markdown import Article, BodyLink, Heading
from warta.model import build_site
from warta.model.related import RelatedIndex
from warta.render.pages import PagePlan, PageSpec

STAGES = ["load", "model", "plan", "render", "check", "cards", "photos", "search", "swap", "remember"]


def _site(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "articles" / "satu.md").write_text(article(
        "Satu", body="## Awal\n\nLihat [dua](/artikel/dua/) dan [hilang](/artikel/hilang/).\n", tags=["Meta"]),
        encoding="utf-8")
    (root / "articles" / "dua.md").write_text(article("Dua", date="2025-06-16T09:00:00+07:00", tags=["Meta"]),
                                              encoding="utf-8")
    return root


def _settle(root: Path) -> None:
    """Date every input a minute back: a file changed in the last two seconds is never trusted to be
    unchanged later (its timestamp may not tick), so the state would not let a build stop early."""
    for path in [root / "warta.yaml", *(root / "articles").iterdir()]:
        os.utime(path, (time.time() - 60, time.time() - 60))


def _options(root: Path, **changes) -> BuildOptions:
    return BuildOptions(**{"root": root, "output": root / "_site", "now": resolve_now(NOW), "jobs": 1, **changes})


def test_the_stages_run_in_the_order_of_the_recipe(tmp_path: Path):
    root = _site(tmp_path / "site")
    reporter = RecordingReporter()
    report = build(_options(root), reporter)
    assert reporter.stages == STAGES
    assert report.articles == 2 and report.rendered == report.pages
    # Without a search index there is no search stage; a build with nothing changed runs none at all.
    reporter = RecordingReporter()
    (root / "articles" / "dua.md").write_text(article("Dua Lagi", date="2025-06-16T09:00:00+07:00"), encoding="utf-8")
    build(_options(root, search=False), reporter)
    assert reporter.stages == [stage for stage in STAGES if stage != "search"]
    _settle(root)
    build(_options(root, search=False))
    reporter = RecordingReporter()
    assert build(_options(root, search=False), reporter).unchanged_inputs
    assert reporter.stages == []


def test_each_step_hands_the_next_a_record(tmp_path: Path):
    """load -> Loaded -> model -> Site -> plan -> Plan -> render -> Rendered -> check -> Checked."""
    root = _site(tmp_path / "site")
    options = _options(root, search=False)
    last = CarryOver()  # a first build: nothing to carry over
    spill = Spill(tmp_path)
    loaded = steps.load(options, last, jobs=1, spill=spill)
    assert [a.source.path for a in loaded.articles] == ["articles/dua.md", "articles/satu.md"]
    assert all(isinstance(a, Article) and a.digest and a.card_digest for a in loaded.articles)
    # (their bodies wait in the spill until a page shows them: issue 20's memory)
    assert all(type(a.body.packed) is not bytes and "<p>" in a.body.html for a in loaded.articles)
    assert set(loaded.files) == {"articles/dua.md", "articles/satu.md"} and loaded.problems == ()

    site = build_site(loaded.articles, loaded.config, loaded.now, options.drafts, options.future)
    assert [a.slug for a in site.articles] == ["dua", "satu"]

    plan = steps.plan(options, site, loaded, last, jobs=1, cache=None)
    # (every page planned: none held, each planned again and made into its spec where it is rendered;
    # issue 20's memory)
    pages = plan.pages_at(plan.page_prints)
    assert plan.pages is None and all(isinstance(page, PagePlan) and isinstance(page.make(), PageSpec) for page in pages)
    assert set(plan.page_prints) == {page.output for page in pages} <= set(plan.prints)
    assert "artikel/satu/index.html" in plan.page_prints and "sitemap.xml" in plan.prints
    assert set(plan.cards) <= set(plan.prints) and not plan.searchable

    with StagedOutput(root / "_site") as staged:
        rendered = steps.render(plan, last, staged, jobs=1, reporter=RecordingReporter(), spill=spill)
        assert set(rendered.pages) == set(plan.page_prints) and not rendered.kept
        assert all(isinstance(page, BuiltPage) for page in rendered.pages.values())
        # (their links wait in a file, read when asked for and never kept: issue 20's memory)
        assert all(page._packed is None and page._links is None for page in rendered.pages.values())
        checked = steps.check(plan, rendered, last, "_site", loaded.articles_key)
        assert [p.message for p in checked.found.problems] == [
            'link to "/artikel/hilang/" leads nowhere: the site has no /artikel/hilang/']
        assert set(checked.found.articles) == {"artikel/dua/index.html", "artikel/satu/index.html"}
        steps.write_cards(plan, rendered.kept, staged, site_cache_folder(root), jobs=1)
        staged.commit()
    assert (root / "_site" / "artikel" / "satu" / "index.html").is_file()
    remembered = steps.memory(laststamp.scan_inputs([root], ""), loaded, site, plan, checked, report=None)
    assert isinstance(remembered.clock, ClockSpan) and remembered.page_prints is plan.page_prints


def test_what_a_build_remembers_reads_back_as_the_types_it_stored(tmp_path: Path):
    root = _site(tmp_path / "site")
    build(_options(root, search=False))
    folder = site_cache_folder(root)
    state = carryover.read(folder, root / "_site", laststamp.read_head(folder, root / "_site")).for_output(root / "_site")
    assert state.last is not None and state.last.report.articles == 2 and not state.searched
    assert all(isinstance(record, ArticleRecord) for record in state.articles.values())
    record = state.articles["articles/satu.md"]
    assert type(record.article.body.headings[0]) is Heading
    assert all(type(link) is BodyLink for link in record.article.body.links)
    assert all(isinstance(page, PageRecord) and isinstance(page.page, BuiltPage) for page in state.pages.values())
    assert state.pages["artikel/satu/index.html"].article.problems[0].message.startswith('link to "/artikel/hilang/"')
    assert isinstance(state.shape, SiteShape) and "artikel/satu/index.html" in state.shape.files
    assert isinstance(state.related, RelatedIndex) and [slug for slug, _, _ in state.related.entries] == ["dua", "satu"]
    # The carried-over state answers the pipeline's questions: every output unchanged, as last time.
    assert state.unchanged_outputs(state.outputs) == list(state.outputs)
    before = snapshot(root / "_site")
    assert build(_options(root, search=False, now=resolve_now("2026-11-21T12:00:01+07:00"))).rendered == 0
    assert snapshot(root / "_site") == before


def test_a_build_watches_the_default_themes_files_wherever_they_are(tmp_path: Path):
    """Every folder of the default theme counts among a build's inputs: in a checkout its templates
    are the repository's `templates/`, outside the package's `theme/` (an edit there must not leave
    another site "up to date")."""
    from warta.builder.pipeline import _input_paths
    from warta.render.templates import THEME_ASSETS, THEME_TEMPLATES

    inputs = _input_paths(tmp_path)
    assert any(THEME_TEMPLATES.is_relative_to(path) for path in inputs)
    assert any(THEME_ASSETS.is_relative_to(path) for path in inputs)
