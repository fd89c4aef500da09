"""The search index: Pagefind run over the staged article pages, with Indonesian stemming."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import cbor2

from warta.errors import WartaError
from warta.model.urls import ARTICLE_DIR
from warta.render.pages import OutputFile

SEARCH_DIR = "pagefind"
"""Where the index lives in the output folder."""
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
"""Pagefind's own interfaces: Warta's search page has its own small script (aset/search.js)."""


class SearchIndexError(WartaError):
    """Pagefind is missing or failed."""


def pagefind_executable() -> Path:
    """The Pagefind binary from the `pagefind[bin]` wheel (or PAGEFIND_BINARY_PATH, or PATH)."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        raise SearchIndexError("search needs the Python package pagefind with its binary: "
                               "pip install 'pagefind[bin]', or build with --no-search") from None
    executable = get_executable()
    if executable is None or not executable.exists():
        raise SearchIndexError("the Pagefind binary was not found: pip install 'pagefind[bin]' "
                               "(or set PAGEFIND_BINARY_PATH), or build with --no-search")
    return executable


def build_search_index(site: Path, language: str, pages: tuple[str, ...] = ()) -> tuple[OutputFile, ...]:
    """Index the article pages of the built site in `site`, and the files `pages` (of pages that are
    not articles: `tentang/index.html`); return the index files.

    Only what the pages mark with `data-pagefind-body` is indexed (headline, summary, body,
    editor's note and tags), with `language` forced so Pagefind applies its Indonesian
    stemming. The binary is run directly: the Python API's service answers one message per
    0.1 s, which takes a quarter of an hour for 10,000 pages."""
    executable = pagefind_executable()
    folder = Path(tempfile.mkdtemp(prefix="warta-pagefind-"))
    # (Slugs hold only a-z, 0-9 and hyphens: nothing a glob would read as a pattern.)
    glob = f"{ARTICLE_DIR}/**/*.html" if not pages else "{" + ",".join((f"{ARTICLE_DIR}/**/*.html", *pages)) + "}"
    try:
        command = [str(executable), "--site", str(site), "--glob", glob,
                   "--output-path", str(folder), "--force-language", language, "--silent"]
        try:
            result = subprocess.run(command, capture_output=True, text=True)
        except OSError as exc:
            raise SearchIndexError(f"Pagefind could not run ({exc.strerror}); build with --no-search to skip "
                                   "the search index") from None
        if result.returncode != 0 or not (folder / "pagefind-entry.json").exists():
            detail = " ".join((result.stderr or result.stdout).split())[:500] or f"exit status {result.returncode}"
            raise SearchIndexError(f"Pagefind failed while indexing: {detail}; build with --no-search to skip "
                                   "the search index")
        canonicalise_filters(folder)
        files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in UNUSED)
        return tuple(OutputFile(f"{SEARCH_DIR}/{p.relative_to(folder).as_posix()}", p.read_bytes()) for p in files)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_MAGIC = b"pagefind_dcd"


def _read(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_MAGIC):
        raise SearchIndexError(f"unexpected Pagefind file format in {path.name}; this Warta expects pagefind 1.5")
    return cbor2.loads(data[len(_MAGIC):])


def _encode(value) -> bytes:
    return gzip.compress(_MAGIC + cbor2.dumps(value), compresslevel=9, mtime=0)


def _name(prefix: str, data: bytes, length: int) -> str:
    return f"{prefix}_{hashlib.sha256(data).hexdigest()[:length]}"


def canonicalise_filters(folder: Path) -> None:
    """Make Pagefind's filter files byte-identical between runs.

    Pagefind writes filter values (tags, categories) in hash-map order, which changes from one
    process to the next, and names each file after its content; so two builds of the same site
    would differ. Sort the values and the filter list, rename the files after their new content,
    and point the language's meta file and pagefind-entry.json at the new names."""
    entry_path = folder / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, info in entry["languages"].items():
        meta_path = folder / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        renamed = {}
        for name, filter_hash in meta[3]:
            old = folder / "filter" / f"{filter_hash}.pf_filter"
            filter_name, values = _read(old)
            data = _encode([filter_name, sorted(values, key=lambda v: v[0])])
            new_hash = _name(language, data, 7)
            old.unlink()
            (folder / "filter" / f"{new_hash}.pf_filter").write_bytes(data)
            renamed[name] = new_hash
        meta[3] = sorted([name, renamed[name]] for name in renamed)
        data = _encode(meta)
        meta_hash = _name(language, data, 10)
        meta_path.unlink()
        (folder / f"pagefind.{meta_hash}.pf_meta").write_bytes(data)
        info["hash"] = meta_hash
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
