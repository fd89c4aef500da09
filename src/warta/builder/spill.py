"""Spill: bytes a build holds until it ends, kept in a file instead of in memory.

A build of a 100,000-article site renders some 160,000 pages, and the link check and the saved state
need each page's links after it was rendered (issue 20: some 370 MB, held in the build's process
until it ended). `Spill` appends them to a file that has no name (deleted when it is closed, or when
the process ends however it ends), beside the output folder: on its disk, not in a memory-backed
`/tmp`. Each is read back by its place when asked for.
"""

from __future__ import annotations

import os
import tempfile
from functools import partial
from pathlib import Path
from typing import Callable

from warta.linkcheck import BuiltPage


class Spill:
    """An append-only file of byte strings, each read back by its place (`put` -> a call that reads it).
    Forked workers read it too (by place: `os.pread`, no shared file position); a task for another
    machine takes the bytes themselves (`Spilled` pickles as its bytes)."""

    def __init__(self, near: Path):
        try:
            self._file = tempfile.TemporaryFile(dir=near)
        except OSError:  # (a folder that takes no such file: the system's temporary folder)
            self._file = tempfile.TemporaryFile()
        self._end = 0

    def put(self, data: bytes) -> Callable[[], bytes]:
        """Append `data`; return a call that reads it back."""
        offset = self._end
        os.pwrite(self._file.fileno(), data, offset)
        self._end += len(data)
        return partial(self._read, offset, len(data))

    def _read(self, offset: int, size: int) -> bytes:
        return os.pread(self._file.fileno(), size, offset)

    def hold(self, data: bytes) -> Spilled:
        """`data`, in this file: a stand-in for it that reads it when asked for (`Spilled`)."""
        return Spilled(self.put(data))

    def page(self, page: BuiltPage) -> BuiltPage:
        """`page` with its links in this file (`BuiltPage.spilled`)."""
        return BuiltPage.spilled(page.anchor_text, self.put(page.packed_links))

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Spilled:
    """Bytes in a `Spill`, read when asked for (`bytes(spilled)`), and compared, hashed and pickled as
    those bytes: a record holding it reads, compares and goes into the build cache as if it held them."""

    __slots__ = ("_read",)

    def __init__(self, read: Callable[[], bytes]):
        self._read = read

    def __bytes__(self) -> bytes:
        return self._read()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spilled):
            other = bytes(other)
        return bytes(self) == other if isinstance(other, bytes) else NotImplemented

    def __hash__(self) -> int:
        return hash(bytes(self))

    def __reduce__(self):
        return bytes, (bytes(self),)

    def __repr__(self) -> str:
        return f"Spilled({self._read.args[1]} bytes)" if isinstance(self._read, partial) else "Spilled()"
