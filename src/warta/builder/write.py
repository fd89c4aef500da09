"""Write the output folder atomically: stage every file aside, then swap the folder in whole."""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import glob
import os
import re
import shutil
import stat as stat_module
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from warta.builder.outdir import (IGNORED_ENTRIES, INSIDE, MARKER, MARKER_TEXT, OutputFolder, generation, is_leftover,
                                is_warta_output, mark)
from warta.builder.parallel import Apart
from warta.errors import OutputError

if TYPE_CHECKING:  # (not imported with the module: a build enters its StagedOutput before it imports the stages)
    from warta.render.pages import OutputFile

_CONTROL = re.compile(r"[\x00-\x1f]")
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def check_paths(paths) -> None:
    """Every path (output files or path strings) stays inside the output folder, and no two claim one."""
    names = [p if isinstance(p, str) else p.path for p in paths]
    # (Issue 22: a rebuild claims every file of the output, 26,000 for 10,000 articles; the names
    # are searched for control characters at once, and split only when they could be refused.)
    if _CONTROL.search("/".join(names)):
        for name in names:
            control = _CONTROL.search(name)
            if control:  # (issue 21: this said the name "would leave the output folder")
                raise OutputError(f"refusing to write {name!r}: its name has a control character "
                                  f"(U+{ord(control.group()):04X}); rename that file in static/ or assets/")
    for name in names:
        if (not name or name[0] == "/" or "\\" in name or (".." in name and ".." in name.split("/"))
                or ((size := len(name.encode())) > 255
                    and (size > 1000 or any(len(part.encode()) > 255 for part in name.split("/"))))):
            raise OutputError(f"refusing to write {name!r}: it would leave the output folder")
    refuse_duplicates(names)


def refuse_duplicates(names) -> None:
    """Stop when two outputs claim one path."""
    twice = [path for path, n in Counter(names).items() if n > 1]
    if twice:
        raise OutputError("two outputs claim the same path: " + ", ".join(sorted(twice))
                          + " (a file in static/ may have the name of a generated page)")


