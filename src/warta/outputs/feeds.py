"""Atom 1.0, RSS 2.0 and JSON Feed 1.1 documents for a list of articles."""

from __future__ import annotations

import html

import json
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from warta import __version__
from warta.config import SiteConfig
from warta.model.urls import CATEGORY_DIR, LOGO_FILE, TAG_DIR
from warta.render.metadata import image_path
from warta.render.dates import day_date_time
from warta.render.views import ArticleView, CorrectionEntry

ATOM_NS = "http://www.w3.org/2005/Atom"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
ET.register_namespace("atom", ATOM_NS)
ET.register_namespace("content", CONTENT_NS)
ET.register_namespace("dc", DC_NS)

# Characters XML 1.0 cannot carry at all (a CDATA terminator needs no care: text is escaped).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_RELATIVE = re.compile(r'(\s(?:href|src))="(/[^"]*|#[^"]*)"')


@dataclass(frozen=True, slots=True)
class Feed:
    """One feed: what it lists and where it lives."""

    title: str
    path: str
    """Site path of the feed file (`atom.xml`, `tag/meta/atom.xml`)."""
    page_path: str
    """Site path of the HTML page the feed mirrors."""
    articles: tuple[ArticleView, ...]
    """Newest first, already cut to the feed length."""


@dataclass(frozen=True, slots=True)
class CorrectionsFeed:
    """The feed of the corrections page: one entry per correction or withdrawal."""

    title: str
    path: str
    page_path: str
    entries: tuple[CorrectionEntry, ...]
    """Newest first, already cut to the feed length."""


