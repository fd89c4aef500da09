"""What one build hands the next: the only reader and writer of the build state in `.warta-cache/`.

After each successful build Warta remembers (`remember`)
- a stamp of every input file's metadata, the options and the span of clock time in which nothing
  changes (`LastRun`), so that an unchanged site is recognised from file metadata alone;
- each article file as parsed and rendered (`ArticleRecord`), keyed by its size and mtime, so
  unchanged articles are neither parsed nor rendered again;
- the fingerprint of every output file's inputs, so a rebuild renders only what changed and
  hard-links the rest from the previous output;
- what the link check found in every page and article (`PageRecord`), and the site's files and
  anchors as it saw them (`SiteShape`), so that a rebuild resolves only the links that may have
  changed.

The pipeline asks a `CarryOver` questions: `unchanged_run` (may the build stop here?),
`known_files` and `rendered` (which articles can be reused), `unchanged_outputs`, `earlier_check`
(what the link check already knows), `searched`.

The state is a small head file and shards: the articles and the pages are spread over `SHARDS`
files each by a hash of their path. A rebuild compares each shard's new content with the one it
read and writes only those that differ, under new names, then the head that names the shards to
read (`statefiles.py` seals every file with this user's key). A missing, damaged or foreign state is
ignored and the build starts from scratch (and writes a good one).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import stat as stat_module
import time
import zlib
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from warta.builder.cache import state_key
from warta.builder.fingerprints import ClockSpan, code_version
from warta.builder.report import BuildReport
from warta.builder.statefiles import (FORMAT, Unverified, head_file, new_name, read_sealed, shard_folder,
                                      write_sealed)
from warta.content.loader import RACY_NS, FileResult
from warta.content.schema import SourceArticle
from warta.errors import Problem
from warta.linkcheck import BuiltPage, SiteIndex, grew, index_shape
from warta.linkcheck.check import NOTHING_EARLIER, ArticleFindings, BrokenLink, EarlierCheck, LinkCheck
from warta.markdown import Article
from warta.pickling import FastPickle

log = logging.getLogger(__name__)

SHARDS = 64


class OutputStamp(NamedTuple):
    """Which folder the output is, and as the last build left it."""

    path: str
    """Resolved path."""
    inode: int
    mtime_ns: int


def output_stamp(output: Path) -> OutputStamp | None:
    try:
        info = output.stat()
    except OSError:
        return None
    return OutputStamp(os.path.realpath(output), info.st_ino, info.st_mtime_ns)


class InputStamp(NamedTuple):
    """A digest of every input file's metadata (path, size, mtime), the options and Warta's code."""

    digest: str
    racy: bool
    """Some file changed so recently that its timestamp cannot be trusted yet: not to be remembered."""


@dataclass(frozen=True, slots=True)
class ArticleRecord(FastPickle):
    """One article file as the last build read and rendered it."""

    stat: tuple[int, int]
    """(size, mtime_ns) when it was read; mtime -1 when too recent to trust."""
    source: SourceArticle | None
    """The validated front matter without its Markdown, or None when the file had errors."""
    problems: tuple[Problem, ...]
    """Warnings (and errors) found in the file."""
    article: Article | None
    """The markdown stage's article, or None."""
    images: tuple[tuple[str, tuple[int, int] | None], ...] = ()
    """The image files the article named, as `FileResult.images`."""


@dataclass(frozen=True, slots=True)
class PageRecord(FastPickle):
    """One HTML page as the last link check saw it."""

    print: str
    """The fingerprint of the page's inputs when it was made."""
    page: BuiltPage
    """Its anchors and links."""
    broken: tuple[BrokenLink, ...]
    """Its links that led nowhere."""
    article: ArticleFindings | None
    """For an article's page, what the check found in the article's Markdown."""


