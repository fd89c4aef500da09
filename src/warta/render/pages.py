"""Site -> one PageSpec per HTML page -> OutputFile; each page a pure function of its spec."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from itertools import groupby
from operator import attrgetter
from typing import Any, Callable

import jinja2

from warta.config import SiteConfig
from warta.content.authors import AuthorProfile
from warta.errors import Problem
from warta.markdown import Article
from warta.model.pages import Page
from warta.model.archives import Month
from warta.model.pagination import PageSlice, counts_of, paginate
from warta.model.site import Neighbours, Site
from warta.model.taxonomies import Term
from warta.model.urls import (ATOM_FILE, CORRECTIONS_FEED, CORRECTIONS_PAGE, JSON_FEED_FILE, NOT_FOUND_FILE, RSS_FILE,
                              SEARCH_PAGE, SITE_CARD_FILE, archive_index_path, article_path, output_file, term_feed_path,
                              term_index_path)
from warta.render.dates import month_year
from warta.render.front import home_front
from warta.render.metadata import Metadata, image_path, image_size
from warta.render.templates import render_template
from warta.render.views import (ArticleView, ArticleViews, CorrectionEntry, FeedLink, Link, SiteView,
                                correction_entries, month_view, page_view, profile_view, site_view, term_links)

TERM_LABELS = {"tag": "Tag", "category": "Kategori", "author": "Penulis", "source": "Sumber"}
TERM_INDEX_TEMPLATES = {"tag": "tags.html", "category": "categories.html", "author": "authors.html",
                        "source": "sources.html"}
TERM_INDEX_TITLES = {"tag": "Semua tag", "category": "Semua kategori", "author": "Semua penulis",
                     "source": "Semua sumber"}


@dataclass(frozen=True, slots=True)
class OutputFile:
    """One file of the built site."""

    path: str
    """Path inside the output folder, forward slashes (`artikel/x/index.html`)."""
    data: bytes


@dataclass(frozen=True, slots=True)
class PageSpec:
    """Everything needed to render one page, apart from the shared site values."""

    kind: str
    """home, article, tag, tags, category, …, archive, archives, page (of `pages/`), 404."""
    path: str
    """Site path (`artikel/x/`, or `404.html`)."""
    template: str
    title: str
    """The page's own title, without the site name."""
    description: str
    context: dict[str, Any] = field(hash=False, compare=False)
    """Template variables of this page (views only)."""
    indexable: bool = True
    """False for pages search engines should not list (404)."""
    sitemap: bool = True
    """Listed in sitemap.xml when indexable (a page of `pages/` with `sitemap: false` is not)."""
    lastmod: datetime | None = None
    """When what the page shows last changed (for the sitemap)."""
    image: str = SITE_CARD_FILE
    """og:image: site path or absolute URL."""
    image_alt: str = ""
    image_size: tuple[int, int, str] | None = (1200, 630, "image/png")
    """og:image's width, height and type, when known (not for a URL the article names)."""
    og_type: str = "website"
    feeds: tuple[FeedLink, ...] = ()
    """Feeds of this page besides the site's own (a tag's Atom feed)."""
    jsonld: tuple[Callable[[], dict], ...] = field(default=(), hash=False, compare=False)
    """Structured data objects, rendered as JSON-LD (made from the page's article, or the config),
    each made only when the page is rendered: most pages of a rebuild are carried over."""

    @property
    def output(self) -> str:
        return output_file(self.path)


@dataclass(frozen=True, slots=True)
class SharedContext:
    """Values computed once per build and given to every page."""

    site: SiteView
    articles: Mapping[str, ArticleView] = field(hash=False, compare=False)
    """Slug -> view of every published and withdrawn article (`ArticleViews`: each made when first
    asked for)."""
    feeds: tuple[FeedLink, ...] = ()
    """The site-wide feeds, advertised on every page."""
    search_path: str | None = None
    """Site path of the search page, when the build has a search index."""
    profiles: dict[str, AuthorProfile] = field(default_factory=dict, hash=False, compare=False)
    """The authors' profiles (`data/authors.yaml`) by URL name: each shown on its author's page only."""
    corrections: tuple[CorrectionEntry, ...] = ()
    """Every correction and withdrawal of the site, newest first: the corrections page and its feed."""


