"""Hostile content, neutralised in every output: pages, Atom and RSS feeds, JSON Feed, JSON-LD,
sitemaps, the Pagefind search index and the social cards; and still shown to readers as the
text its author typed (escaped, not removed). tests/browser/test_hostile_in_browser.py opens
the same site in Chromium."""

from __future__ import annotations

import gzip
import json
from urllib.parse import unquote
from pathlib import Path

import feedparser
import lxml.html
import pytest
from PIL import Image

from helpers import run_build
from warta.render.theme import THEME_SCRIPT
from hostile import PAYLOADS, SCHEMES, TITLE, check_html, check_site, write_hostile_site


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("hostile") / "site"
    fields = write_hostile_site(root)
    assert run_build(root, search=True) == 0
    return root / "_site", fields


def test_every_output_is_free_of_running_script(hostile):
    out, _ = hostile
    counts = check_site(out)
    for kind in ("html", "feed", "json feed", "sitemap", "search fragment", "png"):
        assert counts.get(kind), f"no {kind} was checked: {counts}"


def test_the_checker_catches_what_it_looks_for():
    """The checks above would fail on unescaped payloads (a checker that passes everything proves nothing)."""
    for bad in ('<p onclick="x()">a</p>', '<a href=" javascript:x()">a</a>', "<script>x()</script>",
                '<img src="data:image/svg+xml,x">', '<svg onload="x()"></svg>', "<iframe></iframe>",
                '<script type="application/ld+json">{"a": "</script>"}</script>',
                # Only an icon of paths and circles passes as an <svg>, and the theme setter only in <head>.
                '<svg><script>x()</script></svg>', '<svg><a href="https://contoh.id/"><path d="M0 0"/></a></svg>',
                '<svg><use href="#x"/></svg>', '<svg><path d="M0 0" style="x"/></svg>',
                f"<script>{THEME_SCRIPT}</script>"):
        with pytest.raises((AssertionError, ValueError)):
            check_html(f"<!doctype html><html><body>{bad}</body></html>", "contoh")


def test_the_article_shows_its_payloads_as_text(hostile):
    out, fields = hostile
    doc = lxml.html.fromstring((out / "artikel/serangan/index.html").read_bytes())
    assert [" ".join(h.text_content().split()) for h in doc.xpath("//h1")] == [" ".join(TITLE.split())]
    body = doc.xpath("//div[@class='article-body']")[0].text_content()
    assert '<script>alert("badan")</script>' in body and '<img src="x" onerror="alert(1)">' in body
    page = doc.text_content()
    for payload in ("'><img src=x onerror=alert(1)>", "</script><script>alert(1)</script>"):
        assert payload in page
    # Links with script-running or data: targets keep their text and lose their target.
    hrefs = doc.xpath("//div[@class='article-body']//a/@href | //div[@class='article-body']//img/@src")
    assert not [url for url in hrefs if SCHEMES.match(unquote(url))], hrefs


def test_title_survives_every_format_as_text(hostile):
    out, _ = hostile
    atom = feedparser.parse((out / "atom.xml").read_bytes())
    rss = feedparser.parse((out / "rss.xml").read_bytes())
    assert TITLE in [e.title for e in atom.entries] and TITLE in [e.title for e in rss.entries]
    feed = json.loads((out / "feed.json").read_bytes())
    assert TITLE in [item["title"] for item in feed["items"]]
    doc = lxml.html.fromstring((out / "artikel/serangan/index.html").read_bytes())
    blocks = [json.loads(s.text) for s in doc.xpath("//script[@type='application/ld+json']")]
    assert TITLE in [block.get("headline") for block in blocks]
    assert doc.xpath("//meta[@property='og:title']/@content") == [TITLE]
    titles = []
    for path in (out / "pagefind/fragment").iterdir():
        fragment = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        titles.append(fragment["meta"]["title"])
    assert TITLE in titles


def test_hostile_tags_and_names_get_safe_urls_and_escaped_pages(hostile):
    out, _ = hostile
    tag_pages = sorted(p.parent.name for p in (out / "tag").glob("*/index.html"))
    assert tag_pages == ["7-7-raw", "evil", "script-alert-1-script", "svg-onload-alert-1"]
    doc = lxml.html.fromstring((out / "tag/script-alert-1-script/index.html").read_bytes())
    assert "<script>alert(1)</script>" in doc.xpath("//h1")[0].text_content()
    assert (out / "penulis/img-src-x-onerror-alert-1/index.html").exists()
    assert (out / "kategori/script-script-alert-1-script/index.html").exists()


def test_cards_are_drawn_for_hostile_titles(hostile):
    out, _ = hostile
    for index in range(len(PAYLOADS)):  # (serangan.md has its own image, so no card)
        with Image.open(out / f"artikel/muatan-{index}/kartu.png") as card:
            assert card.size == (1200, 630)
