"""`warta check`: read a built site and its articles, and find the links that lead nowhere (`check.py`)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from warta.config import load_config
from warta.content import load_articles
from warta.errors import ContentError, OutputError, Problem
from warta.linkcheck.check import check_links
from warta.linkcheck.pages import index_site
from warta.markdown import render_article
from warta.model.urls import article_path, output_file


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What to check."""

    root: Path
    """Site root: holds `warta.yaml` and `articles/`."""
    output: Path
    """The built site to check."""


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `warta check` looked at and found."""

    articles: int
    """Articles whose Markdown links were checked (those with a page in the built site)."""
    pages: int
    """HTML pages whose links were checked."""
    links: int
    """Links and sources in those pages."""
    problems: tuple[Problem, ...]
    """Every link that leads nowhere, as errors."""


def check(options: CheckOptions) -> CheckReport:
    """Check the links of the articles' Markdown and of every page in the built site `options.output`."""
    root, output = options.root, options.output
    config, _ = load_config(root)
    loaded = load_articles(root, config)
    if not loaded.ok:
        raise ContentError(loaded.problems)
    if not output.is_dir():
        raise OutputError(f"there is no built site in {output}; run `warta build` first, or pass --output")
    index = index_site(read_site(output))
    # Only articles the built site has: a draft's page is not there, so neither are its links.
    built = [render_article(a, config) for a in loaded.articles if output_file(article_path(a.slug)) in index.files]
    found = check_links(built, index, config, shown_folder(output, root)).problems
    return CheckReport(articles=len(built), pages=len(index.pages),
                       links=sum(len(page.links) for page in index.pages.values()),
                       problems=tuple(replace(problem, warning=False) for problem in found))


def read_site(folder: Path) -> list[tuple[str, bytes | None]]:
    """Every file under `folder` as (output path, bytes); only HTML files are read."""
    files = []
    for directory, _, names in os.walk(folder):
        for name in names:
            path = Path(directory, name)
            rel = path.relative_to(folder).as_posix()
            files.append((rel, path.read_bytes() if name.endswith(".html") else None))
    return sorted(files)


def shown_folder(output: Path, root: Path) -> str:
    """How problems name the output folder: relative to the site root when inside it (`_site`)."""
    try:
        return output.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return output.as_posix()
