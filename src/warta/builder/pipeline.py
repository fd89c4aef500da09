"""build(options) -> BuildReport: one call per stage, in order, nothing else."""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from warta.builder.cache import FileCache, open_card_cache, site_cache_folder
from warta.builder.lock import BuildLock
from warta.builder.manifest import (BuildState, CachedArticle, Fingerprints, code_version, load_head, load_state,
                                  output_identity, save_state, scan_inputs)
from warta.builder.parallel import job_count, parallel_map, shared as worker_state
from warta.builder.report import NullReporter, Reporter
from warta.builder.outdir import OutputFolder, check_output_dir
from warta.builder.write import StagedOutput, put, refuse_duplicates
from warta.config import SiteConfig, load_config
from warta.content import load_articles
from warta.content.loader import load_article
from warta.content.files import folder_problems, read_tree
from warta.errors import ContentError, Problem, TemplateError
from warta.layout import CONFIG_NAME
from warta.linkcheck.site import shown_folder
from warta.linkcheck import SiteIndex, check_links, grew, index_shape, scan_page
from warta.markdown import Article, render_article
from warta.model import build_site
from warta.model.site import Schedule, Site
from warta.model.taxonomies import term_collisions
from warta.model.urls import ARTICLE_DIR, LOGO_FILE
from warta.outputs.cards import PNG_HEAD, PNG_TAIL, draw_card, draw_logo, logo_key
from warta.outputs.hosting import add_hosting_files
from warta.outputs.search import SEARCH_DIR, build_search_index
from warta.outputs.sitemap import NEWS_WINDOW
from warta.outputs.syndication import Document, card_specs, plan_syndication, render_document
from warta.render import collect_assets, make_environment, plan_pages
from warta.render.pages import OutputFile, failed_pages, prepare_views, render_page
from warta.render.templates import THEME_ASSETS, THEME_DIR, TemplateDependencies, template_dirs

log = logging.getLogger(__name__)

BODY_FIELDS = ("body", "toc", "headings", "outline", "note", "word_count")
"""The parts of an article view its card digest leaves out."""


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
    jobs: int | None = None
    """Worker processes for Markdown, pages and cards (None: one per CPU)."""
    clean: bool = False
    """Ignore the build cache: parse, render and compare everything (social cards stay cached)."""
    wait: bool = True
    """Another build of the same site is running: wait for it (else stop with BuildLockedError)."""
    force_output: bool = False
    """Replace the output folder even when it holds files Warta did not make (`outdir`)."""


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
    rendered: int = 0
    """Pages rendered this time (the others were carried over unchanged)."""
    unchanged_inputs: bool = False
    """Nothing had changed since the last build: the output was left as it was."""


def build(options: BuildOptions, reporter: Reporter | None = None) -> BuildReport:
    """Validate everything, render what changed, then swap the new output in; one build of a
    site at a time (the second waits for the first, or stops when `options.wait` is false)."""
    reporter = reporter or NullReporter()
    started = time.perf_counter()
    target = check_output_dir(options.output, options.root, options.force_output)
    # A build makes millions of objects that all live until it ends: the cyclic garbage collector,
    # walking them again and again, took about an eighth of a 10,000-article build (and, in forked
    # workers, copied the memory pages they share with the parent). It runs again afterwards.
    collecting = gc.isenabled()
    gc.disable()
    stops = _HeldStops()
    try:
        # (The output's real folder: two sites whose `www` links lead to one docroot share its lock.)
        with BuildLock(options.root, target.path) as lock:
            lock.acquire(options.wait, reporter.notice)
            return _build(options, target, reporter, started, stops)
    finally:
        stops.release()
        if collecting:
            gc.enable()


