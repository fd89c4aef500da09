"""File names that are not UTF-8 (a zip archive's, an old Windows copy's `caf\\xe9.md`): one clear
problem naming the folder and the name's bytes, instead of a traceback where the name is encoded."""

from __future__ import annotations

import os
from pathlib import Path

from warta.errors import Problem


def decodable(text: str) -> bool:
    """Whether `text` (a name from the file system) is UTF-8 (holds no escaped byte)."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def undecodable_name(root: Path, path: Path) -> Problem:
    """The problem of `path` (below the site `root`), whose name is not UTF-8."""
    folder = path.parent
    try:
        shown = folder.relative_to(root).as_posix()
    except ValueError:
        shown = str(folder)
    shown = os.fsencode(shown).decode("utf-8", "backslashreplace") if shown else "."
    return Problem(shown, None, None, f"the file name {os.fsencode(path.name)!r} is not UTF-8",
                   "rename it (for example with `convmv -f latin1 -t utf-8`): Warta reads only UTF-8 names")
