"""Which folder a build may replace, and where it stages the replacement: the output-folder rule.

A build replaces its output folder whole, so the folder it is given must be one whose loss is
no loss. Warta replaces only
- a folder that does not exist yet, or is empty;
- a folder it made itself: every build leaves a marker file (`MARKER`) in its output;
- with `--force-output`, any other folder (its files are deleted by the build after next).
Some folders are refused even with `--force-output`: the file system's root, home folders, the
folders holding one and the hidden folders in one (`~/.ssh`), system folders, the current folder
and the folders holding it, git repositories (`.git`, or a folder holding one), the site itself,
its input folders and caches (their real folders: links followed), and any folder with another
file system mounted inside it (a build would carry it away).

An output that is a symbolic link (`www -> /var/www/html`) is followed: its target is replaced
and the link stays. An output that cannot be renamed (a mount point: a Docker volume, a bind
mount) or whose parent folder cannot be written (`/var/www/html` writable by its owner, `/var/www`
not) is staged inside itself and swapped in entry by entry."""

from __future__ import annotations

import os
import pwd
import shlex
from dataclasses import dataclass
from pathlib import Path

from warta.builder.cache import key_folder
from warta.errors import OutputError
from warta.layout import ARTICLES_DIR, CACHE_DIR, PAGES_DIR, SITE_FOLDERS

MARKER = ".warta-output"
"""The file every build leaves in its output folder (and in its staging folders): this folder is
Warta's to replace."""
MARKER_TEXT = (b"This folder is made by `warta build`, which replaces it whole on every build.\n"
               b"Do not keep other files here: the next build deletes them.\n")
INSIDE = ".warta-"
"""The start of the names of the staging and old folders inside an output staged in itself."""
IGNORED_ENTRIES = frozenset({"lost+found"})
"""Entries a fresh file system has (ext4): they do not make a mount point non-empty, and stay."""
MAX_NAME_BYTES = 240
"""An output's name leaves room for the `.NAME.prev` and `.NAME.tmp-PID` folders beside it."""

_SYSTEM = ("/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/media", "/mnt",
           "/opt", "/proc", "/root", "/run", "/sbin", "/snap", "/srv", "/sys", "/tmp", "/usr", "/var", "/nix",
           "/private", "/private/var", "/private/tmp", "/Users", "/Volumes", "/Library", "/Applications")
_SYSTEM_TREES = ("/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/nix", "/proc", "/run",
                 "/sbin", "/snap", "/sys", "/var/backups", "/var/cache", "/var/lib", "/var/log", "/var/mail",
                 "/var/opt", "/var/spool", "/private/etc", "/System", "/Library/System")
"""System folders nothing below which is ever a site's output."""
_USR_TREES = tuple(f"/usr/{name}" for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32", "libexec", "include",
                                               "share", "src", "games")) \
    + tuple(f"/usr/local/{name}" for name in ("bin", "sbin", "lib", "include", "share", "etc", "libexec"))
"""Folders below /usr that only installed software keeps."""
_USR_DOCROOTS = ("/usr/share/nginx", "/usr/local/apache2", "/usr/share/caddy")
"""The folders in those that hold web roots (the nginx, httpd and caddy images)."""


@dataclass(frozen=True, slots=True)
class OutputFolder:
    """Where a build puts its output."""

    path: Path
    """The folder replaced: absolute, with symbolic links followed."""
    inside: bool = False
    """Staged inside itself and swapped in entry by entry: a mount point cannot be renamed, and a
    folder whose parent cannot be written has no room beside it."""


def check_output_dir(output: Path, root: Path, force: bool = False) -> OutputFolder:
    """The folder a build into `output` replaces, or OutputError saying why it must not."""
    shown = str(output) or "''"
    try:
        out = Path(output).resolve(strict=False)
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise OutputError(f"output {shown} cannot be followed ({exc}); name a folder") from None
    if os.path.islink(output) and os.path.islink(out):
        raise OutputError(f"output {shown} is a loop of symbolic links; name a folder")
    if len(out.name.encode()) > MAX_NAME_BYTES:
        raise OutputError(f"the output folder's name is {len(out.name.encode())} bytes long; the build needs room "
                          f"for a folder named after it beside it: choose a name of at most {MAX_NAME_BYTES} bytes")
    _refuse_always(shown, out, Path(root).resolve())
    if out.exists() and not out.is_dir():
        raise OutputError(f"output {shown} exists and is not a folder")
    inside = out.is_dir() and (is_mount_point(out) or not os.access(out.parent, os.W_OK | os.X_OK))
    if not force:
        _refuse_foreign(shown, out, inside)
    if not inside:
        _refuse_foreign_generation(out, force)
    return OutputFolder(out, inside)