def _build(options: BuildOptions, target: OutputFolder, reporter: Reporter, started: float,
           stops: _HeldStops) -> BuildReport:
    root = options.root
    cache_folder = site_cache_folder(root)  # None: `.warta-cache` is not a folder, build without it

    # 0. Nothing changed since the last build (inputs, options, clock span): leave the output alone.
    inputs, racy = scan_inputs(_input_paths(root), _options_key(options))
    head = BuildState() if options.clean else load_head(cache_folder, options.output)
    unchanged = _unchanged(head, inputs, options)
    if unchanged is not None:
        for problem in unchanged.warnings:
            reporter.problem(problem)
        return replace(unchanged, seconds=time.perf_counter() - started, changed=0, rendered=0, unchanged_inputs=True)
    state = BuildState() if options.clean else load_state(cache_folder, options.output, head)
    if state.output != output_identity(options.output):
        # The output folder is not the one this state describes (a build killed between the swap
        # and saving its state, a folder edited or replaced by hand): trust none of its files.
        state = replace(state, outputs={}, links={}, summary={}, site=(frozenset(), {}))

    # 1-2. Load and validate the config and every article, and render each article's Markdown once,
    #    in parallel (unchanged files are not read again: they keep last time's article). Every file
    #    is read and rendered in one go, so the build never holds the Markdown of the whole archive;
    #    also when other articles have problems, so that the build reports everything wrong at once.
    jobs = job_count(options.jobs)
    with _stage("load", reporter):
        config, config_warnings = load_config(root, options.base_url)
        # (A digest: the config's text can be megabytes, a large `extra` or YAML aliases, issue 21.)
        articles_key = hashlib.sha256(repr((config, code_version())).encode()).hexdigest()
        reuse = state.articles_key == articles_key
        known = {rel: (c.stat, c.source, c.problems) for rel, c in state.articles.items()} if reuse else {}
        previous = {c.source: c.article for c in state.articles.values() if c.article is not None} if reuse else {}
        fresh: dict[str, Article] = {}

        def read(files: list, config: SiteConfig) -> list:
            results = []
            with parallel_map(_load_and_render, len(files), jobs, {"files": files, "config": config}) as rendered:
                for source, found, article in rendered:
                    if article is not None:
                        fresh[article.source.path] = article
                    results.append((source, found))
            return results

        loaded = load_articles(root, config, known, read)
        articles = tuple(fresh.get(source.path) or previous[source] for source in loaded.articles)
        outside = folder_problems(root)  # templates/, assets/, static/: links that leave the site, bad names
        problems = (*config_warnings, *outside, *loaded.problems, *_markdown_problems(articles),
                    *term_collisions(loaded.articles))
        if any(not p.warning for p in problems) or (options.strict and problems):
            raise ContentError(problems)
        for problem in problems:
            reporter.problem(problem)

    # 3. Build the site model: what is published now, sorted, grouped and linked.
    with _stage("model", reporter):
        now = options.now if options.now.tzinfo else options.now.replace(tzinfo=config.zone)
        site = build_site(articles, config, now, options.drafts, options.future)

    # 4. Plan every page and fingerprint what it is made from.
    with _stage("plan", reporter):
        assets = collect_assets(read_assets(root))
        env = make_environment(template_dirs(root), config, assets)
        # No published article, nothing to search: no index, no search page, no search box.
        searchable = options.search and bool(site.articles)
        shared = prepare_views(site, config, search=searchable)
        specs = plan_pages(site, config, shared)
        # An article view stands for its article (config and Warta's code are in `base`). Listings
        # show articles without their body: unless a template asks for the body, table of contents,
        # note or word count, a change there does not re-render them.
        full, light = Fingerprints(), Fingerprints()
        for article in site.articles:
            full.remember(shared.articles[article.slug], article.digest)
            light.remember(shared.articles[article.slug], article.card_digest)
        base = full.of(repr(config), code_version(), tuple(a.path for a in assets.assets), shared.site,
                       shared.feeds, shared.search_path)
        templates = TemplateDependencies(env, template_dirs(root))
        loops = templates.loops({spec.template for spec in specs})
        if loops:
            raise ContentError(loops)
        # Per template: whether it shows other articles in full, whether it shows its own, its sources.
        uses = {name: (templates.reads(name, BODY_FIELDS, except_of="article"), templates.reads(name, BODY_FIELDS),
                       templates.fingerprint(name)) for name in sorted({spec.template for spec in specs})}
        work = {"specs": specs, "uses": uses, "full": full, "light": light, "base": base}
        with parallel_map(_page_print, len(specs), jobs, work, batch=512) as computed:
            page_prints = {spec.output: print_ for spec, print_ in zip(specs, computed)}

    # 5. Feeds, sitemaps and robots.txt, social cards (each fingerprinted like a page: a card by its
    #    drawing's key); the theme's assets, static files and the files hosts read.
    with _stage("outputs", reporter):
        documents = plan_syndication(site, config, shared, specs, now)
        cards = {path: (spec.key(), spec) for path, spec in card_specs(site, config, shared).items()}
        prints = _merged(page_prints, {document.path: full.of(base, document) for document in documents},
                         {path: f"card:{key}" for path, (key, _) in cards.items()})
        files = tuple(OutputFile(a.path, a.data) for a in assets.assets) + read_static(root)
        page_paths = tuple(prints) + (LOGO_FILE,)
        files = add_hosting_files(site, config, files, page_paths)

    # 6. Write the new output beside the old one: changed pages and documents rendered (in parallel),
    #    the others carried over; links checked, social cards drawn, search indexed; then swap it in.
    with _stage("write", reporter), StagedOutput(target) as staged:
        changed = staged.write(files)
        same = [path for path, print_ in prints.items() if state.outputs.get(path) == print_]
        kept = set(same) - staged.keep(same)
        redo = [spec for spec in specs if spec.output not in kept]
        todo = redo + [document for document in documents if document.path not in kept]
        staged.claim([*(spec.output for spec in redo), *(document.path for document in todo[len(redo):])])
        reporter.progress("Menyusun halaman", len(todo))
        pages = {}
        failed: dict[Problem, list[str]] = {}  # a template's error -> the pages it stopped
        work = {"env": env, "shared": shared, "config": config, "todo": todo, "staging": staged.folder,
                "old": staged.output}
        with _stage("render", reporter), parallel_map(_render_output, len(todo), jobs, work) as results:
            for item, (found, differs, problem) in zip(todo, results):
                if problem is not None:
                    failed.setdefault(problem, []).append(item.output)
                elif found is not None:
                    pages[item.output] = found
                changed += differs
                reporter.advance()
        if failed:
            raise ContentError(failed_pages(failed))
        unchanged = [path for path, print_ in page_prints.items()
                     if path not in pages and path in state.links and state.links[path][0] == print_]
        links = {path: state.links[path][1] for path in unchanged}
        links.update(pages)
        for file in files:
            if file.path.endswith(".html"):
                links[file.path] = scan_page(file.data.decode("utf-8", errors="replace"))
        # Links that lead nowhere are warnings; under --strict they stop the build, nothing written.
        with _stage("check", reporter):
            index = SiteIndex(frozenset(page_paths) | {f.path for f in files}, links)
            check = _check_links(state, site, config, index, unchanged, shown_folder(options.output, root))
            broken = check.broken
        if options.strict and broken:
            raise ContentError(broken)
        for problem in broken:
            reporter.problem(problem)
        with _stage("cards", reporter), open_card_cache(cache_folder, PNG_HEAD, PNG_TAIL) as card_cache:
            card_cache.keep(key for path, (key, _) in cards.items() if path in kept)
            changed += _write_cards(staged, card_cache, {path: card for path, card in cards.items() if path not in kept},
                                    config, jobs)
        if searchable:
            with _stage("search", reporter):
                changed += _write_search(staged, state, redo, config)
        stops.hold()  # from the swap to the saved state that describes it, the build is not stopped
        staged.commit()

    report = BuildReport(output=options.output, articles=len(site.articles), pages=len(specs),
                         files=staged.count, changed=changed, seconds=time.perf_counter() - started,
                         schedule=site.schedule, warnings=problems + broken, rendered=len(redo))
    valid_from, valid_until = _clock_span(articles, now)
    save_state(cache_folder, options.output, BuildState(
        inputs="" if racy else inputs, valid_from=valid_from, valid_until=valid_until,
        output=output_identity(options.output), articles_key=articles_key,
        articles=_cached_articles(loaded.files, articles), outputs=prints,
        links={path: (page_prints[path], links[path], check.found[path], check.found_articles.get(path))
               for path in page_prints if path in links},
        summary={"report": report, "timezone": config.timezone, "search": searchable, "shape": check.shape},
        site=(index.files, {path: page.ids for path, page in index.pages.items() if path not in page_prints})), state)
    return report


