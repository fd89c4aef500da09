"""One build of a site at a time: an advisory lock on a file in the site's build cache.

Two builds of one site share its cache and may share its output folder; interleaved, they
would overwrite each other's state. The lock is `flock(2)` on `.warta-cache/build.lock`: the
kernel releases it when the holder dies, even by SIGKILL, so a killed build never leaves a
stale lock behind. The file names the holder (pid, start time) for the message the second
build shows while it waits, or with `--no-wait` instead of waiting."""

from __future__ import annotations

import logging
import os
import time
from datetime import datetime
from pathlib import Path
from typing import Callable

from warta.errors import BuildLockedError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, one build at a time is up to the user
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

LOCK_NAME = "build.lock"


class BuildLock:
    """Held from `acquire()` until `release()` (or the process ends)."""

    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> None:
        """Take the lock. Another build holds it: wait for it (telling `on_wait` who holds it
        first), or with `wait=False` raise BuildLockedError."""
        if fcntl is None:  # pragma: no cover
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:  # a read-only site: nothing else can write its cache either
            log.warning("could not open the build lock %s (%s); building without it", self.path, exc)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            if not wait:
                os.close(fd)
                raise BuildLockedError(f"another build of this site is running ({holder}); "
                                       "try again when it has finished, or leave out --no-wait to wait for it")
            if on_wait is not None:
                on_wait(f"another build of this site is running ({holder}); waiting for it to finish")
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        started = datetime.now().astimezone().replace(microsecond=0).isoformat()
        os.pwrite(fd, f"pid {os.getpid()}, started {started}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the last descriptor releases the flock
            self._fd = None

    def __enter__(self) -> BuildLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _holder(fd: int) -> str:
    """What the lock file says of its holder (it may still be writing it: read twice)."""
    for _ in range(2):
        text = os.pread(fd, 200, 0).decode("utf-8", errors="replace").strip()
        if text:
            return text
        time.sleep(0.05)
    return "it has just started"
