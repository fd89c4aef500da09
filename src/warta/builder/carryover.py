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
  changed;
- every article's related articles (`model.related.RelatedIndex`), so that a rebuild ranks again
  only the lists an added, removed, re-tagged or re-dated article can change;
- what the pages were planned from and what of the plan the sitemap and the search index take
  (`PlanMemo`), so that a rebuild after edits of articles' bodies alone plans and fingerprints again
  only those articles' own pages.

Whether the build may stop at once is asked of the head alone (`laststamp.py`: `read_head`,
`unchanged_run`), without this module. The pipeline then asks a `CarryOver` questions: `known_files`
and `rendered` (which articles can be reused), `unchanged_outputs`, `earlier_check` (what the link
check already knows), `searched`.

The state is a small head file (`laststamp.Head`, sealed: `statefiles.py`) and one SQLite database
per output folder beside it, `state-<key>.sqlite` (stdlib `sqlite3`, no server), of four tables:

    articles(chunk PRIMARY KEY, records, mac)      (path, `ArticleRecord`) of each article file, by chunks
    outputs(chunk PRIMARY KEY, records, mac)       (path, fingerprint, `StoredPage` or None) of each output
                                                   file, by chunks: an HTML page's `PageRecord` without
                                                   its links
    links(path PRIMARY KEY, packed, mac)           an HTML page's links (`BuiltPage.packed_links`)
    bodies(path PRIMARY KEY, packed, mac)          an article file's rendered body (`RenderedBody.packed`), which
                                                   its record in `articles` names (`StoredBody`)
    meta(key PRIMARY KEY, value, mac)              `shape`: the `SiteShape`; `related`: the site model's
                                                   `RelatedIndex`; `plan`: the `PlanMemo`; `seal`: see below

A row of `articles` or `outputs` holds the records whose keys hash to its chunk, about 64 of them,
pickled together (`Layout`); the others hold one record each. Every row carries a MAC, with this
user's key, of the database's name, the table, its key and its values, and is unpickled only when
that verifies: rows cannot be
swapped between keys, tables or outputs. The `seal` row holds the generation, a random token new
with every build and named by the head, and a digest of every other row's MAC, written in the same
transaction as the rows; so a database is trusted only when it is exactly the one the head was
written with (not one left by a build stopped between its commit and its head, nor one from
elsewhere, nor rows of an older build put back). A database that is missing, damaged, half written
(a `-journal` left beside it), planted (tables that are not exactly ours, a trigger or a view) or
does not verify in any row is not used at all: the build starts from scratch, removes it and
writes a new one. The cache can cost a build time, never the build.

Reading takes every row in one pass (`read`, as the shards were read before; of `links`, only the
keys and MACs: see below), each unpickled as soon as its MAC verifies (the pickles are never all in
memory at once); should the seal then not verify, all of it is thrown away. Remembering compares the
new state with the one read (`Stored`, kept before `for_output` dropped what the output folder
cannot vouch for): a record that did not change is the very object read (`_state_of` reuses it), so
one pointer compared; only the rows holding a record that differs are written (and made as they are
written: the pickles are never all in memory at once) and the rows left empty deleted, in
one transaction with the new seal (`statefiles.update_database`), then the head is written. A state
that cannot be updated so (none was read, `--clean`, the file changed since) is written as a new
database beside the old one and renamed over it (`statefiles.create_database`). Old `.shards`
folders of earlier versions are removed.

