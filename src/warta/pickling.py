"""A base for the frozen, slotted records the build cache pickles: fast to pickle and unpickle.

`dataclass(slots=True)` pickles each object through `dataclasses.fields()`, which costs seconds
for the hundreds of thousands of records of a large archive's build state; a record that is
rebuilt from its field values in order (its constructor's arguments) pickles as a plain tuple.

Many small NamedTuples (an article's headings, a page's links) are stored as plain tuples, which
unpickle at C speed where a NamedTuple takes a Python call each, and named again by `named`
when they are read."""

from __future__ import annotations

from itertools import repeat
from typing import TypeVar

_Row = TypeVar("_Row", bound=tuple)


class FastPickle:
    __slots__ = ()

    def __reduce__(self):
        return (type(self), tuple(getattr(self, name) for name in self.__slots__))  # type: ignore[attr-defined]


def named(kind: type[_Row], rows: tuple[tuple, ...]) -> tuple[_Row, ...]:
    """`rows`, plain tuples of a NamedTuple's fields in order, as NamedTuples of `kind`: what
    `kind._make` makes of each, without a Python call per row (a third of a microsecond a row)."""
    return tuple(map(tuple.__new__, repeat(kind), rows))
