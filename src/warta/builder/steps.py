"""What each stage of `pipeline.build` does, and the records it hands the next.

Each step takes what earlier steps made (and the `CarryOver` of the last build) and returns a new
frozen record: `Loaded` -> `Plan` -> `Rendered` -> `Checked`. The functions named `_..._one` run in
worker processes (`parallel.py`): they read what the step prepared from `worker_state()`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Callable, NamedTuple

from jinja2 import Environment

from warta.builder.cache import FileCache, open_file_cache
from warta.builder.carryover import BuildMemory, CarryOver, PlanMemo
from warta.builder.fingerprints import (BODY_FIELDS, Fingerprints, TemplateUse, article_digests, page_keys,
                                        clock_span, code_version, page_fingerprint, plan_digest)
from warta.builder.laststamp import InputStamp
from warta.builder.options import BuildOptions
from warta.builder.parallel import forked_map, parallel_map, shared as worker_state
from warta.builder.rendertask import render_item
from warta.builder.report import BuildReport, Reporter
from warta.builder.spill import Spill
from warta.builder.templatecache import TemplateCache, environment_key, template_cache
from warta.builder.write import StagedOutput, put, refuse_duplicates
from warta.config import SiteConfig, load_config
from warta.content import load_articles
from warta.content.authors import AuthorProfile, load_authors
from warta.content.files import folder_problems, read_tree, top_level_names
from warta.content.loader import FileResult, load_article
from warta.content.pages import load_pages
from warta.content.relations import dated_later_problems
from warta.content.schema import SourceArticle, default_slug
from warta.errors import ContentError, Problem
from warta.images.encode import encode, whole
from warta.images.metadata import without_metadata  # (lossless: the picture is not re-encoded)
from warta.images.photos import ArticlePhotos, ImageFinder, Photo, renditions_of
from warta.images.renditions import ENCODER, Rendition, address
from warta.images.source import ImageSource
from warta.layout import ASSETS_DIR, STATIC_DIR
from warta.linkcheck import BuiltPage, SiteIndex, check_links, forget_tags, index_shape, scan_page
from warta.linkcheck.check import NOTHING_EARLIER, LinkCheck
from warta.markdown import Article, render_article
from warta.model.pages import Page, build_pages
from warta.model.pagination import COUNT_FIELDS
from warta.model.site import Site
from warta.model.taxonomies import term_collisions
from warta.model.urls import ARTICLE_DIR, LOGO_FILE, SITE_CARD_FILE, card_path
from warta.outputs.cards import PNG_HEAD, PNG_TAIL, CardSpec, draw_card, draw_logo, logo_key
from warta.outputs.feeds import Feed
from warta.outputs.hosting import add_hosting_files
from warta.outputs.search import SEARCH_DIR, build_search_index
from warta.outputs.sitemap import SitemapEntry
from warta.outputs.syndication import Document, card_specs, plan_syndication, sitemap_entries
from warta.render import collect_assets, make_environment
from warta.render.assets import AssetSet
from warta.render.front import home_problems
from warta.render.pages import OutputFile, PagePlan, SharedContext, failed_pages, own_plans, page_plans, prepare_views
from warta.render.templates import THEME_ASSETS, TemplateDependencies, forget_renders, template_dirs
from warta.render.views import has_card

if TYPE_CHECKING:
    from warta.builder.cluster import Cluster


# -- 1-2. load: the config, every article and every page, read and rendered ------------------------

@dataclass(frozen=True, slots=True)
class Loaded:
    """The config, every article and every page, read, validated and rendered."""

    config: SiteConfig
    now: datetime
    """The build clock, in the site's time zone when `--now` had none."""
    articles: tuple[Article, ...]
    """Every valid article (published or not), in path order."""
    pages: tuple[Page, ...]
    """Every valid page of `pages/`, in footer order."""
    files: dict[str, FileResult]
    """What each article file gave (for the next build)."""
    problems: tuple[Problem, ...]
    """Errors and warnings of the config, the site's folders and the articles."""
    articles_key: str
    """Digest of what reading an article depends on besides its file: the config, Warta's code."""
    profiles: dict[str, AuthorProfile]
    """The authors' profiles (`data/authors.yaml`) by their author's URL name."""


