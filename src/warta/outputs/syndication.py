"""Everything besides HTML pages that the site publishes for machines: feeds, sitemaps, robots.txt,
and the list of social cards to draw."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from warta.config import SiteConfig
from warta.model.site import Site
from warta.model.urls import (ATOM_FILE, CORRECTIONS_FEED, CORRECTIONS_PAGE, JSON_FEED_FILE, RSS_FILE, SITE_CARD_FILE,
                              card_path, term_feed_path)
from warta.outputs.cards import CardSpec, site_card
from warta.outputs.feeds import CorrectionsFeed, Feed, FeedWriter
from warta.outputs.sitemap import (ROBOTS_FILE, SitemapEntry, in_news_window, news_sitemap_files, render_sitemap,
                                   robots_txt, sitemap_files)
from warta.render.dates import long_date
from warta.render.pages import OutputFile, PageSpec, SharedContext
from warta.render.views import has_card


@dataclass(frozen=True, slots=True)
class Document:
    """One feed, sitemap or robots.txt file: what it is made from. A rebuild renders it
    (`render_document`) only when that differs from the last build's."""

    path: str
    """Path inside the output folder."""
    kind: str
    """atom, rss, json (feeds of `content`, a Feed); corrections (the Atom feed of /ralat/, a
    CorrectionsFeed); urlset, news, index (sitemap files of the
    entries, article views or file paths in `content`); robots (no content)."""
    content: Any

    @property
    def output(self) -> str:
        """`path`, by the name a page's spec gives its output file (the render step takes both)."""
        return self.path


def sitemap_entries(specs: Iterable[PageSpec]) -> tuple[SitemapEntry, ...]:
    """The sitemap's entries: the pages of `specs` search engines may list, in order."""
    return tuple(SitemapEntry(spec.path, spec.lastmod) for spec in specs if spec.indexable and spec.sitemap)


def plan_syndication(site: Site, config: SiteConfig, shared: SharedContext, entries: tuple[SitemapEntry, ...],
                     now: datetime) -> tuple[Document, ...]:
    """Feeds (site, per tag, per category), sitemap(s) of `entries` (`sitemap_entries`), news sitemap(s)
    and robots.txt.

    All need absolute URLs, so a base_url without a host produces none of them."""
    if not config.absolute:
        return ()
    views = shared.articles  # (each made when first asked for: only those the feeds show are made)
    latest = tuple(views[a.slug] for a in site.articles[: config.feed_length])  # (not the withdrawn articles)
    documents = [
        Document(ATOM_FILE, "atom", Feed(config.title, ATOM_FILE, "", latest)),
        Document(RSS_FILE, "rss", Feed(config.title, RSS_FILE, "", latest)),
        Document(JSON_FEED_FILE, "json", Feed(config.title, JSON_FEED_FILE, "", latest)),
    ]
    for kind, label in (("tag", "Tag"), ("category", "Kategori")):
        for term in site.terms(kind):
            items = tuple(views[a.slug] for a in term.articles[: config.feed_length])
            feed = Feed(f"{label} {term.name} — {config.title}", term_feed_path(kind, term.slug), term.path, items)
            documents.append(Document(feed.path, "atom", feed))
    documents.append(Document(CORRECTIONS_FEED, "corrections", CorrectionsFeed(
        f"Ralat — {config.title}", CORRECTIONS_FEED, CORRECTIONS_PAGE, shared.corrections[: config.feed_length])))
    # Google News takes no paid or issued content (advertorials, press releases); the news sitemap
    # takes the articles of its window alone (`news_sitemap_files`), looked for before their views are made.
    news = tuple(views[a.slug] for a in site.articles if not a.source.sponsored and in_news_window(a.source.date, now))
    files = sitemap_files(entries) + news_sitemap_files(news, now)
    documents.extend(Document(path, kind, items) for path, kind, items in files)
    documents.append(Document(ROBOTS_FILE, "robots", None))
    return tuple(documents)


def render_document(document: Document, config: SiteConfig) -> OutputFile:
    """The bytes of one planned document."""
    kind, content = document.kind, document.content
    writer = FeedWriter(config)
    feed = {"atom": writer.atom, "rss": writer.rss, "json": writer.json_feed,
            "corrections": writer.corrections_atom}.get(kind)
    if feed is not None:
        data = feed(content)
    elif kind == "robots":
        data = robots_txt(config)
    else:
        data = render_sitemap(kind, content, config)
    return OutputFile(document.path, data)


def card_specs(site: Site, config: SiteConfig, shared: SharedContext,
               wanted: Collection[str] | None = None) -> dict[str, CardSpec]:
    """Output path -> card to draw: one per article without an image of its own, and the site's (of
    the paths `wanted` alone, when given)."""
    cards = {SITE_CARD_FILE: site_card(config.title, config.description)} \
        if wanted is None or SITE_CARD_FILE in wanted else {}
    for article in site.articles:
        if not has_card(article) or (wanted is not None and card_path(article.slug) not in wanted):
            continue
        view = shared.articles[article.slug]
        byline = ", ".join(credit.name for credit in view.byline)
        cards[card_path(view.slug)] = CardSpec(
            title=view.title, site_title=config.title,
            kicker=view.type_label if view.sponsored else view.category.name if view.category else "",
            date=long_date(view.date, config.zone, config.language), byline=byline)
    return cards
