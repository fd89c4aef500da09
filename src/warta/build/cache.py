"""The on-disk cache in `.warta-cache/`: expensive outputs (social cards) kept by content key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

CACHE_DIR = ".warta-cache"


class FileCache:
    """Files stored under a content key in one folder, handed out by path so a build can
    hard-link them into its output instead of reading them.

    The build asks for entries only once its input has passed every check, so a build that
    stops on a problem never writes here; entries no build used are removed by `prune()`."""

    def __init__(self, folder: Path, head: bytes = b"", tail: bytes = b""):
        self.folder = folder
        self.used: set[str] = set()
        self.head, self.tail = head, tail
        """What every entry starts and ends with (a PNG's signature and IEND chunk): an entry
        without them was damaged on disk and is made again."""

    def has(self, key: str) -> bool:
        """Whether a usable entry exists (an empty, unreadable or damaged one is remade)."""
        try:
            with open(self.folder / key, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size <= len(self.head) + len(self.tail):  # (an empty entry too)
                    return False
                if self.head and handle.read(len(self.head)) != self.head:
                    return False
                if self.tail:
                    handle.seek(size - len(self.tail))
                    return handle.read() == self.tail
                return True
        except OSError:
            return False

    def store(self, key: str, data: bytes) -> Path:
        """Write an entry atomically; returns its path."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / key
        temporary = self.folder / f".{key}.{os.getpid()}"
        temporary.write_bytes(data)
        os.replace(temporary, target)
        return target

    def entry(self, key: str) -> Path:
        """The path of an entry known to be there and whole; it counts as used."""
        self.used.add(key)
        return self.folder / key

    def keep(self, keys) -> None:
        """Count entries as used without checking them (their files are in the output already)."""
        self.used.update(keys)

    def get(self, key: str, make: Callable[[], bytes]) -> Path:
        """The path of the entry for `key`, made with `make()` when missing or damaged."""
        self.used.add(key)
        if not self.has(key):
            self.store(key, make())
        return self.folder / key

    def prune(self) -> None:
        """Remove the entries this build did not use (old versions of edited articles)."""
        if not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.name not in self.used:
                try:
                    entry.unlink()
                except OSError:
                    pass