def load(options: BuildOptions, last: CarryOver, jobs: int, spill: Spill) -> Loaded:
    """Read the config and every article file in parallel; an unchanged file keeps last time's
    article. Also when some articles have problems: everything wrong is reported at once. The bodies
    rendered wait in `spill` until a page shows them."""
    root = options.root
    config, config_warnings = load_config(root, options.base_url)
    # (A digest: the config's text can be megabytes, a large `extra` or YAML aliases, issue 21.)
    # (ENCODER: the photos' file names, in the bodies' HTML, name the encoder's settings and version.)
    articles_key = hashlib.sha256(repr((config, code_version(), ENCODER)).encode()).hexdigest()
    previous = last.rendered(articles_key)
    fresh: dict[str, Article] = {}
    shared = _SharedValues()

    def read(files: list[tuple[Path, str]], config: SiteConfig) -> list:
        results = []
        finder = ImageFinder(root, config.image_max_megapixels * 1_000_000)
        # (Batches of 16: a rendered article is tens of kilobytes to send back; measured on the 10,000-article
        # corpus, 16 and 32 kept both processes busier than 64, 8 was slower.)
        # (Apart: the Markdown parsed in the workers only, issue 20; see `parallel_map`.)
        with parallel_map(_load_one, len(files), jobs, _LoadWork(files, config, finder), batch=16,
                          apart=True) as rendered:
            for source, found, article, images in rendered:
                if article is not None:
                    article = _spilled(article, spill, shared)
                    fresh[article.source.path] = article
                    source = article.source
                results.append((source, found, images))
        return results

    loaded = load_articles(root, config, last.known_files(articles_key), read)
    articles = tuple(fresh.get(source.path) or _rendered_before(previous, source) for source in loaded.articles)
    # The pages besides the articles (`pages/`): a few files, read and rendered anew each build.
    sources = load_pages(root, config)
    unreadable = {default_slug(PurePosixPath(p.path).stem) for p in sources.problems if not p.warning}
    pages, page_problems = build_pages(sources.pages, config, loaded.articles, top_level_names(root, STATIC_DIR),
                                       unreadable)
    # The authors' profiles (`data/authors.yaml`), shown on their pages.
    profiles, profile_problems = load_authors(root, loaded.articles)
    problems = (*config_warnings, *folder_problems(root), *loaded.problems, *sources.problems, *page_problems,
                *_markdown_problems([*articles, *pages]), *term_collisions(loaded.articles), *profile_problems,
                *home_problems(config.home, loaded.articles))
    now = options.now if options.now.tzinfo else options.now.replace(tzinfo=config.zone)
    problems += tuple(dated_later_problems(loaded.articles, now))
    return Loaded(config, now, articles, pages, loaded.files, problems, articles_key, profiles)


def _spilled(article: Article, spill: Spill, shared: _SharedValues | None = None) -> Article:
    """`article` with its rendered body and its headings in `spill` (a 100,000-article build held 300 MB of
    bodies, packed, from load to the end; the headings, which only the article's own page shows, were
    0.9 KB an article of the bench corpus, packed: issue 20), and the values its front matter shares with
    other articles' shared with them (`_SharedValues`)."""
    body = article.body
    outline = spill.hold(body.packed_outline) if body.packed_outline else body.packed_outline
    source = article.source if shared is None else shared.source(article.source)
    return replace(article, source=source, body=replace(body, packed=spill.hold(body.packed), packed_outline=outline))


class _SharedValues:
    """One object for each value many articles' front matter holds (a tag, the tags of an article, an
    author, a category, the time zone of a date). An article read by a worker process comes back with
    copies of its own of each (unpickled), which the build held to its end: some 0.4 KB an article of
    the bench corpus (issue 20)."""

    def __init__(self) -> None:
        self._values: dict = {}

    def _one(self, value):
        return self._values.setdefault(value, value)

    def _names(self, names: tuple[str, ...]) -> tuple[str, ...]:
        return self._one(tuple(map(self._one, names)))

    def _moment(self, moment: datetime | None) -> datetime | None:
        if moment is None or moment.tzinfo is None:
            return moment
        # (By its repr: `timezone` objects of one offset are equal whatever their names.)
        zone = self._values.setdefault(("zone", type(moment.tzinfo), repr(moment.tzinfo)), moment.tzinfo)
        return moment if zone is moment.tzinfo else moment.replace(tzinfo=zone)

    def source(self, source: SourceArticle) -> SourceArticle:
        one = self._one
        return replace(source, tags=self._names(source.tags), authors=self._names(source.authors),
                       editors=self._names(source.editors), category=one(source.category),
                       source=one(source.source), dateline=one(source.dateline), type=one(source.type),
                       date=self._moment(source.date), updated=self._moment(source.updated),
                       tag_lines=one(source.tag_lines), author_lines=one(source.author_lines))


def _rendered_before(previous: dict[str, Article], source: SourceArticle) -> Article:
    """The article last time's build rendered from `source`, a file that was not read again."""
    article = previous[source.path]
    if article.source is not source and article.source != source:
        raise KeyError(source.path)  # (not the file `known_files` handed back: a bug, never a stale article)
    return article


@dataclass(frozen=True, slots=True)
class _LoadWork:
    """What the workers of `load` read."""

    files: list[tuple[Path, str]]
    """(path, path shown) of each file to read."""
    config: SiteConfig
    finder: ImageFinder
    """Finds and checks the image files articles name (each process its own, each file once)."""


def _load_one(index: int):
    """Read, validate and render one article file: (its article without the Markdown, problems,
    article, the image files it read)."""
    work: _LoadWork = worker_state()
    file, rel = work.files[index]
    source, problems = load_article(file, rel, work.config)
    if source is None:
        return None, problems, None, ()
    photos = ArticlePhotos(work.finder, rel)
    article = render_article(source, work.config, photos)
    problems = [*problems, *photos.problems]
    if any(not problem.warning for problem in photos.problems):
        return None, problems, None, photos.dependencies
    digest, card_digest = article_digests(article, source.body)
    article = replace(article, digest=digest, card_digest=card_digest)
    return article.source, problems, article, photos.dependencies


