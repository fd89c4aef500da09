"""Split the `---` YAML block from an article's body, keeping line offsets."""

from __future__ import annotations

from dataclasses import dataclass

from warta.errors import Problem

_FENCE = "---"


@dataclass(frozen=True, slots=True)
class SplitSource:
    """An article file cut into its front matter and its Markdown body."""

    front_matter: str
    """The YAML text between the fences."""
    front_matter_line: int
    """1-based line of the first YAML line (the line after the opening `---`)."""
    body: str
    """The Markdown after the closing fence."""
    body_line: int
    """1-based line where the body starts."""


def normalise_text(text: str) -> str:
    """Drop a UTF-8 BOM and turn CRLF / CR line ends into LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, path: str) -> tuple[SplitSource | None, Problem | None]:
    """Split normalised `text`; on failure return the problem, naming the fix."""
    if not text.strip():
        return None, Problem(path, None, None, "file is empty",
                             "start with `---`, the fields (at least title and date), `---`, then the article")
    lines = text.split("\n")
    if lines[0].rstrip() != _FENCE:
        return None, Problem(path, 1, None, "has no front matter",
                             "start the file with a line `---`, then `title:` and `date:`, then another `---`")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in (_FENCE, "..."):
            return SplitSource(
                front_matter="\n".join(lines[1:index]),
                front_matter_line=2,
                body="\n".join(lines[index + 1:]),
                body_line=index + 2,
            ), None
    return None, Problem(path, 1, None, "front matter is not closed",
                         "add a line `---` after the last field, before the article text")
