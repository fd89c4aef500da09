"""Compiled templates kept between builds (Jinja2's bytecode cache), sealed with this user's key.

Jinja2 compiles each template it renders to Python code: parsing and compiling the six templates
of an article's page took 0.04 s of every rebuild of the bench site (issue 22). Jinja2 keeps that
code in a bytecode cache if given one, and loads it back with `marshal`: code run by the build, so
a file there that this user's build did not write must never be loaded. Each template's code is
written as a sealed state file (`statefiles.write_sealed`: the MAC of its name and bytes with the
key of the build state) and read only when that verifies (`read_sealed`). Jinja2 itself checks that
the code is its own version's, for this Python, and compiled from the template's current text (its
bucket holds a digest of the source).

The code is not a function of the template's text alone: Jinja2 works out a filter applied to a
constant while compiling (`{{ "tag/"|url }}` becomes "/berita/tag/"), and the filters are made from
the config (`url`, `absolute`, the dates) and the hashed assets (`asset`). So the folder is named by a
digest of everything the Environment is made from (`environment_key`: Warta's code, the config with
any `--base-url`, the assets' hashed names): another base URL, `warta serve`'s included, compiles
into another folder. (A hostile probe found a cache keyed by Warta's version alone writing the old
base path into every page after `base_url` changed.) The three folders used last are kept, the others
removed; `--clean` neither reads nor writes any.

What the build compiles is written only once it has succeeded (`save`, from the pipeline's last
stage): a build that stops writes nothing into the site's folder. (Templates compiled by worker
processes alone are compiled again next time they are needed.)"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from pathlib import Path

import jinja2

from warta.builder.cache import state_key
from warta.builder.statefiles import Unverified, read_sealed, write_sealed
from warta.render.templates import TemplateAnalysis

log = logging.getLogger(__name__)

PREFIX = "templates-"
ANALYSES = "analyses"
"""The file of the templates' analyses in a cache folder."""
MAX_ANALYSES = 1000
"""More analyses than this (templates edited many times) and only those of the last build are kept."""


class TemplateCache(jinja2.BytecodeCache):
    """Jinja2's bytecode cache in `folder` (`.warta-cache/templates-<environment key>/`), sealed."""

    def __init__(self, folder: Path, key: bytes):
        self.folder, self.key = folder, key
        self.compiled: dict[str, bytes] = {}
        """The code compiled by this process, by bucket key, until `save`."""
        self.analyses: dict[str, TemplateAnalysis] = self._analyses()
        """What parsing each template found (`render.templates.TemplateDependencies.known`): kept
        beside the code, and written again when a build added to it."""
        self._analysed = len(self.analyses)

    def _analyses(self) -> dict[str, TemplateAnalysis]:
        found = self._read(ANALYSES)
        if type(found) is not dict or not all(type(value) is TemplateAnalysis for value in found.values()):
            return {}
        return found

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self._read(f"{bucket.key}.code")
        if type(data) is bytes:
            bucket.bytecode_from_string(data)

    def _read(self, name: str) -> object:
        """The value sealed in the file `name` of the folder; None when there is none, or one that does
        not verify (made again, and written over)."""
        try:
            return read_sealed(self.folder / name, self.key)
        except FileNotFoundError:
            return None
        except (Unverified, OSError, ValueError, EOFError) as exc:
            log.debug("not using %s in %s (%s)", name, self.folder, exc)
            return None

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()

    def save(self) -> None:
        """Write what this process compiled."""
        try:
            if self.compiled or len(self.analyses) != self._analysed:
                self.folder.mkdir(parents=True, exist_ok=True)
            for name, code in self.compiled.items():
                write_sealed(self.folder / f"{name}.code", code, self.key)
            if len(self.analyses) != self._analysed:
                kept = self.analyses
                if len(kept) > MAX_ANALYSES:  # (each edit of a template adds one: start again from this build's)
                    kept = dict(list(kept.items())[self._analysed:])
                write_sealed(self.folder / ANALYSES, kept, self.key)
                self._analysed = len(self.analyses)
        except OSError as exc:  # (the next build compiles them again)
            log.debug("not keeping the compiled templates in %s (%s)", self.folder, exc)
        self.compiled.clear()


def template_cache(cache: Path | None, environment: str) -> TemplateCache | None:
    """The bytecode cache of the Environment `environment` names (`environment_key`) in the site's
    cache folder `cache` (None: no cache folder or no key); the other folders but the two used last
    are removed."""
    key = state_key() if cache is not None else None
    if cache is None or key is None:
        return None
    folder = cache / (PREFIX + environment[:32])
    if folder.is_symlink():  # (not a folder of ours: nothing is written through it)
        return None
    try:
        os.utime(folder)  # (used last: kept)
    except OSError:
        pass
    if cache.is_dir():
        others = sorted((old for old in cache.glob(PREFIX + "*")
                         if old != folder and old.is_dir() and not old.is_symlink()),
                        key=lambda old: old.stat().st_mtime_ns, reverse=True)
        for old in others[KEPT - 1:]:
            shutil.rmtree(old, ignore_errors=True)
    return TemplateCache(folder, key)


KEPT = 3
"""How many Environments' compiled templates a site's cache keeps (a site built and served)."""


def environment_key(config_key: str, assets: tuple[str, ...]) -> str:
    """A digest of what an Environment is made from: `config_key` (a digest of the config and
    Warta's code: `Loaded.articles_key`) and the hashed assets' paths."""
    return hashlib.sha256("\0".join((config_key, *assets)).encode()).hexdigest()
