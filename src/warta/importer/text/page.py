"""The text's lines as the context looks at them: kept items, the lines taken out and why, which lines read as
running text; and a `Drop`, a line the context takes out (issue 19; split out of `context`).

Pure; linear in the lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.importer.text import boilerplate
from warta.importer.text import lines as shapes
from warta.importer.records import RemovedLine

Item = tuple[int, str] | None


@dataclass(frozen=True, slots=True)
class Drop:
    """A line the context says is boilerplate (or metadata), and why."""

    index: int
    """Index into the items (line number - 1)."""
    reason: str
    tag: str | None = None
    """For a tag under a "Tags" label: the tag, for the front matter."""
    author: str | None = None
    """For a byline without a label next to the headline: the name, for the front matter."""
    editor: str | None = None
    """For a name under an "Editor" label on its own line: the name, for `extra: editor`."""


@dataclass(slots=True)
class Lines:
    """The state of every input line, for looking at neighbours (internal)."""

    items: list[Item]
    removed: dict[int, str]
    """index -> reason, for lines already taken out."""
    removed_text: dict[int, str]
    """index -> text, for lines already taken out."""
    prose: list[bool]
    """Per index: a kept line that reads as running text (`boilerplate.is_prose`)."""
    lower_words: set[str] | None = None
    """The words written in lower case in the kept lines (computed when first asked, `common_word`)."""
    first: int | None = None
    """The index of the first non-blank line (computed when first asked, `first_line`)."""
    width: int | None = None
    """The length of the longest line (computed when first asked, `widest`)."""
    posts: frozenset[int] = frozenset()
    """The indices of a thread's numbered posts (`lines.thread_posts`): the story, whatever their emoji."""

    @classmethod
    def of(cls, items: list[Item], removed: list[RemovedLine], posts: frozenset[int] = frozenset()) -> Lines:
        return cls(items, {r.line - 1: r.reason for r in removed}, {r.line - 1: r.text for r in removed},
                   _prose(items), posts=posts)

    def kept(self, index: int) -> bool:
        return self.items[index] is not None

    def text(self, index: int) -> str:
        item = self.items[index]
        return item[1] if item is not None else ""

    def neighbour(self, index: int, step: int) -> int | None:
        """The nearest non-blank line (kept or removed) before (step -1) or after (+1) `index`."""
        index += step
        while 0 <= index < len(self.items):
            if self.items[index] is not None or index in self.removed:
                return index
            index += step
        return None

    def first_line(self) -> int:
        """The index of the text's first non-blank line (kept or taken out); computed once."""
        if self.first is None:
            self.first = next((i for i, item in enumerate(self.items) if item is not None or i in self.removed),
                              len(self.items))
        return self.first

    def common_word(self, word: str) -> bool:
        """Whether `word` also stands in lower case in the text: a common word ("Biaya Dana Melandai" in a
        headline, "biaya dana" in the story), not a person's name."""
        if self.lower_words is None:
            self.lower_words = {w for item in self.items if item is not None
                                for w in re.findall(r"(?<![\w-])[a-z][a-z-]+", item[1])}
        return word.casefold() in self.lower_words

    def widest(self) -> int:
        """The length of the text's longest line of words (kept or taken out, `lines.wrap_width`); computed once."""
        if self.width is None:
            self.width = shapes.wrap_width([item[1] for item in self.items if item is not None]
                                           + list(self.removed_text.values()))
        return self.width

    def boilerplate_at(self, index: int | None) -> bool:
        """A removed line whose content is gone or moved to the front matter (the edge of the text counts)."""
        return index is None or index in self.removed


def _prose(items: list[Item]) -> list[bool]:
    """Per line: whether it is running text. A hard-wrapped paragraph's lines are judged together: in a run
    of lines without a blank between them, lines about as wide as the widest (as `parse._continues` joins
    them) up to one that ends a sentence form one stretch of text; in a text wrapped at a narrow column, lines
    as wide as the column too."""
    prose = [item is not None and boilerplate.is_prose(item[1]) for item in items]
    runs: list[list[int]] = []
    run: list[int] = []
    for index in range(len(items) + 1):
        if index < len(items) and items[index] is not None:
            run.append(index)
            continue
        if len(run) > 1:
            runs.append(run)
        run = []
    column = shapes.column_width([[items[i][1] for i in run] for run in runs])  # type: ignore[index]
    for run in runs:
        texts = [items[i][1] for i in run]  # type: ignore[index]
        widest = max(len(t) for t in texts)
        if widest >= 50:
            _wrapped_segments(texts, run, prose, widest)
        if column is not None and (column < widest or widest < 50):
            _wrapped_segments(texts, run, prose, column)
    return prose


def _wrapped_segments(texts: list[str], run: list[int], prose: list[bool], widest: int) -> None:
    """Mark as prose the stretches of the run's lines wrapped at `widest` that read as running text together."""
    segment: list[int] = []
    for position, index in enumerate(run):
        text = texts[position]
        if segment and len(texts[segment[-1]]) + 1 + len(text.split()[0]) < widest:
            # the line above had room for this line's first word: it was not wrapped there (a list of
            # headlines, an address, a contact block under the story is no paragraph)
            _mark_prose(texts, run, segment, prose)
            segment = []
        if not segment and len(text) < 0.6 * widest:
            continue  # a short line does not start a wrapped paragraph (a headline, a label)
        segment.append(position)
        if shapes.ends_sentence(text) or len(text) < 0.6 * widest or position == len(run) - 1:
            _mark_prose(texts, run, segment, prose)
            segment = []


def _mark_prose(texts: list[str], run: list[int], segment: list[int], prose: list[bool]) -> None:
    joined = " ".join(texts[p] for p in segment)
    # (lines in title case one under another are headlines or an address, however long together)
    if len(segment) > 1 and boilerplate.is_prose(joined) and boilerplate.line_features(joined).title_case < 0.6:
        for p in segment:
            prose[run[p]] = True