def _markdown_problems(articles: list[Article | Page]) -> list[Problem]:
    """What rendering found wrong in an article's or a page's body: lists and quotes nested so deep
    that text would be lost; a body whose HTML would be far larger than its Markdown (issue 21)."""
    return [Problem(a.source.path, a.source.body_line + a.body.too_deep - 1, "body",
                    "lists or quotes are nested too deep here (20 levels at most, a list counting two); what is inside would be lost",
                    "flatten them: use fewer levels of `>` and indented list items")
            for a in articles if a.body.too_deep is not None] + \
        [Problem(a.source.path, a.source.body_line + a.body.too_large.line - 1, "body", a.body.too_large.message,
                 a.body.too_large.hint) for a in articles if a.body.too_large is not None]


def report_problems(problems: tuple[Problem, ...], strict: bool, reporter: Reporter) -> None:
    """Stop on any error (or, under --strict, any warning), with all of them; else report the warnings."""
    if any(not p.warning for p in problems) or (strict and problems):
        raise ContentError(problems)
    for problem in problems:
        reporter.problem(problem)




# -- 4. plan: every output and its fingerprint -------------------------------------------------------

class KeyedPhoto(NamedTuple):
    """One published file of a photo, and its key in the photo cache (`renditions.address`)."""

    key: str
    source: ImageSource
    rendition: Rendition


class KeyedCard(NamedTuple):
    """A social card and its key in the card cache (a digest of what it shows)."""

    key: str
    spec: CardSpec | None
    """None: last time's card, whose spec is made only if it must be drawn again (`Plan.card_specs_at`)."""

    @classmethod
    def of(cls, spec: CardSpec) -> KeyedCard:
        return cls(spec.key(), spec)


@dataclass(frozen=True, slots=True)
class Plan:
    """Every output file of the new site, and the fingerprint of what each is made from."""

    config: SiteConfig
    articles: tuple[Article, ...]
    """The published articles."""
    env: Environment
    """The Jinja2 environment (`render.templates.make_environment`)."""
    shared: SharedContext
    pages: tuple[PagePlan, ...] | None
    """The pages planned, when not every page was (after edits of articles' bodies alone those
    articles' own pages; `pages_at` plans the others when one is asked for); None: every page, planned
    again by `pages_at`. Not their specs: a spec (and its context) is made where its page is
    fingerprinted and again where it is rendered, by the process doing it, and dropped; the build
    held every page's for its whole length (issue 20: about 2 KB an article, 1 KB for its plan)."""
    documents: tuple[Document, ...]
    """Feeds, sitemaps, robots.txt."""
    cards: dict[str, KeyedCard]
    """Social card path -> what it shows."""
    photos: dict[str, KeyedPhoto]
    """Photo file path -> what it is made from."""
    files: tuple[OutputFile, ...]
    """Assets, static files and the files hosts read, as they are."""
    page_prints: dict[str, str]
    """Page output path -> fingerprint, for every page."""
    prints: dict[str, str]
    """Every fingerprinted output (pages, documents, cards) -> fingerprint."""
    searchable: bool
    """The build makes a search index (asked for, and something to search)."""
    assets: AssetSet
    template_dirs: tuple[Path, ...]
    """Where `env` looks templates up (`render.templates.template_dirs`)."""
    memo: PlanMemo
    """What the pages were planned from, for the next build."""
    plan_all: Callable[[], list[PagePlan]] | None = field(default=None, compare=False)
    """Plans every page (`render.pages.page_plans`)."""
    card_specs_at: Callable[[Collection[str]], dict[str, CardSpec]] | None = field(default=None, compare=False)
    """The specs of the cards at the paths given (`outputs.syndication.card_specs`), for the cards
    planned without one."""

    @property
    def paths(self) -> frozenset[str]:
        """Every file of the new site but the search index."""
        return frozenset(self.prints) | {LOGO_FILE} | {file.path for file in self.files}

    def pages_at(self, outputs: Iterable[str]) -> tuple[PagePlan, ...]:
        """The plans of the pages whose output files are `outputs`, in plan order (every page planned
        now when some are not in `pages`: their files were missing from the output reused)."""
        wanted = set(outputs)
        plans = self.pages
        if plans is None or (self.plan_all is not None and not wanted <= {plan.output for plan in plans}):
            plans = self.plan_all()
        return tuple(plan for plan in plans if plan.output in wanted)