Rows of `articles`, `outputs` and `meta` are not looked up one by one: every rebuild asks for all of
them (`known_files` for every file, `rendered` by path, `earlier_check` and `_anchors` over
every page), which one scan answers faster than a query a row. The links of pages are another
matter: a rebuild checks again only the links of the pages it renders, unless the site's shape
changed (issue 20: a 100,000-article site's links are some 250 MB, a quarter of its state). So of
the rows of `links` only the MACs are read, for the seal; a page read back holds a way to fetch its
links (`_LinkStore`), by key or many at once (`fetch_links`), each row verified then against the MAC
the seal covered. A row that does not verify (damaged, or the database changed since it was read)
costs no more than reading the page's file again. Articles' rendered bodies are another table looked
up so (issue 20: three fifths of the articles' records' bytes): a record read back names its body
(`StoredBody`), which the render step fetches, many at once into the build's spill file, for the
pages and feeds it renders (`fetch_bodies`); one that cannot be had then stops the build, which starts
again from scratch (`CacheLost`).
"""

from __future__ import annotations

import copyreg
import io
import logging
import os
import pickle
import re
import secrets
import shutil
import sqlite3
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Callable, TypeVar

from warta.builder.cache import state_key
# (The head and the stamp of the inputs are `laststamp.py`'s, which a no-op build uses alone.)
from warta.builder.laststamp import ClockSpan, Head, InputStamp, LastRun, code_version, output_stamp, read_head_file
from warta.builder.report import BuildReport
from warta.builder.spill import Spill, Spilled, StandIn
from warta.builder.statefiles import (FORMAT, Database, Rows, Unverified, Values, create_database, database_file,
                                      discard, fetch_rows, head_file, read_database, shard_folder, update_database,
                                      write_sealed)
from warta.content.loader import FileResult
from warta.content.schema import SourceArticle
from warta.errors import CacheLost, Problem
from warta.linkcheck import BuiltPage, SiteIndex, grew, index_shape, scan_page
from warta.linkcheck.check import NOTHING_EARLIER, ArticleFindings, BrokenLink, EarlierCheck, LinkCheck
from warta.markdown import Article, RenderedBody
from warta.model.related import RelatedIndex
from warta.pickling import FastPickle

log = logging.getLogger(__name__)

_Record = TypeVar("_Record")


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
class StoredPage(FastPickle):
    """A `PageRecord` as the `outputs` table holds it: its page's links are a row of `links` of their
    own, fetched only when a rebuild reads them (`_LinkStore`)."""

    print: str
    anchors: str
    """The page's `BuiltPage.anchor_text`."""
    broken: tuple[BrokenLink, ...]
    article: ArticleFindings | None

    @classmethod
    def of(cls, record: PageRecord) -> StoredPage:
        return cls(record.print, record.page.anchor_text, record.broken, record.article)

    def record(self, fetch: Callable[[], bytes]) -> PageRecord:
        return PageRecord(self.print, BuiltPage(None, None, None, self.anchors, fetch), self.broken, self.article)


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
class PlanMemo(FastPickle):
    """What the last build planned its pages from, and what of that plan outlives it (`steps.plan`)."""

    digest: str
    """`fingerprints.plan_digest`: while it is the same, so is every page but the articles' own."""
    templates: tuple[str, ...]
    """The templates the pages name."""
    pages: tuple[str, ...]
    """Every page's output file, in the plan's order (their fingerprints are in `CarryOver.outputs`)."""
    sitemap: tuple[tuple[str, datetime | None], ...]
    """(site path, lastmod) of every page the sitemap lists, in order (`syndication.sitemap_entries`)."""
    searched: tuple[str, ...]
    """The output files of the pages of `pages/` the search index takes."""
    bodies_listed: bool
    """Some page shows articles other than its own through a template that reads their bodies: its
    fingerprint takes their full digests, so no plan is reused."""
    keys: tuple[bytes | None, ...] = ()
    """`fingerprints.page_key` of each page of `pages`: a page whose key is the same again keeps its
    fingerprint without being planned."""


@dataclass(frozen=True, slots=True)
class Stored:
    """The state database as the last build left it (before `for_output` drops what the output
    folder cannot vouch for): what remembering compares the new state with, to write only the
    rows that differ."""

    database: Database
    articles: dict[str, ArticleRecord]
    outputs: dict[str, str]
    pages: dict[str, PageRecord]
    shape: SiteShape
    related: RelatedIndex | None
    plan: PlanMemo | None
    links: _LinkStore
    bodies: _BodyStore
    layouts: dict[str, Layout]
    """`articles` and `outputs` -> how their rows group the records, as read."""


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
    related: RelatedIndex | None = None
    """The last site model's related articles (they depend on the articles alone, which they list:
    `related_index` checks them, whatever the output folder)."""
    plan: PlanMemo | None = None
    """What the last build's pages were planned from (None when the output folder cannot vouch for
    their fingerprints)."""
    stored: Stored | None = field(default=None, repr=False, compare=False)
    """The database as read, when it verified: remembering writes only the rows that differ."""

    # -- the questions -----------------------------------------------------------------------------

    def for_output(self, output: Path) -> CarryOver:
        """This state, or only its articles when the output folder is not the one it describes (a
        build killed between the swap and saving its state, a folder replaced, or entries added or
        removed at its top by hand): none of that folder's files can be trusted. (Only the folder's
        own inode and mtime are compared: a file edited by hand deeper inside stays until its page
        changes or `--clean`.)"""
        if self.last is not None and self.last.output == output_stamp(output):
            return self
        return replace(self, last=None, outputs={}, pages={}, shape=NO_SHAPE, plan=None)

    def known_files(self, articles_key: str) -> dict[str, FileResult]:
        """What each article file gave last time, when parsing still depends on the same things."""
        if articles_key != self.articles_key:
            return {}
        return {rel: FileResult(r.stat, r.source, r.problems, r.images) for rel, r in self.articles.items()}

    def rendered(self, articles_key: str) -> dict[str, Article]:
        """Last time's rendered articles, by their files' relative paths (each with the very front matter
        `known_files` hands back: hashing 10,000 of them to look them up took 0.05 s of a rebuild)."""
        if articles_key != self.articles_key:
            return {}
        return {rel: r.article for rel, r in self.articles.items() if r.article is not None}

    def unchanged_outputs(self, prints: dict[str, str]) -> list[str]:
        """The output files whose inputs have the fingerprint they had last time."""
        outputs = self.outputs
        return [path for path, print_ in prints.items() if outputs.get(path) == print_]

    def kept_pages(self, prints: dict[str, str], rendered: dict[str, BuiltPage]) -> dict[str, BuiltPage]:
        """Anchors and links of the pages not rendered this time, as last time."""
        pages = self.pages
        return {path: pages[path].page for path, print_ in prints.items()
                if path not in rendered and path in pages and pages[path].print == print_}

    def fetch_links(self, paths: Iterable[str]) -> None:
        """Fetch at once the links of the pages at `paths` (each page would fetch its own when read:
        one look-up each)."""
        if self.stored is not None:
            pages = self.pages
            self.stored.links.fetch({path: pages[path].page for path in paths
                                     if path in pages and not pages[path].page.fetched})

    @staticmethod
    def fetch_bodies(bodies: Iterable[object], spill: Spill) -> None:
        """Fetch at once, into `spill`, the bodies of `bodies` (articles' `RenderedBody.packed`) that are
        still in the state database (`StoredBody`): the pages and feeds about to be rendered show them, in
        worker processes that would each fetch their own. Raises CacheLost when one cannot be had."""
        waiting: dict[_BodyStore, dict[str, StoredBody]] = {}
        for body in bodies:
            if type(body) is StoredBody and not body.fetched:
                waiting.setdefault(body.store, {})[body.rel] = body
        for store, wanted in waiting.items():
            store.fetch(wanted, spill)

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
    related: RelatedIndex | None
    """The site model's related articles (`Site.related`)."""
    plan: PlanMemo
    """What the pages were planned from."""


CHUNK = 64
"""About how many records one row of `articles` or `outputs` holds (`Layout`)."""


@dataclass(frozen=True, slots=True)
class Layout:
    """How the rows of `articles` or `outputs` group the records: each row (a chunk) holds those whose
    keys hash to its number (`_chunk_of`), pickled together, sorted by key.

    A row a record took a call of `pickle.loads`, a MAC and a Python round each: reading the state was
    40 % of an edit rebuild of 10,000 articles (26,000 rows), and unpickling a record alone took twice
    as long as in a chunk, where the classes, time zones and strings records share are read once
    (issue 20). A rebuild writes again only the chunks whose records changed: an edit, a few dozen."""

    bits: int
    """The chunk number's bits: 2 ** bits chunks, of about CHUNK records each when the table was laid out."""
    members: dict[str, tuple[str, ...]]
    """Chunk name -> the keys of its records."""


def _bits_for(count: int) -> int:
    return (count // CHUNK).bit_length()


def _chunk_of(rel: str, bits: int) -> str:
    """The name of the chunk that holds the record of `rel`: the layout's bits and the chunk's number."""
    return f"{bits}:{zlib.crc32(rel.encode()) & ((1 << bits) - 1):x}"


def _bits_of(chunk: str) -> int:
    bits, _, number = chunk.partition(":")
    if not (bits.isdigit() and number) or int(bits) > 32:
        raise TypeError(f"a chunk is named {chunk!r}")
    return int(bits)


def _group(rels: Iterable[str], bits: int) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for rel in rels:
        groups.setdefault(_chunk_of(rel, bits), []).append(rel)
    return groups


def _chunk_items(data: bytes, width: int) -> tuple[tuple, ...]:
    """The items (tuples of `width`, a str key first) a chunk row pickled (its MAC verified)."""
    items = pickle.loads(data)
    if type(items) is not tuple or not all(type(item) is tuple and len(item) == width and type(next(iter(item))) is str
                                           for item in items):
        raise TypeError("a chunk does not hold (key, record) items")
    return items


def read(folder: Path | None, output: Path, head: Head | None, staged: Path | None = None) -> CarryOver:
    """The whole state of the last build into `output` (its `head` read already, `read_head`); an
    empty one when there is none, it cannot be read or it does not verify (the database is then
    removed: the build writes a new one). `staged`: the folder the build stages its output in, where
    a page's links are read when its row cannot be had (`_LinkStore`; else in `output`)."""
    key = state_key()
    if folder is None or key is None or head is None or not head.generation:
        return CarryOver()
    path = database_file(folder, output)
    links = _LinkStore(path, key, staged or output)
    bodies = _BodyStore(path, key)
    taken = _Taken(links, bodies)

    try:
        database = read_database(path, key, head.generation, taken)
    except FileNotFoundError:
        log.warning("the build cache %s is missing; building everything", path)
        return CarryOver()
    except Unverified as exc:
        log.warning("%s; building everything", exc)
        discard(path)
        return CarryOver()
    except Exception as exc:  # a damaged database: start over, never fail the build
        log.warning("ignoring the damaged build cache %s (%s); building everything", path, exc)
        discard(path)
        return CarryOver()
    layouts = taken.layouts()
    if layouts is None:
        log.warning("ignoring the build cache %s (its rows are laid out two ways); building everything", path)
        discard(path)
        return CarryOver()
    shape = taken.meta.get(SHAPE, NO_SHAPE)
    related = taken.meta.get(RELATED)
    plan = taken.meta.get(PLAN)
    links.database = bodies.database = database
    articles, outputs, pages = taken.articles, taken.outputs, taken.pages
    stored = Stored(database, articles, outputs, pages, shape, related, plan, links, bodies, layouts)
    return CarryOver(head.last, head.articles_key, articles, outputs, pages, shape, related, plan, stored)


class _Taken:
    """The rows of a state database as `read_database` hands them over, each unpickled as it comes (its
    MAC verified): the pickles are never all held at once."""

    def __init__(self, links: _LinkStore, bodies: _BodyStore):
        self.links, self.bodies = links, bodies
        self.articles: dict[str, ArticleRecord] = {}
        self.outputs: dict[str, str] = {}
        self.pages: dict[str, PageRecord] = {}
        self.meta: dict[str, SiteShape | RelatedIndex | PlanMemo] = {}
        self.members: dict[str, dict[str, tuple[str, ...]]] = {"articles": {}, "outputs": {}}
        self.bits: dict[str, set[int]] = {"articles": set(), "outputs": set()}

    def __call__(self, table: str, key: str, values: Values) -> None:
        (data,) = values  # (every table `read_database` hands over has one value column)
        if table == "articles":
            rels = self._articles(data)
        elif table == "outputs":
            rels = self._outputs(data)
        else:
            if key in _META:
                _, kind = _META[key]
                self.meta[key] = _record(data, kind)
            return
        self.members[table][key] = rels
        self.bits[table].add(_bits_of(key))

    def _articles(self, data: bytes) -> tuple[str, ...]:
        rels = []
        for rel, record in _chunk_items(data, 2):
            if type(record) is not ArticleRecord:
                raise TypeError(f"a chunk holds a {type(record).__name__}, not an ArticleRecord")
            if record.article is not None:
                body = record.article.body.packed
                if type(body) is not StoredBody or body.rel != rel:
                    raise TypeError(f"the record of {rel} does not name its body")
                body.store = self.bodies
            self.articles[rel] = record
            rels.append(rel)
        return tuple(rels)

    def _outputs(self, data: bytes) -> tuple[str, ...]:
        rels = []
        for rel, print_, page in _chunk_items(data, 3):
            if print_ is not None:
                if type(print_) is not str:
                    raise TypeError(f"a chunk holds a {type(print_).__name__} fingerprint")
                self.outputs[rel] = print_
            if page is not None:
                if type(page) is not StoredPage:
                    raise TypeError(f"a chunk holds a {type(page).__name__}, not a StoredPage")
                self.pages[rel] = page.record(partial(self.links.one, rel))
            rels.append(rel)
        return tuple(rels)

    def layouts(self) -> dict[str, Layout] | None:
        """How the rows of `articles` and `outputs` group their records; None when a table's rows were
        laid out two ways (a state this version never writes)."""
        if any(len(found) > 1 for found in self.bits.values()):
            return None
        return {table: Layout(min(self.bits[table], default=0), members) for table, members in self.members.items()}


def _record(data: bytes, kind: type[_Record]) -> _Record:
    """The record pickled in a row (whose MAC verified), if it is one of `kind`."""
    record = pickle.loads(data)
    if not isinstance(record, kind):
        raise TypeError(f"a row holds a {type(record).__name__}, not a {kind.__name__}")
    return record


class _LinkStore:
    """The links of the pages of a state as read, fetched from its `links` table when asked for
    (`statefiles.fetch_rows`: each row verified against the MAC the seal covered).

    A row that cannot be had so (the database replaced, damaged or locked since it was read) is made
    again from the page's file in `pages`, the folder the build stages its output in: the file it
    publishes, which it hard-linked from the last output (read without following a link on the way).
    After one failure the database is not asked again: one warning, one wait. A page whose file
    cannot be read either has no links this time and is `doubtful`: remembering forgets it, so the
    next build renders it again. The cache can cost a build time, never the build."""

    def __init__(self, path: Path, key: bytes, pages: Path):
        self.path, self.key, self.pages = path, key, pages
        self.database: Database | None = None  # (set once the whole state has verified)
        self.failed = False
        self.doubtful: set[str] = set()
        self.scanned: set[str] = set()
        """The pages whose links were read from their files: their rows are written again."""

    def one(self, rel: str) -> bytes:
        return self._fetched([rel]).get(rel) or self._scanned(rel)

    def fetch(self, pages: dict[str, BuiltPage]) -> None:
        if not pages:
            return
        found = self._fetched(list(pages))
        for rel, page in pages.items():
            page.took(found.get(rel) or self._scanned(rel))

    def _fetched(self, rels: list[str]) -> dict[str, bytes]:
        if self.failed:
            return {}
        try:
            rows = fetch_rows(self.path, self.key, self.database, "links", rels)
        except (Unverified, sqlite3.Error, OSError) as exc:
            self.failed = True
            log.warning("the build cache's record of the links in pages cannot be read (%s); reading them "
                        "from the pages' files instead", exc)
            return {}
        return {rel: packed for rel, (packed,) in rows.items() if type(packed) is bytes}

    def _scanned(self, rel: str) -> bytes:
        """The links of the page `rel` as its file has them."""
        self.scanned.add(rel)
        html = read_inside(self.pages, rel)
        if html is None:
            if not self.doubtful:
                log.warning("the links of %s and any other page whose file cannot be read are not checked "
                            "this time; the next build renders them again", rel)
            self.doubtful.add(rel)
            html = ""
        return scan_page(html).packed_links


class StoredBody(StandIn):
    """An article's rendered body (`RenderedBody.packed`) as a state read back holds it: the row of `bodies`
    keyed by the article file's path, fetched when asked for (a `StandIn`, as `Spilled` is). The render step
    fetches the bodies it shows many at once, into the build's spill file (`CarryOver.fetch_bodies`); a forked
    worker fetches any other it is asked for."""

    __slots__ = ("rel", "store", "_held")

    def __init__(self, rel: str):
        self.rel = rel
        self.store: _BodyStore | None = None  # (set as the state is read: `_Taken`)
        self._held: Spilled | bytes | None = None

    @property
    def fetched(self) -> bool:
        return self._held is not None

    def took(self, held: Spilled | bytes) -> None:
        self._held = held

    def __bytes__(self) -> bytes:
        if self._held is None:
            if self.store is None:
                raise CacheLost(f"the body of {self.rel} is in no build state")
            self._held = self.store.fetched([self.rel])[self.rel]
        return bytes(self._held)

    def __repr__(self) -> str:
        return f"StoredBody({self.rel!r})"


class _BodyStore:
    """The bodies of the articles of a state as read, fetched from its `bodies` table when asked for
    (`statefiles.fetch_rows`: each row verified against the MAC the seal covered). A body that cannot be had
    (the database damaged or replaced since it was read) raises CacheLost: unlike a page's links, it cannot
    be read back from the output."""

    def __init__(self, path: Path, key: bytes):
        self.path, self.key = path, key
        self.database: Database | None = None  # (set once the whole state has verified)

    def fetch(self, bodies: dict[str, StoredBody], spill: Spill) -> None:
        """Fetch `bodies` into `spill`, many rows at a time, none of them held in memory for long."""
        self._each(list(bodies), lambda rel, packed: bodies[rel].took(spill.hold(packed)))

    def fetched(self, rels: list[str]) -> dict[str, bytes]:
        """The bodies of `rels` (a few: each looked up by its key)."""
        found: dict[str, bytes] = {}
        self._each(rels, found.__setitem__)
        return found

    def _each(self, rels: list[str], take: Callable[[str, bytes], None]) -> None:
        """Hand each body of `rels` to `take` as its row is read; CacheLost when one cannot be had."""
        taken: set[str] = set()

        def row(rel: str, values: Values) -> None:
            (packed,) = values
            if type(packed) is bytes:
                take(rel, packed)
                taken.add(rel)

        try:
            if self.database is None:
                raise Unverified(f"{self.path} was not read whole")
            fetch_rows(self.path, self.key, self.database, "bodies", rels, row)
        except (Unverified, sqlite3.Error, OSError) as exc:
            raise CacheLost(f"the build cache's record of the articles' bodies cannot be read ({exc})") from None
        lost = next((rel for rel in rels if rel not in taken), None)
        if lost is not None:
            raise CacheLost(f"the build cache has lost the rendered body of {lost}")


def read_inside(folder: Path, rel: str) -> str | None:
    """The text of the regular file at `rel` (forward slashes) inside `folder`, no link followed on
    the way and nothing but a regular file opened (a FIFO must not hang the build); None when there
    is no such file."""
    *folders, name = rel.split("/")
    opened: list[int] = []
    try:
        opened.append(os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC))
        for part in folders:
            opened.append(os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=opened[-1]))
        opened.append(os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=opened[-1]))
        if not stat.S_ISREG(os.fstat(opened[-1]).st_mode):
            return None
        with open(opened.pop(), "rb") as handle:
            return handle.read().decode("utf-8", errors="replace")
    except OSError:
        return None
    finally:
        for fd in opened:
            os.close(fd)


