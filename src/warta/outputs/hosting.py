"""Files for static hosts: `.nojekyll`, `CNAME`, `_headers`, `_redirects`, and a redirect page at
each old URL an article lists under `aliases:`; plus the caching policy `warta deploy` also uses.

`_headers` and `_redirects` (Netlify, Cloudflare Pages) describe URL paths as browsers request
them, so under a sub-path base URL (`https://user.github.io/warta/`) every path in them starts
with the base path (`/warta/aset/*`), exactly like every link in the pages. Such a host reads
both files only at the root of what it publishes: a site built for a sub-path is published in
that folder of the host's root, and the two files go to the root beside it (the README says so)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import PurePosixPath

from warta.config import SiteConfig
from warta.errors import ContentError, Problem
from warta.images.renditions import FOLDER as PHOTO_FOLDER, RENDITION_PATH
from warta.model.site import Site
from warta.model.urls import (ASSET_DIR, CNAME_FILE, HEADERS_FILE, JSON_FEED_FILE, NOJEKYLL_FILE, REDIRECTS_FILE,
                              alias_has_page, alias_path, article_path, output_file)
from warta.render.pages import OutputFile
from warta.render.theme import THEME_SCRIPT_HASH

IMMUTABLE = "public, max-age=31536000, immutable"
"""Hashed theme assets (`aset/style.3f2a9c1b.css`): a new version always has a new name."""
REVALIDATE = "public, max-age=0, must-revalidate"
"""Pages and everything else: caches ask on every visit (cheap 304s), so corrections show at once."""
FEED = "public, max-age=300"
"""Feeds and sitemaps: polled by readers and crawlers; five minutes old at most."""

CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data: https:; style-src 'self'; "
                           f"script-src 'self' 'wasm-unsafe-eval' {THEME_SCRIPT_HASH}; object-src 'none'; "
                           "base-uri 'self'; frame-ancestors 'none'")
"""Only the site itself: no inline style, and no inline script but the theme setter of every page's
`<head>` (`render/theme.py`), allowed by its digest. `img-src https:` lets an article's `image:` come
from another host; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly (search loads its
script, index and WASM from the site's own /pagefind/)."""
HOST_FILES = {
    NOJEKYLL_FILE: "the file that has GitHub Pages serve every file",
    CNAME_FILE: "the file naming GitHub Pages' custom domain",
    HEADERS_FILE: "the file of header rules Netlify and Cloudflare Pages read",
    REDIRECTS_FILE: "the file of redirects Netlify and Cloudflare Pages read",
}
"""The files Warta writes for hosts, and what each one is (for an alias that would take its place)."""
SECURITY_HEADERS = (
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
)


def cache_control(path: str) -> str:
    """The Cache-Control of an output file (`path` inside the output folder): `_headers` and
    `warta deploy` both follow it."""
    if path.startswith(f"{ASSET_DIR}/") or RENDITION_PATH.fullmatch(path):
        return IMMUTABLE
    if path.endswith(".xml") or path == JSON_FEED_FILE:
        return FEED
    return REVALIDATE


@dataclass(frozen=True, slots=True)
class Redirect:
    """One old URL of an article."""

    old: str
    """Site path of the old URL (`2025/06/judul-lama.html`, `lama/judul/`)."""
    target: str
    """Site path of the article now (`artikel/judul-baru/`)."""
    title: str
    """The article's headline, for the redirect page."""
    article: str
    """The article file (`articles/x.md`) and the line of the alias, for errors."""
    line: int | None


def add_hosting_files(site: Site, config: SiteConfig, files: tuple[OutputFile, ...],
                      other_paths: tuple[str, ...] = ()) -> tuple[OutputFile, ...]:
    """`files` plus `.nojekyll`, `CNAME`, `_headers`, `_redirects` and the redirect pages.

    `other_paths` are the output's files that are written separately (pages, social cards): they
    count for collisions and caching rules like `files` do.

    A `_headers` or `_redirects` of the site's own (in `static/`) is kept: Warta's rules come
    first and the site's follow. Raise ContentError when an alias would land on another file,
    or when `static/CNAME` and the config's `cname` both name the domain."""
    redirects = collect_redirects(site)
    own = {f.path: f for f in files if f.path in (NOJEKYLL_FILE, CNAME_FILE, HEADERS_FILE, REDIRECTS_FILE)}
    paths = tuple(f.path for f in files) + other_paths
    # The hosts' files count as taken too (issue 21: an alias `/_headers/` was blamed on static/).
    check_redirects(redirects, paths + tuple(name for name in HOST_FILES if name != CNAME_FILE or config.cname))
    if config.cname and CNAME_FILE in own:
        raise ContentError([Problem(f"static/{CNAME_FILE}", None, None, "names the domain, and so does `cname:` "
                                    "in warta.yaml", "keep one of them")])
    made = {NOJEKYLL_FILE: b"",
            HEADERS_FILE: headers_file(config, paths).encode("utf-8"),
            REDIRECTS_FILE: redirects_file(config, redirects).encode("utf-8")}
    if config.cname:
        made[CNAME_FILE] = f"{config.cname}\n".encode("ascii")
    for name in (HEADERS_FILE, REDIRECTS_FILE):
        if name in own:
            made[name] += f"\n# From the site's static/{name}:\n".encode("utf-8") + own[name].data
    kept = tuple(f for f in files if f.path not in made)
    pages = tuple(OutputFile(output_file(r.old), redirect_page(r, config)) for r in redirects if alias_has_page(r.old))
    return kept + tuple(OutputFile(name, data) for name, data in made.items()) + pages


def collect_redirects(site: Site) -> tuple[Redirect, ...]:
    """Every alias of every published article (a withdrawn one too: its address shows the notice),
    in the order of the old paths."""
    found = []
    for article in (*site.articles, *site.retracted):
        meta = article.source
        for alias, line in zip(meta.aliases, meta.alias_lines):
            found.append(Redirect(alias_path(alias), article_path(meta.slug), meta.title, meta.path, line))
    return tuple(sorted(found, key=lambda r: (r.old, r.article, r.line or 0)))


def check_redirects(redirects: tuple[Redirect, ...], taken: tuple[str, ...]) -> None:
    """An old path may not be a page or file of the site, nor claimed twice; report every case."""
    if not redirects:
        return
    files = set(taken)
    folders = {str(parent) for path in taken for parent in PurePosixPath(path).parents}
    problems: list[Problem] = []
    claimed: dict[str, Redirect] = {}
    for redirect in redirects:
        where = output_file(redirect.old) if alias_has_page(redirect.old) else redirect.old
        shown = "/" + redirect.old
        first = claimed.get(redirect.old)
        if first is not None:
            same = first.article == redirect.article
            problems.append(Problem(redirect.article, redirect.line, "aliases",
                                    f'"{shown}" is listed twice' if same else
                                    f'"{shown}" is already an alias of {first.article}',
                                    "keep it in one place" if same else "an old address can lead to one article only"))
            continue
        claimed[redirect.old] = redirect
        parents = {str(p) for p in PurePosixPath(where).parents}
        if where in files or where in folders or parents & files:
            clash = where if where in files else next(iter(sorted(parents & files)), where)
            if clash in HOST_FILES:
                problems.append(Problem(redirect.article, redirect.line, "aliases",
                                        f'"{shown}" clashes with {clash}, {HOST_FILES[clash]}',
                                        "remove the alias: that path belongs to the host's file"))
                continue
            problems.append(Problem(redirect.article, redirect.line, "aliases",
                                    f'"{shown}" is the address of a page or file of this site ({clash})',
                                    "an alias must be an old address that no longer exists; remove it"))
    if problems:
        raise ContentError(problems)


def headers_file(config: SiteConfig, paths: tuple[str, ...]) -> str:
    """`_headers`: security headers everywhere, and each path's Cache-Control set by exactly one rule,
    since Netlify and Cloudflare Pages join the values of a header that several matching rules set."""
    base = config.base_path
    asset_suffixes = {PurePosixPath(p).suffix for p in paths if p.startswith(f"{ASSET_DIR}/")}
    lines = [
        "# HTTP headers for Netlify and Cloudflare Pages, written by `warta build`.",
        f"# Paths are URL paths as browsers request them, under the base path {base}.",
        "",
        f"{base}*",
        *(f"  {name}: {value}" for name, value in SECURITY_HEADERS),
        "",
        "# Theme assets have a hash of their content in their names: cache them for a year.",
        f"{base}{ASSET_DIR}/*",
        f"  Cache-Control: {IMMUTABLE}",
        "",
        *_photo_rule(base, paths),
        "# Pages: caches check for a newer version on every visit.",
    ]
    for pattern in (base, f"{base}*/", f"{base}*.html"):
        if not pattern.endswith(".html") or ".html" not in asset_suffixes:
            lines += [pattern, f"  Cache-Control: {REVALIDATE}"]
    lines += ["", "# Feeds and sitemaps: readers and crawlers poll them."]
    if ".xml" not in asset_suffixes:
        lines += [f"{base}*.xml", f"  Cache-Control: {FEED}"]
    lines += [f"{base}{JSON_FEED_FILE}", f"  Cache-Control: {FEED}"]
    return "\n".join(lines) + "\n"


def _photo_rule(base: str, paths: tuple[str, ...]) -> list[str]:
    """The photos' files are named by a digest of what they are made from: cached for a year too,
    unless `static/` put a file of its own under their folder (one rule must fit every file)."""
    if any(p.startswith(f"{PHOTO_FOLDER}/") and not RENDITION_PATH.fullmatch(p) for p in paths):
        return []
    return ["# Photos: their names hold a digest of what they are made from.", f"{base}{PHOTO_FOLDER}/*",
            f"  Cache-Control: {IMMUTABLE}", ""]


def redirects_file(config: SiteConfig, redirects: tuple[Redirect, ...]) -> str:
    """`_redirects`: one permanent redirect per alias, old path -> the article's path."""
    base = config.base_path
    lines = ["# Redirects for Netlify and Cloudflare Pages, written by `warta build` from the articles' `aliases:`.",
             f"# Paths are URL paths as browsers request them, under the base path {base}."]
    lines += [f"{base}{r.old} {base}{r.target} 301" for r in redirects]
    return "\n".join(lines) + "\n"


def redirect_page(redirect: Redirect, config: SiteConfig) -> bytes:
    """A small page at an old URL, for hosts without `_redirects` (GitHub Pages, S3): it sends the
    browser on at once and tells search engines where the article lives now."""
    href = config.base_path + redirect.target
    canonical = config.absolute_url(href)
    title = escape(redirect.title)
    html = (
        "<!doctype html>\n"
        f'<html lang="{escape(config.language)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{title} — {escape(config.title)}</title>\n"
        '<meta name="robots" content="noindex">\n'
        # No favicon request: the browser would ask the host root for /favicon.ico, which a
        # site under a sub-path does not have (a 404 in the console, depending on timing).
        '<link rel="icon" href="data:,">\n'
        f'<link rel="canonical" href="{escape(canonical)}">\n'
        f'<meta http-equiv="refresh" content="0; url={escape(href)}">\n'
        "</head>\n"
        "<body>\n"
        f'<p>Artikel ini sudah pindah ke <a href="{escape(href)}">{title}</a>.</p>\n'
        "</body>\n"
        "</html>\n"
    )
    return html.encode("utf-8")
