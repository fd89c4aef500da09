"""Whether anything changed since the last build: the stamp of the inputs, and the head of the build
state that holds the last run's stamp and report.

A no-op build (`pipeline`, step 0) is answered from this module alone: it stats every input file,
reads the small head file and compares. It imports nothing of the stages (Markdown, Jinja2, the
link check, the model), nor does anything the head holds when unpickled, so that "nothing changed"
costs the stat calls and one file's read rather than importing the whole builder (issue 22: the
imports took 0.27 s of a 0.46 s no-op of 10,000 articles). `carryover.py` owns the rest of the
state (a database of rows) and writes the head.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat as stat_module
import time
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from warta import __version__
from warta.builder.cache import state_key
from warta.builder.report import BuildReport
from warta.builder.statefiles import FORMAT, Unverified, head_file, read_sealed
from warta.names import decodable, undecodable_name
from warta.errors import ContentError
from warta.layout import RACY_NS
from warta.pickling import FastPickle

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def code_version() -> str:
    """Warta's version and a digest of its own code: a state written by other code is not reused
    (an upgrade, or a developer's edit, can change what any output looks like)."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent.parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + source.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


class ClockSpan(NamedTuple):
    """The span [start, end) around the build clock in which no output changes (None: unbounded);
    `fingerprints.clock_span` finds it."""

    start: datetime | None
    end: datetime | None

    def holds(self, now: datetime) -> bool:
        return (self.start is None or self.start <= now) and (self.end is None or now < self.end)


class OutputStamp(NamedTuple):
    """Which folder the output is, and as the last build left it."""

    path: str
    """Resolved path."""
    inode: int
    mtime_ns: int


def output_stamp(output: Path) -> OutputStamp | None:
    try:
        info = output.stat()
    except OSError:
        return None
    return OutputStamp(os.path.realpath(output), info.st_ino, info.st_mtime_ns)


class InputStamp(NamedTuple):
    """A digest of every input file's metadata (path, size, mtime), the options and Warta's code."""

    digest: str
    racy: bool
    """Some file changed so recently that its timestamp cannot be trusted yet: not to be remembered
    (the next build then does the work and remembers the stamp; see `scan_inputs`)."""


@dataclass(frozen=True, slots=True)
class LastRun(FastPickle):
    """What decides whether a build may stop at once, and what it then reports."""

    inputs: str
    """`InputStamp.digest`; empty when a file was too recent to trust."""
    clock: ClockSpan
    """The build clock may move within it without changing the output."""
    output: OutputStamp | None
    report: BuildReport
    """Light to unpickle: its schedule is a `ScheduleSummary`, its warnings `Problem`s."""
    timezone: str
    """The site's time zone, for a naive `--now`."""
    searched: bool
    """The output holds a search index."""

    def unchanged_report(self, inputs: InputStamp, now: datetime, output: Path) -> BuildReport | None:
        """The report of this run when it still stands: same inputs and options, the output folder
        as that build left it, and the clock within the span where nothing changes."""
        if not self.inputs or self.inputs != inputs.digest or self.output != output_stamp(output):
            return None
        if now.tzinfo is None:
            now = now.replace(tzinfo=ZoneInfo(self.timezone))
        return self.report if self.clock.holds(now) else None


@dataclass(frozen=True, slots=True)
class Head:
    """The state's head file: small, read first."""

    format: int
    version: str
    """`code_version()` of the Warta that wrote it."""
    last: LastRun | None
    articles_key: str
    """Digest of what parsing an article depends on besides its file (config, Warta's code)."""
    generation: str
    """The random token sealed into the state database written with this head (`carryover.read`
    trusts a database only when it holds this one); empty when none was written."""


def read_head(folder: Path | None, output: Path) -> Head | None:
    """The head of the last build's state into `output`: enough to tell that nothing changed, read
    in milliseconds where the whole state takes a second for 10,000 articles. None without a cache
    `folder`, a key or a head that verifies."""
    key = state_key()
    if folder is None or key is None:
        return None
    return read_head_file(head_file(folder, output), key)


def read_head_file(path: Path, key: bytes, quiet: bool = False) -> Head | None:
    """The head in `path`, if it verifies with `key` and this code wrote it; else None (said unless
    `quiet`)."""
    try:
        head = read_sealed(path, key)
    except FileNotFoundError:
        return None
    except Unverified as exc:
        if not quiet:
            log.warning("%s; building everything", exc)
        return None
    except Exception as exc:  # a damaged file: start over, never fail the build
        if not quiet:
            log.warning("ignoring the damaged build cache %s (%s); building everything", path, exc)
        return None
    if not isinstance(head, Head) or head.format != FORMAT or head.version != code_version():
        return None
    return head


def unchanged_run(head: Head | None, inputs: InputStamp, now: datetime, output: Path) -> BuildReport | None:
    """The last build's report when nothing it was made from changed (`LastRun.unchanged_report`)."""
    if head is None or head.last is None:
        return None
    return head.last.unchanged_report(inputs, now, output)


def scan_inputs(paths: list[Path], options_key: str) -> InputStamp:
    """A stamp of the metadata (path, size, mtime) of every file under `paths`, plus the options.

    A file changed less than RACY_NS before the scan makes the stamp racy: it may change again
    within the same timestamp tick, after the build read it, and a later scan would not see it. A
    racy stamp is not remembered, so the build after one (typically the first no-op after an edit
    and a build started at once) does its work again, carrying everything over, and remembers a
    stamp that can be trusted."""
    parts = [options_key]
    racy = False
    oldest_trusted = time.time_ns() - RACY_NS
    for top in paths:
        if top.is_file():
            entries = [(str(top), top.stat())]
        elif top.is_dir():
            entries = sorted(_regular_files(str(top)))
        else:
            parts.append(f"missing {top}\n")
            continue
        for path, info in entries:
            mtime = info.st_mtime_ns
            racy = racy or mtime > oldest_trusted
            parts.append(f"{path}\0{info.st_size}\0{mtime}\n")
    text = "".join(parts)
    try:
        data = text.encode()
    except UnicodeEncodeError:  # (defects23, finding 3: a name that is not UTF-8 was a traceback here)
        site = Path(os.path.realpath(os.path.dirname(paths[0])))
        raise ContentError([undecodable_name(site, Path(path)) for top in paths if top.is_dir()
                            for path, _ in sorted(_regular_files(str(top))) if not decodable(path)]
                           or [undecodable_name(site, Path(str(top))) for top in paths if not decodable(str(top))]) from None
    return InputStamp(hashlib.sha256(data).hexdigest(), racy)


def _regular_files(top: str):
    """(path, stat) of every regular file below `top`, links followed as the build follows them
    (`content.files.read_tree`, Jinja2's loader): a link to a folder elsewhere in the site (the
    folder holding `top`) is walked, each folder once; one that leads outside it is not (the
    build refuses it, `content.files.folder_problems`). (`os.scandir` rather than `os.walk` and
    `os.stat`: one stat call per file and no path joined in Python, a third of a 10,000-article
    no-op's scan.)"""
    site = Path(os.path.realpath(os.path.dirname(top)))
    seen: set[str] = set()
    folders = [top]
    while folders:
        folder = folders.pop()
        real = os.path.realpath(folder)
        if real in seen:  # reached again through links (or a loop): walk it once
            continue
        seen.add(real)
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir():
                    if not entry.is_symlink() or Path(os.path.realpath(entry.path)).is_relative_to(site):
                        folders.append(entry.path)
                    continue
                info = entry.stat()
            except OSError:
                continue
            if stat_module.S_ISREG(info.st_mode):
                yield entry.path, info
