"""A table of contents as a whole (issue 19, fifteenth pass): a label ("Daftar Isi", "Isi Artikel", "Table of
Contents") over lines that repeat, in order, headings that stand further down the story. The page lists the story's
sections above it; the sections themselves are the story's, their list is the page's furniture. Only the list goes:
a line that repeats nothing below it ends the list and stays, and the headings it repeats stay where they stand.

Pure; linear in the lines (each entry looks ahead once)."""

from __future__ import annotations

import re

from warta.importer.text import lines as shapes
from warta.importer.text.blocks import Context

REASON = "table of contents (its entries repeat the story's headings below)"
COLLAPSED = "table of contents, folded (its label and the button that shows its entries)"

_LABELS = frozenset({"daftar isi", "daftar isi artikel", "isi artikel", "isi berita", "isi halaman", "isi konten",
                     "table of contents", "contents", "konten artikel", "navigasi artikel", "dalam artikel ini",
                     "di artikel ini", "in this article", "on this page", "di halaman ini"})
# "Daftar Isi [tampilkan]", "Daftar Isi ▾", "Table of Contents (hide)": the label with its toggle
_TOGGLE_WORDS = r"(?:tampilkan|sembunyikan|tutup|buka|lihat|show|hide|toggle|expand|collapse)"
_LABEL_TOGGLE = re.compile(rf"\s*[\[(]\s*{_TOGGLE_WORDS}\s*[\])]\s*$", re.IGNORECASE)
# "Tampilkan semua ▾", "Lihat selengkapnya", "Show all": the list's own button, under or among its entries
_TOGGLE = re.compile(rf"{_TOGGLE_WORDS}(?:\s+(?:semua|all|more|selengkapnya|lainnya|lengkap|daftar\s+isi))?"
                     r"[\s\W]*", re.IGNORECASE)
_LABEL_WORDS = 4
"""Words at most of a label (a line looked at no further when longer: the headline's choice asks of each line)."""
_ENTRY_WORDS = 20
"""Words at most of an entry of a table of contents (a heading's words)."""
_ENTRIES = 2
"""Entries at least under the label that make a table of contents."""


def table_of_contents(lines: Context, taken: set[int]) -> dict[int, str]:
    """The lines of each table of contents (its label, its entries, its toggle), index -> reason."""
    found: dict[int, str] = {}
    for index in range(len(lines.items)):
        if index in found or not label(_seen(lines, index)):
            continue
        entries = _entries(lines, taken, index)
        if entries:
            found.update((i, REASON) for i in (index, *entries) if lines.kept(i) and i not in taken)
        elif _LABEL_TOGGLE.search(_seen(lines, index)) and lines.kept(index) and index not in taken:
            found[index] = COLLAPSED  # "Daftar Isi [tampilkan]": its button to show the entries (forty-first pass)
    return found


def label(text: str) -> bool:
    """A table of contents' label: "Daftar Isi", "Isi Artikel:", "Table of Contents [hide]"."""
    text = _LABEL_TOGGLE.sub("", text)
    return len(text.split()) <= _LABEL_WORDS and _key(text) in _LABELS


def _entries(lines: Context, taken: set[int], label_index: int) -> list[int]:
    """The entries under the label at `label_index` (and a toggle among or under them), when two at least each
    repeat a kept line below the list, in the order of the list; else nothing."""
    entries: list[int] = []
    toggles: list[int] = []
    index = label_index + 1
    while index < len(lines.items):
        if not lines.kept(index) or index in taken:
            index += 1  # a blank, or a line taken out already ("Tampilkan semua ▾" as a widget)
            continue
        text = lines.text(index)
        if _TOGGLE.fullmatch(text):
            toggles.append(index)
        elif len(text.split()) <= _ENTRY_WORDS and _key(text) and _repeated_below(lines, taken, index):
            entries.append(index)
        else:
            break
        index += 1
    if len(entries) < _ENTRIES or not _in_order(lines, taken, entries):
        return []
    return entries + toggles  # (a toggle stands among the entries or right under them: the walk ends below)


def _repeated_below(lines: Context, taken: set[int], index: int) -> bool:
    key = _key(lines.text(index))
    return any(_key(lines.text(j)) == key for j in range(index + 1, len(lines.items))
               if lines.kept(j) and j not in taken)


def _in_order(lines: Context, taken: set[int], entries: list[int]) -> bool:
    """Each entry repeats a kept line below the last entry, and each one further down than the one before."""
    at = entries[-1]
    for entry in entries:
        key = _key(lines.text(entry))
        at = next((j for j in range(at + 1, len(lines.items))
                   if lines.kept(j) and j not in taken and _key(lines.text(j)) == key), -1)
        if at < 0:
            return False
    return True


def _key(text: str) -> str:
    """An entry or a heading as compared: without its number or bullet, its closing colon or full stop,
    casefolded with its spaces folded ("1. Ditemukan Nelayan" and "Ditemukan nelayan:" are one)."""
    item = shapes.ordered_item(text)
    text = item[1] if item is not None else (shapes.bullet_item(text) or text)
    return " ".join(text.casefold().split()).strip(" .:;-–—▾▸▼►")


def _seen(lines: Context, index: int) -> str:
    return lines.text(index) if lines.kept(index) else lines.removed_text.get(index, "")
