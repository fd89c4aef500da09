"""build(options) -> BuildReport: one call per stage, in order, nothing else."""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from functools import partial
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from warta.build.cache import CACHE_DIR, FileCache
from warta.build.check import shown_folder
from warta.build.report import NullReporter, Reporter
from warta.build.write import StagedOutput, check_output_dir
from warta.config import SiteConfig, load_config
from warta.content import load_articles
from warta.errors import ContentError, Problem
from warta.links import check_links, index_site
from warta.markdown import render_article
from warta.model import build_site
from warta.model.site import Schedule, Site
from warta.model.urls import LOGO_FILE
from warta.outputs.cards import draw_card, draw_logo, logo_key
from warta.outputs.hosting import add_hosting_files
from warta.outputs.search import build_search_index
from warta.outputs.syndication import card_specs, render_syndication
from warta.render import collect_assets, make_environment, plan_pages, render_pages
from warta.render.pages import OutputFile, prepare_views
from warta.render.templates import THEME_ASSETS, template_dirs

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What the editor asked for."""

    root: Path
    """Site root: holds `warta.yaml`, `articles/`, optional `templates/`, `assets/`, `static/`."""
    output: Path
    """Output folder, replaced whole on success."""
    now: datetime
    """The build's clock: decides future and expired articles (naive = the site's time zone)."""
    base_url: str | None = None
    """Overrides the config's base_url."""
    drafts: bool = False
    """Include drafts."""
    future: bool = False
    """Include articles dated after `now`."""
    strict: bool = False
    """Treat warnings as errors."""
    search: bool = True
    """Build the Pagefind search index, the search page and the search box."""


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a finished build did."""

    output: Path
    articles: int
    pages: int
    files: int
    changed: int
    """Files whose bytes differ from the previous output."""
    seconds: float
    schedule: Schedule
    warnings: tuple[Problem, ...]


def build(options: BuildOptions, reporter: Reporter | None = None) -> BuildReport:
    """Validate everything, render everything, then swap the new output in."""
    reporter = reporter or NullReporter()
    started = time.perf_counter()
    root = options.root
    check_output_dir(options.output, root)

    # 1. Load and validate the config and every article; stop before writing on any error.
    with _stage("load", reporter):
        config, config_warnings = load_config(root, options.base_url)
        loaded = load_articles(root, config)
        problems = config_warnings + loaded.problems
        if not loaded.ok or (options.strict and problems):
            raise ContentError(problems)
        for problem in problems:
            reporter.problem(problem)

    # 2. Render each article's Markdown once.
    with _stage("markdown", reporter):
        articles = tuple(render_article(a, config) for a in loaded.articles)

    # 3. Build the site model: what is published now, sorted, grouped and linked.
    with _stage("model", reporter):
        now = options.now if options.now.tzinfo else options.now.replace(tzinfo=config.zone)
        site = build_site(articles, config, now, options.drafts, options.future)

    # 4. Render every page through the templates.
    with _stage("render", reporter):
        assets = collect_assets(read_assets(root))
        env = make_environment(template_dirs(root), config, assets)
        # No published article, nothing to search: no index, no search page, no search box.
        searchable = options.search and bool(site.articles)
        shared = prepare_views(site, config, search=searchable)
        specs = plan_pages(site, config, shared)
        reporter.progress("Menyusun halaman", len(specs))
        pages = render_pages(specs, env, shared, reporter.advance)

    # 5. Feeds, sitemaps, robots.txt, social cards and the publisher logo.
    with _stage("outputs", reporter):
        syndication = render_syndication(site, config, shared, specs, now)
        cache = FileCache(root / CACHE_DIR / "cards")
        images = tuple(OutputFile(path, cache.get(spec.key(), partial(draw_card, spec)))
                       for path, spec in sorted(card_specs(site, config, shared).items()))
        logo = OutputFile(LOGO_FILE, cache.get(f"logo-{logo_key(config.title)}", partial(draw_logo, config.title)))

    # 6. Write the output folder atomically; index its article pages for search before the swap.
    with _stage("write", reporter):
        files = (pages + syndication + images + (logo,) + tuple(OutputFile(a.path, a.data) for a in assets.assets)
                 + read_static(root))
        # Files for static hosts (outputs/hosting.py): .nojekyll, CNAME, _headers, _redirects and a
        # redirect page per alias; made from all the others, since an alias may land on none of them.
        files = add_hosting_files(site, config, files)
        # Check links before writing (issue 7): a link in an article's Markdown or an internal href/src of
        # a page that leads nowhere is a warning; under --strict it stops the build with nothing written.
        problems += _check_links(site, files, config, options, reporter)
        with StagedOutput(options.output) as staged:
            changed = staged.write(files)
            if searchable:
                # Pagefind reads the new article pages where they are staged (Indonesian stemming).
                with _stage("search", reporter):
                    changed += staged.write(build_search_index(staged.folder, config.language))
            staged.commit()
        cache.prune()

    return BuildReport(output=options.output, articles=len(site.articles), pages=len(pages), files=len(files),
                       changed=changed, seconds=time.perf_counter() - started, schedule=site.schedule,
                       warnings=problems)


def _check_links(site: Site, files: tuple[OutputFile, ...], config: SiteConfig, options: BuildOptions,
                 reporter: Reporter) -> tuple[Problem, ...]:
    """Report the links that lead nowhere (warnings); raise them as errors under --strict."""
    with _stage("check", reporter):
        index = index_site((file.path, file.data) for file in files)
        broken = check_links(site.articles, index, config, shown_folder(options.output, options.root))
    if options.strict and broken:
        raise ContentError(broken)
    for problem in broken:
        reporter.problem(problem)
    return broken


@contextmanager
def _stage(name: str, reporter: Reporter):
    started = time.perf_counter()
    yield
    seconds = time.perf_counter() - started
    log.info("%s: %.3f s", name, seconds)
    reporter.stage(name, seconds)


def read_assets(root: Path) -> dict[str, bytes]:
    """Theme assets, overridden by same-named files in the site's `assets/`."""
    files: dict[str, bytes] = {}
    for folder in (THEME_ASSETS, root / "assets"):
        files.update(_read_tree(folder))
    return files


def read_static(root: Path) -> tuple[OutputFile, ...]:
    """The site's `static/` folder, copied to the output root as it is."""
    return tuple(OutputFile(name, data) for name, data in sorted(_read_tree(root / "static").items()))


def _read_tree(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.startswith(".")}
