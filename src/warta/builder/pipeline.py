"""build(options) -> BuildReport: the stages in order, one call each, each timed by the reporter.

    articles/*.md --load--> SourceArticle --markdown--> Article --model--> Site --plan--> PageSpec,
    Document, CardSpec (fingerprinted) --render--> staged files --check--> warnings --cards,
    search--> staged files --swap--> _site/ --remember--> .warta-cache/

Whether anything changed at all is asked of `laststamp.py` alone, before any stage is imported;
what a build carries over from the last one, of `carryover.py`; what an output's
fingerprint covers is declared in `fingerprints.py`; `steps.py` holds what each stage does.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from warta.builder.cache import site_cache_folder
from warta.builder.laststamp import Head, InputStamp, code_version, read_head, scan_inputs, unchanged_run
from warta.builder.lock import BuildLock
from warta.builder.options import BuildOptions
from warta.builder.outdir import OutputFolder, check_output_dir
from warta.builder.report import BuildReport, NullReporter, Reporter, ScheduleSummary
from warta.errors import CacheLost
from warta.layout import INPUTS, THEME_INPUTS

if TYPE_CHECKING:  # (the stages are imported only when a build runs them: see `_rebuild`)
    from warta.builder.carryover import CarryOver
    from warta.builder.spill import Spill
    from warta.builder.steps import Checked, Loaded, Plan, Rendered
    from warta.builder.write import StagedOutput

__all__ = ["BuildOptions", "BuildReport", "build"]

log = logging.getLogger(__name__)


def build(options: BuildOptions, reporter: Reporter | None = None, keep: list | None = None) -> BuildReport:
    """Validate everything, render what changed, then swap the new output in; one build of a
    site at a time (the second waits for the first, or stops when `options.wait` is false).

    `keep`: a list the build appends what it made to (the state read, the site model, the plan...)
    instead of freeing it as it returns, for a process that exits right after without freeing
    anything (`cli.run`): freeing the objects of a 100,000-article build one by one took 2 s of
    a rebuild after one edit."""
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
            return _build(options, target, reporter, started, stops, keep)
    finally:
        stops.release()
        if collecting:
            if keep is not None:
                # Kept until the process exits (`cli.run`): a collection, the first after millions of
                # objects were made, would walk them all for nothing (0.28 s of an edit at 10,000
                # articles, when no worker was forked: forking freezes what exists by then).
                gc.freeze()
            gc.enable()


def _build(options: BuildOptions, target: OutputFolder, reporter: Reporter, started: float,
           stops: _HeldStops, keep: list | None) -> BuildReport:
    cache = site_cache_folder(options.root)  # None: `.warta-cache` is not a folder, build without it
    # 0. Nothing changed since the last build (inputs, options, clock span): leave the output alone.
    inputs = scan_inputs(_input_paths(options.root), _options_key(options))
    head = None if options.clean else read_head(cache, options.output)
    unchanged = unchanged_run(head, inputs, options.now, options.output)
    if unchanged is not None:
        return _unchanged(unchanged, reporter, started)
    try:
        return _rebuild(options, target, reporter, started, stops, cache, head, inputs, keep)
    except CacheLost as exc:  # (a row of the state lost since it was read: nothing was swapped in yet)
        log.warning("%s; building everything", exc)
        return _rebuild(options, target, reporter, started, stops, cache, None, inputs, keep)


def _rebuild(options: BuildOptions, target: OutputFolder, reporter: Reporter, started: float, stops: _HeldStops,
             cache: Path | None, head: Head | None, inputs: InputStamp, keep: list | None) -> BuildReport:
    """Steps 1-9: every stage, carrying over from the last build (its state's `head`) what did not change."""
    from warta.builder.parallel import job_count
    from warta.builder.spill import Spill
    from warta.builder.write import StagedOutput

    jobs = job_count(options.jobs)
    # (What the build makes and holds until it ends, the bodies it renders and the links of its pages,
    # waits in a file beside the output instead of in memory: issue 20.)
    with Spill(target.path.parent) as spill:
        # (The output folder this build stages into is looked over in the background while the stages
        # are imported and the state is read: system calls against Python work. Nothing is written
        # into it before render.)
        with StagedOutput(target) as staged:
            # The stages, imported only now: a no-op build never loads Markdown, Jinja2, the model or the
            # link check (issue 22: importing them took more than half of a no-op's 0.46 s), and a full
            # build waited for the look-over after importing them (0.3 s of 10,000 articles, 2 jobs).
            from warta.builder import carryover, steps
            from warta.model import build_site

            last = carryover.read(cache, options.output, head, staged.folder).for_output(options.output)
            staged.settle()  # (before any worker is forked)
            # 1-2. Load the config, every article file and every page of pages/, each read, validated and
            #    rendered to HTML in one step (never the whole archive's Markdown in memory; unchanged
            #    article files are not read again).
            with _stage("load", reporter):
                loaded = steps.load(options, last, jobs, spill)
            steps.report_problems(loaded.problems, options.strict, reporter)
            # 3. The site model: what is published now, sorted, grouped and linked.
            with _stage("model", reporter):
                site = build_site(loaded.articles, loaded.config, loaded.now, options.drafts, options.future,
                                  loaded.pages, last.related)
            # 4. Plan every page, feed, sitemap and social card, and fingerprint what each is made from.
            with _stage("plan", reporter):
                plan = steps.plan(options, site, loaded, last, jobs, cache)
            rendered, check, changed, encoded = _publish(options, loaded, plan, last, staged, jobs, reporter, stops,
                                                         cache, spill)
        report = BuildReport(output=options.output, articles=len(site.articles), pages=len(plan.page_prints),
                             files=staged.count, changed=rendered.changed + changed,
                             seconds=time.perf_counter() - started, schedule=ScheduleSummary.of(site.schedule),
                             warnings=loaded.problems + check.found.problems, rendered=rendered.redone,
                             encoded=encoded)
        # 9. Remember what the next build needs to carry this one over.
        with _stage("remember", reporter):
            carryover.remember(cache, options.output, steps.memory(inputs, loaded, site, plan, check, report),
                               last)
            steps.keep_compiled(plan)
        if keep is not None:
            keep.append((last, loaded, site, plan, rendered, check))
    return report


def _publish(options: BuildOptions, loaded: Loaded, plan: Plan, last: CarryOver, staged: StagedOutput, jobs: int,
             reporter: Reporter, stops: _HeldStops, cache: Path | None,
             spill: Spill) -> tuple[Rendered, Checked, int, int]:
    """Steps 5-8: render what changed into `staged`, check every link, add the cards, photos and search
    index, and swap the new output in; returns what was rendered and checked, and how many files of
    the cards, photos and search index changed and how many photos were encoded."""
    from warta.builder import cluster, steps
    from warta.linkcheck.site import shown_folder

    # (On the Dask cluster of `--scheduler` or the config's `cluster:`, if named: it must answer, and its
    # workers run this code, before anything is written.)
    with cluster.connect(options.scheduler or loaded.config.cluster.scheduler, loaded.config.cluster.timeout) \
            as remote:
        # 5. Render the pages, feeds and sitemaps whose fingerprint changed; carry the others over.
        with _stage("render", reporter):
            rendered = steps.render(plan, last, staged, jobs, reporter, spill, remote)
        # 6. Every link of the new site that leads nowhere (warnings; --strict stops here).
        with _stage("check", reporter):
            check = steps.check(plan, rendered, last, shown_folder(options.output, options.root),
                                loaded.articles_key, jobs)
        steps.report_problems(check.found.problems, options.strict, reporter)
        # 7. Social cards and photos, made or taken from the cache; the search index, made or carried over.
        with _stage("cards", reporter):
            changed = steps.write_cards(plan, rendered.kept, staged, cache, jobs, remote)
        with _stage("photos", reporter):
            photos_changed, encoded = steps.write_photos(plan, options.root, rendered.kept, staged, cache, jobs,
                                                         reporter, remote)
            changed += photos_changed
        if plan.searchable:
            with _stage("search", reporter):
                changed += steps.write_search(staged, last, rendered.indexed, plan)
        # 8. Swap the new output in; from here to the saved state, the build is not stopped.
        with _stage("swap", reporter):
            stops.hold()
            staged.commit()
    return rendered, check, changed, encoded


def _unchanged(report: BuildReport, reporter: Reporter, started: float) -> BuildReport:
    """The last build's report, again: nothing it was made from has changed."""
    for problem in report.warnings:
        reporter.problem(problem)
    return replace(report, seconds=time.perf_counter() - started, changed=0, rendered=0, encoded=0, unchanged_inputs=True)


def _input_paths(root: Path) -> list[Path]:
    """Every file a build reads: the site's own and the installed theme (by their resolved paths:
    `--source .` and `--source /the/site` are one site, issue 21)."""
    root = Path(os.path.realpath(root))
    return [root / name for name in INPUTS] + list(THEME_INPUTS)


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
