"""The probe set (tests/fixtures/import/probe, issue 19's fifth pass): made-up stories whose bodies hold
content shaped like junk -- every body sentence stays, the page's furniture goes."""

from __future__ import annotations

import sys

from helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from import_eval import evaluate_set  # noqa: E402


def test_the_probe_set_keeps_every_body_sentence_and_drops_the_furniture():
    figures = evaluate_set(REPO / "tests" / "fixtures" / "import" / "probe")
    assert figures.crashes == ()
    assert len(figures.samples) >= 9
    assert figures.sentences_kept == figures.sentences_total
    assert figures.junk_removed >= 0.95 * figures.junk_total
    assert figures.titles_ok == figures.dates_ok == len(figures.samples)