@dataclass(frozen=True, slots=True)
class _LinkCheck:
    broken: tuple[Problem, ...]
    shape: str
    """The site's files and anchors (`index_shape`)."""
    found: dict
    """Page -> its broken links, for the next build."""
    found_articles: dict
    """Article page -> (article digest, what its Markdown's links gave), for the next build."""


def _check_links(state: BuildState, site: Site, config: SiteConfig, index: SiteIndex, unchanged: list[str],
                 shown: str) -> _LinkCheck:
    """Every link that leads nowhere. While the site's files and anchors stay as they were, unchanged
    pages and articles keep last time's findings; a site that only gained files and anchors (an
    article added) breaks no link that worked, so only the broken ones are resolved again."""
    shape = index_shape(index)
    same = state.summary.get("shape") == shape
    grown = not same and grew(state.site[0], {**{path: record[1].ids for path, record in state.links.items()},
                                               **state.site[1]}, index)
    earlier = state.links if same or grown else {}
    known = {path: earlier[path][2] for path in unchanged if path in earlier}
    known_articles = {path: record[3] for path, record in earlier.items() if record[3] is not None}
    found: dict = {}
    found_articles: dict = {}
    broken = check_links(site.articles, index, config, shown, known, found, grown, known_articles, found_articles)
    return _LinkCheck(broken, shape, found, found_articles)


