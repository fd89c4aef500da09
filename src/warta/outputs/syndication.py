"""Everything besides HTML pages that the site publishes for machines: feeds, sitemaps, robots.txt,
and the list of social cards to draw."""

from __future__ import annotations

from datetime import datetime

from warta.config import SiteConfig
from warta.model.site import Site
from warta.model.urls import (ATOM_FILE, JSON_FEED_FILE, RSS_FILE, SITE_CARD_FILE, card_path, term_feed_path)
from warta.outputs.cards import CardSpec, site_card
from warta.outputs.feeds import Feed, FeedWriter
from warta.outputs.sitemap import SitemapEntry, news_sitemaps, robots_txt, sitemaps
from warta.render.dates import long_date
from warta.render.pages import OutputFile, PageSpec, SharedContext


def render_syndication(site: Site, config: SiteConfig, shared: SharedContext, specs: tuple[PageSpec, ...],
                       now: datetime) -> tuple[OutputFile, ...]:
    """Feeds (site, per tag, per category), sitemap(s), news sitemap(s) and robots.txt.

    All need absolute URLs, so a base_url without a host produces none of them."""
    if not config.absolute:
        return ()
    views = shared.articles
    latest = tuple(views[a.slug] for a in site.articles[: config.feed_length])
    writer = FeedWriter(config)
    main = Feed(config.title, ATOM_FILE, "", latest)
    files = [
        OutputFile(ATOM_FILE, writer.atom(main)),
        OutputFile(RSS_FILE, writer.rss(Feed(config.title, RSS_FILE, "", latest))),
        OutputFile(JSON_FEED_FILE, writer.json_feed(Feed(config.title, JSON_FEED_FILE, "", latest))),
    ]
    for kind, label in (("tag", "Tag"), ("category", "Kategori")):
        for term in site.terms(kind):
            items = tuple(views[a.slug] for a in term.articles[: config.feed_length])
            feed = Feed(f"{label} {term.name} — {config.title}", term_feed_path(kind, term.slug), term.path, items)
            files.append(OutputFile(feed.path, writer.atom(feed)))
    entries = tuple(SitemapEntry(spec.path, spec.lastmod) for spec in specs if spec.indexable)
    files.extend(sitemaps(entries, config))
    files.extend(news_sitemaps(tuple(views[a.slug] for a in site.articles), config, now))
    files.append(robots_txt(config))
    return tuple(files)


def card_specs(site: Site, config: SiteConfig, shared: SharedContext) -> dict[str, CardSpec]:
    """Output path -> card to draw: one per article without an image of its own, and the site's."""
    cards = {SITE_CARD_FILE: site_card(config.title, config.description)}
    for article in site.articles:
        view = shared.articles[article.slug]
        if view.image:
            continue
        byline = ", ".join(credit.name for credit in view.byline)
        cards[card_path(view.slug)] = CardSpec(
            title=view.title, site_title=config.title, kicker=view.category.name if view.category else "",
            date=long_date(view.date, config.zone, config.language), byline=byline)
    return cards
