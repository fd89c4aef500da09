"""One build of a site, and one build into an output folder, at a time: advisory locks on the
site folder and on the folder that holds the output.

Two builds of one site share its cache and may share its output folder; interleaved, they
would overwrite each other's state. Two builds of different site folders (two clones) into one
`--output` would leave a site mixed of both (issue 21). The lock is `flock(2)` on the site
folder and on the output's parent (the output itself is swapped out by each build; its parent
stays): nothing is written for it (a build that stops on a problem leaves the site exactly as
it was), and the kernel releases it when its holder dies, even by SIGKILL, so a killed build
never leaves a stale lock behind. The second build names the holder (from /proc/locks) while
it waits, or with `--no-wait` instead of waiting.

The two folders are locked in one order for every build (by device and inode), so two builds
each holding one never wait for each other; when they are one folder (the default `_site`
inside the site folder) it is locked once: flock locks belong to an open file, so a second
descriptor of the same folder would wait for the first."""

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

    def __init__(self, root: Path, output: Path | None = None):
        self.root = root
        self.output = output
        """The output folder: its parent is locked too (made if missing, as the build would)."""
        self._fds: list[int] = []

    def acquire(self, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> None:
        """Take the lock. Another build holds it: wait for it (telling `on_wait` who holds it
        first), or with `wait=False` raise BuildLockedError."""
        if fcntl is None:  # pragma: no cover
            return
        try:
            for fd, folder, what in self._open():
                self._take(fd, folder, what, wait, on_wait)
        except BaseException:
            self.release()
            raise

    def _open(self) -> list[tuple[int, Path, str]]:
        """(descriptor, folder, whose builds it stops) of each folder to lock, in the order every
        build locks them; the descriptors are held (and closed) by the lock from here on."""
        folders = [(self.root, "of this site")]
        if self.output is not None:
            parent = Path(os.path.abspath(self.output)).parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass  # (opening it below says why)
            folders.append((parent, f"into {parent}"))
        found: dict[tuple[int, int], tuple[int, Path, str]] = {}
        for folder, what in folders:
            try:
                fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
            except OSError as exc:  # the site folder is missing: loading the config will say so
                log.info("no build lock on %s (%s)", folder, exc)
                continue
            info = os.fstat(fd)
            if (info.st_dev, info.st_ino) in found:  # the site folder holds the output: one lock
                os.close(fd)
                continue
            self._fds.append(fd)
            found[info.st_dev, info.st_ino] = (fd, folder, what)
        return [found[identity] for identity in sorted(found)]

    def _take(self, fd: int, folder: Path, what: str, wait: bool, on_wait: Callable[[str], None] | None) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            held_by = describe(holder(folder))
            if not wait:
                raise BuildLockedError(f"another build {what} is running ({held_by}); "
                                       "try again when it has finished, or leave out --no-wait to wait for it")
            if on_wait is not None:
                on_wait(f"another build {what} is running ({held_by}); waiting for it to finish")
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:  # pragma: no cover - a file system without flock (some NFS set-ups)
            log.warning("could not lock %s (%s); building without the lock", folder, exc)

    def release(self) -> None:
        for fd in self._fds:
            os.close(fd)  # closing the last descriptor releases the flock
        self._fds = []

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