def remember(folder: Path | None, output: Path, memory: BuildMemory, last: CarryOver) -> int:
    """Save what the next build needs: the rows that differ from the `last` state's (as it was
    read) in one transaction, then the head naming the database's new generation, then remove the
    states of outputs that are gone; a cache that cannot be written (or no cache folder, or no key)
    only costs the next build time. Returns the number of rows written or deleted (the seal
    included)."""
    return save(folder, output, _state_of(memory, output, last), last)


def save(folder: Path | None, output: Path, state: CarryOver, last: CarryOver) -> int:
    """Write `state` (see `remember`)."""
    key = state_key()
    if folder is None or key is None:
        return 0
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = database_file(folder, output)
        generation = secrets.token_hex(16)  # (a new one each build: the head names the database it goes with)
        written = None
        if last.stored is not None:
            try:
                written = update_database(path, key, generation, _changes(_forget_doubtful(state, last), last.stored),
                                          last.stored.database)
            except (Unverified, sqlite3.Error, OSError, CacheLost) as exc:
                log.warning("writing the build cache %s anew (%s)", path, exc)
        if written is None:
            if last.stored is not None:  # (the links still to fetch, at once rather than page by page)
                last.stored.links.fetch({rel: record.page for rel, record in state.pages.items()
                                         if not record.page.fetched})
            written = create_database(path, key, generation, _tables(_forget_doubtful(state, last)))
        write_sealed(head_file(folder, output), Head(FORMAT, code_version(), state.last, state.articles_key,
                                                     generation), key)
        log.debug("remembered the build in %s: %d rows written or deleted", path, written)
        shards = shard_folder(folder, output)  # (an earlier version's state)
        if shards.is_dir() and not shards.is_symlink():
            shutil.rmtree(shards, ignore_errors=True)
        forget_gone_outputs(folder, output, key)
        return written
    except (OSError, sqlite3.Error, CacheLost) as exc:
        log.warning("could not save the build cache in %s (%s)", folder, exc)
        return 0