def _merged(*prints: dict[str, str]) -> dict[str, str]:
    """One fingerprint per output file, from the pages, documents and cards."""
    merged = {path: print_ for part in prints for path, print_ in part.items()}
    if len(merged) != sum(map(len, prints)):
        refuse_duplicates([path for part in prints for path in part])
    return merged


def _markdown_problems(articles: tuple) -> list[Problem]:
    """What rendering found wrong: lists and quotes nested so deep that text would be lost; a body
    whose HTML would be far larger than its Markdown (issue 21)."""
    return [Problem(a.source.path, a.source.body_line + a.body.too_deep - 1, "body",
                    "lists or quotes are nested too deep here (20 levels at most, a list counting two); what is inside would be lost",
                    "flatten them: use fewer levels of `>` and indented list items")
            for a in articles if a.body.too_deep is not None] + \
        [Problem(a.source.path, a.source.body_line + a.body.too_large.line - 1, "body", a.body.too_large.message,
                 a.body.too_large.hint) for a in articles if a.body.too_large is not None]


def _load_and_render(index: int):
    """Read, validate and render one article file: (its article without the Markdown, problems, article)."""
    state = worker_state()
    file, rel = state["files"][index]
    source, problems = load_article(file, rel, state["config"])
    if source is None:
        return None, problems, None
    article = render_article(source, state["config"])
    return article.source, problems, article


def _page_print(index: int) -> str:
    """The fingerprint of everything one page is made from."""
    state = worker_state()
    spec = state["specs"][index]
    others_in_full, own_in_full, template = state["uses"][spec.template]
    full = state["full"]
    own = spec.context.get("article")  # an article page's own article
    return (full if others_in_full else state["light"]).of(state["base"], template, spec,
                                                          full.of(own) if own is not None and own_in_full else None)


def _render_output(index: int):
    """Render one page or document into the staging folder; return what the link check needs of a
    page (None for a document), whether the file changed, and why its template failed (a Problem
    crosses from a worker process as well as anything; issue 21)."""
    state = worker_state()
    item = state["todo"][index]
    if isinstance(item, Document):
        file = render_document(item, state["config"])
        return None, put(state["staging"], state["old"], file.path, file.data), None
    try:
        page = render_page(item, state["env"], state["shared"])
    except TemplateError as exc:
        return None, False, exc.problem()
    differs = put(state["staging"], state["old"], page.path, page.data)
    return scan_page(page.data.decode("utf-8")), differs, None


def _draw_card(index: int):
    state = worker_state()
    key, spec = state["cards"][index]
    state["cache"].store(key, draw_card(spec))


def _write_cards(staged: StagedOutput, cache: FileCache, keyed: dict, config: SiteConfig, jobs: int) -> int:
    """Link each social card (path -> (key, spec)) and the logo from the card cache, drawing the
    missing ones in parallel."""
    missing = sorted({key: spec for key, spec in keyed.values() if not cache.has(key)}.items())
    with parallel_map(_draw_card, len(missing), jobs, {"cards": missing, "cache": cache}) as drawn:
        for _ in drawn:
            pass
    logo = cache.get(f"logo-{logo_key(config.title)}", lambda: draw_logo(config.title))
    # (each card checked or drawn just above)
    changed = staged.link([(path, cache.entry(key)) for path, (key, _) in sorted(keyed.items())] + [(LOGO_FILE, logo)])
    cache.prune()
    return changed


