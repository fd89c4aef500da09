"""Which folder a build may replace, and where it stages the replacement: the output-folder rule.

A build replaces its output folder whole, so the folder it is given must be one whose loss is
no loss. Warta replaces only
- a folder that does not exist yet, or is empty;
- a folder it made itself: every build leaves a marker file (`MARKER`) in its output;
- a folder the site's build cache says it built (outputs of Warta versions before the marker);
- with `--force-output`, any other folder (its files are deleted by the build after next).
Some folders are refused even with `--force-output`: the file system's root, a home folder or a
folder holding one, system folders, the current folder and the folders holding it, a git
repository (`.git`, or a folder holding one), the site itself, its input folders and its cache.

An output that is a symbolic link (`www -> /var/www/html`) is followed: its target is replaced
and the link stays. An output that is a mount point (a Docker volume, a bind mount) cannot be
renamed, so the new site is staged inside it and swapped in entry by entry."""

from __future__ import annotations

import os
import pwd
from dataclasses import dataclass
from pathlib import Path

from warta.build.cache import CACHE_DIR
from warta.errors import OutputError

MARKER = ".warta-output"
"""The file every build leaves in its output folder: this folder is Warta's to replace."""
MARKER_TEXT = (b"This folder is made by `warta build`, which replaces it whole on every build.\n"
               b"Do not keep other files here: the next build deletes them.\n")
IGNORED_ENTRIES = frozenset({"lost+found"})
"""Entries a fresh file system has (ext4): they do not make a mount point non-empty, and stay."""

_SYSTEM = ("/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/media", "/mnt",
           "/opt", "/proc", "/root", "/run", "/sbin", "/snap", "/srv", "/sys", "/tmp", "/usr", "/var")
_SYSTEM_TREES = ("/boot", "/dev", "/etc", "/proc", "/run", "/sys", "/bin", "/sbin", "/lib", "/lib64")
"""System folders nothing below which is ever a site's output."""
_SYSTEM_CHILDREN = ("/usr", "/var")
"""System folders whose direct children are refused too (/usr/share, /var/lib, /var/www), but not
deeper folders (/usr/share/nginx/html, /var/www/html)."""


@dataclass(frozen=True, slots=True)
class OutputFolder:
    """Where a build puts its output."""

    path: Path
    """The folder replaced: absolute, with symbolic links followed."""
    mount: bool = False
    """A mount point: staged inside and swapped in entry by entry, since it cannot be renamed."""


def check_output_dir(output: Path, root: Path, force: bool = False) -> OutputFolder:
    """The folder a build into `output` replaces, or OutputError saying why it must not."""
    out, src = Path(os.path.realpath(output)), Path(os.path.realpath(root))
    _refuse_always(output, out, src)
    if out.exists() and not out.is_dir():
        raise OutputError(f"output {output} exists and is not a folder")
    mount = out.is_dir() and is_mount_point(out)
    if not force:
        _refuse_foreign(output, out, root, mount)
    return OutputFolder(out, mount)


def _refuse_always(output: Path, out: Path, src: Path) -> None:
    """Folders no build replaces, with or without --force-output."""
    shown = str(output) or "''"
    if out == src or src.is_relative_to(out):
        raise OutputError(f"output folder {shown} holds the site itself; choose another --output, such as _site")
    for folder in ("articles", "templates", "assets", "static", CACHE_DIR):
        if out.is_relative_to(src / folder):
            raise OutputError(f"output folder {shown} is inside {folder}/; choose another --output, such as _site")
    reason = _protected(out)
    if reason:
        raise OutputError(f"output folder {shown} is {reason}; Warta replaces its output folder whole and never "
                          "replaces that one: choose a folder of its own, such as _site")


def _protected(out: Path) -> str | None:
    """Why `out` is a folder never to replace, or None."""
    if out == Path(out.anchor):
        return "the root of the file system"
    for home in _homes():
        if out == home:
            return "a home folder"
        if home.is_relative_to(out):
            return f"a folder holding the home folder {home}"
    try:
        here = Path(os.path.realpath(os.getcwd()))
    except OSError:  # the current folder was deleted
        here = None
    if here is not None and here.is_relative_to(out):
        return "the current folder" if here == out else "a folder holding the current folder"
    if ".git" in out.parts:
        return "inside a git repository's .git folder"
    if os.path.lexists(out / ".git"):
        return "a git repository (it holds .git)"
    if os.name == "posix":
        text = out.as_posix()
        if text in _SYSTEM or any(out.is_relative_to(tree) for tree in _SYSTEM_TREES) \
                or any(out.parent == Path(folder) for folder in _SYSTEM_CHILDREN):
            return "a system folder"
    return None


def _homes() -> set[Path]:
    """The current user's home folder and every account's (root's, a web server's)."""
    homes = set()
    for home in [os.path.expanduser("~")] + [entry.pw_dir for entry in _accounts()]:
        if home and home not in ("/", "/nonexistent") and os.path.isabs(home):
            homes.add(Path(os.path.realpath(home)))
    return homes


def _accounts() -> list:
    try:
        return pwd.getpwall()
    except OSError:  # pragma: no cover
        return []


def _refuse_foreign(output: Path, out: Path, root: Path, mount: bool) -> None:
    """Refuse a folder that holds files Warta did not put there."""
    if not out.is_dir() or is_warta_output(out) or _built_by_this_site(output, root):
        return
    try:
        entries = sorted(name for name in os.listdir(out) if not (mount and name in IGNORED_ENTRIES))
    except OSError as exc:
        raise OutputError(f"cannot read the output folder {output}: {exc.strerror}") from None
    if not entries:
        return
    listed = ", ".join(entries[:5]) + (f" and {len(entries) - 5} more" if len(entries) > 5 else "")
    raise OutputError(
        f"output folder {output} already holds files that Warta did not make ({listed}); a build replaces its "
        "output folder whole and would delete them. Choose a new or empty folder (such as _site), move those "
        "files away, or pass --force-output to replace the folder and everything in it")


def is_warta_output(folder: Path) -> bool:
    """Whether `folder` holds the marker a build leaves in its output."""
    return os.path.isfile(folder / MARKER) and not os.path.islink(folder / MARKER)


def _built_by_this_site(output: Path, root: Path) -> bool:
    """Whether the site's build cache holds a state of a build into `output` (outputs made before
    builds left a marker)."""
    from warta.build.manifest import state_file

    try:
        return state_file(root / CACHE_DIR, output).with_suffix(".head").is_file()
    except OSError:
        return False


def is_mount_point(folder: Path) -> bool:
    """Whether `folder` is a mount point: another file system (os.path.ismount), or a bind mount
    of a folder of the same one (listed in /proc/self/mountinfo)."""
    if os.path.ismount(folder):
        return True
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return False
    target = os.path.realpath(folder)
    for line in lines:
        fields = line.split()
        if len(fields) > 4 and _unescape(fields[4]) == target:
            return True
    return False


def _unescape(path: str) -> str:
    """A mountinfo path with its octal escapes (`\\040` for a space) decoded."""
    if "\\" not in path:
        return path
    out, i = [], 0
    while i < len(path):
        if path[i] == "\\" and path[i + 1:i + 4].isdigit():
            out.append(chr(int(path[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(path[i])
            i += 1
    return "".join(out)