SHAPE = "shape"
"""The `meta` row holding the `SiteShape`."""
RELATED = "related"
"""The `meta` row holding the `RelatedIndex` (none when the site has no article)."""
PLAN = "plan"
"""The `meta` row holding the `PlanMemo`."""
_META = {SHAPE: ("shape", SiteShape), RELATED: ("related", RelatedIndex), PLAN: ("plan", PlanMemo)}
"""Each `meta` row but the seal: the field of `CarryOver` (and `Stored`) it holds, and its record's type. A
field that is None has no row."""


def _changes(state: CarryOver, stored: Stored) -> dict[str, Rows]:
    """The rows of `state` that differ from those `stored` (None: a row to delete), each pickled as it
    is written. A record that did not change is the very object read (`_state_of` reuses them): one
    pointer compared."""
    meta = [(key, None if value is None else (_pickled(value),)) for key, (name, _) in _META.items()
            if (value := getattr(state, name)) is not (old := getattr(stored, name)) and value != old]
    links: list[tuple[str, Values | None]] = []
    # (A page whose links row could not be read had them read from its file: its row is written again.)
    scanned = [(rel, (record.page.packed_links,)) for rel in sorted(stored.links.scanned - stored.links.doubtful)
               if (record := state.pages.get(rel)) is not None and record.page.fetched]
    old_articles, new_articles = stored.articles, state.articles
    changed = {rel for rel, record in new_articles.items()
               if (old := old_articles.get(rel)) is not record and old != record}
    changed.update(old_articles.keys() - new_articles.keys())
    # (The bodies first, all: one still in this database is fetched from it before the transaction writes it.)
    bodies = list(_body_rows(new_articles, changed, old_articles))
    return {"articles": _changed_chunks(changed, new_articles, stored.layouts["articles"],
                                        partial(_articles_chunk, state)),
            "outputs": _changed_outputs(state, stored, links), "links": chain(links, scanned), "bodies": bodies,
            "meta": meta}


