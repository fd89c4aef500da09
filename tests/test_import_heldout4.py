"""`warta import` on the fourth held-out raw-text set, tests/fixtures/import/heldout4 (issue 19), measured
with benchmarks/import_eval.py.

Written blind: without reading the importer (src/warta/importer/) or the samples of the other sets
(tests/fixtures/import/outlets, heldout, heldout2, heldout3), from page styles chosen for a wide spread (a
Jawa Pos business page, Bisnis.com from a text scraper, Bola.com, GridOto's listicle, a health site's
explainer with FAQ, NU Online's regional edition, Fimela, Serambinews, Kaltim Post, Cenderawasih Pos, a police
press page, a ministry press release, Metro TV's news site, a WordPress tech blog, a Q&A interview, a photo
story, a Media Indonesia opinion column). The events and people are invented. It judges the importer and must
not be used to tune it: do not read its samples when changing the rules. Only "no crash" and the set's own
soundness are asserted here. The figures:

    PYTHONPATH=src .venv/bin/python benchmarks/import_eval.py tests/fixtures/import/heldout4
"""

from __future__ import annotations

import re
import sys

from helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from import_eval import decode, evaluate_set, normalise, normalise_raw, read_expected, sample_folders, sentences  # noqa: E402

HELDOUT4 = REPO / "tests" / "fixtures" / "import" / "heldout4"

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[789]:00$")  # WIB, WITA, WIT


def test_the_fourth_held_out_set_imports_without_a_crash():
    figures = evaluate_set(HELDOUT4)
    assert figures.crashes == ()
    assert len(figures.samples) >= 17


def test_every_expected_sentence_and_title_is_in_its_raw_text():
    """The set itself is sound: an editor's expected body and title only keep text that is in the input,
    and every sample states a date in one of the two forms the metric compares."""
    for folder in sample_folders(HELDOUT4):
        raw = normalise_raw(decode((folder / "input.txt").read_bytes()))
        expected = read_expected(folder / "expected.md")
        assert ISO_DAY.match(expected.date) or ISO_TIME.match(expected.date), \
            f"{folder.name}: expected.md has no date, or not as YYYY-MM-DD / YYYY-MM-DDTHH:MM:SS+07:00"
        assert normalise(expected.title) in raw, f"{folder.name}: the expected title is not in input.txt"
        assert all(normalise(author) in raw for author in expected.authors), f"{folder.name}: author not in input"
        missing = [s for s in sentences(expected.body) if s not in raw]
        assert missing == [], f"{folder.name}: expected sentences not in input.txt: {missing}"


def test_the_set_has_the_encodings_and_shapes_it_claims():
    """CRLF with a BOM, Windows-1252 bytes, a relative date with its fetched_at.txt, hard-wrapped texts,
    and the three Indonesian time zones."""
    folders = sample_folders(HELDOUT4)
    inputs = {folder.name: (folder / "input.txt").read_bytes() for folder in folders}
    assert any(data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data for data in inputs.values())
    cp1252 = []
    for name, data in inputs.items():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            cp1252.append(name)
    assert cp1252, "no Windows-1252 sample"
    assert all(any(mark in inputs[name].decode("cp1252") for mark in "\u201c\u2014") for name in cp1252)
    relative = [name for name in inputs if (HELDOUT4 / name / "fetched_at.txt").is_file()]
    assert relative, "no relative-date sample"
    assert all("lalu" in decode(inputs[name]) for name in relative)
    assert sum("hardwrapped" in name for name in inputs) >= 2
    offsets = {read_expected(folder / "expected.md").date[-6:] for folder in folders}
    assert {"+07:00", "+08:00", "+09:00"} <= offsets