class FeedWriter:
    """Turns Feeds into files, with absolute URLs from the config's base_url."""

    def __init__(self, config: SiteConfig):
        self.config = config

    def url(self, path: str) -> str:
        return self.config.absolute_url(self.config.base_path + path)

    def image_url(self, article: ArticleView) -> str:
        """Absolute URL of the article's own image, else of its social card."""
        path = image_path(article)
        return path if path.startswith(("http://", "https://")) else self.url(path)

    def entry_id(self, article: ArticleView) -> str:
        """A tag: URI from the host, the publication date and the slug: stable when the title changes."""
        host = urlsplit(self.config.base_url).hostname or "localhost"
        return f"tag:{host},{article.date.date().isoformat()}:{article.path}"

    def local(self, when: datetime) -> datetime:
        return when.astimezone(self.config.zone)

    def absolute_links(self, html: str, page_path: str) -> str:
        """`html` of the page at `page_path` with its root-relative and fragment links made absolute
        (feed readers need them)."""
        base = self.url(page_path)

        def absolute(match: re.Match) -> str:
            target = match[2]
            full = base + target if target.startswith("#") else self.config.absolute_url(target)
            return f'{match[1]}="{full}"'

        return _RELATIVE.sub(absolute, html)

    def content_html(self, article: ArticleView) -> str:
        """The body, after the editor's note and the corrections, with its links made absolute."""
        html = str(article.body)
        if article.note:
            html = f"<p><strong>Catatan redaksi:</strong> {article.note}</p>\n" + html
        # (A feed reader shows what changed: each correction, dated, before the story.)
        for correction in reversed(article.corrections):
            when = day_date_time(correction.date, self.config.zone, self.config.language)
            html = f"<p><strong>Ralat ({when}):</strong> {correction.text}</p>\n" + html
        return self.absolute_links(html, article.path)

    def updated(self, feed: Feed) -> datetime | None:
        times = [a.modified or a.date for a in feed.articles]
        return self.local(max(times)) if times else None

    # The corrections feed --------------------------------------------------------------------

    def corrections_atom(self, feed: CorrectionsFeed) -> bytes:
        """Atom feed of /ralat/: each correction or withdrawal an entry of its own, linking to where
        the article shows it; its id stays the same for as long as the correction does."""
        root = ET.Element("feed", {"xmlns": ATOM_NS, "{http://www.w3.org/XML/1998/namespace}lang": self.config.language})
        _text(root, "title", feed.title)
        _text(root, "subtitle", f"Ralat dan pencabutan artikel {self.config.title}")
        _text(root, "id", self.url(feed.page_path))
        _link(root, "self", self.url(feed.path), "application/atom+xml")
        _link(root, "alternate", self.url(feed.page_path), "text/html")
        newest = max((entry.date for entry in feed.entries), default=datetime(2000, 1, 1, tzinfo=self.config.zone))
        _text(root, "updated", self.local(newest).isoformat())
        author = ET.SubElement(root, "author")
        _text(author, "name", self.config.title)
        _text(root, "generator", "Warta", {"version": __version__})
        for item in feed.entries:
            entry = ET.SubElement(root, "entry")
            label = "Dicabut" if item.withdrawn else "Ralat"
            _text(entry, "title", f"{label}: {item.article.title}")
            fragment = item.path.partition("#")[2] or "dicabut"
            _text(entry, "id", f"{self.entry_id(item.article)}#{fragment}")
            _link(entry, "alternate", self.url(item.path), "text/html")
            _text(entry, "published", self.local(item.date).isoformat())
            _text(entry, "updated", self.local(item.date).isoformat())
            _text(entry, "content", self.absolute_links(f"<p>{item.text}</p>", item.article.path), {"type": "html"})
        return serialise(root)

    # Atom ------------------------------------------------------------------------------------

    def atom(self, feed: Feed) -> bytes:
        # Atom elements are written unqualified under a default xmlns (ElementTree cannot mix a
        # default namespace with unqualified attributes).
        root = ET.Element("feed", {"xmlns": ATOM_NS, "{http://www.w3.org/XML/1998/namespace}lang": self.config.language})
        _text(root, "title", f"{feed.title}")
        if self.config.description:
            _text(root, "subtitle", self.config.description)
        _text(root, "id", self.url(feed.page_path))
        _link(root, "self", self.url(feed.path), "application/atom+xml")
        _link(root, "alternate", self.url(feed.page_path), "text/html")
        updated = self.updated(feed)
        _text(root, "updated", (updated or datetime(2000, 1, 1, tzinfo=self.config.zone)).isoformat())
        author = ET.SubElement(root, "author")
        _text(author, "name", self.config.title)
        _text(root, "generator", "Warta", {"version": __version__})
        for article in feed.articles:
            entry = ET.SubElement(root, "entry")
            _text(entry, "title", entry_title(article))
            _text(entry, "id", self.entry_id(article))
            _link(entry, "alternate", self.url(article.path), "text/html")
            _text(entry, "published", self.local(article.date).isoformat())
            _text(entry, "updated", self.local(article.modified or article.date).isoformat())
            for credit in article.byline:
                person = ET.SubElement(entry, "author")
                _text(person, "name", credit.name)
                _text(person, "uri", self.url(credit.path))
            if article.category:
                ET.SubElement(entry, "category", {
                    "term": clean_xml_text(article.category.name), "scheme": self.url(f"{CATEGORY_DIR}/")})
            for tag in article.tags:
                ET.SubElement(entry, "category", {"term": clean_xml_text(tag.name),
                                                                 "scheme": self.url(f"{TAG_DIR}/")})
            _text(entry, "summary", article.summary)
            _text(entry, "content", self.content_html(article), {"type": "html"})
            _link(entry, "enclosure", self.image_url(article), "image/png")
        return serialise(root)

    # RSS -------------------------------------------------------------------------------------

    def rss(self, feed: Feed) -> bytes:
        root = ET.Element("rss", {"version": "2.0"})
        channel = ET.SubElement(root, "channel")
        _plain(channel, "title", feed.title)
        _plain(channel, "link", self.url(feed.page_path))
        # RSS readers take <description> as HTML: plain text goes in escaped once more, or a summary
        # holding "<script>" would become markup in the reader.
        _plain(channel, "description", html.escape(self.config.description or self.config.title, quote=False))
        _plain(channel, "language", self.config.language)
        _plain(channel, "generator", f"Warta {__version__}")
        updated = self.updated(feed)
        if updated:
            _plain(channel, "lastBuildDate", format_datetime(updated))
        ET.SubElement(channel, f"{{{ATOM_NS}}}link", {"href": self.url(feed.path), "rel": "self",
                                                      "type": "application/rss+xml"})
        for article in feed.articles:
            item = ET.SubElement(channel, "item")
            _plain(item, "title", entry_title(article))
            _plain(item, "link", self.url(article.path))
            guid = _plain(item, "guid", self.entry_id(article))
            guid.set("isPermaLink", "false")
            _plain(item, "pubDate", format_datetime(self.local(article.date)))
            for credit in article.byline:
                _plain(item, f"{{{DC_NS}}}creator", credit.name)
            if article.category:
                _plain(item, "category", article.category.name)
            for tag in article.tags:
                _plain(item, "category", tag.name)
            _plain(item, "description", html.escape(article.summary, quote=False))
            _plain(item, f"{{{CONTENT_NS}}}encoded", self.content_html(article))
        return serialise(root)

    # JSON Feed -------------------------------------------------------------------------------

    def json_feed(self, feed: Feed) -> bytes:
        document = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": feed.title,
            "home_page_url": self.url(feed.page_path),
            "feed_url": self.url(feed.path),
            "description": self.config.description,
            "language": self.config.language,
            "icon": self.url(LOGO_FILE),
            "authors": [{"name": self.config.title, "url": self.url("")}],
            "items": [self._json_item(a) for a in feed.articles],
        }
        return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    def _json_item(self, article: ArticleView) -> dict:
        item = {
            "id": self.entry_id(article),
            "url": self.url(article.path),
            "title": entry_title(article),
            "content_html": self.content_html(article),
            "summary": article.summary,
            "image": self.image_url(article),
            "date_published": self.local(article.date).isoformat(),
            "date_modified": self.local(article.modified or article.date).isoformat(),
            "authors": [{"name": c.name, "url": self.url(c.path)} for c in article.byline],
            "tags": [t.name for t in article.tags],
            "language": self.config.language,
        }
        if not item["authors"]:
            del item["authors"]
        return item


def entry_title(article: ArticleView) -> str:
    """An article's title in a feed: paid or issued content says so first ("Advertorial: …"), as its
    page and cards do, for readers who see only the feed (the Press Council's rule on advertising)."""
    return f"{article.type_label}: {article.title}" if article.sponsored else article.title


def clean_xml_text(text: str) -> str:
    return _INVALID_XML.sub("", text)


def _text(parent: ET.Element, name: str, text: str, attrs: dict | None = None) -> ET.Element:
    element = ET.SubElement(parent, name, attrs or {})
    element.text = clean_xml_text(text)
    return element


def _plain(parent: ET.Element, name: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, name)
    element.text = clean_xml_text(text)
    return element


def _link(parent: ET.Element, rel: str, href: str, kind: str) -> None:
    ET.SubElement(parent, "link", {"rel": rel, "type": kind, "href": href})


def serialise(root: ET.Element) -> bytes:
    """UTF-8 XML with a declaration, indented."""
    ET.indent(root, space=" ")
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + text + "\n").encode("utf-8")
