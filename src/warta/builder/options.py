"""What the editor asked a build for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What the editor asked for."""

    root: Path
    """Site root: holds `warta.yaml`, `articles/`, optional `templates/`, `assets/`, `static/`."""
    output: Path
    """Output folder, replaced whole on success."""
    now: datetime
    """The build's clock: decides future and expired articles (naive = the site's time zone)."""
    base_url: str | None = None
    """Overrides the config's base_url."""
    drafts: bool = False
    """Include drafts."""
    future: bool = False
    """Include articles dated after `now`."""
    strict: bool = False
    """Treat warnings as errors."""
    search: bool = True
    """Build the Pagefind search index, the search page and the search box."""
    jobs: int | None = None
    """Worker processes for Markdown, pages and cards (None: one per CPU)."""
    clean: bool = False
    """Ignore the build cache: parse, render and compare everything (social cards stay cached)."""
    wait: bool = True
    """Another build of the same site is running: wait for it (else stop with BuildLockedError)."""
    force_output: bool = False
    """Replace the output folder even when it holds files Warta did not make (`outdir`)."""
    scheduler: str | None = None
    """A Dask scheduler's address: render there (`builder/cluster.py`), whatever the config's
    `cluster.scheduler` says; None: where the config says, else in this machine's processes."""