def _write_search(staged: StagedOutput, state: BuildState, redo: list, config: SiteConfig) -> int:
    """Run Pagefind over the staged article pages, or carry the old index over when none changed."""
    if not any(spec.output.startswith(f"{ARTICLE_DIR}/") for spec in redo) and state.summary.get("search"):
        old = staged.output / SEARCH_DIR
        names = sorted(p.relative_to(staged.output).as_posix() for p in old.rglob("*") if p.is_file()) \
            if old.is_dir() else []
        if names and not staged.keep(names):
            return 0
    staged.prune()  # a reused generation may hold pages of deleted articles: Pagefind must not see them
    return staged.write(build_search_index(staged.folder, config.language))


def _cached_articles(files: dict, articles: tuple) -> dict:
    """What to remember of each article file: its articles are kept without their Markdown source,
    and that stripped source is what the next build's loader hands back for an unchanged file."""
    rendered = {a.source.path: a for a in articles}
    cached = {}
    for rel, (stat, source, problems) in files.items():
        article = rendered.get(rel)
        cached[rel] = CachedArticle(stat, article.source if article else source, problems, article)
    return cached


def _clock_span(articles: tuple, now: datetime) -> tuple[datetime | None, datetime | None]:
    """The span around `now` in which no article goes live, expires or leaves the news sitemap."""
    moments = []
    for article in articles:
        meta = article.source
        moments.append(meta.date)
        # Validation keeps dates within FIRST_YEAR..LAST_YEAR; should one slip through, a date near
        # year 9999 must not overflow here, after the new site is already published (issue 21).
        if meta.date.replace(tzinfo=None) < datetime.max - NEWS_WINDOW:
            moments.append(meta.date + NEWS_WINDOW)
        if meta.expires is not None:
            moments.append(meta.expires)
    before = [m for m in moments if m <= now]
    after = [m for m in moments if m > now]
    return (max(before) if before else None), (min(after) if after else None)


def _unchanged(state: BuildState, inputs: str, options: BuildOptions) -> BuildReport | None:
    """The last build's report when it still stands: same inputs and options, the output folder as
    that build left it, and the clock within the span where nothing changes."""
    if not state.inputs or state.inputs != inputs or state.output != output_identity(options.output):
        return None
    report = state.summary.get("report")
    if report is None:
        return None
    now = options.now
    if now.tzinfo is None:
        now = now.replace(tzinfo=ZoneInfo(state.summary["timezone"]))
    if state.valid_from is not None and now < state.valid_from:
        return None
    if state.valid_until is not None and now >= state.valid_until:
        return None
    return report


def _input_paths(root: Path) -> list[Path]:
    """Every file a build reads: the site's own and the installed theme (by their resolved paths:
    `--source .` and `--source /the/site` are one site, issue 21)."""
    root = Path(os.path.realpath(root))
    return [root / CONFIG_NAME, root / "articles", root / "templates", root / "assets", root / "static", THEME_DIR]


def _options_key(options: BuildOptions) -> str:
    """What of the options changes the output (not the clock, not --jobs)."""
    return repr((code_version(), os.path.realpath(options.output), options.base_url, options.drafts, options.future,
                 options.strict, options.search))


class _HeldStops:
    """From the swap to the saved state that describes the new site, Ctrl+C and SIGTERM are
    dropped: stopping there would leave the new site live with the build state of the one before,
    and say the output was left as it was. (Python runs signal handlers in the main thread,
    whichever thread the signal reached: a handler holds the signal where a blocked signal mask
    would not.)"""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self._handlers: dict = {}

    def hold(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # (only the main thread may set handlers; signals reach only it)
        for number in self.SIGNALS:
            self._handlers[number] = signal.signal(number, self._drop)

    @staticmethod
    def _drop(number: int, frame) -> None:
        """A stop after the swap: the build is as good as finished."""

    def release(self) -> None:
        for number, handler in self._handlers.items():
            signal.signal(number, handler)
        self._handlers = {}


@contextmanager
def _stage(name: str, reporter: Reporter):
    started = time.perf_counter()
    yield
    seconds = time.perf_counter() - started
    log.info("%s: %.3f s", name, seconds)
    reporter.stage(name, seconds)


def read_assets(root: Path) -> dict[str, bytes]:
    """Theme assets, overridden by same-named files in the site's `assets/`."""
    return {**read_tree(THEME_ASSETS.parent, THEME_ASSETS.name), **read_tree(root, "assets")}


def read_static(root: Path) -> tuple[OutputFile, ...]:
    """The site's `static/` folder, copied to the output root as it is."""
    return tuple(OutputFile(name, data) for name, data in sorted(read_tree(root, "static").items()))
