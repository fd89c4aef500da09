"""Fidelity of the cleaned articles in ``articles/`` to the raw scraped seeds.

The five seeds in ``shared/seeds/`` (checked out next to this repository) were
cleaned by hand into ``articles/<slug>.md``. The cleaning rules allow only:
dropping scraping junk (repeated titles, view counters, "Baca lebih lanjut", ...),
rejoining lines broken mid-sentence, re-inserting spaces that scraping glued
away, and Markdown structure (headings, lists, blockquotes, escapes).

This test builds the real site once and checks, for every seed, that each
sentence of the seed's own text appears in the rendered article body in the
original order (comparison ignores all whitespace, so rejoined lines and
re-inserted spaces still match), that no junk string survived, and that the
title is the page's <h1>.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

if not SEEDS_DIR.is_dir():
    pytest.skip(
        f"seed folder {SEEDS_DIR} not found (the repo must be checked out next to shared/)",
        allow_module_level=True,
    )

lxml_html = pytest.importorskip("lxml.html")


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

BUILD_NOW = "2026-11-21T12:00:00+07:00"
BODY_XPATH = "//div[contains(concat(' ', normalize-space(@class), ' '), ' article-body ')]"

# Sentence boundary: whitespace after . ! ? or …, optionally followed by closing
# quotes/brackets. Each alternative is a fixed-width look-behind.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][”’\"')\]»]))\s+")
_BULLET = re.compile(r"^[•·▪◦‣]\s*")


# --------------------------------------------------------------------------
# Helpers (pure functions, no engine needed)
# --------------------------------------------------------------------------


def squash(text: str) -> str:
    """NFC-normalise and remove all whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def norm_ws(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _is_junk(line: str, seed: Seed) -> bool:
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
        if _is_junk(line, seed):
            continue
        if _BULLET.match(line):
            flush()
            units.append(_BULLET.sub("", line))
            continue
        paragraph.append(line)
    flush()
    return units


def dropped_lines(text: str, seed: Seed) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and _is_junk(ln.strip(), seed)]


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


# --------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        from warta.cli import main
    except ImportError:
        src = REPO_ROOT / "src"
        if str(src) not in sys.path:
            sys.path.insert(0, str(src))
        from warta.cli import main

    out = tmp_path_factory.mktemp("seed-fidelity") / "site"
    rc = main(
        [
            "build",
            "--source",
            str(REPO_ROOT),
            "--output",
            str(out),
            "--now",
            BUILD_NOW,
            "--quiet",
        ]
    )
    assert rc == 0, f"warta build returned {rc}"
    return out


def _page(built_site: Path, slug: str):
    page = built_site / "artikel" / slug / "index.html"
    assert page.is_file(), f"built article page missing: {page}"
    return lxml_html.parse(str(page)).getroot()


def _body_text(root, slug: str) -> str:
    bodies = root.xpath(BODY_XPATH)
    assert len(bodies) == 1, f"{slug}: expected one div.article-body, found {len(bodies)}"
    return bodies[0].text_content()


# --------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------

SEED_IDS = [name.split("_", 1)[0] for name in SEEDS]


@pytest.mark.parametrize("seed_name", list(SEEDS), ids=SEED_IDS)
def test_table_matches_seed(seed_name: str) -> None:
    """The reviewed table is accurate: the seed and article exist, every junk entry
    and the title really occur in the seed, and something is left to check."""
    seed = SEEDS[seed_name]
    path = SEEDS_DIR / seed_name
    assert path.is_file(), f"seed missing: {path}"
    assert (REPO_ROOT / "articles" / f"{seed.slug}.md").is_file(), f"article missing: articles/{seed.slug}.md"
    text = path.read_text(encoding="utf-8")
    dropped = dropped_lines(text, seed)
    for junk in seed.junk:
        assert junk in dropped, f"{seed_name}: junk line {junk!r} not found in seed"
    for prefix in seed.junk_prefixes:
        assert any(d.startswith(prefix) for d in dropped), f"{seed_name}: no line starts with {prefix!r}"
    if seed.title is not None:
        assert seed.title in dropped, f"{seed_name}: title line {seed.title!r} not found in seed"
    assert len(seed_units(text, seed)) >= 5, f"{seed_name}: suspiciously little text left"


@pytest.mark.parametrize("seed_name", list(SEEDS), ids=SEED_IDS)
def test_every_sentence_rendered_in_order(built_site: Path, seed_name: str) -> None:
    seed = SEEDS[seed_name]
    units = seed_units((SEEDS_DIR / seed_name).read_text(encoding="utf-8"), seed)
    body = _body_text(_page(built_site, seed.slug), seed.slug)
    missing = first_missing(units, body)
    if missing is not None:
        i, unit, context = missing
        pytest.fail(
            f"{seed_name} -> artikel/{seed.slug}: sentence {i + 1} of {len(units)} "
            f"missing from the rendered body (in order, whitespace ignored):\n"
            f"  {unit!r}\n  {context}"
        )


@pytest.mark.parametrize("seed_name", list(SEEDS), ids=SEED_IDS)
def test_no_junk_in_body(built_site: Path, seed_name: str) -> None:
    seed = SEEDS[seed_name]
    body = squash(_body_text(_page(built_site, seed.slug), seed.slug))
    for junk in seed.junk + seed.junk_prefixes:
        assert squash(junk) not in body, f"{seed_name}: junk {junk!r} appears in the article body"


@pytest.mark.parametrize(
    "seed_name", [n for n, s in SEEDS.items() if s.title is not None],
    ids=[n.split("_", 1)[0] for n, s in SEEDS.items() if s.title is not None],
)
def test_title_is_h1(built_site: Path, seed_name: str) -> None:
    seed = SEEDS[seed_name]
    h1s = _page(built_site, seed.slug).xpath("//h1")
    assert len(h1s) == 1, f"{seed_name}: expected a single <h1>, found {len(h1s)}"
    assert norm_ws(h1s[0].text_content()) == norm_ws(seed.title)
