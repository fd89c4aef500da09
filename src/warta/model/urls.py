"""The one place where URL paths and output file paths are decided.

Paths here are site-relative and end in `/` (`artikel/judul/`); the empty string is the home
page. Templates turn them into links under the site's base path."""

from __future__ import annotations

import sys
from functools import lru_cache

from slugify import slugify

ARTICLE_DIR = "artikel"
TAG_DIR = "tag"
CATEGORY_DIR = "kategori"
AUTHOR_DIR = "penulis"
SOURCE_DIR = "sumber"
ARCHIVE_DIR = "arsip"
PAGE_DIR = "halaman"
ASSET_DIR = "aset"
NOT_FOUND_FILE = "404.html"
LOGO_FILE = "logo.png"
SEARCH_PAGE = "cari/"
CORRECTIONS_PAGE = "ralat/"
"""Every correction and withdrawal of the site, newest first, with its Atom feed."""
CORRECTIONS_FEED = f"{CORRECTIONS_PAGE}atom.xml"
CARD_FILE = "kartu.png"
"""An article's social card, beside its page."""
SITE_CARD_FILE = "kartu.png"
ATOM_FILE = "atom.xml"
RSS_FILE = "rss.xml"
JSON_FEED_FILE = "feed.json"

TERM_DIRS = {"tag": TAG_DIR, "category": CATEGORY_DIR, "author": AUTHOR_DIR, "source": SOURCE_DIR}


def article_path(slug: str) -> str:
    return f"{ARTICLE_DIR}/{slug}/"


def card_path(slug: str) -> str:
    """The generated social card of an article, next to its page."""
    return f"{ARTICLE_DIR}/{slug}/{CARD_FILE}"


def term_feed_path(kind: str, slug: str) -> str:
    """Atom feed of one tag or category."""
    return f"{term_path(kind, slug)}{ATOM_FILE}"


@lru_cache(maxsize=65536)
def term_slug(name: str) -> str:
    """URL name of a tag, category, author or source (`Scale AI` -> `scale-ai`)."""
    return slugify(name, max_length=100, word_boundary=True)


def term_path(kind: str, slug: str) -> str:
    return f"{TERM_DIRS[kind]}/{slug}/"


def term_index_path(kind: str) -> str:
    return f"{TERM_DIRS[kind]}/"


def month_path(year: int, month: int) -> str:
    return f"{ARCHIVE_DIR}/{year:04d}/{month:02d}/"


def archive_index_path() -> str:
    return f"{ARCHIVE_DIR}/"


def paged_path(base: str, number: int) -> str:
    """Archive page `number` (1 = the oldest) of a listing whose first page is at `base`; 0 is
    the first page itself."""
    return base if number == 0 else f"{base}{PAGE_DIR}/{number}/"


def output_file(path: str) -> str:
    """Output file for a page path: pretty URLs get `index.html` inside their folder."""
    if path == "" or path.endswith("/"):
        # (Interned: a page's output path is made where it is planned, again where it is rendered and
        # again by the link check, and each copy was kept, as a key of a table of every page, to the
        # build's end; issue 20: 0.5 KB an article of a 10,000-article build.)
        return sys.intern(f"{path}index.html")
    return path


# Files for static hosts (outputs/hosting.py).
NOJEKYLL_FILE = ".nojekyll"
CNAME_FILE = "CNAME"
HEADERS_FILE = "_headers"
REDIRECTS_FILE = "_redirects"


def alias_path(old: str) -> str:
    """Site path of an article's old URL (`aliases:`), written with or without the leading slash.

    `/2025/06/judul.html` stays a file; `lama/judul` is a folder like every page (`lama/judul/`)."""
    path = old.strip().lstrip("/")
    last = path.rstrip("/").rsplit("/", 1)[-1]
    if not path.endswith("/") and "." not in last:
        path += "/"
    return path


def alias_has_page(path: str) -> bool:
    """Whether a redirect page can stand at `path`: a folder or an .html file, not `lama.php`,
    which a host would not serve as HTML (that alias gets only its `_redirects` line)."""
    return path.endswith(("/", ".html", ".htm"))


# Pages that are not articles (`pages/*.md`: Tentang, Redaksi, …) stand at the top of the site.
def page_path(slug: str) -> str:
    """Site path of a page of `pages/` (`tentang/`)."""
    return f"{slug}/"


TOP_LEVEL_NAMES = {
    ARTICLE_DIR: "the articles", TAG_DIR: "the tag pages", CATEGORY_DIR: "the category pages",
    AUTHOR_DIR: "the author pages", SOURCE_DIR: "the source pages", ARCHIVE_DIR: "the archive",
    PAGE_DIR: "the home page's older pages", ASSET_DIR: "the theme's assets",
    SEARCH_PAGE.rstrip("/"): "the search page",
    "foto": "the photos' files",  # images/renditions.py FOLDER
    "pagefind": "the search index",  # outputs/search.py SEARCH_DIR
    CORRECTIONS_PAGE.rstrip("/"): "the corrections page",
}
"""The folders Warta writes at the top of the site, and what each holds: a page's slug may be none of
them (`model/pages.py`). (Its files, `404.html`, `atom.xml` …, all have a dot, which no slug has.)"""
