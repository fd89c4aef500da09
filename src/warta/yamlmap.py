"""Parse a YAML mapping while keeping the line of every key, for `path:line` errors."""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError

from warta.errors import Problem

_CORE = "tag:yaml.org,2002:"
_TIMESTAMP = _CORE + "timestamp"
_VALUE = _CORE + "value"

MAX_ALIAS_NODES = 10_000
"""Values that YAML aliases (`*name`) may add to a block beyond those written in it. Issue 21: 452 bytes
of nested aliases ("billion laughs") stand for billions of values, and took 30 s and 3 GB to build;
front matter and warta.yaml rarely use an alias at all."""
MAX_DEPTH = 100
"""Lists and mappings nested deeper than this are refused: templates, the build cache and the
constructor itself walk them recursively."""

_REFUSED_TAGS = ("binary", "set", "omap", "pairs")
"""Tags the safe loader knows but whose values (bytes, sets, lists of pairs) no field or template
expects (issue 21)."""
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""What no value may hold: control characters but tab and newline, lone surrogates, U+FFFE and U+FFFF.
The reader refuses them written raw, but a YAML escape (`"\\0"`, `"\\x1b"`, `"\\u0000"`) writes any
of them, and they reached the pages and feeds raw (issue 21)."""


class _Refused(ConstructorError):
    """A value the YAML is well formed about but Warta does not take: a tag, an unreadable tagged
    value, an alias bomb. Carries its own hint."""

    def __init__(self, message: str, hint: str, node: yaml.Node):
        super().__init__(None, None, message, node.start_mark)
        self.hint = hint


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


def _checked(constructor):
    """`constructor` (of the safe loader's !!int, !!float, !!bool, !!timestamp) with its ValueError,
    KeyError or AttributeError on a value it cannot read (`!!float abc`, `!!bool maybe`, a 5000-digit
    number) turned into a problem at the value's line (issue 21)."""
    def construct(loader, node: yaml.Node) -> Any:
        try:
            return constructor(loader, node)
        except yaml.YAMLError:
            raise
        except (ValueError, KeyError, AttributeError, TypeError, IndexError, OverflowError):
            raise _unreadable(node) from None
    return construct


def _refuse(loader, node: yaml.Node) -> Any:
    raise _Refused(f"the YAML tag {_tag_name(node.tag)} is not allowed here",
                   "remove the tag: a value is text, a number, true/false, a date, a list or a mapping", node)


def _plain(loader, node: yaml.Node) -> Any:
    return loader.construct_scalar(node)


def _unreadable(node: yaml.Node) -> _Refused:
    value = node.value if isinstance(node, yaml.ScalarNode) else ""
    limit = sys.get_int_max_str_digits()
    digits = sum(c.isdigit() for c in value)
    if node.tag == _CORE + "int" and limit and digits > limit:
        return _Refused(f"a number of {digits} digits is too long to read",
                        "put it in double quotes to keep it as text", node)
    shown = value if len(value) <= 40 else value[:40] + "…"
    return _Refused(f'"{shown}" is not a valid {_tag_name(node.tag)}',
                    "correct the value, or remove the tag to keep it as text", node)


def _make_loader(base: type) -> type:
    """A loader that leaves timestamps as strings (Warta parses dates itself, so every bad date
    gets the same message and a date never silently loses its time zone) and checks its tags."""
    loader = type(f"Warta{base.__name__}", (base,), {})
    loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_TIMESTAMP, _VALUE)]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    for name in ("int", "float", "bool", "timestamp"):
        loader.add_constructor(_CORE + name, _checked(yaml.SafeLoader.yaml_constructors[_CORE + name]))
    for tag in (*(_CORE + name for name in _REFUSED_TAGS), None):  # None: any other tag, !!python/… included
        loader.add_constructor(tag, _refuse)
    # `title: <<` and `=`: plain text. (A `<<` merge key is merged before anything is constructed.)
    loader.add_constructor(_CORE + "merge", _plain)
    loader.add_constructor(_VALUE, _plain)
    return loader


# libyaml's parser (CSafeLoader) is several times faster than the pure-Python one, and both give
# nodes with line marks; but the pure-Python one words its errors better (it names a tab), so
# a block that fails is parsed again with it for the message.
_CAREFUL = _make_loader(yaml.SafeLoader)
_FAST = _make_loader(yaml.CSafeLoader) if hasattr(yaml, "CSafeLoader") else _CAREFUL


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
    nested_lines: dict[tuple, int] = field(default_factory=dict)
    """(key, inner key or item index, …) -> line, for the two levels below each key whose value is
    a mapping or list (`("organization", "masthead")`, `("Rina", "same_as", 0)`): see `line_at`."""

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.first_line)

    def line_at(self, key: str, *inner: str | int) -> int:
        """Line of the value at `key`, then `inner` keys or item indexes (up to two): the deepest
        one known, else the key's line."""
        path = (key, *inner)
        for end in range(len(path), 1, -1):
            line = self.nested_lines.get(path[:end])
            if line is not None:
                return line
        return self.line_of(key)

    def line_of_item(self, key: str, index: int) -> int:
        """Line of item `index` of the list under `key`; the key's line when not known."""
        items = self.item_lines.get(key, ())
        return items[index] if index < len(items) else self.line_of(key)


