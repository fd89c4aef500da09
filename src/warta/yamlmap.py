"""Parse a YAML mapping while keeping the line of every key, for `path:line` errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from warta.errors import Problem

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


def _without_timestamps(base: type) -> type:
    """A loader that leaves timestamps as strings: Warta parses dates itself, so every bad
    date gets the same message and a date never silently loses its time zone."""
    loader = type(f"Warta{base.__name__}", (base,), {})
    loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return loader


# libyaml's parser (CSafeLoader) is several times faster than the pure-Python one, and both give
# nodes with line marks; but the pure-Python one words its errors better (it names a tab), so
# a block that fails is parsed again with it for the message.
_CAREFUL = _without_timestamps(yaml.SafeLoader)
_FAST = _without_timestamps(yaml.CSafeLoader) if hasattr(yaml, "CSafeLoader") else _CAREFUL


@dataclass(frozen=True, slots=True)
class YamlMapping:
    """A parsed top-level mapping and the 1-based line of each of its keys."""

    data: dict[str, Any]
    """The mapping itself (plain Python values)."""
    lines: dict[str, int]
    """Key -> line in the file the YAML came from."""
    first_line: int
    """Line of the first YAML line in that file (for problems about the whole block)."""
    item_lines: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """Key -> line of each item, for keys whose value is a list (`aliases:` one per line)."""

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.first_line)

    def line_of_item(self, key: str, index: int) -> int:
        """Line of item `index` of the list under `key`; the key's line when not known."""
        items = self.item_lines.get(key, ())
        return items[index] if index < len(items) else self.line_of(key)


def parse_mapping(text: str, path: str, first_line: int = 1,
                  what: str = "front matter") -> tuple[YamlMapping | None, list[Problem]]:
    """Parse `text` (YAML starting at `first_line` of `path`) as a mapping, or report why not;
    `what` names the block in messages ("front matter", "the config")."""
    mapping, problems = _parse(text, path, first_line, what, _FAST)
    if mapping is None and _FAST is not _CAREFUL:
        return _parse(text, path, first_line, what, _CAREFUL)
    return mapping, problems


def _parse(text: str, path: str, first_line: int, what: str, loader_class: type
           ) -> tuple[YamlMapping | None, list[Problem]]:
    problems: list[Problem] = []
    try:
        # The reader checks for control characters as soon as the loader is made.
        loader = loader_class(text)
    except yaml.reader.ReaderError as exc:
        line = first_line + text[: exc.position].count("\n")
        return None, [Problem(path, line, None, f"contains the control character U+{exc.character:04X}",
                              "remove it; retype the line if it was pasted from elsewhere")]
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlMapping({}, {}, first_line), problems
        if not isinstance(node, yaml.MappingNode):
            kind = {"ScalarNode": "a single value", "SequenceNode": "a list"}.get(type(node).__name__, "not a mapping")
            problems.append(
                Problem(path, first_line + node.start_mark.line, None, f"{what} is {kind}, not a set of fields",
                        "write one `field: value` per line, for example `title: Judul Artikel`")
            )
            return None, problems
        lines: dict[str, int] = {}
        item_lines: dict[str, tuple[int, ...]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(path, first_line + key_node.start_mark.line, None,
                                        "a field name must be a plain word, not a list or mapping",
                                        "write `name: value`, for example `title: Judul Artikel`"))
                return None, problems
            key = key_node.value
            line = first_line + key_node.start_mark.line
            if key in lines:
                problems.append(Problem(path, line, str(key), f"appears twice (first on line {lines[key]})",
                                        "keep one of them"))
            lines[str(key)] = line
            if isinstance(value_node, yaml.SequenceNode):
                item_lines[str(key)] = tuple(first_line + item.start_mark.line for item in value_node.value)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or str(exc)).strip()
        hint = "check the quotes, colons and indentation on this line"
        if "end of stream" in problem or "<stream end>" in problem:
            # An unclosed quote or bracket is only noticed at the end of the block: point at
            # the line where it was opened, not at the last line.
            if exc.context:
                problem = f"{problem} {exc.context.strip()}"
            hint = "a quote or bracket above this line is never closed"
            if exc.context_mark is not None and (mark is None or exc.context_mark.line < mark.line):
                mark = exc.context_mark
                hint = "close the quote or bracket opened on this line"
        line = first_line + mark.line if mark else first_line
        if "\\t" in problem or "'\\t'" in problem or "tab" in problem:
            hint = "indent with spaces, not tabs"
        elif "mapping values are not allowed" in problem:
            hint = 'put the value in double quotes, for example `title: "Meta: investasi baru"`'
        return None, [Problem(path, line, None, f"YAML syntax error: {problem}", hint)]
    except yaml.YAMLError as exc:  # pragma: no cover - every other YAMLError carries marks
        return None, [Problem(path, first_line, None, f"YAML error: {' '.join(str(exc).split())}",
                              "fix the YAML block")]
    finally:
        loader.dispose()
    return YamlMapping({str(k): v for k, v in data.items()}, lines, first_line, item_lines), problems