def prepare_views(site: Site, config: SiteConfig, search: bool = False,
                  profiles: dict[str, AuthorProfile] | None = None) -> SharedContext:
    """The article views (each made once, when first asked for) and the site view; `search` adds the
    search page and box, `profiles` the authors' profiles to their pages."""
    articles = (*site.articles, *site.retracted)
    views = ArticleViews(articles, config)
    feeds = (FeedLink(f"{config.title} (Atom)", ATOM_FILE, "application/atom+xml"),
             FeedLink(f"{config.title} (RSS)", RSS_FILE, "application/rss+xml"),
             FeedLink(f"{config.title} (JSON Feed)", JSON_FEED_FILE, "application/feed+json")) if config.absolute else ()
    corrections = correction_entries(tuple(views[a.slug] for a in articles
                                           if a.source.corrections or a.source.retracted), config.base_path)
    return SharedContext(site=site_view(site, config, views), articles=views, feeds=feeds,
                         search_path=SEARCH_PAGE if search else None, profiles=profiles or {},
                         corrections=corrections)


@dataclass(frozen=True, slots=True)
class PagePlan:
    """One page before its spec is made (`make`): where it goes, its template and, for a page that
    shows articles in a set way (an article's own page, a page of a listing), what its spec is made
    from besides the build's shared values. A rebuild tells from these alone which pages are as they
    were (`builder.fingerprints.page_key`), and makes the specs (and views) of the others only."""

    path: str
    template: str
    make: Callable[[], PageSpec]
    values: tuple | None = None
    """The plain values the spec is made from besides the articles it shows and the config; None
    for a page made from more (the front page, the indexes of every term or month, `pages/`, the
    corrections): planned at every build."""
    shows: tuple[tuple[str, ...], ...] = ()
    """The slugs of the articles the page shows, by role (newer, older, related…, or a page's items)."""
    own: str | None = None
    """The slug of the page's own article, which it shows in full."""
    counted: tuple | None = None
    """A listing page's `counts_of` its `PageSlice` (how many archive pages the listing has), apart from
    `values`: they count only where a template reads them."""

    @property
    def output(self) -> str:
        return output_file(self.path)


def page_plans(site: Site, config: SiteConfig, shared: SharedContext) -> list[PagePlan]:
    """Every HTML page of the site, in order, each to be made when asked for (`PagePlan.make`)."""
    views = shared.articles
    meta = Metadata(config)
    listing = _lister(views)
    plans: list[PagePlan] = []
    description = config.description or f"Berita terbaru di {config.title}"  # never empty (issue 21)
    for page in paginate(site.articles, config.per_page, ""):
        make = partial(_home_page, page, description, site.categories, views, listing, config, meta, shared)
        plans.append(PagePlan(page.path, "index.html", make, None if page.number == 0 else ("home", *_sliced(page)),
                              (_slugs(page.items),), counted=counts_of(page)))

    plans.extend(_article_plans(site, views, listing, meta, site.articles, site.retracted))
    plans.extend(PagePlan(spec.path, spec.template, partial(_same, spec))
                 for spec in _corrections_pages(shared.corrections, config))

    newest = _newest_of(site.articles, views)
    for kind in ("tag", "category", "author", "source"):
        terms = site.terms(kind)
        plans.append(PagePlan(term_index_path(kind), TERM_INDEX_TEMPLATES[kind],
                              partial(_term_index, kind, terms, config, newest)))
        for term in terms:
            plans.extend(_term_plans(term, listing, config, meta, shared.profiles))

    plans.append(PagePlan(archive_index_path(), "archives.html", partial(_archives_index, site.months, config, newest)))
    for month in site.months:
        plans.append(PagePlan(month.path, "archive.html", partial(_month_page, month, listing, config),
                              ("archive", month.year, month.month, len(month.articles)), (_slugs(month.articles),)))

    for page in site.pages:  # (in no listing or feed: the footer links them)
        plans.append(PagePlan(page.path, "page.html", partial(_page_spec, page)))
    latest = partial(listing, site.articles[:5])  # (the search page before a search, and the 404 page)
    if shared.search_path:
        # Crawlable (Lighthouse's SEO audit counts a noindex page as blocked) but left out of the
        # sitemap; its canonical address has no query, so `cari/?q=…` variants fold into it.
        plans.append(PagePlan(shared.search_path, "search.html", lambda: PageSpec(
            "search", shared.search_path, "search.html", "Cari", f"Cari artikel di {config.title}",
            {"latest": latest()}, sitemap=False)))
    plans.append(PagePlan(NOT_FOUND_FILE, "404.html", lambda: PageSpec(
        "404", NOT_FOUND_FILE, "404.html", "Halaman tidak ditemukan",
        config.description or f"Halaman yang dicari tidak ada di {config.title}", {"latest": latest()},
        indexable=False)))
    return plans


