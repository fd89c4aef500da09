"""Walk `pages/`, read every page that is not an article (Tentang, Redaksi, Kontak …) and validate
its front matter: PagesResult(pages, problems).

A page's file is read as an article's is (`loader.read_source`) and its fields checked with the
articles' readers (`schema._Check`), so a page's `updated` or `slug` takes what an article's
does and gets the same messages. Pages are few: they are read again at every build."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from warta.config import SiteConfig
from warta.content.files import linked_out
from warta.content.loader import _duplicate_slugs, check_file, read_source
from warta.content.schema import _Check, _extra, _kind, _slug, _summary
from warta.errors import Problem
from warta.layout import PAGES_DIR
from warta.names import decodable, undecodable_name
from warta.yamlmap import YamlMapping

PAGE_FIELDS = ("title", "slug", "summary", "updated", "order", "search", "sitemap", "draft", "extra")


@dataclass(frozen=True, slots=True)
class SourcePage:
    """A validated page file: its front matter fields and its raw Markdown body."""

    path: str
    """Path relative to the site root (`pages/redaksi.md`)."""
    slug: str
    """URL name: the `slug` field, else the file name (`check_slug`); the page is at `/<slug>/`."""
    title: str
    """The page's heading, and its name in the footer."""
    summary: str | None
    """The meta description; without one the start of the first paragraph is used."""
    updated: datetime | None
    """When the page last changed in substance ("Diperbarui …"), if it says."""
    order: int | None
    """Place in the footer: pages with an `order` come first, lowest first; then the others; each
    group by title."""
    search: bool
    """In the search index (`search: false` leaves it out)."""
    sitemap: bool
    """In sitemap.xml (`sitemap: false` leaves it out)."""
    extra: dict[str, Any] = field(hash=False, compare=False)
    """Free-form values for custom templates."""
    body: str = ""
    """The Markdown body."""
    body_line: int = 1
    """Line of the file where the body starts, to report body problems."""
    slug_line: int | None = None
    """Line of an explicit `slug:` field, to report a clash there (None: the slug is the file name's)."""
    draft: bool = False
    """Drafts are built only with --drafts, as articles are."""


@dataclass(frozen=True, slots=True)
class PagesResult:
    """Every valid page, and every problem found in any of them."""

    pages: tuple[SourcePage, ...]
    """Valid pages, sorted by path."""
    problems: tuple[Problem, ...]


def load_pages(root: Path, config: SiteConfig) -> PagesResult:
    """Load and validate every `pages/*.md` of the site; no `pages/` folder is no pages. Never raises
    on bad content."""
    folder = root / PAGES_DIR
    if not folder.exists() and not folder.is_symlink():
        return PagesResult((), ())
    if not folder.is_dir():
        return PagesResult((), (Problem(PAGES_DIR, None, None, "is not a folder",
                                        f"keep the pages in a folder {PAGES_DIR}/, or remove the file"),))
    outside = linked_out(root, PAGES_DIR)
    if outside is not None:
        return PagesResult((), (outside,))
    root_real = root.resolve()
    pages: list[SourcePage] = []
    problems: list[Problem] = []
    for name in sorted(os.listdir(folder)):
        rel = f"{PAGES_DIR}/{name}"
        if name.startswith("."):
            continue
        if not decodable(name):
            problems.append(undecodable_name(root, Path(PAGES_DIR, name)))
            continue
        if (folder / name).is_dir():
            if any(inner.endswith(".md") for _, _, files in os.walk(folder / name) for inner in files):
                problems.append(Problem(rel, None, None, "is a folder; only the pages directly in pages/ are built",
                                        f"move its .md files up into {PAGES_DIR}/", warning=True))
            continue
        if not name.endswith(".md"):
            continue
        _, problem = check_file(str(folder / name), rel, root_real, config, kind="page")
        if problem is not None:
            problems.append(problem)
            continue
        page, found = load_page(folder / name, rel, config)
        problems.extend(found)
        if page is not None:
            pages.append(page)
    problems.extend(_duplicate_slugs(pages))  # (one error per extra page, naming the first's file)
    return PagesResult(tuple(pages), tuple(sorted(problems, key=Problem.sort_key)))


def load_page(file: Path, rel: str, config: SiteConfig) -> tuple[SourcePage | None, list[Problem]]:
    """Read and validate one page file."""
    split, mapping, problems = read_source(file, rel, "page")
    if split is None or mapping is None:
        return None, problems
    page, more = validate_page(rel, file.stem, mapping, split.body, split.body_line, config)
    return page, problems + more


def validate_page(path: str, stem: str, mapping: YamlMapping, body: str, body_line: int,
                  config: SiteConfig) -> tuple[SourcePage | None, list[Problem]]:
    """Check every field of one page; return the record or the problems that prevent it."""
    check = _Check(path, mapping, config.zone)
    check.unknown_fields(PAGE_FIELDS)
    title = check.text("title", required=True)
    slug = _slug(check, stem)
    summary = _summary(check, config.summary_warn_length)
    updated = check.when("updated")
    order = _order(check)
    search, sitemap = (check.flag(key, True, f"write `{key}: false` to leave the page out, or remove the line")
                       for key in ("search", "sitemap"))
    extra = _extra(check)
    draft = check.flag("draft", False)
    if not body.strip():
        check.at(body_line, "body", "is empty", "write the page below the closing `---`")
    if any(not p.warning for p in check.problems):
        return None, check.problems
    assert title is not None
    return SourcePage(path=path, slug=slug, title=title, summary=summary, updated=updated, order=order,
                      search=search, sitemap=sitemap, extra=extra, body=body, body_line=body_line,
                      slug_line=mapping.lines.get("slug"), draft=draft), check.problems


def _order(check: _Check) -> int | None:
    """`order`: a whole number, None when missing (and after an error)."""
    value = check.data.get("order")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        check.error("order", f"must be a whole number, not {_kind(value)}",
                    "write the page's place in the footer, for example `order: 1`")
        return None
    return value
