"""The on-disk cache in `.warta-cache/`: expensive outputs (social cards) kept by content key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

CACHE_DIR = ".warta-cache"


class FileCache:
    """Bytes stored under a key in one folder; entries not used by a build are pruned after it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.used: set[str] = set()
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
        self.misses += 1
        data = make()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{key}.{os.getpid()}")
            temporary.write_bytes(data)
            os.replace(temporary, path)
        except OSError:
            pass  # a read-only site still builds; it only redraws next time
        return data

    def prune(self) -> None:
        """Remove entries this build did not use (old versions of edited articles)."""
        if not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.name not in self.used:
                try:
                    entry.unlink()
                except OSError:
                    pass