def own_plans(site: Site, config: SiteConfig, shared: SharedContext, slugs: set[str]) -> list[PagePlan]:
    """The pages `page_plans` plans for the articles of `slugs` alone (an article's page, or the
    notice of a withdrawn one), in the same order."""
    views = shared.articles
    return _article_plans(site, views, _lister(views), Metadata(config),
                          [a for a in site.articles if a.slug in slugs],
                          [a for a in site.retracted if a.slug in slugs])


def _home_page(page: PageSlice[Article], description: str, categories: tuple[Term, ...],
               views: Mapping[str, ArticleView], listing: Callable, config: SiteConfig, meta: Metadata,
               shared: SharedContext) -> PageSpec:
    """One page of the home listing: page 1 is a news front (the lead, the latest, a block per
    category, then the rest of its slice); pages 2+ the plain chronological list, going on where page
    1's slice ends."""
    page = replace(page, items=listing(page.items))
    title = "Beranda" if page.number == 0 else f"Halaman {page.number}"
    front = ({"front": home_front(page.items, categories, lambda a: views[a.slug], config.home)}
             if page.number == 0 else {})
    return PageSpec("home", page.path, "index.html", title, description, {"page": page, **front},
                    lastmod=_lastmod(page.items),
                    jsonld=(partial(meta.website, shared.search_path),) if page.number == 0 else ())


def _article_plans(site: Site, views: Mapping[str, ArticleView], listing: Callable, meta: Metadata,
                   published: Iterable[Article], retracted: Iterable[Article]) -> list[PagePlan]:
    """The page of every article of `published`, and the notice at the address of every withdrawn one
    of `retracted`."""
    plans: list[PagePlan] = []
    for article in published:
        near = site.neighbours[article.slug]
        shows = ((near.newer.slug if near.newer else "",), (near.older.slug if near.older else "",),
                 _slugs(near.related), _slugs(near.replies), (near.answers.slug if near.answers else "",))
        plans.append(PagePlan(article_path(article.slug), "article.html",
                              partial(_article_page, article, near, views, listing, meta), ("article",), shows,
                              article.slug))
    # A withdrawn article keeps its address, showing why it was withdrawn; search engines are asked
    # to drop it (noindex), and it is in no listing, feed, sitemap or search index.
    for article in retracted:
        plans.append(PagePlan(article_path(article.slug), "retracted.html",
                              partial(_retracted_page, views[article.slug]), ("retracted",), (), article.slug))
    return plans