_LEAF = (1, 0)
"""A scalar's shape: one value, no nesting."""


def bad_character(text: str) -> str | None:
    """Describe the first character of `text` that no value may hold (a control character other than
    tab and newline, U+FFFE, U+FFFF, a lone surrogate), or None when there is none."""
    found = _FORBIDDEN.search(text)
    if found is None:
        return None
    code = ord(found[0])
    if unicodedata.category(found[0]) == "Cc":
        return f"the control character U+{code:04X}"
    return f"U+{code:04X}, which is not a character"


class _Walk:
    """Measures composed YAML nodes as they would be with every alias expanded, visiting each
    distinct node once (a billion laughs costs as much as its few dozen written nodes), and
    notes scalars holding a character no value may hold."""

    def __init__(self) -> None:
        self.shapes: dict[int, tuple[int, int]] = {}
        """id(node) -> (values with aliases expanded, nesting depth)."""
        self.bad: list[tuple[yaml.ScalarNode, str]] = []
        """Scalars with a forbidden character, and which one."""

    @property
    def distinct(self) -> int:
        """How many distinct nodes were measured: the values written out in the block."""
        return len(self.shapes)

    def measure(self, node: yaml.Node) -> tuple[int, int]:
        """(values, depth) of `node` with aliases expanded; an alias inside itself is refused."""
        shape = self.shapes.get(id(node))
        if shape is None:
            if isinstance(node, yaml.ScalarNode):
                shape = self._scalar(node)
            else:
                self._collection(node)
                shape = self.shapes[id(node)]
        return shape

    def _scalar(self, node: yaml.ScalarNode) -> tuple[int, int]:
        if _FORBIDDEN.search(node.value):
            self.bad.append((node, bad_character(node.value)))
        self.shapes[id(node)] = _LEAF
        return _LEAF

    def _collection(self, root: yaml.Node) -> None:
        """Measure a list or mapping without recursion: children first, each distinct node once."""
        shapes = self.shapes
        active = {id(root)}
        stack = [(root, iter(_children(root)))]
        while stack:
            current, children = stack[-1]
            for child in children:
                if id(child) in shapes:
                    continue
                if isinstance(child, yaml.ScalarNode):
                    self._scalar(child)
                    continue
                if id(child) in active:
                    raise _Refused("a YAML alias (*name) stands for the list or mapping it is in",
                                   "an alias can only repeat a value written before it, not contain itself", child)
                active.add(id(child))
                stack.append((child, iter(_children(child))))
                break
            else:
                stack.pop()
                active.discard(id(current))
                size, depth = 1, 0
                for child in _children(current):
                    child_size, child_depth = shapes[id(child)]
                    size += child_size
                    depth = max(depth, child_depth)
                shapes[id(current)] = (min(size, 1 << 62), depth + 1)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


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
    """`parse_mapping` with one loader: read the keys and measure the values (`_read_keys`), then
    construct the mapping; any error the YAML library raises becomes one problem."""
    try:
        # The reader checks for control characters as soon as the loader is made.
        loader = loader_class(text)
    except yaml.reader.ReaderError as exc:
        line = first_line + text[: exc.position].count("\n")
        return None, [Problem(path, line, None, f"contains the control character U+{exc.character:04X}",
                              "remove it; retype the line if it was pasted from elsewhere")]
    keys = _Keys(path, first_line)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlMapping({}, {}, first_line), keys.problems
        if not isinstance(node, yaml.MappingNode):
            kind = {"ScalarNode": "a single value", "SequenceNode": "a list"}.get(type(node).__name__, "not a mapping")
            return None, [Problem(path, first_line + node.start_mark.line, None,
                                  f"{what} is {kind}, not a set of fields",
                                  "write one `field: value` per line, for example `title: Judul Artikel`")]
        stop = _read_keys(node, keys)
        if stop is not None:
            return None, stop
        data = loader.construct_document(node)
    except _Refused as exc:
        line = first_line + exc.problem_mark.line if exc.problem_mark else first_line
        return None, [Problem(path, line, _field_at(keys.lines, line), exc.problem, exc.hint)]
    except RecursionError:
        # Lists thousands deep (`[[[[…`) exhaust the parser's own recursion before they can be measured.
        return None, [Problem(path, first_line, None, f"{what} is nested too deeply to read",
                              f"flatten its lists and mappings (at most {MAX_DEPTH} levels)")]
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_error(exc, path, first_line)]
    except (ValueError, KeyError, AttributeError, TypeError, IndexError, OverflowError) as exc:  # pragma: no cover
        # Every constructor that can fail on a value is checked above; should another one fail, the
        # editor still gets a problem, not a traceback.
        return None, [Problem(path, first_line, None, f"{what} cannot be read ({exc})",
                              "check the values, and remove any `!!` tags")]
    except yaml.YAMLError as exc:  # pragma: no cover - every other YAMLError carries marks
        return None, [Problem(path, first_line, None, f"YAML error: {' '.join(str(exc).split())}",
                              "fix the YAML block")]
    finally:
        loader.dispose()
    return (YamlMapping({str(k): v for k, v in data.items()}, keys.lines, first_line, keys.item_lines,
                        keys.nested_lines), keys.problems)


