"""A base for the frozen, slotted records the build cache pickles: fast to pickle and unpickle.

`dataclass(slots=True)` pickles each object through `dataclasses.fields()`, which costs seconds
for the hundreds of thousands of records of a large archive's build state; a record that is
rebuilt from its field values in order (its constructor's arguments) pickles as a plain tuple.

Many small NamedTuples (an article's headings, a page's links) are stored as plain tuples, which
unpickle at C speed where a NamedTuple takes a Python call each, and named again by `named`
when they are read; the rows every article of a large archive carries for pages that seldom read
them (its headings, its links) are packed into one bytes object each (`pack_rows`), which costs no
objects at all until a page unpacks them."""

from __future__ import annotations

import marshal
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


def pack_rows(rows) -> bytes:
    """Rows of plain values (str, int, bool, None) as one bytes object, `unpack_rows` gives them back
    as tuples. (Issue 20: an article's seven headings were 1.7 KB of tuples and strings, 170 MB for
    100,000 articles, unpickled at every rebuild.) Marshal's format 2, because equal rows then give equal
    bytes: later formats mark interned strings, which differ from run to run, and these bytes are part
    of an article's digest."""
    return marshal.dumps(tuple(map(tuple, rows)), 2) if rows else b""


def unpack_rows(data: bytes) -> tuple[tuple, ...]:
    """The rows `pack_rows` packed (a microsecond for an article's headings); `data` may stand in for
    the bytes (`builder.spill.StandIn`: `bytes()` gives them)."""
    return marshal.loads(bytes(data)) if data else ()