def plan(options: BuildOptions, site: Site, loaded: Loaded, last: CarryOver, jobs: int, cache: Path | None) -> Plan:
    """Plan every page, document and card, and fingerprint each (pages in parallel); after edits of
    articles' bodies alone (`fingerprints.plan_digest` as last time), only those articles' own pages
    are planned and fingerprinted again, the other pages keep last time's fingerprints."""
    root, config = options.root, loaded.config
    assets = collect_assets(read_assets(root))
    dirs = template_dirs(root)
    # (The compiled templates depend on the config and the assets too: Jinja2 applies filters to
    # constants while compiling. `--clean` uses none kept.)
    asset_paths = tuple(a.path for a in assets.assets)
    compiled = template_cache(None if options.clean else cache, environment_key(loaded.articles_key, asset_paths))
    env = make_environment(dirs, config, assets, compiled=compiled)
    searchable = options.search and bool(site.articles)  # nothing published: no index, no search page
    shared = prepare_views(site, config, search=searchable, profiles=loaded.profiles)
    # An article view stands for its article in a page's fingerprint: by its full digest, or where no
    # template reads its body (`BODY_FIELDS`), by its card digest.
    articles = (*site.articles, *site.retracted)
    full = Fingerprints({article.slug: article.digest for article in articles})
    light = Fingerprints({article.slug: article.card_digest for article in articles})
    base = full.of(repr(config), code_version(), asset_paths, shared.site, shared.feeds, shared.search_path)
    templates = TemplateDependencies(env, dirs, compiled.analyses if compiled is not None else None)
    printer = _PagePrinter(site, config, shared, base, templates, full, light)
    pages = printer.again(last) or printer.every_page(jobs, last)
    documents = plan_syndication(site, config, shared, pages.sitemap, loaded.now)
    cards = _keyed_cards(site, config, shared, last, loaded.articles_key)
    photos = plan_photos(site.articles, config)
    prints = _merged(pages.prints, {document.path: full.of(base, document) for document in documents},
                     {path: f"card:{card.key}" for path, card in cards.items()},
                     {path: f"photo:{photo.key}" for path, photo in photos.items()})
    files = tuple(OutputFile(a.path, a.data) for a in assets.assets) + read_static(root, loaded.profiles)
    files = add_hosting_files(site, config, files, (*prints, LOGO_FILE))
    return Plan(config, site.articles, env, shared, pages.plans, documents, cards, photos, files, pages.prints,
                prints, searchable, assets, dirs, pages.memo, pages.plan_all, partial(card_specs, site, config, shared))


def keep_compiled(plan: Plan) -> None:
    """Keep the templates' code compiled by this build for the next (`builder/templatecache.py`)."""
    if isinstance(plan.env.bytecode_cache, TemplateCache):
        plan.env.bytecode_cache.save()


def _keyed_cards(site: Site, config: SiteConfig, shared: SharedContext, last: CarryOver,
                 articles_key: str) -> dict[str, KeyedCard]:
    """Every social card by output path, with its key in the card cache. A card shows its article's
    card fields (which its card digest covers) as the config and the card's design (`DESIGN_VERSION`,
    the fonts) have them. The site's card is planned anew; while its key and the config
    (`articles_key`) are last time's, an article's card whose card digest is last time's too keeps the
    key its fingerprint gave, and its spec is made only if the card must be drawn again
    (`KeyedCard.spec` None). (Issue 22: every spec made took 0.06 s of an edit's rebuild and 0.13 s of an
    added article's, of 10,000 articles.)"""
    site_spec = card_specs(site, config, shared, {SITE_CARD_FILE})[SITE_CARD_FILE]
    cards = {SITE_CARD_FILE: KeyedCard.of(site_spec)}
    same = articles_key == last.articles_key and _card_key(last, SITE_CARD_FILE) == cards[SITE_CARD_FILE].key
    before = {r.article.slug: r.article.card_digest for r in last.articles.values()
              if r.article is not None} if same else {}
    found = [(path, _card_key(last, path) if before.get(article.slug) == article.card_digest else None)
             for article in site.articles if has_card(article) for path in (card_path(article.slug),)]
    todo = {path for path, key in found if key is None}
    specs = card_specs(site, config, shared, todo) if todo else {}
    cards.update((path, KeyedCard(key, None) if key else KeyedCard.of(specs[path])) for path, key in found)
    return cards


def _card_key(last: CarryOver, path: str) -> str | None:
    """The card key of the card at `path` as last time's fingerprint gives it."""
    before, marker, key = last.outputs.get(path, "").partition("card:")
    return key if marker and not before and key else None


class _Pages(NamedTuple):
    plans: tuple[PagePlan, ...] | None
    prints: dict[str, str]
    sitemap: tuple[SitemapEntry, ...]
    memo: PlanMemo
    plan_all: Callable[[], list[PagePlan]] | None


