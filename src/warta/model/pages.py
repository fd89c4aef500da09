"""The site's pages that are not articles: each page's body rendered, the pages in footer order,
and the checks that a page's address is its own.

A page stands at the top of the site (`/tentang/`, `model/urls.py`), where Warta writes its own
folders and `static/` its files: a page may take none of those addresses, nor an article's old one."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Collection, Iterable

from warta.config import SiteConfig
from warta.content.pages import SourcePage
from warta.content.schema import SourceArticle
from warta.errors import Problem
from warta.layout import CONFIG_NAME, STATIC_DIR
from warta.markdown import SUMMARY_LENGTH, RenderedBody, make_parser, render_markdown, shorten
from warta.model.urls import (CORRECTIONS_PAGE, TERM_DIRS, TOP_LEVEL_NAMES, alias_path, archive_index_path,
                              output_file, page_path, term_index_path)

NO_PICTURES = "put the picture in an article, and link to that article from the page"


@dataclass(frozen=True, slots=True)
class Page:
    """A SourcePage with its body rendered."""

    source: SourcePage
    """The validated front matter (its Markdown dropped once rendered)."""
    body: RenderedBody
    """The rendered body (packed HTML, as an article's)."""
    description: str
    """The meta description: `summary`, else the start of the first paragraph, else the title."""

    @property
    def slug(self) -> str:
        return self.source.slug

    @property
    def path(self) -> str:
        """Site path (`tentang/`)."""
        return page_path(self.source.slug)


def build_pages(sources: Iterable[SourcePage], config: SiteConfig, articles: Iterable[SourceArticle],
                static_names: Iterable[str], unreadable: Collection[str] = ()) -> tuple[tuple[Page, ...], list[Problem]]:
    """Render every page, in footer order (`footer_order`); with the problems of their bodies, of
    addresses that are not theirs to take (`page_collisions`) and of the organisation's pages that are
    none of them (`named_page_problems`; `unreadable`: slugs of page files with errors of their own)."""
    pages: list[Page] = []
    problems: list[Problem] = []
    for source in sources:
        page, found = render_source_page(source, config)
        pages.append(page)
        problems.extend(found)
    problems.extend(page_collisions(pages, articles, static_names))
    problems.extend(named_page_problems(config, pages, unreadable))
    return footer_order(pages), problems


WARTA_PAGES = (CORRECTIONS_PAGE, archive_index_path(), *(term_index_path(kind) for kind in TERM_DIRS))
"""Pages Warta writes on every site that an organisation's policy may name: the corrections page, the
archive, the indexes of tags, categories, authors and sources. (Not `cari/`: it exists only with a
search index.)"""


def named_page_problems(config: SiteConfig, pages: Iterable[Page], unreadable: Collection[str] = ()) -> list[Problem]:
    """The organisation's policy and contact pages (`organization:` in warta.yaml) and the footer's links
    (`footer_links:`) that name a path of this site should name one of its pages (`pages/`, or one of
    WARTA_PAGES): search engines follow them from every article's JSON-LD, readers from every footer.
    One that does not is a warning, as any link leading nowhere is (an error with --strict): the repository's warta.yaml still builds a folder of articles alone, as
    ../shared/bench/vs_hugo.sh builds it. A page whose file has an error of its own is not reported again."""
    pages = list(pages)
    known = {page_path(page.source.slug) for page in pages} | set(WARTA_PAGES) | {page_path(s) for s in unreadable}
    problems = []
    named = [(config.organization.lines.get(key), f"organization.{key}", path)
             for key, path in config.organization.pages()]
    # A footer link may lead to any page Warta writes (the home page, the search page, a feed, a tag, an
    # article …): those the link check follows in the built site; only a page of pages/ is looked up here.
    named += [(link.line, "footer_links", link.page) for link in config.footer_links or ()
              if not link.page.startswith("https://") and not _written_by_warta(link.page)]
    for line, where, path in named:
        if path not in known:
            slugs = ", ".join(sorted(page.source.slug for page in pages)) or "none yet"
            problems.append(Problem(CONFIG_NAME, line, where, f'"/{path}" is not a page of this site',
                                    f"name a page of pages/ by its slug ({slugs}), or write an https:// URL",
                                    warning=True))
    return problems


def _written_by_warta(path: str) -> bool:
    """Whether the site path is the home page, a file Warta writes at the top (`404.html`, `rss.xml`: a
    slug has no dot) or inside one of the folders it writes (`TOP_LEVEL_NAMES`)."""
    first = path.split("/", 1)[0]
    return not path or "." in first or first in TOP_LEVEL_NAMES


def render_source_page(source: SourcePage, config: SiteConfig) -> tuple[Page, list[Problem]]:
    """Render one page's Markdown as an article's is (raw HTML escaped unless the site allows it,
    script links refused, links put under the base path); a picture is a problem."""
    pictures = _NoPictures(source.path)
    body = render_markdown(make_parser(config.allow_html), source.body, config.base_path, pictures,
                           first_line=source.body_line)
    description = source.summary or shorten(body.first_paragraph, SUMMARY_LENGTH) or source.title
    return Page(replace(source, body=""), body, description), pictures.found(body, source.body_line)


class _NoPictures:
    """Stands for an article's photos (`images.photos.ArticlePhotos`) while a page's body is rendered:
    pages take no pictures yet (their files would have to be found, checked and published as an
    article's are), so each one the body shows becomes a problem at its line."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []
        """What the Markdown stage reports itself: a picture on another site."""
        self.pictures: list[Problem] = []

    def photo(self, src: str, line: int | None, field: str, alt: str | None, caption: str | None = None,
              credit: str | None = None, focus: tuple[float, float] = (0.5, 0.5)) -> None:
        shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in src)
        self.pictures.append(Problem(self.path, line, field, f'holds a picture ("{shown}"); pages take no '
                                     "pictures yet", NO_PICTURES))

    def found(self, body: RenderedBody, body_line: int) -> list[Problem]:
        """A problem for every picture of `body` (which starts at `body_line`), in the order of the body."""
        remote: dict[int, list[str]] = {}  # line -> the pictures from other sites on it, in order
        for link in body.links:
            if link.image and link.url.lower().startswith(("http:", "https:", "//")):
                remote.setdefault(body_line + link.line - 1, []).append(link.url)
        elsewhere = [replace(p, message=f'holds a picture ("{(remote.get(p.line) or ["…"]).pop(0)}") from another '
                             "site; pages take no pictures yet", hint=NO_PICTURES) for p in self.problems]
        return sorted(self.pictures + elsewhere, key=Problem.sort_key)


def footer_order(pages: Iterable[Page]) -> tuple[Page, ...]:
    """Pages with an `order` first, lowest first, then the others; each group by title."""
    return tuple(sorted(pages, key=lambda p: (p.source.order is None, p.source.order or 0,
                                              p.source.title.casefold(), p.slug)))


def page_collisions(pages: Iterable[Page], articles: Iterable[SourceArticle], static_names: Iterable[str]
                    ) -> list[Problem]:
    """A page whose address Warta writes something else at: one of its own folders (`TOP_LEVEL_NAMES`),
    a file or folder of `static/` (`static_names`: the names at its top), or an article's old
    address (`aliases:`, drafts and articles not yet published included: they will be)."""
    static = set(static_names)
    aliases: dict[str, tuple[str, int]] = {}
    for article in articles:
        for alias, line in zip(article.aliases, article.alias_lines):
            aliases.setdefault(output_file(alias_path(alias)), (article.path, line))
    problems = []
    for page in pages:
        slug, line = page.slug, page.source.slug_line
        fix = "choose another `slug:`" if line is not None else "rename the file, or set another `slug:`"
        taken = f'"{slug}" is taken'
        if slug in TOP_LEVEL_NAMES:
            problems.append(Problem(page.source.path, line, "slug", f"{taken}: /{slug}/ holds "
                                    f"{TOP_LEVEL_NAMES[slug]}, which Warta writes", fix))
        elif slug in static:
            problems.append(Problem(page.source.path, line, "slug", f"{taken} by {STATIC_DIR}/{slug}, published at "
                                    "the same address", f"{fix}; or move {STATIC_DIR}/{slug}"))
        elif output_file(page.path) in aliases:
            article, alias_line = aliases[output_file(page.path)]
            problems.append(Problem(page.source.path, line, "slug", f"{taken}: /{page.path} is an old address of "
                                    f"{article} (its alias on line {alias_line})", f"{fix}; or remove that alias"))
    return problems