def _article_page(article: Article, near: Neighbours, views: Mapping[str, ArticleView], listing: Callable,
                  meta: Metadata) -> PageSpec:
    view = views[article.slug]
    # The summary is the written one or the first paragraph's start; a body with no paragraph
    # (a table, a list of links) has none: the headline then, never an empty description (issue 21).
    return PageSpec("article", view.path, "article.html", view.title, view.summary or view.title, {
        "article": view,
        "newer": views[near.newer.slug] if near.newer else None,
        "older": views[near.older.slug] if near.older else None,
        "related": listing(near.related),
        "replies": listing(near.replies),
        "answers": views[near.answers.slug] if near.answers else None,
    }, lastmod=view.modified or view.date, image=image_path(view), image_size=image_size(view),
        image_alt=view.image_alt if view.image else f"Kartu artikel: {view.title}", og_type="article",
        jsonld=(partial(meta.news_article, view), partial(meta.breadcrumbs, view)))


def _retracted_page(view: ArticleView) -> PageSpec:
    return PageSpec("retracted", view.path, "retracted.html", view.title, f"Artikel ini dicabut. {view.title}",
                    {"article": view}, indexable=False)


def _same(spec: PageSpec) -> PageSpec:
    return spec


def _slugs(articles: Iterable[Article]) -> tuple[str, ...]:
    return tuple(map(_slug, articles))


def _sliced(page: PageSlice) -> tuple:
    """A page slice's place in its listing (its items and its listing's count of pages apart)."""
    return page.number, page.path, page.prev_path, page.next_path


def _newest_of(articles: tuple[Article, ...], views: Mapping[str, ArticleView]) -> datetime | None:
    """`_lastmod` of every article of `articles`, with the view of only the newest made."""
    if not articles:
        return None
    newest = max(articles, key=lambda a: a.source.updated or a.source.date)
    return _lastmod((views[newest.slug],))


def _term_index(kind: str, terms: tuple[Term, ...], config: SiteConfig, newest: datetime | None) -> PageSpec:
    return PageSpec(f"{kind}-index", term_index_path(kind), TERM_INDEX_TEMPLATES[kind], TERM_INDEX_TITLES[kind],
                    f"{TERM_INDEX_TITLES[kind]} di {config.title}", {"terms": term_links(terms), "kind": kind},
                    lastmod=newest)


def _archives_index(months_of: tuple[Month, ...], config: SiteConfig, newest: datetime | None) -> PageSpec:
    months = tuple(month_view(m) for m in months_of)
    years = tuple((year, tuple(items)) for year, items in groupby(months, key=lambda m: m.year))
    return PageSpec("archives", archive_index_path(), "archives.html", "Arsip",
                    f"Semua artikel {config.title} menurut bulan", {"years": years}, lastmod=newest)


def _month_page(month: Month, listing: Callable, config: SiteConfig) -> PageSpec:
    name = month_year(month.year, month.month, config.language)
    articles = listing(month.articles)
    return PageSpec("archive", month.path, "archive.html", f"Arsip {name}",
                    f"{len(month.articles)} artikel {config.title} terbit pada {name}",
                    {"month": month_view(month), "articles": articles}, lastmod=_lastmod(articles))


def _corrections_pages(entries: tuple[CorrectionEntry, ...], config: SiteConfig) -> list[PageSpec]:
    """/ralat/: every correction and withdrawal, newest first, paged like a listing; it always exists
    (the site's corrections policy points readers to it), with its own Atom feed."""
    feeds = ((FeedLink(f"Ralat — {config.title} (Atom)", CORRECTIONS_FEED, "application/atom+xml"),)
             if config.absolute else ())
    specs = []
    for page in paginate(entries, CORRECTIONS_PER_PAGE, CORRECTIONS_PAGE):
        title = "Ralat dan pencabutan" + (f" (halaman {page.number})" if page.number > 0 else "")
        specs.append(PageSpec("corrections", page.path, "corrections.html", title,
                              f"Semua ralat dan pencabutan artikel di {config.title}, yang terbaru lebih dulu",
                              {"page": page, "count": len(entries)},
                              lastmod=max((e.date for e in page.items), default=None), feeds=feeds))
    return specs