@dataclass(frozen=True, slots=True)
class SiteShape(FastPickle):
    """The built site's files and anchors, as the link check saw them."""

    digest: str
    """`index_shape`: whether a link resolves depends on nothing else."""
    files: frozenset[str]
    """Every file of the output."""
    static_ids: dict[str, frozenset[str]]
    """The anchors of HTML files that have no `PageRecord` (static pages)."""


NO_SHAPE = SiteShape("", frozenset(), {})


@dataclass(frozen=True, slots=True)
class LastRun(FastPickle):
    """What decides whether a build may stop at once, and what it then reports."""

    inputs: str
    """`InputStamp.digest`; empty when a file was too recent to trust."""
    clock: ClockSpan
    """The build clock may move within it without changing the output."""
    output: OutputStamp | None
    report: BuildReport
    timezone: str
    """The site's time zone, for a naive `--now`."""
    searched: bool
    """The output holds a search index."""


@dataclass(frozen=True, slots=True)
class Head:
    """The state's head file: small, read first."""

    format: int
    version: str
    """`code_version()` of the Warta that wrote it."""
    last: LastRun | None
    articles_key: str
    """Digest of what parsing an article depends on besides its file (config, Warta's code)."""
    shards: tuple[str, ...]
    """The shard files to read."""


@dataclass(frozen=True, slots=True)
class ArticleShard:
    """One shard of the articles: the records of the article files hashed to it."""

    articles: dict[str, ArticleRecord]


@dataclass(frozen=True, slots=True)
class PageShard:
    """One shard of the pages: output fingerprints and page records of the paths hashed to it."""

    outputs: dict[str, str]
    pages: dict[str, PageRecord]


Shard = ArticleShard | PageShard | SiteShape
"""What one shard file holds."""


@dataclass(frozen=True, slots=True)
class CarryOver:
    """The last build's state, as read: answers the pipeline's questions about it."""

    last: LastRun | None = None
    articles_key: str = ""
    articles: dict[str, ArticleRecord] = field(default_factory=dict)
    """Relative path -> the file as parsed last time."""
    outputs: dict[str, str] = field(default_factory=dict)
    """Output file path -> the fingerprint of its inputs."""
    pages: dict[str, PageRecord] = field(default_factory=dict)
    shape: SiteShape = NO_SHAPE
    shards: tuple[str, ...] = ()
    parts: dict[str, Shard] = field(default_factory=dict, repr=False, compare=False)
    """The shards as read (name -> content): remembering rewrites only those that differ."""

    # -- the questions -----------------------------------------------------------------------------

    def unchanged_run(self, inputs: InputStamp, now: datetime, output: Path) -> BuildReport | None:
        """The last build's report when it still stands: same inputs and options, the output folder
        as that build left it, and the clock within the span where nothing changes."""
        last = self.last
        if last is None or not last.inputs or last.inputs != inputs.digest or last.output != output_stamp(output):
            return None
        if now.tzinfo is None:
            now = now.replace(tzinfo=ZoneInfo(last.timezone))
        return last.report if last.clock.holds(now) else None

    def for_output(self, output: Path) -> CarryOver:
        """This state, or only its articles when the output folder is not the one it describes (a
        build killed between the swap and saving its state, a folder replaced, or entries added or
        removed at its top by hand): none of that folder's files can be trusted. (Only the folder's
        own inode and mtime are compared: a file edited by hand deeper inside stays until its page
        changes or `--clean`.)"""
        if self.last is not None and self.last.output == output_stamp(output):
            return self
        return replace(self, last=None, outputs={}, pages={}, shape=NO_SHAPE)

    def known_files(self, articles_key: str) -> dict[str, FileResult]:
        """What each article file gave last time, when parsing still depends on the same things."""
        if articles_key != self.articles_key:
            return {}
        return {rel: FileResult(r.stat, r.source, r.problems, r.images) for rel, r in self.articles.items()}

    def rendered(self, articles_key: str) -> dict[SourceArticle, Article]:
        """Last time's rendered articles, by their front matter (as `known_files` hands it back)."""
        if articles_key != self.articles_key:
            return {}
        return {r.source: r.article for r in self.articles.values() if r.article is not None}

    def unchanged_outputs(self, prints: dict[str, str]) -> list[str]:
        """The output files whose inputs have the fingerprint they had last time."""
        outputs = self.outputs
        return [path for path, print_ in prints.items() if outputs.get(path) == print_]

    def kept_pages(self, prints: dict[str, str], rendered: dict[str, BuiltPage]) -> dict[str, BuiltPage]:
        """Anchors and links of the pages not rendered this time, as last time."""
        pages = self.pages
        return {path: pages[path].page for path, print_ in prints.items()
                if path not in rendered and path in pages and pages[path].print == print_}

    def earlier_check(self, index: SiteIndex, shape: str, unchanged: dict[str, BuiltPage],
                      articles_key: str) -> EarlierCheck:
        """What the last link check found that still holds. While the config (whose base URL decides
        which links are the site's: `articles_key`) and the site's files and anchors stay as they
        were, unchanged pages and articles keep their findings; a site that only gained files and
        anchors (an article added) breaks no link that worked, so only the broken ones are
        resolved again."""
        if articles_key != self.articles_key:
            return NOTHING_EARLIER
        same = self.shape.digest == shape
        grown = not same and grew(self.shape.files, self._anchors(), index)
        if not (same or grown):
            return NOTHING_EARLIER
        pages = self.pages
        return EarlierCheck({path: pages[path].broken for path in unchanged if path in pages},
                            {path: r.article for path, r in pages.items() if r.article is not None}, grown)

    def _anchors(self) -> dict[str, frozenset[str]]:
        """Every HTML file's anchors as the last link check saw them (pages and static files)."""
        return {**{path: record.page.ids for path, record in self.pages.items()}, **self.shape.static_ids}

    @property
    def searched(self) -> bool:
        """The output holds the search index the last build made."""
        return self.last is not None and self.last.searched