def _changed_outputs(state: CarryOver, stored: Stored,
                     links: list[tuple[str, Values | None]]) -> Iterator[tuple[str, Values | None]]:
    """The rows of `outputs` that differ; those of `links` go into `links` (written after these)."""
    old_outputs, old_pages, new_outputs, new_pages = stored.outputs, stored.pages, state.outputs, state.pages
    keys = new_outputs.keys() | new_pages.keys()
    changed = set()
    for rel in keys:
        print_, page = new_outputs.get(rel), new_pages.get(rel)
        old = old_pages.get(rel)
        if old_outputs.get(rel) != print_ or not _same_record(old, page):
            changed.add(rel)
            if page is not None and (old is None or old.page is not page.page):
                links.append((rel, (page.page.packed_links,)))
            elif page is None and old is not None:
                links.append((rel, None))
    for rel in (old_outputs.keys() | old_pages.keys()) - keys:
        changed.add(rel)
        if rel in old_pages:
            links.append((rel, None))
    return _changed_chunks(changed, keys, stored.layouts["outputs"], partial(_outputs_chunk, state))


def _changed_chunks(changed: set[str], keys, layout: Layout,
                    chunk: Callable[[list[str]], bytes]) -> Iterator[tuple[str, Values | None]]:
    """The rows of a chunked table (`Layout`) to write again: those holding a record that `changed`
    (added, altered or gone), each with all the records of `keys` it holds (None: a row left empty).
    A table that has grown or shrunk fourfold since it was laid out is laid out anew, every row
    rewritten (and the old ones deleted)."""
    if abs(_bits_for(len(keys)) - layout.bits) >= 2:
        rows = _laid_out(keys, chunk)
        yield from ((name, None) for name in layout.members.keys() - rows.keys())
        yield from ((name, (make(),)) for name, make in sorted(rows.items()))
        return
    bits = layout.bits
    touched = _group(changed, bits)
    for name in sorted(touched):
        rels = {rel for rel in layout.members.get(name, ()) if rel in keys}
        rels.update(rel for rel in touched[name] if rel in keys)
        yield name, (chunk(list(rels)),) if rels else None