def _folder_for(target: str, made: set[str] | None) -> None:
    """Make the folder `target` goes in, unless `made` (the folders a staged output has made so
    far) holds it; without `made`, unless it is there (a look-up: some 2.5 microseconds)."""
    folder = os.path.dirname(target)
    if (folder in made) if made is not None else os.path.isdir(folder):
        return
    try:
        os.makedirs(folder, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        # The generation being reused has a file (or link) where this build needs a folder.
        blocker = next((p for p in _ancestors(folder) if os.path.lexists(p) and not os.path.isdir(p)), None)
        if blocker is None:
            raise
        os.unlink(blocker)
        os.makedirs(folder, exist_ok=True)
    if made is not None:
        made.add(folder)


def _ancestors(folder: str):
    """`folder` and the folders above it, up to the root."""
    while True:
        yield folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent


def _clear(target: str) -> None:
    """Remove whatever is at `target` (a file, a link, a folder), so a new file can take its place.
    Files are never overwritten in place: the reused generation shares them with the live site."""
    try:
        os.unlink(target)
    except FileNotFoundError:
        pass
    except (IsADirectoryError, PermissionError):
        if os.path.isdir(target) and not os.path.islink(target):
            shutil.rmtree(target)
        else:
            raise


def _same_file(a: str, b: str) -> bool:
    """Whether `a` (a link not followed) is the file `b`."""
    try:
        info = os.stat(b)
    except OSError:
        return False
    return _is_file(a, info)


def _is_file(path: str, info: os.stat_result) -> bool:
    """Whether `path` (a link not followed) is the file that `info` describes."""
    try:
        mine = os.lstat(path)
    except OSError:
        return False
    return mine.st_ino == info.st_ino and mine.st_dev == info.st_dev


def put(staging: Path, old: Path, path: str, data: bytes, *, made: set[str] | None = None) -> bool:
    """Write one file into the staging folder; True when it differs from the old output's.
    `made`: the folders made in `staging` so far (`StagedOutput.made`), added to; without it,
    whether the file's folder exists is looked up.

    Safe to call from several processes at once (folders are made with exist_ok)."""
    target = os.path.join(staging, path)
    _folder_for(target, made)
    if _reuse(os.path.join(old, path), target, data):
        return False
    _clear(target)
    with open(target, "xb") as handle:
        handle.write(data)
    return True


def write_output(files: tuple[OutputFile, ...], output: Path) -> int:
    """Replace `output` by exactly `files`; returns how many files changed."""
    with StagedOutput(output) as staged:
        changed = staged.write(files)
        staged.commit()
    return changed


class StagedOutput:
    """A new output folder built beside the old one and swapped in whole by `commit()`.

    Files whose bytes did not change are hard-linked from the old output, so they keep
    their modification time (hosts and rsync skip them). The old folder stays whole until
    the new one is complete; on any failure, or without `commit()`, it is left exactly as
    it was.

    Two generations alternate: the folder the last swap took out (`.<output>.prev`, the
    site as it was two builds ago, sharing every file that has not changed since with the
    live one) is brought up to date in place and swapped in, so a rebuild touches only the
    files that changed in the last two builds instead of linking every file of the site
    into a new folder and deleting the old one. What is in that folder does not matter for
    what comes out: every file of the new site is checked against the live one (same file,
    or bytes compared and linked, or written anew; never overwritten in place, since the
    live site shares its files) and everything else in it is removed before the swap.

    Entering looks that folder over for links and files not ours (`_remove_links`) in a process of
    its own (`parallel.Apart`): a build enters before it reads its state, and the look-over, mostly
    system calls (0.3 s for 10,000 articles, 7 s for 100,000), goes on while the state is unpickled,
    on the other core (in a thread, it held the interpreter's lock between every two calls and slowed
    the reading by as much as it saved). `settle()` waits for it; nothing is written into the folder
    before it (each writing method settles first)."""

    def __init__(self, output: Path | OutputFolder):
        target = output if isinstance(output, OutputFolder) else OutputFolder(Path(os.path.realpath(output)))
        self.output = target.path
        """The folder replaced (absolute, links followed: a linked output's target is replaced)."""
        self.inside = target.inside
        """Staged inside the output and swapped in entry by entry (a mount point cannot be renamed)."""
        self.previous = generation(self.output)
        """The generation before the live one, reused by the next build."""
        self.in_place = (not self.inside and self.previous.is_dir() and not self.previous.is_symlink()
                         and self.output.is_dir())
        self.folder = self.previous if self.in_place else self._staging()
        """The staging folder: tools that read the new site before it goes live (the search
        indexer) read it here."""
        self.made: set[str] = set()
        """Folders made in the staging folder so far (full paths), so that each is made once (a
        large build writes into several thousand); this output's own: another staging folder of
        the same name, of an earlier build in this process, may have held folders this one has not."""
        self._present: dict[str, tuple[int, int]] = {}
        """The reused generation's regular files as `_remove_links` met them (full path -> inode,
        device): a file the old output shares needs no look-up of its own in `keep`. (Between that
        scan and `keep`, only this build writes into the folder, and only paths `keep` is not given:
        outputs are claimed once. Each entry is used once, and forgotten when the folder is pruned.)"""
        self._bare: set[str] = set()
        """The reused generation's folders that held no file when looked over (full paths)."""
        self._written: set[str] = set()
        self._folders: set[str] = set()
        """Folders the claimed paths lie in: no claimed path may be one of them."""
        self._committed = False
        self._count = 0
        """How many files the output held when it went live (`count`)."""
        self._looking: Apart | None = None

    def _staging(self) -> Path:
        if self.inside:
            return self.output / f"{INSIDE}tmp-{os.getpid()}"
        return self.output.parent / f".{self.output.name}.tmp-{os.getpid()}"

    def __enter__(self) -> StagedOutput:
        if not self.inside:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            _remove_stale(self.output.parent, f".{self.output.name}.")
        if self.in_place:
            # Whatever is in the reused generation, nothing written into it may land elsewhere:
            # links (to folders outside, to files anywhere), special files and what another user
            # put there are removed first (in the background, until `settle`).
            self._looking = Apart(_looked_over, os.fspath(self.folder), os.lstat(self.folder).st_dev)
        else:
            try:
                self._make_staging()
            except PermissionError:
                if self.inside or not self.output.is_dir():
                    raise
                # No room beside the output (its parent cannot be written: /var/www/html in a
                # /var/www of root's): staged inside it instead.
                self.inside = True
                self.folder = self._staging()
                self._make_staging()
        return self

    def settle(self) -> None:
        """Wait until the reused generation is looked over; raise what stopped that."""
        if self._looking is not None:
            looking, self._looking = self._looking, None
            self._present, self._bare = looking.result()

    def _make_staging(self) -> None:
        if self.inside:
            _remove_stale(self.output, INSIDE)
        if os.path.lexists(self.folder):
            shutil.rmtree(self.folder)
        self.folder.mkdir()
        mark(self.folder)  # (a leftover of a killed build is known as Warta's)

    def claim(self, paths) -> None:
        """Reserve output paths (checked: inside the folder, not claimed twice)."""
        self.settle()
        paths = list(paths)
        check_paths(paths)
        if MARKER in paths:
            raise OutputError(f"{MARKER} is the name of the file that marks Warta's output folder; "
                              "rename the file in static/ that has it")
        again = sorted(self._written.intersection(paths))
        if again:
            raise OutputError("two outputs claim the same path: " + ", ".join(again)
                              + " (a file in static/ may have the name of a generated page)")
        folders, written = self._folders, self._written
        for path in paths:
            clash = path if path in folders else None
            folder = path.rpartition("/")[0]
            # (No claimed file is ever a known folder: once one folder is known, so are those above it.)
            while clash is None and folder and folder not in folders:
                if folder in written:
                    clash = folder
                folders.add(folder)
                folder = folder.rpartition("/")[0]
            if clash is not None:
                raise OutputError(f"{clash} would be both a file and a folder of the output "
                                  "(a file in static/ may have the name of a generated folder)")
            written.add(path)

    def write(self, files: tuple[OutputFile, ...]) -> int:
        """Add `files` to the new output; returns how many differ from the old output."""
        self.claim(f.path for f in files)
        return sum(put(self.folder, self.output, file.path, file.data, made=self.made)
                   for file in sorted(files, key=lambda f: f.path))

    def link(self, files) -> int:
        """Add a copy of each file at `source` (a cache entry) under `path`, for each (path, source)
        of `files`, or the old output's file when it holds the same bytes; returns how many differ
        from the old output's.

        Never a hard link to the cache (finding 1 of defects23): a tool that rewrites a published
        file in place (mogrify, oxipng, `exiftool -overwrite_original_in_place`) would rewrite the
        cache entry too, and every later build, `--clean` ones included, would publish its edit.
        Hugo and Zola also copy from their resource caches into the output."""
        files = list(files)
        self.claim(path for path, _ in files)
        changed = 0
        for path, source in files:
            target = os.path.join(self.folder, path)
            old = os.path.join(self.output, path)
            source = os.fspath(source)
            if _holds_entry(old, source):
                if not _same_file(target, old):
                    _folder_for(target, self.made)
                    _clear(target)
                    os.link(old, target, follow_symlinks=False)
                continue
            changed += 1
            _folder_for(target, self.made)
            _clear(target)
            copy_file(source, target)
            entry = os.stat(source)
            os.utime(target, ns=(entry.st_atime_ns, entry.st_mtime_ns))  # (what `_holds_entry` compares)
        return changed

    def keep(self, paths) -> set[str]:
        """Carry the old output's files at `paths` over unchanged (hard links); returns the paths
        the old output has no file for (not claimed: the caller writes them)."""
        self.settle()
        missing, kept = set(), []
        old_folder, new_folder = os.path.join(self.output, ""), os.path.join(self.folder, "")
        present = self._present
        for path in paths:
            old = old_folder + path
            try:
                info = os.lstat(old)  # (a link in the live output is never carried over: it is no file of ours)
            except OSError:
                missing.add(path)
                continue
            if not stat_module.S_ISREG(info.st_mode):
                missing.add(path)
                continue
            kept.append(path)
            target = new_folder + path
            # (Issue 22: most files of a rebuild are the old output's already; `_remove_links` saw them.)
            if present.pop(target, None) == (info.st_ino, info.st_dev) or _is_file(target, info):
                continue
            _folder_for(target, self.made)
            _clear(target)
            os.link(old, target, follow_symlinks=False)
        self.claim(kept)
        return missing

    @property
    def count(self) -> int:
        """How many files the new output holds so far."""
        return self._count if self._committed else len(self._written)

    def prune(self) -> None:
        """Remove from the staging folder every file no output claimed (a reused generation's
        pages of deleted articles, old search index files) and the folders left empty.

        The files are those the look-over met that are still there unclaimed (`_present`: `keep`
        takes out each it carries over): only this build writes into the folder after it, and only
        what it claims. So a rebuild removes what it must without listing the folder again (issue 22:
        listing 100,000 articles' folders took 2 s of every rebuild)."""
        if not self.in_place:
            return
        self.settle()
        claimed, start = self._written | {MARKER}, len(os.path.join(self.folder, ""))
        emptied = set(self._bare)
        for path in self._present:
            if path[start:] not in claimed:
                try:
                    os.unlink(path)
                except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
                    pass  # (gone with a folder this build replaced, or a folder it made there since)
                emptied.add(os.path.dirname(path))
        _remove_empty(emptied, os.fspath(self.folder))
        self.made.clear()  # (folders left empty are gone)
        self._present.clear()
        self._bare.clear()

    def commit(self) -> None:
        """Make the new output live in one step; the old one is kept for the next build to reuse."""
        self.prune()
        put(self.folder, self.output, MARKER, MARKER_TEXT, made=self.made)
        _sync_tree(self.folder)
        if self.inside:
            _swap_entries(self.folder, self.output)
        else:
            _swap_in(self.folder, self.output, self.previous)
        # (What was claimed and made is not needed once the output is live: the build's last step, the
        # saved state, can use the memory; issue 20: 0.4 KB an article of a 10,000-article build.)
        self._count = len(self._written)
        self._committed = True
        self._written, self._folders, self.made = set(), set(), set()

    def __exit__(self, kind, exc, traceback) -> None:
        if self._looking is not None:  # (a build stopped before it settled: the look-over ends first)
            self._looking.stop()
            self._looking = None
        if self._committed:
            return
        if not self.in_place or isinstance(exc, OSError):
            # A fresh staging folder is removed; so is a reused generation half brought up to date
            # when writing failed (a full disk must not stay full): the next build starts afresh.
            shutil.rmtree(self.folder, ignore_errors=True)


def _remove_empty(folders: set[str], root: str) -> None:
    """Remove each of `folders` (full paths below `root`) that is empty, and each folder above it
    that this leaves empty, up to `root` (kept)."""
    done: set[str] = set()  # (removed: a folder not empty yet is tried again when a sibling's removal climbs to it)
    for folder in sorted(folders, key=lambda path: path.count("/"), reverse=True):
        while folder != root and folder not in done and folder.startswith(root + "/"):
            try:
                os.rmdir(folder)
            except OSError:  # not empty (or gone already)
                break
            done.add(folder)
            folder = os.path.dirname(folder)


def _remove_stale(folder: Path, prefix: str) -> None:
    """Remove staging and old folders (in `folder`, named `<prefix>tmp-PID`, `<prefix>old-PID`)
    left by builds that were killed (their process is gone); only folders holding the marker:
    a folder of the user's that happens to have such a name is not Warta's."""
    for leftover in folder.glob(f"{glob.escape(prefix)}*-*"):
        kind, _, pid = leftover.name.rpartition("-")
        if kind not in (f"{prefix}tmp", f"{prefix}old") or not pid.isdigit() or not leftover.is_dir() \
                or leftover.is_symlink():
            continue
        if int(pid) != os.getpid() and _alive(int(pid)):
            continue
        if is_warta_output(leftover):
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            # A build killed between making its staging folder and marking it leaves it empty:
            # removed only while it is (rmdir takes nothing of anyone's).
            try:
                os.rmdir(leftover)
            except OSError:
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def copy_file(source: str, target: str) -> None:
    """Copy `source` to a new file `target` (a reflink where the file system makes one of
    `copy_file_range`, such as Btrfs and XFS): never the same inode."""
    with open(source, "rb") as reading, open(target, "xb") as writing:
        size = os.fstat(reading.fileno()).st_size
        try:
            while size > 0:
                done = os.copy_file_range(reading.fileno(), writing.fileno(), size)
                if done == 0:
                    break
                size -= done
        except OSError:  # (no copy_file_range here, or not across these file systems: copied by reading)
            reading.seek(0)
            writing.seek(0)
            writing.truncate()
            shutil.copyfileobj(reading, writing)


def _holds_entry(old: str, source: str) -> bool:
    """Whether `old` (a file of the old output, a link not followed) is a copy of the cache entry
    `source` as `StagedOutput.link` made it, and not that entry itself (an output of an older Warta
    shared it): a regular file of the entry's size and modification time, which the copy was given.
    A tool that rewrites the published file in place gives it a new time, and the file is copied
    again (the quick check of rsync and make: neither file is read; issue 22's edit build links
    every card of the site)."""
    try:
        mine, entry = os.lstat(old), os.stat(source)
    except OSError:
        return False
    return (stat_module.S_ISREG(mine.st_mode) and mine.st_size == entry.st_size
            and mine.st_mtime_ns == entry.st_mtime_ns and (mine.st_ino, mine.st_dev) != (entry.st_ino, entry.st_dev))


def _reuse(old: str, target: str, data: bytes) -> bool:
    """Make `target` the file `old` (a hard link) when `old` already holds `data`."""
    try:
        info = os.lstat(old)
        if not stat_module.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        with open(old, "rb") as handle:
            if handle.read() != data:
                return False
        if not _same_file(target, old):
            _clear(target)
            os.link(old, target, follow_symlinks=False)
        return True
    except OSError:
        return False


def _looked_over(folder: str, device: int) -> tuple[dict[str, tuple[int, int]], set[str]]:
    """`_remove_links` over the whole reused generation: its regular files (full path -> inode,
    device), and its folders that hold none."""
    present: dict[str, tuple[int, int]] = {}
    bare: set[str] = set()
    _remove_links(folder, device, present, bare)
    return present, bare


def _remove_links(folder: str, device: int, present: dict[str, tuple[int, int]], bare: set[str]) -> None:
    """Remove every symbolic link, special file (FIFO, socket, device) and entry owned by another
    user below `folder`, without following links; a folder of another file system (`device`)
    mounted there stops the build (removing what is in it would reach beyond the output). The
    regular files left are added to `present` (full path -> inode, device), and the folders left
    without any file to `bare`."""
    me = os.getuid()
    with os.scandir(folder) as listing:
        entries = list(listing)
    files = len(present)
    for entry in entries:
        info = entry.stat(follow_symlinks=False)
        if stat_module.S_ISDIR(info.st_mode) and info.st_dev != device:
            raise OutputError(f"{entry.path} is a mount point inside the folder a build reuses; unmount it")
        if info.st_uid != me:
            if stat_module.S_ISDIR(info.st_mode):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        elif stat_module.S_ISDIR(info.st_mode):
            _remove_links(entry.path, device, present, bare)
        elif not stat_module.S_ISREG(info.st_mode):
            os.unlink(entry.path)
        else:
            present[entry.path] = (info.st_ino, info.st_dev)
    if len(present) == files:
        bare.add(folder)


def _swap_entries(staging: Path, output: Path) -> None:
    """Make the entries of `staging` (a folder inside `output`, a mount point) the entries of
    `output`, each in one step where the OS offers an exchange; what `output` held goes."""
    old = output / f"{INSIDE}old-{os.getpid()}"
    old.mkdir()
    mark(old)
    if not is_warta_output(output):  # first thing: a build killed halfway leaves a folder known as Warta's
        mark(output)
    new = set(os.listdir(staging))
    for name in sorted(new):
        source, target = staging / name, output / name
        if os.path.lexists(target) and not _exchange(source, target):
            os.rename(target, old / name)
        if os.path.lexists(source) and not os.path.lexists(target):
            os.rename(source, target)
    for name in os.listdir(output):
        if name not in new and name not in IGNORED_ENTRIES and output / name not in (staging, old) \
                and not is_leftover(output / name):
            os.rename(output / name, old / name)
    shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)


def _sync_tree(folder: Path) -> None:
    """Flush the staged files' directory entries before the swap makes them live."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _swap_in(staging: Path, output: Path, previous: Path) -> None:
    """Make `staging` the output, an atomic exchange where the OS offers one; the old output
    becomes `previous`."""
    if not output.exists():
        os.rename(staging, output)
        return
    if not is_warta_output(output):  # (a folder replaced under --force-output: as the old generation, or an
        mark(output)                 # old-PID folder a killed build left, it is Warta's)
    if _exchange(staging, output):
        old = staging  # now holds the old site
    else:
        old = output.parent / f".{output.name}.old-{os.getpid()}"
        os.rename(output, old)
        try:
            os.rename(staging, output)
        except BaseException:
            os.rename(old, output)
            raise
    if old != previous:
        shutil.rmtree(previous, ignore_errors=True)
        try:
            os.rename(old, previous)
        except OSError:
            shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Linux renameat2(RENAME_EXCHANGE): swap two folders in one step. False if unsupported."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), str(b))