@dataclass(frozen=True, slots=True)
class BuildMemory:
    """What a finished build remembers (`remember`)."""

    inputs: InputStamp
    clock: ClockSpan
    report: BuildReport
    timezone: str
    searched: bool
    articles_key: str
    files: dict[str, FileResult]
    """What loading gave for every article file."""
    articles: tuple[Article, ...]
    outputs: dict[str, str]
    page_prints: dict[str, str]
    pages: dict[str, BuiltPage]
    """Anchors and links of every page."""
    check: LinkCheck
    index: SiteIndex
    shape: str


def read_head(folder: Path | None, output: Path) -> CarryOver:
    """The last build's state without its per-article and per-page parts: enough to tell that
    nothing changed, read in milliseconds where the whole state takes a second for 10,000 articles.
    Empty without a cache `folder` or a key."""
    key = state_key()
    if folder is None or key is None:
        return CarryOver()
    head = _read_head(head_file(folder, output), key)
    if head is None:
        return CarryOver()
    return CarryOver(last=head.last, articles_key=head.articles_key, shards=head.shards)


def read(folder: Path | None, output: Path, head: CarryOver) -> CarryOver:
    """The whole state of the last build into `output` (its `head` read already); an empty one when
    there is none, it cannot be read or it does not verify."""
    key = state_key()
    if folder is None or key is None or not head.shards:
        return CarryOver()
    shards = shard_folder(folder, output)
    articles: dict[str, ArticleRecord] = {}
    outputs: dict[str, str] = {}
    pages: dict[str, PageRecord] = {}
    shape = NO_SHAPE
    parts = {}
    try:
        for name in head.shards:
            part = parts[name] = read_sealed(shards / name, key)
            if isinstance(part, ArticleShard):
                articles.update(part.articles)
            elif isinstance(part, PageShard):
                outputs.update(part.outputs)
                pages.update(part.pages)
            elif isinstance(part, SiteShape):
                shape = part
            else:
                raise TypeError(f"{name} holds a {type(part).__name__}")
    except Unverified as exc:
        log.warning("%s; building everything", exc)
        return CarryOver()
    except Exception as exc:  # a damaged or missing shard: start over, never fail the build
        log.warning("ignoring the damaged build cache %s (%s); building everything", shards, exc)
        return CarryOver()
    return replace(head, articles=articles, outputs=outputs, pages=pages, shape=shape, parts=parts)


