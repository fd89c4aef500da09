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


_REQUIRED = {"article": ("title and date", "`title:` and `date:`"), "page": ("title", "`title:`")}
"""What each kind of file must have in its front matter, as the hints below name it."""


def split_front_matter(text: str, path: str, kind: str = "article") -> tuple[SplitSource | None, Problem | None]:
    """Split normalised `text` of an article (or a `page`); on failure return the problem, naming the fix."""
    fields, first = _REQUIRED[kind]
    if not text.strip():
        return None, Problem(path, None, None, "file is empty",
                             f"start with `---`, the fields (at least {fields}), `---`, "
                             f"then the {kind}")
    lines = text.split("\n")
    if lines[0].rstrip() != _FENCE:
        return None, Problem(path, 1, None, "has no front matter",
                             f"start the file with a line `---`, then {first}, then another `---`")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in (_FENCE, "..."):
            return SplitSource(
                front_matter="\n".join(lines[1:index]),
                front_matter_line=2,
                body="\n".join(lines[index + 1:]),
                body_line=index + 2,
            ), None
    return None, Problem(path, 1, None, "front matter is not closed",
                         f"add a line `---` after the last field, before the {kind} text")
