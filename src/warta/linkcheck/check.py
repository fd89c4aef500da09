"""Links that lead nowhere, as `zola check` finds them: in the articles' Markdown and in the built pages.

Pure: works on the pages (`pages.py`) and the rendered articles it is given, and never reads or writes
files. Only links inside the site are checked: an outside address cannot be looked at without the network.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Callable, NamedTuple
from urllib.parse import unquote, urljoin, urlsplit

from warta.config import SiteConfig
from warta.errors import Problem
from warta.linkcheck.pages import PageLink, SiteIndex
from warta.markdown import Article
from warta.model.urls import article_path, output_file
from warta.pickling import FastPickle


@dataclass(frozen=True, slots=True)
class Target(FastPickle):
    """Where a link inside the site leads."""

    path: str
    """Site path without the base path: `artikel/x/`, `aset/style.css`, `` for the home page."""
    fragment: str
    """The anchor after `#`, decoded; empty when there is none."""


def resolve(url: str, page: str, config: SiteConfig, markdown: bool = False) -> Target | None:
    """Where `url`, found on the page at site path `page`, leads inside the site; None for outside addresses.

    In Markdown a root-relative path is a path on the site (`/artikel/x/` is put under the base path, as
    the markdown stage does); in built pages it is a path on the host, which must lie under the base path."""
    url = url.strip()
    if not url:
        return None
    if url[0] == "#":  # the page's own anchor (tables of contents): most links of a long article
        return Target(page, unquote(url[1:]))
    base_path = config.base_path
    if url[0] == "/" and not _PARSED.search(url):
        # A plain path from the root (most links between articles): what urljoin would make of it, without
        # it (a quarter of a rebuild's link check, after an article was added to a site with broken links).
        if markdown and not url.startswith(base_path):
            url = base_path + url[1:]
        return Target(url[len(base_path):], "") if url.startswith(base_path) else None
    if url[0] == "h" and _elsewhere(url, config):
        return None
    return _resolve_parsed(url, page, config, markdown)


def _elsewhere(url: str, config: SiteConfig) -> bool:
    """`url` is an http(s) address on another host than the site's, read as `_resolve_parsed` reads it
    (None: outside the site) without parsing it: most outside links of a site are its share buttons', one
    of each kind per article (issue 22: parsing them took most of the link check's own time). False
    when unsure (a host with brackets, spaces or non-ASCII letters, an address holding a tab or a line
    break, which `urlsplit` drops): `_resolve_parsed` then decides."""
    found = _PLAIN_HOST.match(url)
    if found is None or "\t" in url or "\r" in url or "\n" in url:
        return False
    site_host = urlsplit(config.base_url).netloc
    return not site_host or found.group(1).lower() != site_host.lower()


def _resolve_parsed(url: str, page: str, config: SiteConfig, markdown: bool) -> Target | None:
    """`resolve` of a URL that is not an anchor of the page, by parsing and joining it."""
    base_path = config.base_path
    parts = urlsplit(url)
    base = urlsplit(config.base_url)
    if parts.scheme or parts.netloc:
        if parts.scheme not in ("", "http", "https") or not base.netloc \
                or parts.netloc.lower() != base.netloc.lower():
            return None
        url = parts._replace(scheme="", netloc="").geturl() or "/"
    elif markdown and url.startswith("/") and not url.startswith(base_path):
        url = base_path + url[1:]
    joined = urlsplit(urljoin(base_path + page, url))
    path = unquote(joined.path)
    if not path.startswith(base_path):
        return None  # elsewhere on the host: not part of this site
    return Target(path[len(base_path):], unquote(joined.fragment))


UNREADABLE = ("it is not an address a browser can follow", "write the address again")
"""Why a link whose address cannot be parsed (a broken host such as `http://[::1/`) leads nowhere."""

_PLAIN_HOST = re.compile(r"https?://([-a-zA-Z0-9.:@%!$&'()*+,;=~_]*)(?=[/?#]|\Z)")
"""An http(s) address's host (with any user and port) up to the path, query or fragment, when it holds
only printable ASCII without brackets (which `urlsplit` would check)."""
_PARSED = re.compile(r"[?#%;\\\x00-\x20\x7f]|//|/\.|^/?$")
"""What makes `resolve` parse a URL from the root: a query, a fragment, an escape, parameters, a
backslash, a space or control character, an empty segment, a dot segment, or no path at all."""


def find_file(target: Target, index: SiteIndex) -> str | None:
    """The output file a target is served from, or None. A folder without its slash counts, as hosts
    redirect `artikel/x` to `artikel/x/`."""
    path, files = target.path, index.files
    if path == "" or path[-1] == "/":
        path += "index.html"
        return path if path in files else None
    if path in files:
        return path
    path += "/index.html"
    return path if path in files else None


def page_of(file: str) -> str:
    """Site path of the page an output file is (`artikel/x/index.html` -> `artikel/x/`)."""
    return file.removesuffix("index.html") if file == "index.html" or file.endswith("/index.html") else file


class Suggestions:
    """"Did you mean …?" for a missing page, among the pages of one site.

    Comparing a path with every page of a large archive for every broken link is quadratic: the
    candidates are the pages in the same folder, and in a folder of more than `LARGE` pages only
    those whose last segment starts with the same two letters. Each missing path is looked up once."""

    LARGE = 500

    def __init__(self, index: SiteIndex):
        self._index = index
        self._folders: dict[str, list[str]] | None = None  # (made when first asked: most checks find nothing new)
        self._seen: dict[str, str | None] = {}

    def for_path(self, path: str) -> str | None:
        if self._folders is None:
            self._folders = defaultdict(list)
            for page in sorted({page_of(p) for p in self._index.pages if not p.startswith(".")}):
                self._folders[_folder(page)].append(page)
        if path not in self._seen:
            candidates = self._folders.get(_folder(path), [])
            if len(candidates) > self.LARGE:
                start = _last(path)[:2]
                candidates = [c for c in candidates if _last(c).startswith(start)]
            close = difflib.get_close_matches(path, candidates, n=1, cutoff=0.75)
            self._seen[path] = close[0] if close else None
        return self._seen[path]


def _folder(path: str) -> str:
    return path.rstrip("/").rpartition("/")[0]


def _last(path: str) -> str:
    return path.rstrip("/").rpartition("/")[2]


def broken_reason(target: Target, index: SiteIndex, suggestions: Suggestions | None = None
                  ) -> tuple[str, str] | None:
    """(what is wrong, what to do) when `target` leads nowhere; None when it resolves."""
    file = find_file(target, index)
    if file is None:
        where = f"/{target.path}" if target.path else "home page"
        close = (suggestions or Suggestions(index)).for_path(target.path)
        hint = f"did you mean /{close}?" if close else "check the address, or remove the link"
        return f"the site has no {where}", hint
    page = index.pages.get(file)
    fragment = target.fragment
    if page is None or not fragment or fragment in page.ids or fragment == "top":
        return None
    close = difflib.get_close_matches(fragment, sorted(page.ids), n=1, cutoff=0.6)
    hint = f"did you mean #{close[0]}?" if close else "link to the anchor of one of its headings"
    return f"/{page_of(file)} has no anchor #{fragment}", hint


@dataclass(frozen=True, slots=True)
class ArticleFindings(FastPickle):
    """What the check found in one article's Markdown."""

    digest: str
    """The article's digest when it was checked."""
    problems: tuple[Problem, ...]
    reported: tuple[Target, ...]
    """The target of every link reported, not to be reported again from the article's built page. (A
    tuple of targets, not a set of (output file, target) pairs: every article holds its findings until
    the build's state is saved, and an empty frozenset alone took 216 bytes of each; issue 20.)"""


class BrokenLink(NamedTuple):
    """One link of a built page that leads nowhere."""

    element: str
    """Tag and attribute, as `a href`."""
    url: str
    reason: str
    """What is wrong (`the site has no /x/`)."""
    line: int


@dataclass(frozen=True, slots=True)
class EarlierCheck:
    """What an earlier check of the same site found that still holds (the build's carry-over)."""

    pages: Mapping[str, tuple[BrokenLink, ...]]
    """Pages unchanged since -> their broken links, not resolved again."""
    articles: Mapping[str, ArticleFindings]
    """Output file of an article's page -> what its Markdown gave, reused while its digest stays."""
    grown: bool = False
    """The earlier check saw a site this one only adds to (files, anchors): a link that led somewhere
    still does, so only the links that were broken are resolved again."""


NOTHING_EARLIER = EarlierCheck({}, {}, False)


@dataclass(frozen=True, slots=True)
class LinkCheck:
    """What one check found: its problems, and by output file what the next check may reuse."""

    problems: tuple[Problem, ...]
    pages: dict[str, tuple[BrokenLink, ...]]
    """Every page's broken links."""
    articles: dict[str, ArticleFindings]
    """Every article's findings, by the output file of its page."""


def check_articles(articles: Iterable[Article], index: SiteIndex, config: SiteConfig,
                   suggestions: Suggestions | None = None,
                   known: Mapping[str, ArticleFindings] | None = None,
                   found: dict[str, ArticleFindings] | None = None, grown: bool = False
                   ) -> tuple[list[Problem], set[tuple[str, Target]]]:
    """Problems with the links in each article's Markdown, at the article file's line; and the
    (output file, target) pairs reported, so that the built-page check does not report them again.

    `known` holds, by the output file of an article's page, the findings of an
    earlier check of the same site shape: an article with that digest still is not checked again
    (with `grown`, as for `check_pages`, only one with problems is). Every article's go into `found`."""
    problems: list[Problem] = []
    reported: set[tuple[str, Target]] = set()
    suggestions = suggestions or Suggestions(index)
    known = known or {}
    for article in articles:
        page = article_path(article.slug)
        file = output_file(page)
        earlier = known.get(file)
        if earlier is not None and earlier.digest == article.digest and not (grown and earlier.problems):
            findings = earlier
        else:
            findings = _article_findings(article, page, index, config, suggestions)
        if found is not None:
            found[file] = findings
        problems.extend(findings.problems)
        reported.update((file, target) for target in findings.reported)
    return problems, reported


def _article_findings(article: Article, page: str, index: SiteIndex, config: SiteConfig,
                      suggestions: Suggestions) -> ArticleFindings:
    source = article.source
    problems, reported = [], {}  # (a dict as an ordered set: the targets in the order first reported)
    for url, line, image in article.body.links:
        if image:  # (the load found and checked each picture's file: the page shows its published copies)
            continue
        try:
            target = resolve(url, page, config, markdown=True)
        except ValueError:  # (see `_verdict`)
            target, reason = Target(url, ""), UNREADABLE
        else:
            reason = broken_reason(target, index, suggestions) if target is not None else None
        if reason is None:
            continue
        problems.append(Problem(source.path, source.body_line + line - 1, None,
                                f'link to "{url}" leads nowhere: {reason[0]}', reason[1], warning=True))
        reported[target] = None
    return ArticleFindings(article.digest, tuple(problems), tuple(reported))


PageMap = Callable[[Callable[[str], tuple[BrokenLink, ...]], list[str]], Iterable[tuple[BrokenLink, ...]]]
"""Calls a function on every page file of a list, results in the list's order: `map`, or the build's
processes (`parallel.forked_map`)."""


def check_pages(index: SiteIndex, config: SiteConfig, folder: str,
                skip: set[tuple[str, Target]] = frozenset(), suggestions: Suggestions | None = None,
                known: Mapping[str, tuple[BrokenLink, ...]] | None = None,
                found: dict[str, tuple[BrokenLink, ...]] | None = None, grown: bool = False,
                map_pages: PageMap = map) -> list[Problem]:
    """Problems with the internal links of every built page, as `folder/file:line`; `skip` holds
    (file, target) pairs already reported against an article's Markdown. A link that fails the same way
    on many pages (a template's) is reported once, at its first page, with the number of the others.

    `known` holds pages' broken links from an earlier check of the same site shape (`index_shape`)
    whose pages did not change: they are not resolved again. With `grown`, the earlier check saw a
    site that this one only adds to (files, anchors): a link that led somewhere still does, so only
    the links that were broken are resolved again. Every page's broken links go into `found`, for
    the next check. The pages not in `known` are checked through `map_pages`, each apart from the others."""
    first: dict[tuple[str, str, str], tuple[str, int]] = {}
    others: dict[tuple[str, str, str], int] = {}
    known = known or {}
    suggestions = suggestions or Suggestions(index)
    resolved: dict = {}
    reasons: dict[Target, tuple[str, str] | None] = {}
    files = sorted(index.pages)
    todo = [file for file in files if file not in known]
    judged = dict(zip(todo, map_pages(partial(_page_broken_links, index, config, skip, suggestions, resolved, reasons),
                                      todo)))
    for file in files:
        broken = known.get(file)
        if broken is None:
            broken = judged[file]
        elif grown and broken:
            urls = {link.url for link in broken}
            links = [link for link in index.pages[file].links if link[2] in urls]
            broken = _broken_links(file, links, index, config, skip, suggestions, resolved, reasons)
        if found is not None:
            found[file] = broken
        for link in broken:
            key, line = (link.element, link.url, link.reason), link.line
            if key in first:
                others[key] = others.get(key, 0) + 1
            else:
                first[key] = (file, line)
    problems = []
    for key, (file, line) in first.items():
        more = others.get(key, 0)
        also = f" (and on {more} other page{'s' * (more != 1)})" if more else ""
        problems.append(Problem(f"{folder}/{file}", line, None,
                                f'<{key[0]}="{key[1]}"> leads nowhere: {key[2]}{also}',
                                "fix the template, article or static file that writes it", warning=True))
    return problems


def _page_broken_links(index: SiteIndex, config: SiteConfig, skip, suggestions: Suggestions, resolved: dict,
                       reasons: dict, file: str) -> tuple[BrokenLink, ...]:
    """The broken links of the built page `file` (`_broken_links` of all its links)."""
    return _broken_links(file, index.pages[file].links, index, config, skip, suggestions, resolved, reasons)


def _broken_links(file: str, links: Iterable[PageLink], index: SiteIndex, config: SiteConfig, skip,
                  suggestions: Suggestions, resolved: dict, reasons: dict) -> tuple[BrokenLink, ...]:
    broken = []
    page = index.pages.get(file)
    own = page.anchors() if page is not None else frozenset()
    judged = resolved.get
    for line, element, url in links:
        # A root-relative or absolute URL leads to the same place from every page: judged once (a
        # site's links are mostly its header's, its footer's and its cards', on page after page),
        # and kept under the URL itself; any other is judged for its page.
        verdict = judged(url, _UNJUDGED)
        if verdict is None:
            continue
        if verdict is _UNJUDGED:
            if url[:1] == "#" and url[1:] in own and "%" not in url:
                continue  # an anchor of the page itself (the skip link, a table of contents): there it is
            where = url if url.startswith(("/", "http:", "https:")) else (url, file)
            verdict = judged(where, _UNJUDGED)
            if verdict is _UNJUDGED:
                verdict = resolved[where] = _verdict(url, file, index, config, suggestions, reasons)
            if verdict is None:
                continue
        if (file, verdict[0]) in skip:
            continue
        broken.append(BrokenLink(element, url, verdict[1], line))
    return tuple(broken)


_UNJUDGED = object()


def _verdict(url: str, file: str, index: SiteIndex, config: SiteConfig, suggestions: Suggestions,
             reasons: dict) -> tuple[Target, str] | None:
    """Where a link of `file` leads and why it leads nowhere; None when it leads somewhere or out of the site."""
    try:
        target = resolve(url, page_of(file), config)
    except ValueError:  # (a host urlsplit cannot read, as "http://[::1/": raw HTML may hold any text)
        return Target(url, ""), UNREADABLE[0]
    if target is None:
        return None
    if target not in reasons:
        reasons[target] = broken_reason(target, index, suggestions)
    reason = reasons[target]
    return None if reason is None else (target, reason[0])


def index_shape(index: SiteIndex) -> str:
    """Digest of what decides whether a link resolves: the site's files and each page's anchors."""
    digest = hashlib.sha256("\n".join(sorted(index.files)).encode())
    for file in sorted(index.pages):
        digest.update(f"\0{file}\0".encode() + index.pages[file].anchor_text.encode())
    return digest.hexdigest()


def check_links(articles: Iterable[Article], index: SiteIndex, config: SiteConfig, folder: str,
                earlier: EarlierCheck = NOTHING_EARLIER, map_pages: PageMap = map) -> LinkCheck:
    """Every link that leads nowhere: first those in the articles' Markdown, then those in the built
    pages, reusing what `earlier` holds (see `check_articles` and `check_pages`; the pages checked
    through `map_pages`)."""
    suggestions = Suggestions(index)
    pages: dict[str, tuple[BrokenLink, ...]] = {}
    articles_found: dict[str, ArticleFindings] = {}
    problems, reported = check_articles(articles, index, config, suggestions, earlier.articles, articles_found,
                                        earlier.grown)
    problems += check_pages(index, config, folder, reported, suggestions, earlier.pages, pages, earlier.grown, map_pages)
    return LinkCheck(tuple(problems), pages, articles_found)


def grew(files: frozenset[str], ids: Mapping[str, frozenset[str]], index: SiteIndex) -> bool:
    """Whether `index` holds every file of an earlier site (`files`) and every anchor its HTML
    files had (`ids`, by file): then no link that resolved there fails here."""
    return bool(files) and files <= index.files and all(
        path in index.pages and anchors <= index.pages[path].ids for path, anchors in ids.items())
