"""Group articles into terms: tags, categories, authors and sources."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable

from warta.content.schema import SourceArticle
from warta.errors import Problem
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


_FIELDS = {"tag": "tags", "category": "category", "author": "author", "source": "source"}
_PLURALS = {"tag": "tags", "category": "categories", "author": "authors", "source": "sources"}
_OWNERS = {"tag": "a tag's", "category": "a category's", "author": "an author's", "source": "a source's"}


def _named(kind: str, article: SourceArticle) -> Iterable[tuple[str, int | None]]:
    """(name, line) of each `kind` an article gives."""
    if kind == "tag":
        return zip(article.tags, article.tag_lines or (None,) * len(article.tags))
    if kind == "author":
        return zip(article.authors, article.author_lines or (None,) * len(article.authors))
    if kind == "category":
        return ((article.category, article.category_line),) if article.category else ()
    return ((article.source, article.source_line),) if article.source else ()


def term_collisions(articles: Iterable[SourceArticle]) -> list[Problem]:
    """Names that would share one page because their URL names are the same (issue 21: `C++`, `C#`
    and `C` all made `/tag/c/`, one page listing the articles of all three).

    Different names (`C++` and `C`: they differ in more than case, accents, script, spaces and
    punctuation; see `_word`) are an error on the article that brings the second one. Two spellings of one
    word (`José`, `JOSE`) share the page as intended: a warning names them and the one the page
    shows. Drafts and articles not yet published count too, so that publishing one later does not
    stop a build."""
    ordered = sorted(articles, key=lambda a: a.path)
    problems = []
    for kind in _FIELDS:
        # The URL names two or more names share (rare): only their names' places are gathered (issue 22:
        # gathering every name's places took a tenth of a second of every rebuild of 10,000 articles).
        by_slug: dict[str, set[str]] = defaultdict(set)
        for name in {name for article in ordered for name, _ in _named(kind, article)}:
            by_slug[term_slug(name)].add(name)
        shared = {slug for slug, names in by_slug.items() if len(names) > 1}
        if not shared:
            continue
        slugs = {name: slug for slug in shared for name in by_slug[slug]}  # name -> its shared URL name
        uses: dict[str, dict[str, list[tuple[str, int | None]]]] = defaultdict(dict)  # slug -> name -> places
        counts: dict[str, Counter[str]] = defaultdict(Counter)  # slug -> name -> articles, as group_terms counts
        for article in ordered:
            seen = set()
            for name, line in _named(kind, article):
                slug = slugs.get(name)
                if slug is None:
                    continue
                uses[slug].setdefault(name, []).append((article.path, line))
                if slug not in seen:
                    seen.add(slug)
                    counts[slug][name] += 1
        for slug, names in uses.items():
            if len(names) > 1:
                problems += _shared_page(kind, term_path(kind, slug), names, counts[slug])
    return problems


def _shared_page(kind: str, path: str, names: dict[str, list[tuple[str, int | None]]],
                 counts: Counter[str]) -> list[Problem]:
    words: dict[str, list[str]] = {}  # word -> its spellings, in the order they first appear
    for name in names:
        words.setdefault(_word(name), []).append(name)
    shown = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    problems = []
    (owner, *_), *others = words.values()
    for spellings in others:
        name = spellings[0]
        where, line = names[name][0]
        more = len({p for p, _ in names[name]}) - 1
        also = f'; "{name}" is also in {more} other article{"s" * (more > 1)}' if more else ""
        suggestion = _suggest(name, path)
        problems.append(Problem(
            where, line, _FIELDS[kind],
            f'"{name}" and "{owner}" ({_place(names[owner][0])}) are different {_PLURALS[kind]} but would share '
            f"one page, {path}, as {_OWNERS[kind]} address keeps only its letters and digits{also}",
            "rename one of them" + (f', for example "{suggestion}" for "{name}"' if suggestion else "")))
    for spellings in words.values():
        for name in spellings[1:]:
            where, line = names[name][0]
            problems.append(Problem(
                where, line, _FIELDS[kind],
                f'"{name}" and "{spellings[0]}" ({_place(names[spellings[0]][0])}) are one {kind} written two ways; '
                f'its page {path} shows "{shown}"', "write it the same way in every article", warning=True))
    return problems


def _place(place: tuple[str, int | None]) -> str:
    return place[0] if place[1] is None else f"{place[0]}:{place[1]}"


_SIGNS = {"+": "p", "#": "sharp", "@": "at", "%": "persen", "$": "dollar", "*": "star"}
"""Signs that make a name another name (`C++`, `C#` are not `C`), with letters to write them in."""


def different_names(first: str, second: str) -> bool:
    """Whether two names (of one URL name) are different names (`C`, `C#`: the build refuses them on one page),
    not one name written two ways (`José`, `JOSE`: it only warns). For `warta import`, which says so first."""
    return _word(first) != _word(second)


def _word(name: str) -> str:
    """`name` without case, accents, script, spaces and punctuation, keeping the signs that make another
    name of it: two names with the same word are one name written two ways (`José`, `JOSE`; `Scale AI`,
    `scale-ai`; `Ekonomi & Bisnis`, `Ekonomi Bisnis`), two with different words are not (`C++`, `C`)."""
    word, parts = [], []
    for char in unicodedata.normalize("NFC", name) + " ":
        if char.isalnum() or unicodedata.combining(char):
            word.append(char)
            continue
        if word:
            parts.append(term_slug("".join(word)).replace("-", "") or "".join(word).casefold())
            word = []
        if char in _SIGNS:
            parts.append(char)
    return "".join(parts)


def _suggest(name: str, path: str) -> str | None:
    """`name` with its signs written as letters (`C++` -> `Cpp`), when that gives it a page of its own."""
    spelled = "".join(_SIGNS.get(char, char) for char in name)
    return spelled if spelled != name and term_slug(spelled) not in ("", path.rstrip("/").rpartition("/")[2]) else None