def _refuse_always(shown: str, out: Path, src: Path) -> None:
    """Folders no build replaces, with or without --force-output."""
    if out == src or src.is_relative_to(out):
        raise OutputError(f"output folder {shown} holds the site itself; choose another --output, such as _site")
    for folder in (ARTICLES_DIR, PAGES_DIR, *SITE_FOLDERS, CACHE_DIR):
        real = (src / folder).resolve()  # (an input folder may be a link to elsewhere)
        if out.is_relative_to(real) or out.is_relative_to(src / folder):
            raise OutputError(f"output folder {shown} is inside {folder}/; choose another --output, such as _site")
        if real.is_relative_to(out):
            raise OutputError(f"output folder {shown} holds the site's {folder}/ ({real}); choose another --output, "
                              "such as _site")
    reason = _protected(out)
    repository = _repository_in(out) if reason == _REPOSITORY else None
    if repository is not None and is_warta_output(out):
        # (Defects23, finding 2: an alias `/.git/` once wrote `_site/.git/index.html`, and every later
        # build was refused with "choose a folder of its own, such as _site" while the folder was _site.)
        raise OutputError(f"output folder {shown} is Warta's output, but it holds {repository.relative_to(out)}, "
                          "so it may be a git repository now, and a build replaces its output folder whole: if that "
                          f"is not a repository of yours (an older Warta wrote .git/index.html for an alias "
                          f"`/.git/`), remove it (rm -r {shlex.quote(str(Path(shown) / repository.relative_to(out)))}) "
                          "and build again; otherwise choose another --output")
    if reason:
        raise OutputError(f"output folder {shown} is {reason}; Warta replaces its output folder whole and never "
                          "replaces that one: choose a folder of its own, such as _site")
    mounted = mounts_below(out)
    if mounted:
        raise OutputError(f"output folder {shown} has another file system mounted inside it ({mounted[0]}); a build "
                          "replaces the folder whole and would carry it away: unmount it, or choose another --output")


def _protected(out: Path) -> str | None:
    """Why `out` is a folder never to replace, or None."""
    if out == Path(out.anchor):
        return "the root of the file system"
    for home in _homes():
        if out == home:
            return "a home folder"
        if home.is_relative_to(out):
            return f"a folder holding the home folder {home}"
        if out.is_relative_to(home) and out.relative_to(home).parts[0].startswith("."):
            return f"inside the hidden folder {home / out.relative_to(home).parts[0]} of a home folder"
    try:
        here = Path(os.getcwd()).resolve()
    except OSError:  # the current folder was deleted
        here = None
    if here is not None and here.is_relative_to(out):
        return "the current folder" if here == out else "a folder holding the current folder"
    try:
        keys = key_folder().resolve()
    except RuntimeError:  # no home folder to be found
        keys = None
    if keys is not None and (out.is_relative_to(keys) or keys.is_relative_to(out)):
        return f"where Warta keeps its build-cache key ({keys})"
    if ".git" in out.parts:
        return "inside a git repository's .git folder"
    if _repository_in(out) is not None:
        return _REPOSITORY
    if os.name == "posix":
        text = out.as_posix()
        if text in _SYSTEM or any(out.is_relative_to(tree) for tree in _SYSTEM_TREES):
            return "a system folder"
        if out.parent == Path("/var") or _in_usr(out):
            return "a system folder"
    return None


def _in_usr(out: Path) -> bool:
    """/usr, a folder in it or in one of its folders, or one of installed software's below it
    (but not a web server's root, and not a site kept in, say, /usr/local/src)."""
    if not out.is_relative_to("/usr"):
        return False
    if len(out.relative_to("/usr").parts) <= 2:
        return True
    if any(out.is_relative_to(docroot) and out != Path(docroot) for docroot in _USR_DOCROOTS):
        return False
    return any(out.is_relative_to(tree) for tree in _USR_TREES)


_REPOSITORY = "a git repository, or holds one (a .git folder)"


