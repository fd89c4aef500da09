"""Advertisements set in the story's column: an offer closed by its button, the call under an "ADVERTISEMENT"
mark (issue 19, seventh pass).

A shop's or lender's banner between two story paragraphs reads, line by line, almost like text: "DAPATKAN JERSEY
KANDANG ... DI ... STORE" is a headline in capitals, "Gratis ongkir ke seluruh Malang Raya. Belanja sekarang!"
two short sentences, "Cek simulasi kredit motor impianmu di sini" a sentence without its full stop. What gives
them away is their shape as a whole: an offer whose last sentence is a button (`offers`), with the call above it
in capitals or as an order to the reader; a call to the reader right under the page's own advertisement mark
(`under_the_mark`). Pure; linear in the lines."""

from __future__ import annotations

import re

from warta.importer.text import blocks
from warta.importer.text import boilerplate
from warta.importer.text import lines as shapes

_OFFER_WORDS = 20
"""Words at most of an offer with its button ("Diskon 15% untuk member. Belanja sekarang »")."""
_CALL_WORDS = 14
"""Words at most of the advertisement's call above its offer, or under the advertisement mark."""
_SENTENCES = re.compile(r"(?<=[.!?…])\s+")
_AD_MARK = "advertisement"
"""The reason `boilerplate.pattern_reason` gives the page's own mark ("ADVERTISEMENT", "Iklan", "Sponsored")."""


def offers(lines: blocks.Context, taken: set[int]) -> dict[int, str]:
    """An offer whose last sentence is its button ("Gratis ongkir ke seluruh Malang Raya. Belanja sekarang!"),
    and the call right above it (a blank line between may be) when it is in capitals or orders the reader."""
    found: dict[int, str] = {}
    for i, item in enumerate(lines.items):
        if item is None or i in taken or not _offer(item[1]):
            continue
        found[i] = "advertisement (an offer and its button)"
        above = _nearest_kept(lines, i, -1)
        if above is not None and above not in taken and _banner_call(lines.text(above)):
            found[above] = "advertisement (an offer and its button)"
    return found


def _offer(text: str) -> bool:
    """Short sentences, the last a button, the others an offer: "Diskon 15% untuk member. Belanja sekarang »"."""
    parts = _SENTENCES.split(text.rstrip(" »›>").strip())
    if len(parts) < 2 or len(text.split()) > _OFFER_WORDS or text.startswith(shapes.OPENERS):
        return False
    # (a button has no full stop: "Pendaftaran dibuka sekarang." is the story's sentence)
    return (not parts[-1].endswith(".") and blocks.button(parts[-1].rstrip("!"))
            and blocks.offers_something(" ".join(parts[:-1])))


def _banner_call(text: str) -> bool:
    """An advertisement's call: a few words, no full stop, in capitals or starting with an order."""
    if len(text.split()) > _CALL_WORDS or shapes.ends_sentence(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 10 and all(c.isupper() for c in letters)) or blocks.orders(text)


def under_the_mark(lines: blocks.Context, story: frozenset[int], taken: set[int]) -> dict[int, str]:
    """The call right under the page's "ADVERTISEMENT" mark ("Cek simulasi kredit motor impianmu di sini"), and
    a short label under it without a blank between ("Simulasi Kredit"): an order or the reader addressed,
    without a full stop."""
    found: dict[int, str] = {}
    for mark, reason in lines.removed.items():
        if reason != _AD_MARK:
            continue
        first = _nearest_kept(lines, mark, +1)
        if (first is None or first in taken or first in story or not _mark_call(lines.text(first))
                or _subheading(lines, first, story)):
            continue
        found[first] = "advertisement (its call under the mark)"
        label = first + 1
        if (label < len(lines.items) and lines.kept(label) and label not in taken and label not in story
                and len(lines.text(label).split()) <= 3 and not shapes.ends_sentence(lines.text(label))
                and not shapes.list_item(lines.text(label))):
            found[label] = "advertisement (its call under the mark)"
    return found


# The button after a dash closing an ad's title: "Jual Bawang Merah Grosir — Hubungi Kami"
_DASHED_TAIL = re.compile(r".+\s[—–-]\s+(?P<button>[^—–-]+)")


def _mark_call(text: str) -> bool:
    # (a listicle's numbered heading is the story's: "6. Simpan dengan Cara Digulung" under the mark; a seller's
    # title closed by its button after a dash, "Jual ... — Hubungi Kami", is the ad's, issue 19, thirty-seventh pass)
    dashed = _DASHED_TAIL.fullmatch(text)
    return (len(text.split()) <= _CALL_WORDS and not shapes.ends_sentence(text)
            and shapes.ordered_item(text) is None
            and (blocks.orders(text) or blocks.call(text) or (dashed is not None and blocks.button(dashed["button"]))))


def _subheading(lines: blocks.Context, index: int, story: frozenset[int]) -> bool:
    """The story's subheading under the mark, over its own paragraph ("Pilih Tempat Penyimpanan yang Bernapas"):
    each word but a function word capitalised, the reader not addressed, nothing offered, and the story's prose
    right under it. An advertisement's call speaks to the reader in a sentence's case ("Cek simulasi kredit
    impianmu di sini") or offers something (issue 19, thirty-sixth pass)."""
    text = lines.text(index)
    words = [word for word in text.split() if word.casefold() not in boilerplate.FUNCTION_WORDS]
    below = _nearest_kept(lines, index, +1)
    return (len(words) >= 3 and all(word[0].isupper() or word[0].isdigit() for word in words)
            and not blocks.addresses(text) and not blocks.offers_something(text)
            and below is not None and below in story)


def _nearest_kept(lines: blocks.Context, index: int, step: int) -> int | None:
    """The nearest kept line before (step -1) or after (+1) `index`, over blank lines only."""
    index += step
    while 0 <= index < len(lines.items):
        if lines.kept(index):
            return index
        if index in lines.removed:
            return None
        index += step
    return None