def remember(folder: Path | None, output: Path, memory: BuildMemory, last: CarryOver) -> None:
    """Save what the next build needs: the shards that differ from the `last` state's (as it was
    read), then the head naming them, then remove shards no head names; a cache that cannot be
    written (or no cache folder, or no key) only costs the next build time."""
    save(folder, output, _state_of(memory, output, last), last)


def save(folder: Path | None, output: Path, state: CarryOver, last: CarryOver) -> None:
    """Write `state` (see `remember`)."""
    key = state_key()
    if folder is None or key is None:
        return
    try:
        shards = shard_folder(folder, output)
        shards.mkdir(parents=True, exist_ok=True)
        article_parts = [ArticleShard({}) for _ in range(SHARDS)]
        for path, record in state.articles.items():
            article_parts[_bucket(path)].articles[path] = record
        page_parts = [PageShard({}, {}) for _ in range(SHARDS)]
        for path, print_ in state.outputs.items():
            page_parts[_bucket(path)].outputs[path] = print_
        for path, record in state.pages.items():
            page_parts[_bucket(path)].pages[path] = record
        # A part equal to the one read from a shard is that shard (the comparison mostly meets the
        # very objects read from it: one pointer each); any other is written under a new name.
        loaded = {_prefix(name): (name, part) for name, part in last.parts.items()}
        names = [_shard(shards, f"a-{index:02d}", part, loaded, key) for index, part in enumerate(article_parts)]
        names += [_shard(shards, f"p-{index:02d}", part, loaded, key) for index, part in enumerate(page_parts)]
        names.append(_shard(shards, "f-00", state.shape, loaded, key))
        head = Head(FORMAT, code_version(), state.last, state.articles_key, tuple(names))
        write_sealed(head_file(folder, output), head, key)
        for stale in set(os.listdir(shards)) - set(names):
            try:
                os.unlink(shards / stale)
            except OSError:
                pass
        forget_gone_outputs(folder, output, key)
    except OSError as exc:
        log.warning("could not save the build cache in %s (%s)", folder, exc)


def _state_of(memory: BuildMemory, output: Path, last: CarryOver) -> CarryOver:
    """The state that describes a finished build, reusing the records of `last` that did not change
    (so that comparing a shard with the one read is mostly comparing pointers)."""
    rendered = {a.source.path: a for a in memory.articles}
    old_articles = last.articles
    articles = {}
    for rel, file in memory.files.items():
        article = rendered.get(rel)
        record = ArticleRecord(file.stat, article.source if article else file.article, file.problems, article,
                               file.images)
        old = old_articles.get(rel)
        articles[rel] = old if old == record else record
    found, found_articles, old_pages = memory.check.pages, memory.check.articles, last.pages
    pages = {}
    for path, print_ in memory.page_prints.items():
        page = memory.pages.get(path)
        if page is None:
            continue
        record = PageRecord(print_, page, found[path], found_articles.get(path))
        old = old_pages.get(path)
        pages[path] = old if old is not None and _same_page(old, record) else record
    index = memory.index
    shape = SiteShape(memory.shape, index.files,
                      {path: page.ids for path, page in index.pages.items() if path not in memory.page_prints})
    run = LastRun("" if memory.inputs.racy else memory.inputs.digest, memory.clock, output_stamp(output),
                  memory.report, memory.timezone, memory.searched)
    return CarryOver(run, memory.articles_key, articles, memory.outputs, pages, shape)


