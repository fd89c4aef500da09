"""The schema.org vocabulary, read from the npm package schema-dts (package.json), to check JSON-LD.

`dist/schema.d.ts` declares one TypeScript interface per schema.org type: `interface XBase extends
YBase { "property"?: …; }` for its own properties, and `interface XLeaf extends XBase { "@type": "X"; }`.
A type's properties are those of its interfaces and of everything they extend (issue 18: every
`@type` and property Warta writes must be schema.org's, not a guess that search engines ignore)."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from helpers import REPO

SCHEMA_DTS = REPO / "node_modules" / "schema-dts" / "dist" / "schema.d.ts"

_INTERFACE = re.compile(r"^(?:export )?interface (\w+)(?: extends ([^{]+))? \{$(.*?)^\}$", re.M | re.S)
_ROLE = re.compile(r"^export type (\w+)<[^=]*= Omit<(\w+), TProperty> & \{$(.*?)^\}", re.M | re.S)
_PROPERTY = re.compile(r'^\s+"([^"@][^"]*)"\??:', re.M)
_TYPE = re.compile(r'^\s+"@type": "([^"]+)";', re.M)


class Vocabulary:
    """schema.org types and the properties each may have."""

    def __init__(self, text: str):
        self._own: dict[str, set[str]] = {}
        self._parents: dict[str, list[str]] = {}
        self.types: dict[str, str] = {}
        """schema.org type -> the interface declaring it."""
        for name, extends, body in _INTERFACE.findall(text):
            self._add(name, [p.strip() for p in (extends or "").split(",")], body)
        for name, base, body in _ROLE.findall(text):
            self._add(name, [base], body)
        assert len(self.types) > 800, f"{SCHEMA_DTS} no longer looks like schema-dts' declarations"

    def _add(self, name: str, parents: list[str], body: str) -> None:
        self._own[name] = set(_PROPERTY.findall(body))
        self._parents[name] = [p for p in parents if re.fullmatch(r"\w+", p)]
        for schema_type in _TYPE.findall(body):
            self.types[schema_type] = name

    @lru_cache(maxsize=None)
    def properties(self, schema_type: str) -> frozenset[str]:
        found: set[str] = set()
        todo = [self.types[schema_type]]
        while todo:
            name = todo.pop()
            if name in self._own:
                found |= self._own[name]
                todo += self._parents[name]
        return frozenset(found)

    def unknown_terms(self, data: Any, where: str = "") -> list[str]:
        """Every `@type` of `data` (JSON-LD, parsed) that schema.org lacks, and every property a typed
        object has that its type does not (`query-input` is the `query` property's input constraint)."""
        found = []
        if isinstance(data, list):
            for index, item in enumerate(data):
                found += self.unknown_terms(item, f"{where}[{index}]")
        elif isinstance(data, dict):
            schema_type = data.get("@type")
            if schema_type is not None and schema_type not in self.types:
                found.append(f"{where or '/'}: @type {schema_type!r} is not a schema.org type")
            elif schema_type is not None:
                allowed = self.properties(schema_type)
                for key in data:
                    name = re.sub(r"-(input|output)$", "", key)
                    if not key.startswith("@") and name not in allowed:
                        found.append(f"{where or '/'}: {schema_type} has no property {key!r}")
            for key, value in data.items():
                found += self.unknown_terms(value, f"{where}/{key}")
        return found


def vocabulary() -> Vocabulary:
    """The vocabulary of the installed schema-dts; skipped where node_modules lacks it, but never
    under CI=true (tests/run_policy.py fails a skip there), where `npm ci` installs it."""
    if not SCHEMA_DTS.is_file():
        reason = (f"{SCHEMA_DTS.relative_to(REPO)} is missing: run `npm ci` (scripts/test.sh does) to check "
                  "JSON-LD against schema.org's vocabulary")
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return _load(SCHEMA_DTS)


@lru_cache(maxsize=1)
def _load(path: Path) -> Vocabulary:
    return Vocabulary(path.read_text(encoding="utf-8"))
