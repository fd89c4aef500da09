"""`warta import` on the second held-out raw-text set, tests/fixtures/import/heldout2 (issue 19), measured
with benchmarks/import_eval.py.

The first held-out set (tests/fixtures/import/heldout) has been seen by the importer's developers and is a
development set now. This one was written independently, from outlets and page styles found in neither
that set nor tests/fixtures/import/outlets (Media Indonesia, Investor Daily, Solopos, Harian Jogja, Bola.com,
KapanLagi, VOI, Mongabay, The Conversation, BBC and DW Indonesia, Medium, a ministry press release, a
university page, a forum thread, iNews, Gatra, Radar Bogor), without looking at the importer's rules. It was
measured once before the rules were changed for it (the README gives the first figures) and has been a
development set since; issue 19's generalisation pass grouped its misses into classes of boilerplate. No
crash, the set's own soundness and, as a development set, the targets are asserted here. The figures:

    PYTHONPATH=src .venv/bin/python benchmarks/import_eval.py tests/fixtures/import/heldout2
"""

from __future__ import annotations

import sys

from helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from import_eval import decode, evaluate_set, normalise, normalise_raw, read_expected, sample_folders, sentences  # noqa: E402

HELDOUT2 = REPO / "tests" / "fixtures" / "import" / "heldout2"


def test_the_second_held_out_set_imports_without_a_crash():
    figures = evaluate_set(HELDOUT2)
    assert figures.crashes == ()
    assert len(figures.samples) >= 14


def test_the_second_held_out_set_meets_the_targets_as_a_development_set():
    """Issue 19's targets: every body sentence kept, 95 % of junk lines removed, 9 titles and dates in 10."""
    figures = evaluate_set(HELDOUT2)
    assert figures.sentences_kept == figures.sentences_total
    assert figures.junk_removed >= 0.95 * figures.junk_total
    assert figures.titles_ok >= 0.9 * len(figures.samples)
    assert figures.dates_ok >= 0.9 * len(figures.samples)


def test_every_expected_sentence_and_title_is_in_its_raw_text():
    """The set itself is sound: an editor's expected body and title only keep text that is in the input."""
    for folder in sample_folders(HELDOUT2):
        raw = normalise_raw(decode((folder / "input.txt").read_bytes()))
        expected = read_expected(folder / "expected.md")
        assert expected.date, f"{folder.name}: expected.md has no date"
        assert normalise(expected.title) in raw, f"{folder.name}: the expected title is not in input.txt"
        missing = [s for s in sentences(expected.body) if s not in raw]
        assert missing == [], f"{folder.name}: expected sentences not in input.txt: {missing}"


def test_the_set_has_the_encodings_and_shapes_it_claims():
    """CRLF with a BOM, Windows-1252 bytes, a relative date with its fetched_at.txt, hard-wrapped texts."""
    inputs = {folder.name: (folder / "input.txt").read_bytes() for folder in sample_folders(HELDOUT2)}
    assert any(data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data for data in inputs.values())
    cp1252 = []
    for name, data in inputs.items():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            cp1252.append(name)
    assert cp1252, "no Windows-1252 sample"
    assert all(any(mark in inputs[name].decode("cp1252") for mark in "\u201c\u2014") for name in cp1252)
    assert any((HELDOUT2 / name / "fetched_at.txt").is_file() for name in inputs)
    assert sum("hardwrapped" in name for name in inputs) >= 2
