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

Whether the build may stop at once is asked of the head alone (`laststamp.py`: `read_head`,
`unchanged_run`), without this module. The pipeline then asks a `CarryOver` questions: `known_files` and `rendered` (which articles can be reused), `unchanged_outputs`, `earlier_check`
(what the link check already knows), `searched`.

The state is a small head file and shards: the articles and the pages are spread over `SHARDS`
files each by a hash of their path. A rebuild compares each shard's new content with the one it
read and writes only those that differ, under new names, then the head that names the shards to
read (`statefiles.py` seals every file with this user's key). A missing, damaged or foreign state is
ignored and the build starts from scratch (and writes a good one).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from warta.builder.cache import state_key
# (The head and the stamp of the inputs are `laststamp.py`'s, which a no-op build uses alone.)
from warta.builder.laststamp import ClockSpan, Head, InputStamp, LastRun, code_version, output_stamp, read_head_file
from warta.builder.report import BuildReport
from warta.builder.statefiles import (FORMAT, Unverified, head_file, new_name, read_sealed, shard_folder,
                                      write_sealed)
from warta.content.loader import FileResult
from warta.content.schema import SourceArticle
from warta.errors import Problem
from warta.linkcheck import BuiltPage, SiteIndex, grew, index_shape
from warta.linkcheck.check import NOTHING_EARLIER, ArticleFindings, BrokenLink, EarlierCheck, LinkCheck
from warta.markdown import Article
from warta.pickling import FastPickle

log = logging.getLogger(__name__)

SHARDS = 64


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


def read(folder: Path | None, output: Path, head: Head | None) -> CarryOver:
    """The whole state of the last build into `output` (its `head` read already, `read_head`); an
    empty one when there is none, it cannot be read or it does not verify."""
    key = state_key()
    if folder is None or key is None or head is None or not head.shards:
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
    return CarryOver(head.last, head.articles_key, articles, outputs, pages, shape, head.shards, parts)


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


_STATE_NAME = re.compile(r"state-[0-9a-f]{12}\.(?:head|shards|pickle)")


def forget_gone_outputs(folder: Path, output: Path, key: bytes) -> None:
    """Remove the states of output folders that no longer exist (builds into temporary folders,
    `warta serve` runs, an --output since deleted), so that the cache does not grow without end;
    and states that do not verify with this user's key (whose output cannot be told)."""
    keep = {head_file(folder, output).stem}
    names = os.listdir(folder)
    for name in names:
        if name.startswith("state-") and name.endswith(".head"):
            head = read_head_file(folder / name, key, quiet=True)
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
