"""`warta import feed.xml` end to end for RSS, Atom and a summary-only feed: the expected articles, then the build
(issue 19). Run from the site folder with relative paths, as a newsroom does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from warta.cli import main

FEEDS = Path(__file__).resolve().parent / "fixtures" / "import" / "feeds"
BUILD_NOW = "2026-12-05T12:00:00+07:00"
CONFIG = "title: Warta Uji\nbase_url: https://contoh.id/\n"


@pytest.mark.parametrize("name", ["rss", "atom", "summary-only"])
def test_feed_imports_as_expected_and_builds(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "situs"
    site.mkdir()
    (site / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    shutil.copy(FEEDS / name / "feed.xml", site / "feed.xml")
    monkeypatch.chdir(site)
    assert main(["import", "feed.xml", "--into", "articles"]) == 0
    expected = FEEDS / name / "expected"
    written = sorted(p.name for p in (site / "articles").glob("*.md"))
    assert written == sorted(p.name for p in expected.glob("*.md"))
    for file in written:
        assert (site / "articles" / file).read_text(encoding="utf-8") == (expected / file).read_text(encoding="utf-8")
    err = capsys.readouterr().err
    if name == "summary-only":
        assert err.count("the feed has only a summary of this item") == 2
    assert main(["build", "--now", BUILD_NOW, "--quiet"]) == 0
    for file in written:
        assert (site / "_site" / "artikel" / file.removesuffix(".md") / "index.html").is_file()


def test_feed_items_on_the_feeds_site_redirect_from_their_old_address(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "situs"
    site.mkdir()
    (site / "warta.yaml").write_text(CONFIG, encoding="utf-8")
    shutil.copy(FEEDS / "rss" / "feed.xml", site / "feed.xml")
    monkeypatch.chdir(site)
    assert main(["import", "feed.xml", "--into", "articles"]) == 0
    assert main(["build", "--now", BUILD_NOW, "--quiet"]) == 0
    old = site / "_site" / "2024" / "06" / "21" / "pelabuhan-makassar-tambah-crane" / "index.html"
    assert "/artikel/pelabuhan-soekarno-hatta-makassar-tambah-dua-crane-peti/" in old.read_text(encoding="utf-8")
    built = (site / "_site" / "artikel" / "festival-lego-lego-digelar-di-pantai-losari-akhir-pekan-ini" /
             "index.html").read_text(encoding="utf-8")
    assert "steal()" not in built and "onclick" not in built
