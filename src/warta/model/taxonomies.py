"""Group articles into terms: tags, categories, authors and sources."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable

from warta.markdown import Article
from warta.model.urls import term_path, term_slug


@dataclass(frozen=True, slots=True)
class Term:
    """A tag, category, author or source, with its articles newest first."""

    kind: str
    """"tag", "category", "author" or "source"."""
    name: str
    """Display name (the most used spelling when articles differ only in case)."""
    slug: str
    """URL name."""
    path: str
    """Site path of the term's first page."""
    articles: tuple[Article, ...]
    """Articles with this term, newest first."""


def group_terms(kind: str, articles: tuple[Article, ...], names_of: Callable[[Article], Iterable[str]]) -> tuple[Term, ...]:
    """Build the terms of one kind from newest-first `articles`, sorted by name."""
    members: dict[str, list[Article]] = defaultdict(list)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        seen = set()
        for name in names_of(article):
            slug = term_slug(name)
            if slug in seen:
                continue
            seen.add(slug)
            members[slug].append(article)
            spellings[slug][name] += 1
    terms = []
    for slug, items in members.items():
        name = min(spellings[slug].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        terms.append(Term(kind, name, slug, term_path(kind, slug), tuple(items)))
    return tuple(sorted(terms, key=lambda t: (t.name.casefold(), t.slug)))
