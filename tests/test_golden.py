"""Build tests/sites/basic and compare every output file with tests/golden/basic.

A change to templates or rendering shows up here as a reviewable diff. After checking
that the new output is right, rewrite the golden copy with:

    scripts/test.sh tests/test_golden.py --update-golden
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from helpers import REPO, run_build, snapshot

BASIC = REPO / "tests" / "sites" / "basic"
GOLDEN = REPO / "tests" / "golden" / "basic"


@pytest.mark.optional  # --update-golden skips the comparison, also under CI=true
def test_basic_site_matches_golden_output(tmp_path: Path, request: pytest.FixtureRequest):
    out = tmp_path / "out"
    assert run_build(BASIC, output=out) == 0
    if request.config.getoption("--update-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(out, GOLDEN)
        pytest.skip("golden output rewritten")
    actual, expected = snapshot(out), snapshot(GOLDEN)
    assert sorted(actual) == sorted(expected), "the set of output files changed"
    for name in sorted(actual):
        if actual[name] != expected[name]:
            if name.endswith(".png"):
                pytest.fail(f"{name} differs from the golden copy (image)")
            diff = difflib.unified_diff(expected[name].decode().splitlines(), actual[name].decode().splitlines(),
                                        f"golden/{name}", f"built/{name}", lineterm="", n=2)
            pytest.fail(f"{name} differs from the golden copy:\n" + "\n".join(list(diff)[:60]))