CORRECTIONS_PER_PAGE = 50


_slug = attrgetter("source.slug")
"""An article's slug, at C speed (a listing of every archive page looks up a hundred thousand)."""


def _lister(views: Mapping[str, ArticleView]) -> Callable[[Iterable[Article]], tuple[ArticleView, ...]]:
    """articles -> their views, in order."""
    return lambda articles: tuple(map(views.__getitem__, map(_slug, articles)))


def _lastmod(articles) -> datetime | None:
    """A listing's lastmod: its articles' newest `updated` or date. Not `modified`: a listing does not
    show an article's corrections, which change only the article's own page (and its lastmod)."""
    return max((a.updated or a.date for a in articles), default=None)


def _term_plans(term: Term, listing: Callable, config: SiteConfig, meta: Metadata,
                profiles: dict[str, AuthorProfile]) -> list[PagePlan]:
    """The pages of one term's listing."""
    profile = profiles.get(term.slug) if term.kind == "author" else None
    values = (term.kind, term.slug, term.name, len(term.articles), profile)
    return [PagePlan(page.path, f"{term.kind}.html", partial(_term_page, term, page, listing, config, meta, profile),
                     (*values, *_sliced(page)), (_slugs(page.items),), counted=counts_of(page))
            for page in paginate(term.articles, config.per_page, term.path)]


def _term_page(term: Term, page: PageSlice[Article], listing: Callable, config: SiteConfig, meta: Metadata,
               profile: AuthorProfile | None) -> PageSpec:
    label = TERM_LABELS[term.kind]
    # An author's page shows the author's profile, and says who the author is in its JSON-LD (issue 18);
    # the profile is in the page's context, so that the page's fingerprint covers what the JSON-LD shows.
    about = {"profile": profile_view(profile) if profile else None} if term.kind == "author" else {}
    feeds = ((FeedLink(f"{label} {term.name} — {config.title} (Atom)", term_feed_path(term.kind, term.slug),
                       "application/atom+xml"),)
             if term.kind in ("tag", "category") and config.absolute else ())
    page = replace(page, items=listing(page.items))
    title = f"{label}: {term.name}" + (f" (halaman {page.number})" if page.number > 0 else "")
    description = f"{len(term.articles)} artikel dengan {label.lower()} {term.name} di {config.title}"
    link = Link(term.name, term.path, len(term.articles))
    jsonld = (partial(meta.profile_page, link, about["profile"]),) if about and page.number == 0 else ()
    return PageSpec(term.kind, page.path, f"{term.kind}.html", title, description, {
        "term": link, "page": page, **about}, lastmod=_lastmod(page.items), feeds=feeds, jsonld=jsonld)


def _page_spec(page: Page) -> PageSpec:
    """The page of one `pages/` file, at `/<slug>/`."""
    view = page_view(page)
    return PageSpec("page", view.path, "page.html", view.title, view.description, {"page": view},
                    lastmod=view.updated, sitemap=page.source.sitemap)


def render_page(spec: PageSpec, env: jinja2.Environment, shared: SharedContext) -> OutputFile:
    """Render one page: a pure function of the spec, the shared values and the templates."""
    context = {"site": shared.site, "spec": spec, "feeds": shared.feeds + spec.feeds,
               "search_path": shared.search_path, **spec.context}
    html = render_template(env, spec.template, context)
    return OutputFile(spec.output, html.encode("utf-8"))


def failed_pages(failed: dict[Problem, list[str]]) -> list[Problem]:
    """One problem per template error, naming the first page it stopped (and how many others)."""
    problems = []
    for problem, pages in failed.items():
        others = f" (and {len(pages) - 1} other page{'s' * (len(pages) > 2)})" if len(pages) > 1 else ""
        problems.append(replace(problem, message=f"{problem.message}, while rendering {pages[0]}{others}"))
    return problems