def _laid_out(keys, chunk: Callable[[list[str]], bytes]) -> dict[str, Callable[[], bytes]]:
    """Every row of a chunked table holding the records of `keys`, laid out for their number: chunk name ->
    a call that pickles the row (made as it is written)."""
    return {name: partial(chunk, rels) for name, rels in _group(keys, _bits_for(len(keys))).items()}


def _articles_chunk(state: CarryOver, rels: list[str]) -> bytes:
    """The records of `rels`, pickled, each article's body named (a `StoredBody` of its path), not held: the
    bodies are rows of `bodies` (`_body_rows`)."""
    articles = state.articles
    items = tuple((rel, articles[rel]) for rel in sorted(rels))
    buffer = io.BytesIO()
    _NamingBodies(buffer, {id(record.article.body): rel for rel, record in items
                           if record.article is not None}).dump(items)
    return buffer.getvalue()


_PACKED, *_REST = (f.name for f in fields(RenderedBody))
_BODY_REST = tuple(_REST)
"""The fields of a `RenderedBody` after `packed`."""
assert _PACKED == "packed"


class _NamingBodies(pickle.Pickler):
    """A pickler that writes the `RenderedBody` of each article of `where` (its id -> the article file's
    path) with a `StoredBody` of that path in place of its packed HTML. Only these types' reductions are
    asked of Python (the dispatch table), not one per object."""

    def __init__(self, file: io.BytesIO, where: dict[int, str]):
        def body(body: RenderedBody) -> tuple:
            rel = where.get(id(body))
            if rel is None:  # (not an article's: its own bytes)
                return body.__reduce__()
            return RenderedBody, (StoredBody(rel), *(getattr(body, name) for name in _BODY_REST))

        # (The C pickler takes its dispatch table when it is made. Nothing in it refers to the pickler: a
        # cycle would keep the pickler, its memo and its file until a collection, which a build puts off.)
        self.dispatch_table = {**copyreg.dispatch_table, RenderedBody: body, StoredBody: _named}
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)


