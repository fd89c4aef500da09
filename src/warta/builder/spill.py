"""Spill: bytes a build holds until it ends, kept in a file instead of in memory.

A build of a 100,000-article site renders 100,000 bodies, which its pages show, and some 160,000
pages, whose links the link check and the saved state read after they were rendered (issue 20: some
300 MB and 370 MB, held in the build's process until it ended). `Spill` appends them to a file that
has no name (deleted when it is closed, or when the process ends however it ends), beside the output
folder: on its disk, not in a memory-backed `/tmp`. Each is read back by its place when asked for.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (not imported with the module: a build opens its Spill before it imports the stages)
    from warta.linkcheck import BuiltPage


class Spill:
    """An append-only file of byte strings, each read back by its place (`hold` -> a stand-in that reads it).
    Forked workers read it too (by place: `os.pread`, no shared file position); a task for another
    machine takes the bytes themselves (`Spilled` pickles as its bytes)."""

    def __init__(self, near: Path):
        try:
            self._file = tempfile.TemporaryFile(dir=near)
        except OSError:  # (a folder that takes no such file: the system's temporary folder)
            self._file = tempfile.TemporaryFile()
        self._end = 0

    def hold(self, data: bytes) -> Spilled:
        """Append `data`; return a stand-in for it that reads it when asked for (`Spilled`)."""
        offset = self._end
        # (A write may take only part of the bytes, as when the disk fills up: the rest is written after it,
        # or the error (ENOSPC) raised; a body held cut would be one its page cannot unpack, or shows cut.)
        view, done = memoryview(data), 0
        while done < len(view):
            written = os.pwrite(self._file.fileno(), view[done:], offset + done)
            if written <= 0:  # (never a loop without end)
                raise OSError(errno.ENOSPC, "the build's spill file takes no more bytes")
            done += written
        self._end += len(data)
        return Spilled(self, offset, len(data))

    def read(self, offset: int, size: int) -> bytes:
        return os.pread(self._file.fileno(), size, offset)

    def page(self, page: BuiltPage) -> BuiltPage:
        """`page` with its anchors and links in this file (`BuiltPage.spilled`)."""
        return type(page).spilled(self.hold(page.spill_record()))

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class StandIn:
    """Bytes kept elsewhere, read when asked for (`bytes()`), and compared, hashed and pickled as those bytes:
    a record holding one reads, compares and goes into a worker's task as if it held them."""

    __slots__ = ()

    def __bytes__(self) -> bytes:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StandIn):
            other = bytes(other)
        return bytes(self) == other if isinstance(other, bytes) else NotImplemented

    def __hash__(self) -> int:
        return hash(bytes(self))

    def __reduce__(self):
        return bytes, (bytes(self),)


class Spilled(StandIn):
    """Bytes in a `Spill` (see `StandIn`)."""

    __slots__ = ("_spill", "_offset", "_size")  # (one small object an article body: issue 20)

    def __init__(self, spill: Spill, offset: int, size: int):
        self._spill, self._offset, self._size = spill, offset, size

    def __bytes__(self) -> bytes:
        return self._spill.read(self._offset, self._size)

    def __repr__(self) -> str:
        return f"Spilled({self._size} bytes)"