def _same_page(old: PageRecord, new: PageRecord) -> bool:
    return (old.print == new.print and old.page is new.page and old.broken == new.broken
            and old.article == new.article)


def _prefix(shard: str) -> str:
    """`a-07` of the shard file `a-07-<time><pid>.pickle`."""
    prefix, _, _ = shard.rpartition("-")
    return prefix


def _bucket(path: str) -> int:
    return zlib.crc32(path.encode()) % SHARDS


def _shard(folder: Path, prefix: str, part: Shard, loaded: dict[str, tuple[str, Shard]], key: bytes) -> str:
    """The name of the shard holding `part`: the loaded one when equal, else a new one written now."""
    name, old = loaded.get(prefix, (None, None))
    if name is not None and old == part and (folder / name).is_file():
        return name
    name = new_name(prefix)
    write_sealed(folder / name, part, key)
    return name


def _read_head(path: Path, key: bytes, quiet: bool = False) -> Head | None:
    try:
        head = read_sealed(path, key)
    except FileNotFoundError:
        return None
    except Unverified as exc:
        if not quiet:
            log.warning("%s; building everything", exc)
        return None
    except Exception as exc:  # a damaged file: start over, never fail the build
        if not quiet:
            log.warning("ignoring the damaged build cache %s (%s); building everything", path, exc)
        return None
    if not isinstance(head, Head) or head.format != FORMAT or head.version != code_version():
        return None
    return head


_STATE_NAME = re.compile(r"state-[0-9a-f]{12}\.(?:head|shards|pickle)")


def forget_gone_outputs(folder: Path, output: Path, key: bytes) -> None:
    """Remove the states of output folders that no longer exist (builds into temporary folders,
    `warta serve` runs, an --output since deleted), so that the cache does not grow without end;
    and states that do not verify with this user's key (whose output cannot be told)."""
    keep = {head_file(folder, output).stem}
    names = os.listdir(folder)
    for name in names:
        if name.startswith("state-") and name.endswith(".head"):
            head = _read_head(folder / name, key, quiet=True)
            if head is not None and head.last is not None and head.last.output is not None \
                    and os.path.isdir(head.last.output.path):
                keep.add(name.removesuffix(".head"))
    for name in names:
        # (Only names a state has: `.warta-cache` may be a link to a folder holding other files.)
        stem, _, _ = name.partition(".")
        if _STATE_NAME.fullmatch(name) and stem not in keep:
            path = folder / name
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def scan_inputs(paths: list[Path], options_key: str) -> InputStamp:
    """A stamp of the metadata (path, size, mtime) of every file under `paths`, plus the options."""
    digest = hashlib.sha256(options_key.encode())
    racy = False
    now = time.time_ns()
    for top in paths:
        if top.is_file():
            entries = [(str(top), top.stat())]
        elif top.is_dir():
            entries = sorted(_regular_files(str(top)))
        else:
            digest.update(f"missing {top}\n".encode())
            continue
        for path, info in entries:
            racy = racy or now - info.st_mtime_ns < RACY_NS
            digest.update(f"{path}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return InputStamp(digest.hexdigest(), racy)


def _regular_files(top: str):
    """(path, stat) of every regular file below `top`, links followed as the build follows them
    (`content.files.read_tree`, Jinja2's loader): a link to a folder elsewhere in the site (the
    folder holding `top`) is walked, each folder once; one that leads outside it is not (the
    build refuses it, `content.files.folder_problems`)."""
    site = Path(os.path.realpath(os.path.dirname(top)))
    seen: set[str] = set()
    for folder, dirs, files in os.walk(top, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:  # reached again through links (or a loop): walk it once
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = [name for name in dirs if not os.path.islink(os.path.join(folder, name))
                   or Path(os.path.realpath(os.path.join(folder, name))).is_relative_to(site)]
        for name in files:
            path = os.path.join(folder, name)
            try:
                info = os.stat(path)
            except OSError:
                continue
            if stat_module.S_ISREG(info.st_mode):
                yield path, info
