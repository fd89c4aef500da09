"""warta.builder.laststamp: the stamp of a build's inputs and the head that tells a no-op build."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from warta.builder.laststamp import ClockSpan, Head, LastRun, output_stamp, scan_inputs, unchanged_run
from warta.builder.report import BuildReport, ScheduleSummary
from warta.layout import RACY_NS, THEME_INPUTS, THEME_TEMPLATES

OLD = time.time() - 100_000
NOW = datetime(2026, 11, 21, 12, tzinfo=timezone(timedelta(hours=7)))


def _file(path: Path, text: str, when: float = OLD) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (when, when))


def test_the_theme_folders_stamped_are_the_ones_templates_are_read_from():
    """The no-op check finds the theme without importing Jinja2 (`warta.layout`); it must stat the
    folders `render/templates.py` reads."""
    from warta.render import templates

    assert (THEME_INPUTS, THEME_TEMPLATES) == (templates.THEME_INPUTS, templates.THEME_TEMPLATES)


def test_the_stamp_changes_with_a_files_size_time_or_name_and_with_the_options(tmp_path: Path):
    _file(tmp_path / "articles/a.md", "satu")
    stamp = scan_inputs([tmp_path / "articles", tmp_path / "warta.yaml"], "options")
    assert not stamp.racy
    assert scan_inputs([tmp_path / "articles", tmp_path / "warta.yaml"], "options") == stamp
    assert scan_inputs([tmp_path / "articles", tmp_path / "warta.yaml"], "other options").digest != stamp.digest
    seen = {stamp.digest}
    for change in ("size", "time", "name", "config"):
        if change == "size":
            _file(tmp_path / "articles/a.md", "satu dua")
        elif change == "time":
            _file(tmp_path / "articles/a.md", "satu dua", OLD + 1)
        elif change == "name":
            (tmp_path / "articles/a.md").rename(tmp_path / "articles/b.md")
        else:
            _file(tmp_path / "warta.yaml", "title: X\n")
        digest = scan_inputs([tmp_path / "articles", tmp_path / "warta.yaml"], "options").digest
        assert digest not in seen, change
        seen.add(digest)


def test_a_file_changed_just_now_makes_the_stamp_racy(tmp_path: Path):
    """A file changed less than RACY_NS before the scan may change again within its timestamp's tick:
    the stamp says so, and is not remembered (the next build does its work again)."""
    _file(tmp_path / "articles/a.md", "satu")
    assert not scan_inputs([tmp_path / "articles"], "").racy
    _file(tmp_path / "articles/b.md", "dua", time.time() + 3600)  # "just now" however slow the machine
    assert scan_inputs([tmp_path / "articles"], "").racy
    os.utime(tmp_path / "articles/b.md", ns=(time.time_ns() - 2 * RACY_NS,) * 2)
    assert not scan_inputs([tmp_path / "articles"], "").racy


def _head(tmp_path: Path, inputs: str, clock: ClockSpan) -> Head:
    output = tmp_path / "_site"
    output.mkdir(exist_ok=True)
    os.utime(output, (OLD, OLD))  # (so that an entry added later surely changes its time)
    report = BuildReport(output, 1, 2, 3, 3, 0.5, ScheduleSummary(0, 0, 0, None, None), ())
    return Head(0, "", LastRun(inputs, clock, output_stamp(output), report, "Asia/Jakarta", False), "", ())


def test_the_last_report_stands_only_for_the_same_inputs_output_and_clock_span(tmp_path: Path):
    _file(tmp_path / "articles/a.md", "satu")
    stamp = scan_inputs([tmp_path / "articles"], "")
    span = ClockSpan(NOW - timedelta(days=1), NOW + timedelta(days=1))
    head = _head(tmp_path, stamp.digest, span)
    output = tmp_path / "_site"
    assert unchanged_run(head, stamp, NOW, output) is head.last.report
    assert unchanged_run(head, stamp, NOW.replace(tzinfo=None), output) is head.last.report  # site time
    assert unchanged_run(head, stamp, NOW + timedelta(days=2), output) is None
    assert unchanged_run(None, stamp, NOW, output) is None
    assert unchanged_run(_head(tmp_path, "", span), stamp, NOW, output) is None  # a racy stamp was not kept
    (output / "new.html").write_text("x")  # the output folder is not as the last build left it
    assert unchanged_run(head, stamp, NOW, output) is None
