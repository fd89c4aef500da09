"""Hostile YAML (issue 21): dates outside the calendar, tags the loader cannot construct, alias bombs,
control characters written as escapes, a 5000-digit number. In an article or in warta.yaml, each
must give one clean `path:line: field: …` problem in `warta build`, `warta check`, `warta serve`
(its rebuild) and, for warta.yaml, `warta new`: exit 1, no traceback, the previous output untouched.
The cases live in hostile.py, shared with the random-input test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

import warta
from helpers import CONFIG, NOW, article, snapshot
from hostile import HOSTILE_CONFIG, HOSTILE_FRONT_MATTER
from warta.builder import BuildOptions
from warta.cli import main
from warta.errors import ProblemsError
from warta.server import DevServer

STOPPED = "build stopped (1 error); the output folder was not changed"


@pytest.fixture(autouse=True)
def no_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture
def site(tmp_path, capsys) -> Path:
    """A site with one good article, built once: the previous output every refusal must leave alone."""
    root = tmp_path / "site"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "articles/baik.md").write_text(article("Berita Baik", "2025-06-01T09:00:00+07:00"), encoding="utf-8")
    assert main(["build", "--source", str(root), "--now", NOW, "--no-search", "--quiet"]) == 0
    capsys.readouterr()
    return root


def expected(path: str, line: int, field: str, message: str) -> str:
    return f"{path}:{line}: {field}: {message} — "


def serve_rebuild(root: Path) -> tuple[bool, str]:
    """What `warta serve` does on every save: one build into its own folder; (ok, the problems shown)."""
    errors: list = []
    server = DevServer(BuildOptions(root=root, output=root / "_site", now=datetime.now(timezone.utc), search=False,
                                    jobs=1), "127.0.0.1", 0, on_build=lambda report, error: errors.append(error))
    try:
        ok = server.rebuild()
    finally:  # (stop() waits for serve_forever, which this test never starts)
        server.httpd.server_close()
        shutil.rmtree(server.folder, ignore_errors=True)
    [error] = errors
    assert ok == (error is None)
    assert error is None or isinstance(error, ProblemsError)
    return ok, error.format() if error is not None else ""


@pytest.mark.parametrize("case", sorted(HOSTILE_FRONT_MATTER))
def test_hostile_front_matter_is_one_clean_problem_in_build_check_and_serve(site, case, capsys, monkeypatch):
    front, line, field, message = HOSTILE_FRONT_MATTER[case]
    (site / "articles/x.md").write_text(f"---\n{front}---\n\nIsi berita.\n", encoding="utf-8")
    before = snapshot(site)
    monkeypatch.chdir(site.parent)  # relative --source: messages name articles/… as editors see them

    assert main(["build", "--source", "site", "--now", NOW, "--no-search"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    problem, stopped = err.splitlines()
    assert problem.startswith(expected("articles/x.md", line, field, message)), problem
    assert stopped == STOPPED
    assert snapshot(site) == before  # the previous _site byte for byte, and no file dropped by a tag

    assert main(["check", "--source", "site"]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err and err.splitlines()[0] == problem

    ok, shown = serve_rebuild(site)
    assert not ok and shown == problem
    assert snapshot(site) == before

    # Once the article is fixed, the next build works: nothing of the bad one was kept (issue 21:
    # after "9999-12-31" every later build failed the same way).
    (site / "articles/x.md").write_text(article("Berita", "2025-06-15"), encoding="utf-8")
    assert main(["build", "--source", "site", "--now", NOW, "--no-search", "--quiet"]) == 0
    assert (site / "_site/artikel/x/index.html").is_file()


@pytest.mark.parametrize("case", sorted(HOSTILE_CONFIG))
def test_hostile_config_is_one_clean_problem_in_every_command(site, case, capsys, monkeypatch):
    config, line, field, message = HOSTILE_CONFIG[case]
    (site / "warta.yaml").write_text(config, encoding="utf-8")
    before = snapshot(site)
    monkeypatch.chdir(site)  # as an editor runs it: inside the site folder, no --source

    for argv, stopped in ((["build", "--now", NOW, "--no-search"], STOPPED),
                          (["check"], "check stopped (1 error): the config is invalid, so no link was checked"),
                          (["new", "Judul Baru"], "no article written (1 error)")):
        assert main(argv) == 1, argv
        out, err = capsys.readouterr()
        assert out == "" and "Traceback" not in err
        assert err.splitlines()[0].startswith(expected("warta.yaml", line, field, message)), err
        assert err.splitlines()[1:] == [stopped]
        assert snapshot(site) == before

    ok, shown = serve_rebuild(site)
    assert not ok and shown.startswith(expected("warta.yaml", line, field, message))


def test_date_past_9999_from_the_command_line_leaves_the_site_and_later_builds_alone(site):
    """Issue 21 as reported: `python -m warta build` inside the site folder, a published article dated
    9999-12-31. It crashed after swapping the new output in, with a traceback, and on every later build."""
    (site / "articles/x.md").write_text('---\ntitle: X\ndate: "9999-12-31"\n---\n\nIsi.\n', encoding="utf-8")
    before = snapshot(site)
    env = {**os.environ, "PYTHONPATH": str(Path(warta.__file__).parents[1])}  # the warta under test
    env.pop("SOURCE_DATE_EPOCH", None)
    for _ in range(2):
        run = subprocess.run([sys.executable, "-m", "warta", "build", "--future", "--now", NOW, "--no-search"],
                             cwd=site, env=env, capture_output=True, text=True, timeout=600)
        assert run.returncode == 1, run.stderr
        assert "Traceback" not in run.stderr and run.stdout == ""
        # (from inside the site folder; the path prefix is checked from outside it above)
        assert 'x.md:3: date: "9999-12-31" is outside the years 1900 to 2999 — check the year' in run.stderr
        assert snapshot(site) == before


def test_clock_span_cannot_overflow_even_for_a_date_that_slipped_past_validation():
    """Defence in depth: the span was computed after the new site was published, so an overflow there
    failed a build that had already replaced the output (issue 21)."""
    from warta.builder.fingerprints import clock_span as _clock_span

    def made(when: datetime, expires: datetime | None = None):
        return SimpleNamespace(source=SimpleNamespace(date=when, expires=expires, corrections=(), retracted=None))

    now = datetime.fromisoformat(NOW)
    west = timezone(timedelta(hours=-12))
    edge = made(datetime(9999, 12, 31, 23, 59, tzinfo=west), datetime(9999, 12, 31, 23, 59, 59, tzinfo=west))
    early = made(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=7))))
    assert _clock_span((edge, early, made(datetime(2025, 6, 15, tzinfo=timezone.utc))), now) == (
        datetime(2025, 6, 17, tzinfo=timezone.utc), edge.source.date)