def _named(body: StoredBody) -> tuple:
    return StoredBody, (body.rel,)


def _same_body(old: dict[str, ArticleRecord] | None, new: dict[str, ArticleRecord], rel: str) -> bool:
    before, after = (old or {}).get(rel), new.get(rel)
    return (before is not None and after is not None and before.article is not None and after.article is not None
            and before.article.digest != "" and before.article.digest == after.article.digest)


def _body_rows(articles: dict[str, ArticleRecord], rels: Iterable[str],
               old: dict[str, ArticleRecord] | None = None) -> Iterator[tuple[str, Values | None]]:
    """The rows of `bodies` of the article files `rels` (None: a row to delete), but those whose article has
    the digest it had in `old`, the records of the database written to (the digest covers the body: a file
    read again unchanged keeps its row). A body still in the last state is fetched from it, 64 by key at a
    time, and not kept."""
    rows = sorted((rel, None if (record := articles.get(rel)) is None or record.article is None
                   else record.article.body.packed) for rel in rels if not _same_body(old, articles, rel))
    for start in range(0, len(rows), 64):
        part = rows[start:start + 64]
        stored: dict[_BodyStore, list[str]] = {}
        for rel, body in part:
            if type(body) is StoredBody and not body.fetched and body.store is not None:
                stored.setdefault(body.store, []).append(rel)
        found = {rel: data for store, wanted in stored.items() for rel, data in store.fetched(wanted).items()}
        for rel, body in part:
            yield rel, None if body is None else (found[rel] if rel in found else bytes(body),)


