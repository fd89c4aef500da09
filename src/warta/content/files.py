"""The site's own folders as the build may read them: nothing reached through a link that leaves
the site, no version-control folders, no files that are not regular files.

A symbolic link in `templates/`, `assets/` or `static/` to `/etc` or to a home folder would
publish whatever it points at; the build refuses such links (and links that loop back into
the folder holding them) before reading anything, with the same `path: what — fix` messages
as articles get. So it does a published file whose name holds a control character (no URL can
name it), and a file where one of these folders should be."""

from __future__ import annotations

import os
import re
import stat as stat_module
from pathlib import Path

from warta.errors import Problem
from warta.layout import PUBLISHED_FOLDERS, SITE_FOLDERS

SKIPPED_FOLDERS = frozenset({".git", ".hg", ".svn", "__pycache__", "node_modules"})
"""Never read from `static/` or `assets/`: a repository's history or tooling is not site content."""


def file_stamp(path: Path) -> tuple[int, int] | None:
    """(size, mtime_ns) of a file, None when there is none: what tells a later build that a file an
    article read (a picture) changed, came or went."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def top_level_names(root: Path, folder: str) -> tuple[str, ...]:
    """The names of the files and folders directly in `root/folder` (none when it is no folder)."""
    try:
        return tuple(sorted(os.listdir(root / folder)))
    except OSError:
        return ()


def folder_problems(root: Path, folders: tuple[str, ...] = SITE_FOLDERS) -> list[Problem]:
    """Every symbolic link under the site's folders that leads outside the site or loops, every
    published name with a control character, and a site folder that is not a folder."""
    real_root = root.resolve()
    problems: list[Problem] = []
    for name in folders:
        base = root / name
        if base.is_symlink():
            problems.extend(check_link(root, real_root, base))
        elif base.exists() and not base.is_dir():
            problems.append(Problem(name, None, None, "is a file, not a folder",
                                    f"rename or remove the file: {name}/ must be a folder, or not be there"))
        if not base.is_dir():
            continue
        published = name in PUBLISHED_FOLDERS
        for folder, dirs, files in os.walk(base):  # links to folders are listed, not followed
            dirs[:] = sorted(d for d in dirs if d not in SKIPPED_FOLDERS)
            for entry in sorted(dirs + files):
                path = Path(folder, entry)
                if path.is_symlink():
                    problems.extend(check_link(root, real_root, path))
                if published and _CONTROL.search(entry) and (entry in dirs or not entry.startswith(".")):
                    # Issue 21: this was "refusing to write …: it would leave the output folder".
                    char = _CONTROL.search(entry).group()
                    problems.append(Problem(path.relative_to(root).as_posix(), None, None,
                                            f"has a control character (U+{ord(char):04X}) in its name",
                                            "rename it; Warta does not publish such names"))
    return problems


_CONTROL = re.compile(r"[\x00-\x1f]")


def check_link(root: Path, real_root: Path, path: Path) -> list[Problem]:
    rel = path.relative_to(root).as_posix()
    target = Path(os.path.realpath(path))
    if not target.exists():
        return [Problem(rel, None, None, f"is a link to {os.readlink(path)}, which does not exist",
                        "remove the link or restore what it points to")]
    kind = "folder" if target.is_dir() else "file"
    if not target.is_relative_to(real_root):
        return [Problem(rel, None, None, f"is a link to a {kind} outside the site",
                        f"copy the {kind} into the site instead of linking it")]
    if kind == "folder" and Path(os.path.realpath(path.parent)).is_relative_to(target):
        return [Problem(rel, None, None, "is a link to a folder that holds it (a loop)", "remove the link")]
    return []


def linked_out(root: Path, folder: str) -> Problem | None:
    """The problem of `root/folder` (`articles`, `pages`) when it is a link to a folder outside the
    site, else None (defects23, finding 5: such a folder was read and published, and `warta new`
    wrote through it, while a linked `static/` or `templates/` was refused)."""
    base = root / folder
    if not base.is_symlink() or not base.is_dir():
        return None
    if Path(os.path.realpath(base)).is_relative_to(root.resolve()):
        return None
    return Problem(folder, None, None, f"is a link to a folder outside the site ({os.readlink(base)})",
                   f"make {folder}/ a folder of the site (copy or move the files into it)")


def read_tree(root: Path, folder: str) -> dict[str, bytes]:
    """Every regular file under `root/folder` by its path there, dot-files and version-control
    folders left out; links are followed only where `link_problems` found them safe."""
    base = root / folder
    if not base.is_dir():
        return {}
    files: dict[str, bytes] = {}
    seen: set[str] = set()
    for current, dirs, names in os.walk(base, followlinks=True):
        real = os.path.realpath(current)
        if real in seen:  # reached again through links: read each folder once
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_FOLDERS)
        for name in sorted(names):
            path = Path(current, name)
            if name.startswith(".") or not stat_module.S_ISREG(path.stat().st_mode):
                continue
            files[path.relative_to(base).as_posix()] = path.read_bytes()
    return files
