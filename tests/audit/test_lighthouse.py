"""Lighthouse (npm, run with Debian's Chromium) scores the home page, the heaviest article, the fullest tag
page and the search page at least 0.95 in performance, accessibility, best practices and SEO, with its
mobile (default) and desktop presets (issue 17 names those four pages)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from audit_tools import CHROMIUM, CHROMIUM_ARGS, NODE_MODULES, BuiltSite, missing

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
MINIMUM = 0.95
# Lighthouse starts Chromium itself: the new headless mode, plus the flags every test here uses.
CHROME_FLAGS = " ".join(["--headless=new", *CHROMIUM_ARGS])


def lighthouse(url: str, preset: str, report: Path) -> dict:
    """Run Lighthouse on `url` and return its JSON report."""
    binary = NODE_MODULES / ".bin" / "lighthouse"
    if shutil.which("node") is None:
        missing("Node.js (Debian's nodejs)")
    if not binary.exists():
        missing(f"Lighthouse in {NODE_MODULES} (npm ci)")
    if not CHROMIUM.is_file():
        missing(f"Chromium at {CHROMIUM}")
    command = [str(binary), url, "--output=json", f"--output-path={report}", "--quiet",
               f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}"]
    if preset == "desktop":
        command.append("--preset=desktop")
    run = subprocess.run(command, capture_output=True, text=True, timeout=240,
                         env={**os.environ, "CHROME_PATH": str(CHROMIUM)})
    assert run.returncode == 0 and report.is_file(), \
        f"lighthouse exited with {run.returncode}:\n{run.stdout[-2000:]}\n{run.stderr[-3000:]}"
    return json.loads(report.read_text(encoding="utf-8"))


def failing_audits(result: dict, category: str) -> list[str]:
    """The audits of `category` that cost it points, with what Lighthouse says about them."""
    lines = []
    for ref in result["categories"][category]["auditRefs"]:
        audit = result["audits"][ref["id"]]
        if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
            shown = audit.get("displayValue") or ""
            lines.append(f"  {audit['id']} ({audit['score']}, weight {ref['weight']}): {audit['title']} {shown}".rstrip())
    return lines


@pytest.mark.parametrize("preset", ["mobile", "desktop"])
@pytest.mark.parametrize("role", ["home", "article", "tag page", "search"])
def test_lighthouse_scores(site: BuiltSite, role: str, preset: str, tmp_path: Path) -> None:
    if role == "article":
        path = site.article_paths()[0]  # the heaviest article
    else:
        pages = site.audited_pages()
        if role not in pages:
            pytest.skip(f"{site.name} has no {role}")
        path = pages[role]
    result = lighthouse(site.url + path, preset, tmp_path / "report.json")
    assert not result.get("runtimeError"), result["runtimeError"]
    scores = {name: result["categories"][name]["score"] for name in CATEGORIES}
    print(f"{site.name} /{path} {preset}: {scores}")
    low = [name for name, score in scores.items() if score is None or score < MINIMUM]
    details = [f"{name} {scores[name]}:\n" + "\n".join(failing_audits(result, name)) for name in low]
    assert not low, f"Lighthouse {preset} on {site.name} /{path}: {scores}\n" + "\n".join(details)
