"""tests/run_policy.py: long soaks are skipped outside CI, and under CI=true no skip passes quietly."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SAMPLE = """
import pytest

def test_runs():
    pass

def test_skips():
    pytest.skip("no tool here")

@pytest.mark.optional
def test_may_skip():
    pytest.skip("asked for")

@pytest.mark.soak
def test_long():
    pass
"""


def run(tmp_path: Path, **env: str) -> tuple[int, dict[str, str], str]:
    """pytest with the run policy over the sample tests: (exit status, test -> outcome, output)."""
    (tmp_path / "test_sample.py").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "test_no_module.py").write_text('import pytest\npytest.importorskip("warta_no_such_module")\n',
                                                encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "WARTA_SOAK", "PYTEST_ADDOPTS")}
    environ["PYTHONPATH"] = os.pathsep.join([str(HERE), environ.get("PYTHONPATH", "")])
    result = subprocess.run([sys.executable, "-m", "pytest", "-p", "run_policy", "-p", "no:cacheprovider", "-v", "-rs",
                             "--continue-on-collection-errors",
                             "-W", "ignore::pytest.PytestUnknownMarkWarning", str(tmp_path)],
                            cwd=tmp_path, env={**environ, **env}, capture_output=True, text=True, timeout=600)
    outcomes = dict(re.findall(r"^test_sample\.py::(\w+) (PASSED|FAILED|SKIPPED)", result.stdout, re.M))
    return result.returncode, outcomes, result.stdout


def test_soaks_are_skipped_in_an_everyday_run(tmp_path: Path):
    status, outcomes, out = run(tmp_path)
    assert status == 0, out
    assert outcomes == {"test_runs": "PASSED", "test_skips": "SKIPPED", "test_may_skip": "SKIPPED",
                        "test_long": "SKIPPED"}
    assert "a long soak: runs with WARTA_SOAK=1, and always under CI=true" in out


def test_warta_soak_runs_the_soaks(tmp_path: Path):
    status, outcomes, out = run(tmp_path, WARTA_SOAK="1")
    assert outcomes["test_long"] == "PASSED", out


def test_under_ci_a_skip_fails_unless_the_test_is_optional(tmp_path: Path):
    status, outcomes, out = run(tmp_path, CI="true")
    assert status == 1, out
    assert outcomes == {"test_runs": "PASSED", "test_skips": "FAILED", "test_may_skip": "SKIPPED",
                        "test_long": "PASSED"}
    assert "skipped under CI=true, where every test must run: no tool here" in out
    assert re.search(r"test_no_module\.py skipped under CI=true, where every test must run: "
                     r"could not import 'warta_no_such_module'", out), out


@pytest.mark.parametrize("path", ["test_seed_fidelity.py", "test_import_fidelity.py"])
def test_the_seed_tests_cannot_skip(path: str):
    """Issue 21: they skipped in every plain clone, where ../shared/seeds/ is not there."""
    text = (HERE / path).read_text(encoding="utf-8")
    assert "pytest.skip" not in text and "importorskip" not in text and "/shared" not in text
