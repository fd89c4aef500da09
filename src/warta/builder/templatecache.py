"""Compiled templates kept between builds (Jinja2's bytecode cache), sealed with this user's key.

Jinja2 compiles each template it renders to Python code: parsing and compiling the six templates
of an article's page took 0.04 s of every rebuild of the bench site (issue 22). Jinja2 keeps that
code in a bytecode cache if given one, and loads it back with `marshal`: code run by the build, so
a file there that this user's build did not write must never be loaded. Each template's code is
written as a sealed state file (`statefiles.write_sealed`: the MAC of its name and bytes with the
key of the build state) and read only when that verifies (`read_sealed`). Jinja2 itself checks that
the code is its own version's, for this Python, and compiled from the template's current text (its
bucket holds a digest of the source); the folder is named by Warta's code version, so a new Warta
(or another Environment set-up) never loads an older one's, and older folders are removed.

What the build compiles is written only once it has succeeded (`save`, from the pipeline's last
stage): a build that stops writes nothing into the site's folder. (Templates compiled by worker
processes alone are compiled again next time they are needed.)"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import jinja2

from warta.builder.cache import state_key
from warta.builder.laststamp import code_version
from warta.builder.statefiles import Unverified, read_sealed, write_sealed

log = logging.getLogger(__name__)

PREFIX = "templates-"


class TemplateCache(jinja2.BytecodeCache):
    """Jinja2's bytecode cache in `folder` (`.warta-cache/templates-<code version>/`), sealed."""

    def __init__(self, folder: Path, key: bytes):
        self.folder, self.key = folder, key
        self.compiled: dict[str, bytes] = {}
        """The code compiled by this process, by bucket key, until `save`."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            data = read_sealed(self.folder / f"{bucket.key}.code", self.key)
        except FileNotFoundError:
            return
        except (Unverified, OSError, ValueError, EOFError) as exc:  # (compiled again, and written over)
            log.debug("not loading the compiled template %s (%s)", bucket.key, exc)
            return
        if type(data) is bytes:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()

    def save(self) -> None:
        """Write what this process compiled."""
        try:
            if self.compiled:
                self.folder.mkdir(parents=True, exist_ok=True)
            for name, code in self.compiled.items():
                write_sealed(self.folder / f"{name}.code", code, self.key)
        except OSError as exc:  # (the next build compiles them again)
            log.debug("not keeping the compiled templates in %s (%s)", self.folder, exc)
        self.compiled.clear()


def template_cache(cache: Path | None) -> TemplateCache | None:
    """The bytecode cache of the site's cache folder `cache` (None: no cache folder or no key); the
    folders of other versions of Warta are removed."""
    key = state_key() if cache is not None else None
    if cache is None or key is None:
        return None
    name = PREFIX + code_version()[:16]
    if (cache / name).is_symlink():  # (not a folder of ours: nothing is written through it)
        return None
    if cache.is_dir():
        for old in cache.glob(PREFIX + "*"):
            if old.name != name and old.is_dir() and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
    return TemplateCache(cache / name, key)
