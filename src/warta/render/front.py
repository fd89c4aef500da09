"""The home page's front: the lead story, the latest stories, a block per category, then "Terbaru"."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable

from warta.config import HomeConfig
from warta.content.schema import SourceArticle
from warta.errors import Problem
from warta.layout import CONFIG_NAME
from warta.markdown import Article
from warta.model.taxonomies import Term
from warta.model.urls import term_slug
from warta.render.views import ArticleView, Link


@dataclass(frozen=True, slots=True)
class FrontBlock:
    """One category's block on the front: its heading links to the category's page."""

    category: Link
    items: tuple[ArticleView, ...]
    """The category's newest stories not already shown higher on the front."""


@dataclass(frozen=True, slots=True)
class Front:
    """What the first home page shows, each story once: the newest stories as the lead and the latest,
    the rest of the page's slice of the chronological list as "Terbaru" (page 2 goes on from there),
    and between them a block per category of its newest stories not already on the page. Kompas and
    Tempo do not repeat a headline in the section blocks below it either: a reader scanning down meets
    new stories in each block, and the category's heading leads to all of them."""

    lead: ArticleView | None
    """The newest story with a photo among the page's newest `latest + 1`, else the newest."""
    latest: tuple[ArticleView, ...]
    """The other newest stories, newest first."""
    blocks: tuple[FrontBlock, ...]
    rest: tuple[ArticleView, ...]
    """"Terbaru": the first page's stories after the lead and the latest, newest first."""


def home_front(first_page: tuple[ArticleView, ...], categories: tuple[Term, ...],
               view: Callable[[Article], ArticleView], home: HomeConfig) -> Front:
    """The front of the home page: `first_page` the home page's slice of the stories (newest first),
    `view` an article's view."""
    top = first_page[:home.latest + 1]  # (the page's slice: `per_page` stays the page's length)
    lead = next((item for item in top if item.photo), top[0] if top else None)
    latest = tuple(item for item in top if item is not lead)
    shown = {item.slug for item in (*top, *first_page)}
    blocks = []
    if home.per_category:
        for term in front_categories(categories, home.categories):
            items = tuple(islice((v for v in map(view, term.articles) if v.slug not in shown), home.per_category))
            if items:
                shown.update(item.slug for item in items)
                blocks.append(FrontBlock(Link(term.name, term.path, len(term.articles)), items))
    on_top = {item.slug for item in top}
    rest = tuple(item for item in first_page if item.slug not in on_top)
    return Front(lead, latest, tuple(blocks), rest)


def front_categories(categories: tuple[Term, ...], names: tuple[str, ...]) -> tuple[Term, ...]:
    """The categories with a block, in order: those `names` names (by name or URL name), else every
    category, the one with the most articles first (then by name): a front whose order readers can learn,
    not one reshuffled by each new story."""
    if not names:
        return tuple(sorted(categories, key=lambda term: (-len(term.articles), term.name.casefold())))
    by_slug = {term.slug: term for term in categories}
    return tuple(by_slug[slug] for slug in dict.fromkeys(map(term_slug, names)) if slug in by_slug)


def home_problems(home: HomeConfig, articles: Iterable[SourceArticle]) -> list[Problem]:
    """A warning for each name of `home.categories` that no article has as its category: its block
    would be missing from the front without a word."""
    if not home.categories:
        return []
    known = {term_slug(a.category): a.category for a in articles if a.category}
    names = ", ".join(sorted(set(known.values()), key=str.casefold)) or "none yet"
    return [Problem(CONFIG_NAME, home.line, "home.categories", f'"{name}" is not the category of any article',
                    f"name categories the articles use ({names}), or take it out", warning=True)
            for name in home.categories if term_slug(name) not in known]