def _repository_in(out: Path) -> Path | None:
    """The `.git` in `out`, or in a folder directly in it; None when there is none."""
    if os.path.lexists(out / ".git"):
        return out / ".git"
    try:
        with os.scandir(out) as listing:
            return next((Path(entry.path) / ".git" for entry in sorted(listing, key=lambda entry: entry.name)
                         if entry.is_dir(follow_symlinks=False) and os.path.lexists(os.path.join(entry.path, ".git"))),
                        None)
    except OSError:
        return None


def _homes() -> set[Path]:
    """The current user's home folder and every account's (root's, a web server's)."""
    homes = set()
    for home in [os.path.expanduser("~")] + [entry.pw_dir for entry in _accounts()]:
        if home and home not in ("/", "/nonexistent") and os.path.isabs(home):
            homes.add(Path(home).resolve())
    return homes


def _accounts() -> list:
    try:
        return pwd.getpwall()
    except OSError:  # pragma: no cover
        return []


def _refuse_foreign(shown: str, out: Path, inside: bool) -> None:
    """Refuse a folder that holds files Warta did not put there."""
    if not out.is_dir() or is_warta_output(out):
        return
    try:
        entries = sorted(name for name in os.listdir(out)
                         if name not in IGNORED_ENTRIES and not is_leftover(out / name))
    except OSError as exc:
        raise OutputError(f"cannot read the output folder {shown}: {exc.strerror}") from None
    if not entries:
        return
    listed = ", ".join(entries[:5]) + (f" and {len(entries) - 5} more" if len(entries) > 5 else "")
    raise OutputError(
        f"output folder {shown} already holds files that Warta did not make ({listed}); a build replaces its "
        "output folder whole and would delete them. Choose a new or empty folder (such as _site), move those "
        "files away, or pass --force-output to replace the folder and everything in it (also for a folder "
        f"built by a Warta version that left no {MARKER} file in it)")


def is_leftover(path: Path) -> bool:
    """A staging or old folder of a build inside its output (one killed while swapping entries in,
    or one running now)."""
    return path.name.startswith(INSIDE) and path.is_dir() and not path.is_symlink() and is_warta_output(path)


def _refuse_foreign_generation(out: Path, force: bool) -> None:
    """The folder beside the output that a build reuses (`.NAME.prev`) must be Warta's (unless
    forced) and this user's: it becomes the live site."""
    previous = generation(out)
    if not os.path.lexists(previous):
        return
    if previous.is_symlink() or not previous.is_dir() or not (force or is_warta_output(previous)):
        raise OutputError(f"{previous} is in the way: a build keeps the previous generation of {out.name} under that "
                          f"name, and this one holds no {MARKER} file; move it away (or, if a Warta version that "
                          "left no marker made it, pass --force-output once)")
    if previous.lstat().st_uid != os.getuid():
        raise OutputError(f"{previous} belongs to another user (uid {previous.lstat().st_uid}), and a build makes it "
                          "the live site; remove it")


def generation(out: Path) -> Path:
    """The folder beside the output holding the site as it was two builds ago, reused by the next."""
    return out.parent / f".{out.name}.prev"


def mark(folder: Path) -> None:
    """Leave the marker in `folder` (a staging folder from its first moment, an output replaced
    under --force-output before it becomes the reused generation)."""
    (folder / MARKER).write_bytes(MARKER_TEXT)


def is_warta_output(folder: Path) -> bool:
    """Whether `folder` holds the marker a build leaves in its output."""
    marker = folder / MARKER
    return os.path.isfile(marker) and not os.path.islink(marker)


def _mount_points() -> list[str]:
    """Every mount point (from /proc/self/mountinfo; none where there is no such file)."""
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return []
    return [_unescape(fields[4]) for fields in map(str.split, lines) if len(fields) > 4]


def is_mount_point(folder: Path) -> bool:
    """Whether `folder` is a mount point: another file system (os.path.ismount), or a bind mount
    of a folder of the same one (listed in /proc/self/mountinfo)."""
    return os.path.ismount(folder) or os.path.realpath(folder) in _mount_points()


def mounts_below(folder: Path) -> list[str]:
    """The mount points inside `folder` or inside its previous generation, sorted."""
    tops = [os.path.join(os.path.realpath(folder), ""), os.path.join(os.path.realpath(generation(folder)), "")]
    return sorted(point for point in _mount_points() if point.startswith(tuple(tops)))


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
