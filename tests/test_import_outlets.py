"""`warta import` on raw texts in the styles of many outlets (issue 19): one case per folder of
``tests/fixtures/import/outlets/`` (``input.txt`` as the newsroom has it, CRLF+BOM and Windows-1252 among
them; ``expected.md`` what a careful editor keeps). Title, date, authors, editors and the Markdown body
must be the expected ones, every dropped line is listed with a reason, and each imported file builds."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from warta.cli import main
from warta.importer import decode_raw, normalise_lines, parse_raw

OUTLETS = Path(__file__).resolve().parent / "fixtures" / "import" / "outlets"
CASES = sorted(p.name for p in OUTLETS.iterdir() if (p / "input.txt").is_file())
JAKARTA = ZoneInfo("Asia/Jakarta")
BUILD_NOW = "2026-11-21T12:00:00+07:00"


def _expected(name: str) -> tuple[dict, str]:
    text = (OUTLETS / name / "expected.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def _known_misses(name: str) -> list[str]:
    """Paragraphs the importer is known to keep though an editor drops them (known-misses.txt), reported
    rather than hidden by changing the sample."""
    path = OUTLETS / name / "known-misses.txt"
    if not path.is_file():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _names(value: str | list[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value else ()
    return tuple(value)


def test_there_are_samples_of_many_outlets() -> None:
    assert len(CASES) >= 12


@pytest.mark.parametrize("name", CASES)
def test_outlet_sample_imports_as_a_careful_editor_would(name: str) -> None:
    meta, body = _expected(name)
    text, _ = decode_raw((OUTLETS / name / "input.txt").read_bytes())
    article = parse_raw(text, f"{name}/input.txt", None, JAKARTA)
    assert article.title == meta["title"]
    if meta["date"]:
        assert article.date is not None and article.date.iso() == str(meta["date"])
    else:  # the text gives no date
        assert article.date is None
    assert article.authors == _names(meta["author"])
    assert article.editors == tuple((meta.get("extra") or {}).get("editor", ()))
    paragraphs = article.body.strip().split("\n\n")
    for miss in _known_misses(name):  # each must still be there: once it goes, delete it from the list
        assert miss in paragraphs, f"{miss!r} is no longer kept: remove it from known-misses.txt"
        paragraphs.remove(miss)
    assert "\n\n".join(paragraphs) == body.strip()
    # Every dropped line is a real input line (or part of one), listed once with a reason (what --dry-run shows).
    lines = normalise_lines(text)
    assert len({r.line for r in article.removed}) == len(article.removed)
    for removed in article.removed:  # (or a part cut from the line's start or end: a glued caption, "(Z-8)")
        line = lines[removed.line - 1]
        assert removed.reason and (line == removed.text or removed.part and (
            line.startswith(removed.text) or line.endswith(removed.text)))


@pytest.mark.parametrize("name", CASES)
def test_imported_outlet_sample_builds(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Through the CLI from inside the site folder (relative paths), then `warta build`."""
    site = tmp_path / "site"
    (site / "articles").mkdir(parents=True)
    (site / "warta.yaml").write_text("title: Warta Uji\nbase_url: https://contoh.id/\n", encoding="utf-8")
    (site / "mentah").mkdir()
    (site / "mentah" / f"{name}.txt").write_bytes((OUTLETS / name / "input.txt").read_bytes())
    monkeypatch.chdir(site)
    # (--fetched-at, as for any scraped text: an undated one gets the fetch time, with a warning)
    assert main(["import", f"mentah/{name}.txt", "--fetched-at", "2025-12-01T10:00:00+07:00"]) == 0
    written = list((site / "articles").glob("*.md"))
    assert len(written) == 1
    capsys.readouterr()
    rc = main(["build", "--source", ".", "--now", BUILD_NOW, "--quiet", "--no-search"])
    assert rc == 0, capsys.readouterr().err


def test_dry_run_lists_each_dropped_line_with_its_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = OUTLETS / "kompas" / "input.txt"
    assert main(["import", str(source), "--into", str(tmp_path / "articles"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert not (tmp_path / "articles").exists()
    assert "  line 2: subscription or login prompt: Baca berita tanpa iklan. Gabung Kompas.com+\n" in out
    assert "  line 10: title → front matter: Pemerintah Siapkan Rp 12 Triliun" in out
    assert "  line 13: photo caption: Petani memeriksa saluran irigasi" in out
    assert "  line 34: tag → front matter: irigasi\n" in out
    assert "follow or app prompt: Dapatkan update berita pilihan" in out
