"""related_index(entries, count, earlier) -> RelatedIndex: each article's related articles.

An article's related articles are the `count` published articles sharing most of its tags, newest
first among equals, leaving out its newer and older neighbours (linked just above them). Counting
the shared tags of every pair of articles is quadratic: 12 s for 100,000 articles of the bench
corpus, in every build. So:

- a full computation finds articles sharing two or more tags through tag pairs (`_related`), and
  fills the places left with the newest articles sharing one tag;
- a rebuild starts from the last build's index (`earlier`, carried over by the build state) and
  computes again only what can have changed. An article whose tags and date are as they were,
  whose newer and older neighbours are the same and none of whose related articles changed or went
  keeps its list, merged with the articles that changed (added, re-tagged or re-dated) that share
  a tag with it: the articles ranked below its list are still below it (their shared tags and their
  order are as they were), so its new list is the best of its old list and the changed articles.
  Everything else is computed again. Both give exactly the same lists
  (`tests/unit/test_related.py` checks random histories of edits against a full computation).
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, combinations

from warta.pickling import FastPickle

Entry = tuple[str, str, tuple[str, ...]]
"""One article in archive order: its slug, its place in that order (its date) and its sorted tag slugs."""


@dataclass(frozen=True, slots=True)
class RelatedIndex(FastPickle):
    """The related articles of every published article, and what they were computed from."""

    count: int
    """How many related articles each has at most (`related_count`)."""
    entries: tuple[Entry, ...]
    """Every published article, newest first (`Entry`)."""
    related: tuple[tuple[str, ...], ...]
    """Per entry, in the same order: the slugs of its related articles, best first."""


def related_index(entries: Sequence[Entry], count: int, earlier: RelatedIndex | None = None) -> RelatedIndex:
    """The related articles of every entry (newest first); from `earlier` where it still holds."""
    entries = tuple(entries)
    if not count:
        return RelatedIndex(count, entries, ((),) * len(entries))
    tag_lists = [tags for _, _, tags in entries]
    slugs = [slug for slug, _, _ in entries]
    tables = _Tables(tag_lists)
    if earlier is None or earlier.count != count:
        return RelatedIndex(count, entries, tuple(tables.related(i, slugs, count) for i in range(len(entries))))
    return RelatedIndex(count, entries, _update(entries, slugs, tables, count, earlier))


def _update(entries: tuple[Entry, ...], slugs: list[str], tables: _Tables, count: int,
            earlier: RelatedIndex) -> tuple[tuple[str, ...], ...]:
    before = {entry[0]: index for index, entry in enumerate(earlier.entries)}
    old_slugs = [slug for slug, _, _ in earlier.entries]
    position = {slug: index for index, slug in enumerate(slugs)}
    changed = {index for index, entry in enumerate(entries)
               if (old := before.get(entry[0])) is None or earlier.entries[old] != entry}
    gone = {slug for slug, index in before.items() if slug not in position}
    gone.update(slugs[index] for index in changed)
    # The changed articles that share a tag with each article: candidates for its list.
    extra: dict[int, set[int]] = defaultdict(set)
    for index in changed:
        for tag in entries[index][2]:
            for other in tables.members[tag]:
                extra[other].add(index)
    tag_sets: dict[int, frozenset[str]] = {}

    def tags_of(index: int) -> frozenset[str]:
        found = tag_sets.get(index)
        if found is None:
            found = tag_sets[index] = frozenset(entries[index][2])
        return found

    result = []
    for index, slug in enumerate(slugs):
        old = before.get(slug)
        if index in changed or _beside(old_slugs, old) != _beside(slugs, index) \
                or any(other in gone for other in earlier.related[old]):
            result.append(tables.related(index, slugs, count))
            continue
        kept = earlier.related[old]
        new = extra.get(index)
        if not new:
            result.append(kept)
            continue
        mine = tags_of(index)
        beside = (index - 1, index + 1)
        candidates = [position[other] for other in kept]
        candidates += [other for other in new if other not in beside]
        best = sorted(set(candidates), key=lambda other: (-len(mine & tags_of(other)), other))[:count]
        result.append(tuple(slugs[other] for other in best))
    return tuple(result)


def _beside(slugs: list[str], index: int) -> tuple[str | None, str | None]:
    """The newer and older neighbours of the article at `index` (left out of its related list)."""
    return (slugs[index - 1] if index > 0 else None, slugs[index + 1] if index + 1 < len(slugs) else None)


class _Tables:
    """Which articles have each tag, and each pair of tags (by position, newest first), each made when
    first asked for: a rebuild in which no article's tags or date changed needs neither."""

    def __init__(self, tag_lists: list[tuple[str, ...]]) -> None:
        self.tag_lists = tag_lists

    @cached_property
    def members(self) -> dict[str, list[int]]:
        members: dict[str, list[int]] = defaultdict(list)
        for index, tag_list in enumerate(self.tag_lists):
            for tag in tag_list:
                members[tag].append(index)
        return members

    @cached_property
    def pairs(self) -> dict[tuple[str, str], list[int]]:
        pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
        for index, tag_list in enumerate(self.tag_lists):
            for pair in combinations(tag_list, 2):
                pairs[pair].append(index)
        return pairs

    def related(self, index: int, slugs: list[str], count: int) -> tuple[str, ...]:
        return tuple(slugs[other] for other in _related(index, self.tag_lists[index], self.members, self.pairs, count,
                                                       frozenset((index - 1, index + 1))))


def _related(index: int, mine: tuple[str, ...], members: dict[str, list[int]],
             pairs: dict[tuple[str, str], list[int]], count: int, beside: frozenset[int] = frozenset()) -> list[int]:
    """The `count` articles sharing most tags with article `index` (whose sorted tags are `mine`),
    newest first among equals, leaving out those of `beside` (its newer and older neighbours).

    Counting every article of every tag is quadratic in a large archive; instead, articles that
    share two or more tags are found through tag pairs (few per pair), counted exactly, and
    places left over are filled from the newest articles sharing one tag."""
    # An article sharing s tags with this one appears in s·(s-1)/2 of its tag pairs: counting
    # appearances ranks candidates as counting shared tags would, without intersecting sets.
    shared = Counter(chain.from_iterable(pairs[pair] for pair in combinations(mine, 2)))
    for left_out in (index, *beside):
        shared.pop(left_out, None)
    # Most shared first, then newest (lowest index): a stable sort by count keeps the index order.
    best = sorted(sorted(shared), key=shared.__getitem__, reverse=True)[:count]
    if len(best) < count:
        chosen = set(best) | {index} | beside
        for other in heapq.merge(*(members[tag] for tag in mine)):
            if other not in chosen:
                best.append(other)
                chosen.add(other)
                if len(best) == count:
                    break
    return best
