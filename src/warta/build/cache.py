"""The on-disk cache in `.warta-cache/`: expensive outputs (social cards) kept by content key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

CACHE_DIR = ".warta-cache"


class FileCache:
    """Bytes stored under a key in one folder; entries not used by a build are pruned after it.

    New entries are kept in memory until `prune()`, which the build calls once its output is written:
    a build that stops on a problem leaves the site folder, this cache included, as it was."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.used: set[str] = set()
        self.made: dict[str, bytes] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: str, make: Callable[[], bytes]) -> bytes:
        """The cached bytes for `key`, or `make()` stored under it. A damaged entry is remade."""
        self.used.add(key)
        path = self.folder / key
        try:
            data = path.read_bytes()
            if data:
                self.hits += 1
                return data
        except OSError:
            pass
        if key in self.made:
            return self.made[key]
        self.misses += 1
        data = self.made[key] = make()
        return data

    def prune(self) -> None:
        """Store the entries this build made, and remove those it did not use (old versions of edited articles)."""
        for key, data in self.made.items():
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                temporary = self.folder / f".{key}.{os.getpid()}"
                temporary.write_bytes(data)
                os.replace(temporary, self.folder / key)
            except OSError:
                pass  # a read-only site still builds; it only redraws next time
        self.made.clear()
        if not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.name not in self.used:
                try:
                    entry.unlink()
                except OSError:
                    pass