@dataclass(frozen=True, slots=True)
class _PagePrinter:
    """Plans the pages and fingerprints them: all of them, or again only what changed."""

    site: Site
    config: SiteConfig
    shared: SharedContext
    base: str
    templates: TemplateDependencies
    full: Fingerprints
    light: Fingerprints
    digests: dict[tuple, str] = field(default_factory=dict)
    """`plan_digest` by the templates' uses: `again` makes it, and `every_page` needs it again when
    `again` finds it changed."""

    def every_page(self, jobs: int, last: CarryOver) -> _Pages:
        """Every page; a page whose key (`fingerprints.page_keys`) is last time's keeps last time's
        fingerprint, and its spec is not made: after an article is added, the pages of the listings
        that show it, its neighbours' pages and its own are planned and fingerprinted again."""
        plans = page_plans(self.site, self.config, self.shared)
        uses = self._uses({plan.template for plan in plans})
        base, full, light = self.base, self.full, self.light
        keys = page_keys(plans, uses, base, full, light)
        paths = [plan.output for plan in plans]
        memo, outputs = last.plan, last.outputs
        before = dict(zip(memo.pages, memo.keys)) if memo is not None and not memo.bodies_listed else {}
        changed = self._changed(last) if before else set()
        todo = [plan for plan, path, key in zip(plans, paths, keys) if key is None or before.get(path) != key
                or plan.own in changed or path not in outputs]
        fresh: dict[str, str] = {}
        entries: dict[str, SitemapEntry] = {}
        searched: list[str] = []
        listed = False
        work = _FingerprintWork(todo, uses, base, full, light)
        with parallel_map(_fingerprint_one, len(todo), jobs, work, batch=512, renew_after=8 * 512) as computed:
            for plan, printed in zip(todo, computed):
                fresh[plan.output] = printed.fingerprint
                entries.update((entry.path, entry) for entry in printed.sitemap)
                if printed.searched:
                    searched.append(plan.output)
                listed = listed or printed.listed
        prints = {path: fresh.get(path) or outputs[path] for path in paths}
        sitemap = _sitemap(plans, entries, {plan.path for plan in todo}, memo)
        memo = PlanMemo(self._digest(uses), tuple(uses), tuple(prints), tuple((e.path, e.lastmod) for e in sitemap),
                        tuple(searched), listed, tuple(map(dict(zip(paths, keys)).get, prints)))
        return _Pages(None if len(todo) == len(plans) else tuple(todo), prints, sitemap, memo,
                      partial(page_plans, self.site, self.config, self.shared))

    def again(self, last: CarryOver) -> _Pages | None:
        """The pages as last time but the own pages of the articles whose full digest changed, planned
        and fingerprinted again; None when anything else they are planned from changed."""
        memo, outputs = last.plan, last.outputs
        if memo is None or memo.bodies_listed:
            return None
        uses = self._uses(set(memo.templates))
        if self._digest(uses) != memo.digest or not all(path in outputs for path in memo.pages):
            return None
        site = self.site
        plans = tuple(own_plans(site, self.config, self.shared, self._changed(last)))
        specs = tuple(plan.make() for plan in plans)
        fresh = {spec.output: page_fingerprint(spec, uses[spec.template], self.base, self.full, self.light)
                 for spec in specs}
        if not fresh.keys() <= set(memo.pages):
            return None
        lastmods = {spec.path: spec.lastmod for spec in specs}
        sitemap = tuple((path, lastmods[path] if path in lastmods else lastmod) for path, lastmod in memo.sitemap)
        return _Pages(plans, {path: fresh.get(path) or outputs[path] for path in memo.pages},
                      tuple(SitemapEntry(path, lastmod) for path, lastmod in sitemap),
                      replace(memo, sitemap=sitemap),
                      partial(page_plans, site, self.config, self.shared))

    def _changed(self, last: CarryOver) -> set[str]:
        """The slugs of the articles whose full digest is not last time's (new ones included)."""
        before = {record.article.slug: record.article.digest for record in last.articles.values()
                  if record.article is not None}
        return {a.slug for a in (*self.site.articles, *self.site.retracted) if before.get(a.slug) != a.digest}

    def _uses(self, names: set[str]) -> dict[str, TemplateUse]:
        """What each template of `names` reads and is made from (a template including itself is an error)."""
        templates = self.templates
        loops = templates.loops(names)
        if loops:
            raise ContentError(loops)
        return {name: TemplateUse(templates.reads(name, BODY_FIELDS, except_of="article"), templates.fingerprint(name),
                                  templates.reads(name, COUNT_FIELDS))
                for name in sorted(names)}

    def _digest(self, uses: dict[str, TemplateUse]) -> str:
        key = tuple(uses.items())
        if key not in self.digests:
            self.digests[key] = plan_digest(self.light, self.base, uses, self.site, self.shared)
        return self.digests[key]


def _sitemap(plans: list[PagePlan], entries: dict[str, SitemapEntry], planned: set[str],
             memo: PlanMemo | None) -> tuple[SitemapEntry, ...]:
    """The sitemap's entries, in the order of `plans`: a page planned now (its path in `planned`) is
    listed as its spec said (`entries`, by `sitemap_entries`), one kept from last time as it was then."""
    before = dict(memo.sitemap) if memo is not None else {}
    return tuple(entries[plan.path] if plan.path in planned else SitemapEntry(plan.path, before[plan.path])
                 for plan in plans if plan.path in entries or (plan.path not in planned and plan.path in before))


def plan_photos(articles: tuple[Article, ...], config: SiteConfig) -> dict[str, KeyedPhoto]:
    """Every file published of the photos of `articles` (`photos.renditions_of`), by output path."""
    widths = config.image_widths
    found: dict[str, KeyedPhoto] = {}
    for article in articles:
        leads = {article.lead.source.path: article.lead} if article.lead else {}
        for source in article.images:
            photo = leads.get(source.path) or Photo(source, "")
            for path, (source, rendition) in renditions_of(photo, widths, lead=source.path in leads).items():
                found[path] = KeyedPhoto(address(source, rendition), source, rendition)
    return dict(sorted(found.items()))


@dataclass(frozen=True, slots=True)
class _FingerprintWork:
    """What the workers of `plan` read: the arguments of `page_fingerprint` for every page."""

    plans: list[PagePlan]
    """The pages to fingerprint, each made into its spec by the worker (`PagePlan.make`)."""
    uses: dict[str, TemplateUse]
    base: str
    full: Fingerprints
    light: Fingerprints


