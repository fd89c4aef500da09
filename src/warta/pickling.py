"""A base for the frozen, slotted records the build cache pickles: fast to pickle and unpickle.

`dataclass(slots=True)` pickles each object through `dataclasses.fields()`, which costs seconds
for the hundreds of thousands of records of a large archive's build state; a record that is
rebuilt from its field values in order (its constructor's arguments) pickles as a plain tuple."""

from __future__ import annotations


class FastPickle:
    __slots__ = ()

    def __reduce__(self):
        return (type(self), tuple(getattr(self, name) for name in self.__slots__))  # type: ignore[attr-defined]