def _outputs_chunk(state: CarryOver, rels: list[str]) -> bytes:
    outputs, pages = state.outputs, state.pages
    return _pickled(tuple((rel, outputs.get(rel), None if (page := pages.get(rel)) is None else StoredPage.of(page))
                          for rel in sorted(rels)))


def _same_record(old: PageRecord | None, new: PageRecord | None) -> bool:
    """Whether the page record `new` may stand for the `old` one in the database. (Links not fetched
    are not fetched to be compared: a record made anew, by a build whose output folder was not the
    one its state described, is written again rather than fetched page by page.)"""
    if old is new or old is None or new is None:
        return old is new
    return (old.print == new.print and old.broken == new.broken and old.article == new.article
            and (old.page is new.page or (old.page.fetched and old.page == new.page)))


def _tables(state: CarryOver) -> dict[str, Rows]:
    """Every row of `state`, for a new database, each pickled as it is written."""
    pages, outputs = state.pages, state.outputs.keys() | state.pages.keys()
    return {"articles": ((name, (make(),)) for name, make in sorted(_laid_out(state.articles,
                                                                           partial(_articles_chunk, state)).items())),
            "outputs": ((name, (make(),)) for name, make in sorted(_laid_out(outputs,
                                                                          partial(_outputs_chunk, state)).items())),
            "links": ((rel, (record.page.packed_links,)) for rel, record in pages.items()),
            "bodies": _body_rows(state.articles, state.articles),
            "meta": [(key, (_pickled(value),)) for key, (name, _) in _META.items()
                     if (value := getattr(state, name)) is not None]}


def _pickled(record: object) -> bytes:
    return pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)


def _state_of(memory: BuildMemory, output: Path, last: CarryOver) -> CarryOver:
    """The state that describes a finished build, reusing the records of `last` that did not change
    (so that comparing a row with the one read is mostly comparing pointers)."""
    rendered = {a.source.path: a for a in memory.articles}
    old_articles = last.articles
    articles = {}
    for rel, file in memory.files.items():
        article = rendered.get(rel)
        source = article.source if article else file.article
        old = old_articles.get(rel)
        if (old is not None and old.article is article and old.source is source and old.problems is file.problems
                and old.stat == file.stat and old.images == file.images):
            articles[rel] = old  # (what `known_files` and `rendered` handed out: the very objects read)
            continue
        record = ArticleRecord(file.stat, source, file.problems, article, file.images)
        articles[rel] = old if old == record else record
    found, found_articles, old_pages = memory.check.pages, memory.check.articles, last.pages
    pages = {}
    for path, print_ in memory.page_prints.items():
        page = memory.pages.get(path)
        if page is None:
            continue
        broken, findings, old = found[path], found_articles.get(path), old_pages.get(path)
        if (old is not None and old.page is page and old.print == print_ and old.broken == broken
                and old.article == findings):
            pages[path] = old  # (a page carried over, as the check found it last time: the record read)
            continue
        record = PageRecord(print_, page, broken, findings)
        pages[path] = old if _same_record(old, record) else record
    index = memory.index
    shape = SiteShape(memory.shape, index.files,
                      {path: page.ids for path, page in index.pages.items() if path not in memory.page_prints})
    run = LastRun("" if memory.inputs.racy else memory.inputs.digest, memory.clock, output_stamp(output),
                  memory.report, memory.timezone, memory.searched)
    related = memory.related if last.related != memory.related else last.related
    plan = last.plan if last.plan == memory.plan else memory.plan
    return CarryOver(run, memory.articles_key, articles, memory.outputs, pages, shape, related, plan)


def _forget_doubtful(state: CarryOver, last: CarryOver) -> CarryOver:
    """`state` without the pages whose links could not be read (`_LinkStore`): the next build renders
    them again."""
    doubtful = last.stored.links.doubtful if last.stored is not None else ()
    if not doubtful:
        return state
    return replace(state, outputs={path: print_ for path, print_ in state.outputs.items() if path not in doubtful},
                   pages={path: record for path, record in state.pages.items() if path not in doubtful})


_STATE_NAME = re.compile(r"state-[0-9a-f]{12}\.(?:head|shards|pickle|sqlite(?:-journal|-wal|-shm|\.new)?)")


def forget_gone_outputs(folder: Path, output: Path, key: bytes) -> None:
    """Remove the states of output folders that no longer exist (builds into temporary folders,
    `warta serve` runs, an --output since deleted), so that the cache does not grow without end;
    and states that do not verify with this user's key (whose output cannot be told)."""
    keep = {head_file(folder, output).stem}
    names = os.listdir(folder)
    for name in names:
        # (Not this output's own head, just written: kept whatever it says, and megabytes when the report
        # holds thousands of warnings.)
        if name.startswith("state-") and name.endswith(".head") and name.removesuffix(".head") not in keep:
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
