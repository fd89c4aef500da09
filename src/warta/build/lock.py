"""One build of a site at a time: an advisory lock on the site folder itself.

Two builds of one site share its cache and may share its output folder; interleaved, they
would overwrite each other's state. The lock is `flock(2)` on the site folder: nothing is
written for it (a build that stops on a problem leaves the site exactly as it was), and the
kernel releases it when its holder dies, even by SIGKILL, so a killed build never leaves a
stale lock behind. The second build names the holder (from /proc/locks) while it waits, or
with `--no-wait` instead of waiting."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Callable

from warta.errors import BuildLockedError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, one build at a time is up to the user
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)


class BuildLock:
    """Held from `acquire()` until `release()` (or the process ends)."""

    def __init__(self, root: Path):
        self.root = root
        self._fd: int | None = None

    def acquire(self, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> None:
        """Take the lock. Another build holds it: wait for it (telling `on_wait` who holds it
        first), or with `wait=False` raise BuildLockedError."""
        if fcntl is None:  # pragma: no cover
            return
        try:
            fd = os.open(self.root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError as exc:  # the site folder is missing: loading the config will say so
            log.info("no build lock on %s (%s)", self.root, exc)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            held_by = describe(holder(self.root))
            if not wait:
                os.close(fd)
                raise BuildLockedError(f"another build of this site is running ({held_by}); "
                                       "try again when it has finished, or leave out --no-wait to wait for it")
            if on_wait is not None:
                on_wait(f"another build of this site is running ({held_by}); waiting for it to finish")
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:  # pragma: no cover - a file system without flock (some NFS set-ups)
            os.close(fd)
            log.warning("could not lock %s (%s); building without the lock", self.root, exc)
            return
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the last descriptor releases the flock
            self._fd = None

    def __enter__(self) -> BuildLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def holder(root: Path) -> int | None:
    """The pid holding the build lock of `root`, from /proc/locks (Linux), or None."""
    try:
        info = os.stat(root)
        text = Path("/proc/locks").read_text()
    except OSError:
        return None
    for line in text.splitlines():
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 4242 00:2f:1234567 0 EOF" (device numbers in hex)
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[4].isdigit():
            major, minor, inode = (fields[5].split(":") + ["", "", ""])[:3]
            try:
                same = (int(inode) == info.st_ino and int(major, 16) == os.major(info.st_dev)
                        and int(minor, 16) == os.minor(info.st_dev))
            except ValueError:
                continue
            if same:
                return int(fields[4])
    return None


def describe(pid: int | None) -> str:
    """`pid 4242: warta build --source situs`, as much as can be told."""
    if pid is None:
        return "its process is not known"
    try:
        words = [w.decode(errors="replace") for w in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0") if w]
    except OSError:
        return f"pid {pid}"
    for index, word in enumerate(words):  # `python -m warta build …` or `…/bin/warta build …`
        if word == "warta" or os.path.basename(word) == "warta":
            words = ["warta", *words[index + 1:]]
            break
    return f"pid {pid}: {' '.join(words)}" if words else f"pid {pid}"
