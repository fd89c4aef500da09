"""The on-disk cache in `.warta-cache/`: expensive outputs (social cards) kept by content key; the
folder itself, and the per-user key that authenticates the build state kept there.

Whatever is in `.warta-cache/` may have been put there by someone else (a CI cache restored from
another branch, a shared folder): the build state is read only when its keyed MAC verifies with
a secret kept outside the site, in the user's own cache folder (`statefiles.py`), and a
`.warta-cache` that is not a folder costs the build its cache, never the build itself."""

from __future__ import annotations

import logging
import os
import re
import secrets
import stat as stat_module
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from warta.layout import CACHE_DIR

_ENTRY_NAME = re.compile(r"(?:[a-z]+-)?[0-9a-f]{16,64}|\.(?:[a-z]+-)?[0-9a-f]{16,64}\.[0-9]+")
"""The names of cache entries (content keys, `logo-` and a key) and of entries half written."""
KEY_FILE = "state-key"
KEY_BYTES = 32

log = logging.getLogger(__name__)


def site_cache_folder(root: Path) -> Path | None:
    """The site's cache folder (made when first written), or None when `.warta-cache` is there but
    is not a folder: a file of that name is not Warta's and a dangling link may point where the
    user keeps it, so neither is touched, and the build goes on without the cache."""
    folder = root / CACHE_DIR
    if folder.is_dir() or not os.path.lexists(folder):
        return folder
    if folder.is_symlink():
        log.warning("%s is a link to %s, which is not a folder; building without the cache", folder,
                    os.readlink(folder))
    else:
        log.warning("%s is not a folder; building without the cache", folder)
    return None


@contextmanager
def open_file_cache(folder: Path | None, name: str, what: str, head: bytes = b"", tail: bytes = b"") -> Iterator[FileCache]:
    """The cache `name` ("cards": the social cards, "photos": the photos' encoded files) in
    `folder`; without a cache folder, or when `name/` cannot be made or written (a file of that
    name, a `.warta-cache` this user may not write), a temporary one for this build: the cache costs
    time, never the build."""
    if folder is not None:
        entries = folder / name
        try:
            entries.mkdir(parents=True, exist_ok=True)
            if not os.access(entries, os.R_OK | os.W_OK | os.X_OK):
                raise PermissionError(f"{entries} cannot be written")
        except OSError as exc:
            log.warning("cannot use the cache %s (%s); making the %s without it", entries, exc.strerror or exc, what)
        else:
            yield FileCache(entries, head, tail)
            return
    with tempfile.TemporaryDirectory(prefix=f"warta-{name}-") as temporary:
        yield FileCache(Path(temporary), head, tail)


def key_folder() -> Path:
    """Where the state key lives: `$XDG_CACHE_HOME/warta`, by default `~/.cache/warta` (outside any site)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "warta"


def state_key() -> bytes | None:
    """This user's secret key for the build state, made on first use; None when there is none
    to be had (a home that cannot be written) or the key file cannot be trusted, said once."""
    try:
        folder = key_folder()
    except RuntimeError as exc:  # no home folder to be found
        return _no_key(str(exc))
    return _state_key(folder)


@lru_cache(maxsize=None)
def _no_key(reason: str) -> None:
    log.warning("no key for the build cache (%s); building without reading or writing the build state", reason)


@lru_cache(maxsize=None)
def _state_key(folder: Path) -> bytes | None:
    path = folder / KEY_FILE
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    except _UntrustedKey as exc:
        log.warning("the build cache key %s is not trusted (%s); building without reusing the build state "
                    "(remove it and Warta makes a new one)", path, exc)
        return None
    except OSError as exc:
        return _no_key(f"{path}: {exc.strerror or exc}")
    try:
        _make_key(folder, path)
        return _read_key(path)
    except (OSError, _UntrustedKey) as exc:
        return _no_key(f"{path}: {getattr(exc, 'strerror', None) or exc}")


class _UntrustedKey(Exception):
    pass


def _read_key(path: Path) -> bytes:
    """The key in `path`, if it is a regular file of this user's that no one else may read or write."""
    try:  # (O_NONBLOCK: a FIFO planted there must not hang the build)
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if os.path.islink(path):
            raise _UntrustedKey("it is a symbolic link") from exc
        raise
    try:
        info = os.fstat(fd)
        if not stat_module.S_ISREG(info.st_mode):
            raise _UntrustedKey("it is not a regular file")
        if info.st_uid != os.getuid():
            raise _UntrustedKey(f"it belongs to user {info.st_uid}")
        if stat_module.S_IMODE(info.st_mode) != 0o600:
            raise _UntrustedKey(f"its mode is {stat_module.S_IMODE(info.st_mode):04o}, not 0600")
        key = os.read(fd, KEY_BYTES + 1)
    finally:
        os.close(fd)
    if len(key) != KEY_BYTES:
        raise _UntrustedKey(f"it holds {len(key)} bytes, not {KEY_BYTES}")
    return key


def _make_key(folder: Path, path: Path) -> None:
    """Write a new key whole under a name of its own, then link it in place: a build starting at
    the same moment reads either no key or the whole key, and the first to link it wins."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = folder / f".{KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        try:
            os.fchmod(fd, 0o600)  # (whatever the umask)
            os.write(fd, secrets.token_bytes(KEY_BYTES))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(temporary, path)
        except FileExistsError:  # another build made it first: use that one
            pass
    finally:
        temporary.unlink(missing_ok=True)


class FileCache:
    """Files stored under a content key in one folder, handed out by path so a build can copy
    them into its output (never hard-linked there: see `StagedOutput.link`).

    The build asks for entries only once its input has passed every check, so a build that
    stops on a problem never writes here; entries no build used are removed by `prune()`."""

    def __init__(self, folder: Path, head: bytes = b"", tail: bytes = b""):
        self.folder = folder
        self.used: set[str] = set()
        self.head, self.tail = head, tail
        """What every entry starts and ends with (a PNG's signature and IEND chunk): an entry
        without them was damaged on disk and is made again."""

    def has(self, key: str, whole: Callable[[BinaryIO, int], bool] | None = None) -> bool:
        """Whether a usable entry exists: a regular file, not a link (which may lead to any file of
        the machine, and would be published as it is), with the cache's head and tail and, when
        given, `whole(open file, size)`. An empty, unreadable or damaged one is remade."""
        try:  # (O_NONBLOCK: a FIFO planted there must not hang the build)
            fd = os.open(self.folder / key, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError:
            return False
        try:
            with open(fd, "rb") as handle:
                info = os.fstat(handle.fileno())
                size = info.st_size
                if not stat_module.S_ISREG(info.st_mode) or size <= len(self.head) + len(self.tail):  # (an empty entry too)
                    return False
                if self.head and handle.read(len(self.head)) != self.head:
                    return False
                if self.tail:
                    handle.seek(size - len(self.tail))
                    if handle.read() != self.tail:
                        return False
                handle.seek(0)
                return whole is None or whole(handle, size)
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
            # (Only names entries have: the cache folder may be a link to a folder holding other files.)
            if not _ENTRY_NAME.fullmatch(entry.name):
                continue
            try:
                if entry.name not in self.used:
                    entry.unlink()
                elif entry.lstat().st_nlink > 1:
                    # An older Warta published entries as hard links: the entry gets a file of its own,
                    # so that editing the published file in place no longer edits it (defects23, finding 1).
                    self.store(entry.name, entry.read_bytes())
            except OSError:
                pass