class _Printed(NamedTuple):
    """What planning one page gives the plan besides itself: what its spec said, the spec made and
    dropped by the worker that fingerprinted it."""

    fingerprint: str
    sitemap: tuple[SitemapEntry, ...]
    """Its entry in the sitemap (`sitemap_entries`), if it has one."""
    searched: bool
    """A page of `pages/` that the search index covers."""
    listed: bool
    """It shows another article's body (its two fingerprints differ). (A template may read `.body` of a
    name that is no article, as page.html does of its page: the two differ only for a page that shows
    articles. A page kept as it was did not.)"""


def _fingerprint_one(index: int) -> _Printed:
    work: _FingerprintWork = worker_state()
    spec = work.plans[index].make()
    use = work.uses[spec.template]
    return _Printed(page_fingerprint(spec, use, work.base, work.full, work.light), sitemap_entries((spec,)),
                    spec.kind == "page" and spec.context["page"].search,
                    use.others_in_full and work.full.of(spec) != work.light.of(spec))


def _merged(*prints: dict[str, str]) -> dict[str, str]:
    """One fingerprint per output file, from the pages, documents and cards."""
    merged = {path: print_ for part in prints for path, print_ in part.items()}
    if len(merged) != sum(map(len, prints)):
        refuse_duplicates([path for part in prints for path in part])
    return merged


def read_assets(root: Path) -> dict[str, bytes]:
    """Theme assets, overridden by same-named files in the site's `assets/`."""
    return {**read_tree(THEME_ASSETS.parent, THEME_ASSETS.name), **read_tree(root, ASSETS_DIR)}


def read_static(root: Path, profiles: dict[str, AuthorProfile] | None = None) -> tuple[OutputFile, ...]:
    """The site's `static/` folder, copied to the output root as it is, but for the authors' profile
    photos (`profiles`), published without their metadata as every photo of an article is (defects23,
    finding 4: a portrait taken on a phone published where it was taken, in its EXIF GPS position)."""
    portraits = {profile.photo.lstrip("/") for profile in (profiles or {}).values() if profile.photo}
    return tuple(OutputFile(name, without_metadata(data) if name in portraits else data)
                 for name, data in sorted(read_tree(root, STATIC_DIR).items()))


# -- 5. render: what changed, into the staging folder --------------------------------------------------

@dataclass(frozen=True, slots=True)
class Rendered:
    """The new output so far: what was rendered, what was carried over."""

    pages: dict[str, BuiltPage]
    """Anchors and links of each page rendered this time (the links in a `Spill`, read when asked for)."""
    kept: frozenset[str]
    """Outputs carried over from the last build unchanged (hard links)."""
    redone: int
    """How many pages were rendered."""
    indexed: bool
    """Among them an article's page or a page of `pages/`: what the search index is made from."""
    changed: int
    """Files whose bytes differ from the old output's."""


def render(plan: Plan, last: CarryOver, staged: StagedOutput, jobs: int, reporter: Reporter, spill: Spill,
           remote: Cluster | None = None) -> Rendered:
    """Write the plain files, carry over the outputs whose fingerprint is unchanged, and render the
    other pages and documents in parallel (on the Dask cluster `remote`, if given); a template's
    error stops the build, naming its pages."""
    changed = staged.write(plan.files)
    same = last.unchanged_outputs(plan.prints)
    kept = frozenset(same) - staged.keep(same)
    redone = plan.pages_at(path for path in plan.page_prints if path not in kept)
    todo = [*redone, *(document for document in plan.documents if document.path not in kept)]
    staged.claim(item.output for item in todo)
    last.fetch_bodies(_bodies_shown(todo, plan.shared), spill)
    reporter.progress("Menyusun halaman", len(todo))
    pages: dict[str, BuiltPage] = {}  # (their links wait in `spill` until the check and the saved state read them)
    failures: dict[int, Problem] = {}  # index in `todo` -> why its template failed
    with _rendering(plan, todo, staged, jobs, remote) as results:
        for index, (found, differs, problem) in results:
            if problem is not None:
                failures[index] = problem
            elif found is not None:
                pages[todo[index].output] = spill.page(found)
            changed += differs
            reporter.advance()
    forget_tags()  # (the tags of the pages, remembered to scan them: not needed any more)
    forget_renders(plan.env)  # (nor the cards rendered for the listings)
    if failures:
        failed: dict[Problem, list[str]] = {}  # a template's error -> the pages it stopped, in `todo`'s order
        for index in sorted(failures):
            failed.setdefault(failures[index], []).append(todo[index].output)
        raise ContentError(failed_pages(failed))
    # (page.html: the template of the pages of `pages/` alone, `render.pages.page_plans`)
    indexed = any(page.output.startswith(f"{ARTICLE_DIR}/") or page.template == "page.html" for page in redone)
    return Rendered(pages, kept, len(redone), indexed, changed)


def _bodies_shown(todo: list[PagePlan | Document], shared: SharedContext) -> Iterator[object]:
    """The articles' bodies (`RenderedBody.packed`) the pages and documents of `todo` show: an article's
    page (or notice) its own, a feed its entries'. (A theme's template may show others: those are
    fetched as read.)"""
    for item in todo:
        if isinstance(item, Document):
            if isinstance(item.content, Feed):
                yield from (view.packed_body for view in item.content.articles)
        elif item.own is not None:
            yield shared.articles[item.own].packed_body


