"""Why a block of a saved page is not its article's, by its tag or a word of its class or id (html/page.py lists the
left-out blocks by it; html/dates.py finds the page's date lines by it)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warta.importer.records import TO_FRONT_MATTER

if TYPE_CHECKING:
    from lxml.etree import _Element

TAGS_REASON = "tags " + TO_FRONT_MATTER
DATE_REASON = "date " + TO_FRONT_MATTER
_REASONS = (
    (re.compile(r"cookie|consent|gdpr"), "cookie banner"),
    (re.compile(r"comment|disqus|komentar"), "comments"),
    (re.compile(r"related|terkait|baca-?juga|lihatjg|recommend|populer|popular|trending|most-?read|lainnya|"
                r"outbrain|taboola|also-?read|more-?news"), "related articles"),
    (re.compile(r"(?:^|[-_])(?:ads?|adv|advert\w*|iklan|banner|sponsor\w*|dfp|gpt|adsbygoogle)(?:[-_]|$)"),
     "advertisement"),
    (re.compile(r"share|social|sosmed"), "share buttons"),
    (re.compile(r"newsletter|subscri|langganan|paywall"), "subscription prompt"),
    (re.compile(r"breadcrumb"), "navigation crumbs"),
    (re.compile(r"(?:^|[-_])(?:nav\w*|menu\w*|top-?bar|masthead|skip-link)(?:[-_]|$)"), "navigation"),
    (re.compile(r"sidebar|widget-area"), "sidebar"),
    (re.compile(r"footer"), "page footer"),
    (re.compile(r"(?:^|[-_])(?:tags?|topik|topics?|labels?)(?:[-_]|$)"), TAGS_REASON),
    (re.compile(r"(?:^|[-_])(?:authors?|byline|penulis|reporter|editor|credit|vcard)(?:[-_]|$)"),
     "byline " + TO_FRONT_MATTER),
    (re.compile(r"(?:^|[-_])(?:date|time|tanggal|timestamp|published|posted-on|pubdate)$"), DATE_REASON),
)
"""Why a block is not the article's, from a word of its class or id."""
_TAG_REASONS = {"nav": "navigation", "header": "page header", "footer": "page footer", "aside": "sidebar",
                "form": "form", "menu": "navigation", "button": "button", "select": "form", "title": "title " +
                TO_FRONT_MATTER}
SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "meta", "link"}
"""Elements whose text no reader sees as a line of the page."""


def block_reason(element: "_Element") -> str | None:
    """Why an element (and all in it) is not the article's, by its tag or a word of its class or id; None."""
    reason = _TAG_REASONS.get(element.tag)
    if reason:
        return reason
    words = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    for pattern, why in _REASONS:
        if any(pattern.search(word) for word in words):
            return why
    return None