@dataclass(frozen=True, slots=True)
class _Keys:
    """What reading the keys of a top-level mapping finds, before its values are constructed."""

    path: str
    first_line: int
    """Line of `path` the YAML block starts on."""
    lines: dict[str, int] = field(default_factory=dict)
    """Key -> its line, as `YamlMapping.lines`; filled as the keys are read, so that a value
    refused on the way can be reported under its field."""
    item_lines: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """As `YamlMapping.item_lines`."""
    nested_lines: dict[tuple, int] = field(default_factory=dict)
    """As `YamlMapping.nested_lines`."""
    problems: list[Problem] = field(default_factory=list)
    """Problems that do not stop the parse (a key written twice, a forbidden character), in order."""


def _read_keys(node: yaml.MappingNode, keys: _Keys) -> list[Problem] | None:
    """Note the line of each key of `node` (and of the items of a list under it) in `keys`, and
    measure each value before anything is constructed: what aliases expand to, how deep it goes, and
    which strings hold a character no value may hold. Return the problems that stop the parse (a key
    that is not a plain word, an alias bomb, a value nested too deep), or None to go on."""
    path, first_line, lines = keys.path, keys.first_line, keys.lines
    walk = _Walk()
    expanded = 0
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            keys.problems.append(Problem(path, first_line + key_node.start_mark.line, None,
                                         "a field name must be a plain word, not a list or mapping",
                                         "write `name: value`, for example `title: Judul Artikel`"))
            return keys.problems
        key = key_node.value
        line = first_line + key_node.start_mark.line
        if key in lines:
            keys.problems.append(Problem(path, line, _shown(key), f"appears twice (first on line {lines[key]})",
                                         "keep one of them"))
        lines[str(key)] = line
        if isinstance(value_node, yaml.SequenceNode):
            keys.item_lines[str(key)] = tuple(first_line + item.start_mark.line for item in value_node.value)
        known_bad = len(walk.bad)
        size, depth = walk.measure(value_node)
        expanded += walk.measure(key_node)[0] + size
        for scalar, reason in walk.bad[known_bad:]:
            keys.problems.append(Problem(path, first_line + scalar.start_mark.line, _shown(key), f"contains {reason}",
                                         "remove it: it was probably written as an escape such as \"\\0\", "
                                         "\"\\x1b\" or \"\\u0000\" in double quotes"))
        if expanded - walk.distinct > MAX_ALIAS_NODES:
            return [Problem(path, line, _shown(key),
                            f"YAML aliases (*name) make this more than {MAX_ALIAS_NODES:,} values",
                            "write the values out instead of repeating aliases of aliases")]
        if depth > MAX_DEPTH:
            return [Problem(path, line, _shown(key), f"is nested more than {MAX_DEPTH} levels deep",
                            "flatten the lists and mappings under it")]
        # (After the alias check: what aliases expand to here is bounded.)
        _note_lines(value_node, (str(key),), keys, levels=2)
    return None


def _note_lines(node: yaml.Node, at: tuple, keys: _Keys, levels: int) -> None:
    """Note in `keys.nested_lines` the line of each inner key or item of `node` (at path `at`), and
    of theirs, `levels` deep."""
    if isinstance(node, yaml.MappingNode):
        inner = [(key.value, key, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)]
    elif isinstance(node, yaml.SequenceNode):
        inner = [(index, item, item) for index, item in enumerate(node.value)]
    else:
        return
    for name, marked, value in inner:
        # (A key written twice keeps its last line, as it keeps its last value.)
        keys.nested_lines[(*at, name)] = keys.first_line + marked.start_mark.line
        if levels > 1:
            _note_lines(value, (*at, name), keys, levels - 1)


def _syntax_error(exc: yaml.MarkedYAMLError, path: str, first_line: int) -> Problem:
    """The problem for a YAML syntax error, at the line to fix and with a hint for the usual causes."""
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
    return Problem(path, line, None, f"YAML syntax error: {problem}", hint)


def _field_at(lines: dict[str, int], line: int) -> str | None:
    """The top-level field whose value holds `line`: the last one starting on or before it."""
    before = [(start, key) for key, start in lines.items() if start <= line]
    return _shown(max(before)[1]) if before else None


def _shown(key: str) -> str:
    """A field name for a message: quoted when it is blank or starts or ends with a space (`" 0": …`)."""
    return key if key and key == key.strip() else f'"{key}"'
