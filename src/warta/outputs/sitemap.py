"""sitemap.xml (split into an index past 50,000 URLs), news-sitemap.xml and robots.txt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from xml.etree import ElementTree as ET

from warta.config import SiteConfig
from warta.outputs.feeds import clean_xml_text, serialise
from warta.render.pages import OutputFile
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


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    path: str
    """Site path of an indexable page."""
    lastmod: datetime | None


def sitemaps(entries: tuple[SitemapEntry, ...], config: SiteConfig, per_file: int = MAX_URLS) -> tuple[OutputFile, ...]:
    """`sitemap.xml`, or when there are more than `per_file` URLs an index pointing to `sitemap-N.xml`."""
    chunks = [entries[i:i + per_file] for i in range(0, len(entries), per_file)] or [()]
    if len(chunks) == 1:
        return (OutputFile("sitemap.xml", _urlset(chunks[0], config)),)
    files = [OutputFile(f"sitemap-{n}.xml", _urlset(chunk, config)) for n, chunk in enumerate(chunks, 1)]
    return (OutputFile("sitemap.xml", _index(files, config)), *files)


def news_sitemaps(articles: tuple[ArticleView, ...], config: SiteConfig, now: datetime,
                  per_file: int = MAX_NEWS) -> tuple[OutputFile, ...]:
    """Google News sitemap of the articles published within two days before `now` (empty but valid if none)."""
    recent = tuple(a for a in articles if now - NEWS_WINDOW <= a.date <= now)
    chunks = [recent[i:i + per_file] for i in range(0, len(recent), per_file)] or [()]
    if len(chunks) == 1:
        return (OutputFile("news-sitemap.xml", _news(chunks[0], config)),)
    files = [OutputFile(f"news-sitemap-{n}.xml", _news(chunk, config)) for n, chunk in enumerate(chunks, 1)]
    return (OutputFile("news-sitemap.xml", _index(files, config)), *files)


def robots_txt(config: SiteConfig) -> OutputFile:
    """Allow everything; point crawlers to both sitemaps."""
    url = lambda path: config.absolute_url(config.base_path + path)  # noqa: E731
    text = (f"User-agent: *\nAllow: /\n\nSitemap: {url('sitemap.xml')}\nSitemap: {url('news-sitemap.xml')}\n")
    return OutputFile("robots.txt", text.encode("utf-8"))


def _url(config: SiteConfig, path: str) -> str:
    return config.absolute_url(config.base_path + path)


def _urlset(entries, config: SiteConfig) -> bytes:
    root = ET.Element("urlset", {"xmlns": SITEMAP_NS})
    for entry in entries:
        url = ET.SubElement(root, "url")
        ET.SubElement(url, "loc").text = _url(config, entry.path)
        if entry.lastmod:
            ET.SubElement(url, "lastmod").text = entry.lastmod.astimezone(config.zone).isoformat()
    return serialise(root)


def _index(files: list[OutputFile], config: SiteConfig) -> bytes:
    root = ET.Element("sitemapindex", {"xmlns": SITEMAP_NS})
    for file in files:
        sitemap = ET.SubElement(root, "sitemap")
        ET.SubElement(sitemap, "loc").text = _url(config, file.path)
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
