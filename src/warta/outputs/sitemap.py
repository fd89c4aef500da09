"""sitemap.xml (split into an index past 50,000 URLs), news-sitemap.xml and robots.txt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape  # (&, < and >: what ElementTree escapes in an element's text)

from warta.config import SiteConfig
from warta.outputs.feeds import clean_xml_text, serialise
from warta.render.views import ArticleView

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
ET.register_namespace("news", NEWS_NS)

MAX_URLS = 50_000
"""URLs per sitemap file (sitemaps.org)."""
MAX_NEWS = 1_000
"""Articles per news sitemap file (Google News)."""
NEWS_WINDOW = timedelta(days=2)
"""Google News lists articles of the last two days."""
ROBOTS_FILE = "robots.txt"


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    path: str
    """Site path of an indexable page."""
    lastmod: datetime | None


def sitemap_files(entries: tuple[SitemapEntry, ...], per_file: int = MAX_URLS) -> tuple[tuple[str, str, tuple], ...]:
    """(path, kind, items) of each file of the sitemap, for `render_sitemap`."""
    return _split("sitemap", "urlset", entries, per_file)


def news_sitemap_files(articles: tuple[ArticleView, ...], now: datetime,
                       per_file: int = MAX_NEWS) -> tuple[tuple[str, str, tuple], ...]:
    """(path, kind, items) of each file of the news sitemap: the articles of the two days before `now`
    (an article is in it from its date until, not at, two days later: the window is half-open, as
    `builder/fingerprints.py` declares it)."""
    recent = tuple(a for a in articles if in_news_window(a.date, now))
    return _split("news-sitemap", "news", recent, per_file)


def in_news_window(date: datetime, now: datetime) -> bool:
    """Whether an article of `date` is in the news sitemap at `now`."""
    return now - NEWS_WINDOW < date <= now


def render_sitemap(kind: str, items: tuple, config: SiteConfig) -> bytes:
    """One sitemap file: `urlset` of SitemapEntry, `news` of article views, `index` of file paths."""
    if kind == "urlset":
        return _urlset(items, config)
    if kind == "news":
        return _news(items, config)
    return _index(items, config)


def _split(name: str, kind: str, items: tuple, per_file: int) -> tuple[tuple[str, str, tuple], ...]:
    """`name.xml` listing `items`, or when they are more than `per_file` an index `name.xml`
    pointing to `name-1.xml`, `name-2.xml`, …"""
    chunks = [items[i:i + per_file] for i in range(0, len(items), per_file)] or [()]
    if len(chunks) == 1:
        return ((f"{name}.xml", kind, chunks[0]),)
    parts = tuple((f"{name}-{n}.xml", kind, chunk) for n, chunk in enumerate(chunks, 1))
    return ((f"{name}.xml", "index", tuple(path for path, _, _ in parts)), *parts)


def robots_txt(config: SiteConfig) -> bytes:
    """Allow everything; point crawlers to both sitemaps."""
    url = lambda path: config.absolute_url(config.base_path + path)  # noqa: E731
    text = (f"User-agent: *\nAllow: /\n\nSitemap: {url('sitemap.xml')}\nSitemap: {url('news-sitemap.xml')}\n")
    return text.encode("utf-8")


def _url(config: SiteConfig, path: str) -> str:
    return config.absolute_url(config.base_path + path)


def _urlset(entries, config: SiteConfig) -> bytes:
    """The sitemap's URLs, written as text rather than built as an ElementTree: the largest XML file
    of a site (one URL per page), whole again each time an article is added; the bytes are
    `serialise`'s (a test holds them to it)."""
    if not entries:
        return serialise(ET.Element("urlset", {"xmlns": SITEMAP_NS}))
    prefix, zone = _url(config, ""), config.zone
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n']
    for entry in entries:
        parts.append(f" <url>\n  <loc>{escape(prefix + entry.path)}</loc>\n")
        if entry.lastmod:
            parts.append(f"  <lastmod>{entry.lastmod.astimezone(zone).isoformat()}</lastmod>\n")
        parts.append(" </url>\n")
    parts.append("</urlset>\n")
    return "".join(parts).encode("utf-8")


def _index(paths: tuple[str, ...], config: SiteConfig) -> bytes:
    root = ET.Element("sitemapindex", {"xmlns": SITEMAP_NS})
    for path in paths:
        sitemap = ET.SubElement(root, "sitemap")
        ET.SubElement(sitemap, "loc").text = _url(config, path)
    return serialise(root)


def _news(articles, config: SiteConfig) -> bytes:
    root = ET.Element("urlset", {"xmlns": SITEMAP_NS})
    for article in articles:
        url = ET.SubElement(root, "url")
        ET.SubElement(url, "loc").text = _url(config, article.path)
        news = ET.SubElement(url, f"{{{NEWS_NS}}}news")
        publication = ET.SubElement(news, f"{{{NEWS_NS}}}publication")
        ET.SubElement(publication, f"{{{NEWS_NS}}}name").text = clean_xml_text(config.title)
        ET.SubElement(publication, f"{{{NEWS_NS}}}language").text = config.language
        ET.SubElement(news, f"{{{NEWS_NS}}}publication_date").text = article.date.astimezone(config.zone).isoformat()
        ET.SubElement(news, f"{{{NEWS_NS}}}title").text = clean_xml_text(article.title)
    if not len(root):
        # ElementTree drops unused namespace declarations; keep the news namespace declared.
        root.set("xmlns:news", NEWS_NS)
    return serialise(root)