@contextmanager
def _rendering(plan: Plan, todo: list[PagePlan | Document], staged: StagedOutput, jobs: int,
               remote: Cluster | None) -> Iterator[Iterator[tuple[int, Written]]]:
    """(index in `todo`, what became of it) of every page and document of `todo`, rendered and written
    into `staged`: by forked workers, in order, or on the Dask cluster `remote`, as its tasks finish."""
    if remote is not None:
        from warta.builder.cluster import render_remote

        yield render_remote(remote, plan, todo, staged)
        return
    work = _RenderWork(plan.env, plan.shared, plan.config, todo, staged.folder, staged.output, staged.made)
    with parallel_map(_render_one, len(todo), jobs, work, apart=True) as results:  # (issue 20: see `load`)
        yield enumerate(results)


Written = tuple[BuiltPage | None, bool, Problem | None]
"""What became of one page or document rendered: its link scan (a page's), whether its file differs
from the live output's, or why its template failed (then nothing was written)."""


@dataclass(frozen=True, slots=True)
class _RenderWork:
    """What the workers of `render` read."""

    env: Environment
    shared: SharedContext
    config: SiteConfig
    todo: list[PagePlan | Document]
    """The pages (each made into its spec by the worker rendering it) and documents to render."""
    staging: Path
    """The staging folder written into."""
    old: Path
    """The live output, whose files an unchanged one is linked from."""
    made: set[str]
    """Folders made in the staging folder (each process adds to its own copy)."""


def _render_one(index: int) -> Written:
    """Render one page or document into the staging folder (`rendertask.render_item`)."""
    work: _RenderWork = worker_state()
    item = work.todo[index]
    data, found, problem = render_item(item, work.env, work.shared, work.config)
    if problem is not None:
        return None, False, problem
    return found, put(work.staging, work.old, item.output, data, made=work.made), None


# -- 6. check: links that lead nowhere ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Checked:
    """The link check of the new site."""

    found: LinkCheck
    pages: dict[str, BuiltPage]
    """Anchors and links of every page and static HTML file."""
    index: SiteIndex
    shape: str
    """`index_shape(index)`."""


def check(plan: Plan, rendered: Rendered, last: CarryOver, shown: str, articles_key: str, jobs: int = 1) -> Checked:
    """Check every link of the new site (the built pages in parallel): pages rendered now are scanned,
    unchanged pages keep last time's scan and, while the config (`Loaded.articles_key`) and the site's
    shape allow, last time's findings."""
    unchanged = last.kept_pages(plan.page_prints, rendered.pages)
    pages = {**unchanged, **rendered.pages}
    for file in plan.files:
        if file.path.endswith(".html"):
            pages[file.path] = scan_page(file.data.decode("utf-8", errors="replace"))
    index = SiteIndex(plan.paths, pages)
    shape = index_shape(index)
    earlier = last.earlier_check(index, shape, unchanged, articles_key)
    # The links of the pages not rendered now are read only where they are checked again: all of them
    # when the check starts over, those that were broken when the site only grew (fetched at once).
    last.fetch_links(unchanged if earlier is NOTHING_EARLIER else
                     [path for path, broken in earlier.pages.items() if broken] if earlier.grown else ())
    # (The built pages checked in parallel: 1.3 s of a 10,000-article build in one process, issue 22.)
    found = check_links(plan.articles, index, plan.config, shown, earlier, partial(forked_map, jobs=jobs))
    return Checked(found, pages, index, shape)


# -- 7. cards and search ------------------------------------------------------------------------------

def write_cards(plan: Plan, kept: frozenset[str], staged: StagedOutput, cache_folder: Path | None, jobs: int,
                remote: Cluster | None = None) -> int:
    """Link each social card and the logo from the card cache, drawing the missing ones in parallel
    (on the Dask cluster `remote`, if given)."""
    with open_file_cache(cache_folder, "cards", "social cards", PNG_HEAD, PNG_TAIL) as cache:
        cache.keep(card.key for path, card in plan.cards.items() if path in kept)
        cards = {path: card for path, card in plan.cards.items() if path not in kept}
        unplanned = [path for path, card in cards.items() if card.spec is None]
        if unplanned:
            specs = plan.card_specs_at(unplanned)
            cards.update((path, KeyedCard.of(specs[path])) for path in unplanned)
        return _link_cards(staged, cache, cards, plan.config, jobs, remote)


def _link_cards(staged: StagedOutput, cache: FileCache, cards: dict[str, KeyedCard], config: SiteConfig,
                jobs: int, remote: Cluster | None = None) -> int:
    # (Each entry opened and its ends read in parallel: 0.4 s of 10,000 cards in one process, issue 22.)
    keys = sorted({card.key for card in cards.values()})
    whole = dict(zip(keys, forked_map(cache.has, keys, jobs)))
    missing = sorted({card.key: card.spec for card in cards.values() if not whole[card.key]}.items())
    if remote is not None:
        from warta.builder.cluster import draw_cards

        for key, data in draw_cards(remote, missing):
            cache.store(key, data)
    else:
        with parallel_map(_draw_one, len(missing), jobs, _DrawWork(missing, cache)) as drawn:
            for _ in drawn:
                pass
    logo = cache.get(f"logo-{logo_key(config.title)}", lambda: draw_logo(config.title))
    # (each card checked or drawn just above)
    changed = staged.link([(path, cache.entry(card.key)) for path, card in sorted(cards.items())] + [(LOGO_FILE, logo)])
    cache.prune()
    return changed


