"""The five raw seeds in ``tests/fixtures/seeds/`` and how to compare them with rendered text.

Shared by ``test_seed_fidelity.py`` (the hand-cleaned ``articles/``) and ``test_import_fidelity.py``
(the output of ``warta import``): the reviewed table of each seed's title and junk lines, the
sentence splitter and the in-order, whitespace-insensitive search.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT / "tests" / "fixtures" / "seeds"
"""The raw scraped texts the repository's articles were cleaned from, byte for byte as fetched
(kept in the repository so that a plain clone runs every fidelity test; issue 21)."""
SEED_SHA256 = {
    "000_7ab5e8bdff178791.txt": "c37bcdd621787f77aaa5a224d0fb94d740aba94a4a9b0a1966cb3246df34f881",
    "001_2bd3cbdbc2f4b9f1.txt": "a930365aaeccc837c1e19502b6d69b3f67105294f7817914c629d047fa6edec2",
    "002_ab3ff3a6ec674610.txt": "07b0aed91779d02c52bf7be5a5186c6f88d443a801ec777c8557b3d4111bedc1",
    "003_795630943dfc890e.txt": "350c039889bf0a0df8510f6ab706a767a12f96c040b7faeca48bbd5f1377ea8d",
    "004_59da566471c7c808.txt": "b3921f979713c53b8c87969090fefa0f706e71f78c4694931205896bf7a98bfc",
}
"""SHA-256 of each seed as fetched: a copy that an editor or a checkout changed is caught."""


# --------------------------------------------------------------------------
# Reviewed table: seed file -> article slug, title line, junk lines.
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Seed:
    slug: str
    # Title line(s) of the seed: excluded from the body check, must be the <h1>.
    # None when the seed has no title (004; its headline was written by the editor).
    title: str | None
    # Whole lines to drop (compared after stripping surrounding whitespace).
    junk: tuple[str, ...] = ()
    # Lines starting with one of these prefixes are dropped as well.
    junk_prefixes: tuple[str, ...] = ()


SEEDS: dict[str, Seed] = {
    "000_7ab5e8bdff178791.txt": Seed(
        slug="kolaborasi-scale-ai-meta-agi",
        title="Kolaborasi Antara Scale AI dan Meta dalam Pengembangan AGI",
    ),
    "001_2bd3cbdbc2f4b9f1.txt": Seed(
        slug="investasi-meta-scale-ai-10-alasan-strategis",
        title=(
            "Mengapa Investasi Meta di Scale AI Menandai Era Baru dalam Perlombaan"
            " Senjata AI: 10 Alasan Strategis yang Terungkap"
        ),
        junk=("Baca lebih lanjut",),
        # "Penulis: IAISEEK AI Editorial TeamWaktu Pembuatan: ...Terakhir Dimodifikasi: ..."
        # -> front matter author / date / updated.
        junk_prefixes=("Penulis:",),
    ),
    "002_ab3ff3a6ec674610.txt": Seed(
        slug="meta-suntik-rp230-triliun-ke-scale-ai",
        title="Meta Suntik Rp230 Triliun ke Scale AI, Google dan OpenAI Ogah Lanjut Kerja Sama?",
        junk=("2 months ago 19", "Read Entire Article", "Kepri | Aceh | Nabire | |"),
    ),
    "003_795630943dfc890e.txt": Seed(
        slug="retakan-kemitraan-meta-scale-ai",
        title="Retakan Terbentuk dalam Kemitraan Meta dengan Scale AI",
        junk=("Artikel Terkait",),
    ),
    "004_59da566471c7c808.txt": Seed(
        slug="openai-hentikan-kerja-sama-scale-ai",
        title=None,
        junk=("ZONA GADGET,",),  # publisher -> front matter `source`
    ),
}


# Sentence boundary: whitespace after . ! ? or …, optionally followed by closing
# quotes/brackets. Each alternative is a fixed-width look-behind.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][”’\"')\]»]))\s+")
_BULLET = re.compile(r"^[•·▪◦‣]\s*")


def squash(text: str) -> str:
    """NFC-normalise and remove all whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def norm_ws(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def is_junk(line: str, seed: Seed) -> bool:
    return (
        (seed.title is not None and line == seed.title)
        or line in seed.junk
        or any(line.startswith(p) for p in seed.junk_prefixes)
    )


def seed_units(text: str, seed: Seed) -> list[str]:
    """The seed's own text as an ordered list of sentences / heading / list lines.

    Junk and title lines are dropped. Paragraphs are runs of non-blank lines;
    lines of a paragraph are joined (a mid-sentence line break is not a
    boundary). A one-line paragraph without closing punctuation (heading) or a
    bullet line is its own unit; the bullet marker itself is not article text.
    """
    units: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            joined = " ".join(paragraph)
            units.extend(s for s in _SENTENCE_END.split(joined) if s.strip())
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        if is_junk(line, seed):
            continue
        if _BULLET.match(line):
            flush()
            units.append(_BULLET.sub("", line))
            continue
        paragraph.append(line)
    flush()
    return units


def dropped_lines(text: str, seed: Seed) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and is_junk(ln.strip(), seed)]


def first_missing(units: list[str], body_text: str) -> tuple[int, str, str] | None:
    """Check that units occur in body_text in order (whitespace-insensitive).

    Returns None on success, else (index, unit, body context at the search point).
    """
    haystack = squash(body_text)
    pos = 0
    for i, unit in enumerate(units):
        needle = squash(unit)
        found = haystack.find(needle, pos)
        if found < 0:
            anywhere = haystack.find(needle)
            where = "not found at all" if anywhere < 0 else f"found only earlier, at {anywhere} (out of order)"
            return i, unit, f"{where}; searching from offset {pos}: …{haystack[pos:pos + 120]}…"
        pos = found + len(needle)
    return None


SEED_IDS = [name.split("_", 1)[0] for name in SEEDS]
