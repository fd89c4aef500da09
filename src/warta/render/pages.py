"""Site -> one PageSpec per HTML page -> OutputFile; each page a pure function of its spec."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

import jinja2

from warta.config import SiteConfig
from warta.model.pagination import paginate
from warta.model.site import Site
from warta.model.taxonomies import Term
from warta.model.urls import NOT_FOUND_FILE, archive_index_path, output_file, term_index_path
from warta.render.dates import month_year
from warta.render.templates import render_template
from warta.render.views import (ArticleView, Link, SiteView, article_view, month_view, site_view,
                                term_links)

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
    """home, article, tag, tags, category, …, archive, archives, 404."""
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

    @property
    def output(self) -> str:
        return output_file(self.path)


@dataclass(frozen=True, slots=True)
class SharedContext:
    """Values computed once per build and given to every page."""

    site: SiteView
    articles: dict[str, ArticleView] = field(hash=False, compare=False)
    """Slug -> view, for templates that look articles up."""


def prepare_views(site: Site, config: SiteConfig) -> SharedContext:
    """Build every article view and the site view once."""
    views = {a.slug: article_view(a, config) for a in site.articles}
    return SharedContext(site=site_view(site, config, views), articles=views)


def plan_pages(site: Site, config: SiteConfig, shared: SharedContext) -> tuple[PageSpec, ...]:
    """Decide every HTML page of the site: its path, template and variables."""
    views = shared.articles

    def listing(articles) -> tuple[ArticleView, ...]:
        return tuple(views[a.slug] for a in articles)

    specs: list[PageSpec] = []
    for page in paginate(listing(site.articles), config.per_page, ""):
        title = "Beranda" if page.number == 1 else f"Halaman {page.number}"
        specs.append(PageSpec("home", page.path, "index.html", title, config.description, {"page": page}))

    for article in site.articles:
        view = views[article.slug]
        near = site.neighbours[article.slug]
        specs.append(PageSpec("article", view.path, "article.html", view.title, view.summary, {
            "article": view,
            "newer": views[near.newer.slug] if near.newer else None,
            "older": views[near.older.slug] if near.older else None,
            "related": listing(near.related),
        }))

    for kind in ("tag", "category", "author", "source"):
        terms = site.terms(kind)
        specs.append(PageSpec(f"{kind}-index", term_index_path(kind), TERM_INDEX_TEMPLATES[kind], TERM_INDEX_TITLES[kind],
                              f"{TERM_INDEX_TITLES[kind]} di {config.title}", {"terms": term_links(terms), "kind": kind}))
        for term in terms:
            specs.extend(_term_pages(term, listing(term.articles), config))

    months = tuple(month_view(m) for m in site.months)
    years = tuple((year, tuple(items)) for year, items in groupby(months, key=lambda m: m.year))
    specs.append(PageSpec("archives", archive_index_path(), "archives.html", "Arsip",
                          f"Semua artikel {config.title} menurut bulan", {"years": years}))
    for month, view in zip(site.months, months):
        name = month_year(month.year, month.month, config.language)
        specs.append(PageSpec("archive", month.path, "archive.html", f"Arsip {name}",
                              f"{len(month.articles)} artikel {config.title} terbit pada {name}", {
            "month": view, "articles": listing(month.articles)}))

    specs.append(PageSpec("404", NOT_FOUND_FILE, "404.html", "Halaman tidak ditemukan", "", {}, indexable=False))
    return tuple(specs)


def _term_pages(term: Term, articles: tuple[ArticleView, ...], config: SiteConfig) -> list[PageSpec]:
    label = TERM_LABELS[term.kind]
    specs = []
    for page in paginate(articles, config.per_page, term.path):
        title = f"{label}: {term.name}" + (f" (halaman {page.number})" if page.number > 1 else "")
        description = f"{len(term.articles)} artikel dengan {label.lower()} {term.name} di {config.title}"
        specs.append(PageSpec(term.kind, page.path, f"{term.kind}.html", title, description, {
            "term": Link(term.name, term.path, len(term.articles)), "page": page}))
    return specs


def render_page(spec: PageSpec, env: jinja2.Environment, shared: SharedContext) -> OutputFile:
    """Render one page: a pure function of the spec, the shared values and the templates."""
    context = {"site": shared.site, "spec": spec, **spec.context}
    html = render_template(env, spec.template, context)
    return OutputFile(spec.output, html.encode("utf-8"))


def render_pages(specs: tuple[PageSpec, ...], env: jinja2.Environment, shared: SharedContext,
                 progress=None) -> tuple[OutputFile, ...]:
    """Render every page in order; `progress(n)` is called after each, if given."""
    files = []
    for spec in specs:
        files.append(render_page(spec, env, shared))
        if progress:
            progress(1)
    return tuple(files)