@dataclass(frozen=True, slots=True)
class _DrawWork:
    """What the workers drawing social cards read."""

    cards: list[tuple[str, CardSpec]]
    """(key, spec) of each card to draw."""
    cache: FileCache


def _draw_one(index: int) -> None:
    work: _DrawWork = worker_state()
    key, spec = work.cards[index]
    work.cache.store(key, draw_card(spec))


def write_photos(plan: Plan, root: Path, kept: frozenset[str], staged: StagedOutput, cache_folder: Path | None,
                 jobs: int, reporter: Reporter, remote: Cluster | None = None) -> tuple[int, int]:
    """Link each photo file from the photo cache, encoding the missing ones in parallel (each source
    decoded once; on the Dask cluster `remote`, if given, which is sent the source's bytes):
    (files changed in the output, files encoded)."""
    with open_file_cache(cache_folder, "photos", "photos' files") as cache:
        cache.keep(photo.key for path, photo in plan.photos.items() if path in kept)
        todo = {path: photo for path, photo in plan.photos.items() if path not in kept}
        missing: dict[ImageSource, list[KeyedPhoto]] = {}
        for photo in {photo.key: photo for photo in todo.values() if not _cached(cache, photo)}.values():
            missing.setdefault(photo.source, []).append(photo)
        groups = [(source, missing[source]) for source in sorted(missing, key=lambda source: source.path)]
        reporter.progress("Menyiapkan foto", len(groups))
        if remote is not None:
            from warta.builder.cluster import encode_photos

            def group(index: int) -> tuple[bytes, list[Rendition]]:
                source, photos = groups[index]
                return _source_bytes(root, source), [photo.rendition for photo in photos]

            for index, encoded in encode_photos(remote, len(groups), group):
                _, photos = groups[index]
                for photo, data in zip(photos, encoded):
                    cache.store(photo.key, data)
                reporter.advance()
        else:
            # (One source a batch: each takes a second or more, the other workers must not wait behind it.)
            with parallel_map(_encode_one, len(groups), jobs, _EncodeWork(root, groups, cache), batch=1) as encoded:
                for _ in encoded:
                    reporter.advance()
        changed = staged.link((path, cache.entry(photo.key)) for path, photo in sorted(todo.items()))
        cache.prune()
    return changed, sum(map(len, missing.values()))


def _cached(cache: FileCache, photo: KeyedPhoto) -> bool:
    """Whether the photo cache holds the file whole (an entry cut short or replaced is made again)."""
    return cache.has(photo.key, lambda handle, size: whole(handle, size, photo.rendition.format, photo.source.digest))


@dataclass(frozen=True, slots=True)
class _EncodeWork:
    """What the workers encoding photos read."""

    root: Path
    groups: list[tuple[ImageSource, list[KeyedPhoto]]]
    """(source, the files to make of it) of each source."""
    cache: FileCache


def _encode_one(index: int) -> None:
    """Encode the missing files of one source image into the photo cache."""
    work: _EncodeWork = worker_state()
    source, photos = work.groups[index]
    data = _source_bytes(work.root, source)
    for photo, encoded in zip(photos, encode(data, [photo.rendition for photo in photos])):
        work.cache.store(photo.key, encoded)


def _source_bytes(root: Path, source: ImageSource) -> bytes:
    """The bytes of a photo's file, as the build planned it (refused if it changed since)."""
    data = (root / source.path).read_bytes()
    if hashlib.sha256(data).hexdigest()[:len(source.digest)] != source.digest:
        raise ContentError([Problem(source.path, None, None, "changed while the site was being built",
                                    "build again once it is saved")])
    return data


def write_search(staged: StagedOutput, last: CarryOver, indexed: bool, plan: Plan) -> int:
    """Run Pagefind over the staged article pages and the pages of `pages/` that ask for it, or carry
    the old index over when none of them changed (`indexed`: `Rendered.indexed`) and none is gone (a
    page of `pages/` removed re-renders nothing else)."""
    gone = any(path.endswith(".html") for path in last.outputs.keys() - plan.prints.keys())
    if not gone and not indexed and last.searched:
        old = staged.output / SEARCH_DIR
        names = sorted(p.relative_to(staged.output).as_posix() for p in old.rglob("*") if p.is_file()) \
            if old.is_dir() else []
        if names and not staged.keep(names):
            return 0
    staged.prune()  # a reused generation may hold pages of deleted articles: Pagefind must not see them
    return staged.write(build_search_index(staged.folder, plan.config.language, plan.memo.searched))


# -- 9. remember: what the next build carries over ---------------------------------------------------

def memory(inputs: InputStamp, loaded: Loaded, site: Site, plan: Plan, checked: Checked,
           report: BuildReport) -> BuildMemory:
    """What a finished build hands the next (`carryover.remember`)."""
    return BuildMemory(inputs=inputs, clock=clock_span(loaded.articles, loaded.now), report=report,
                       timezone=loaded.config.timezone, searched=plan.searchable, articles_key=loaded.articles_key,
                       files=loaded.files, articles=loaded.articles, outputs=plan.prints,
                       page_prints=plan.page_prints, pages=checked.pages, check=checked.found,
                       index=checked.index, shape=checked.shape, related=site.related, plan=plan.memo)
