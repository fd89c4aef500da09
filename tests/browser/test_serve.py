"""`warta serve` in a real browser: an edit shows up by itself; a broken article shows its problem."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from helpers import REPO

BASIC = REPO / "tests" / "sites" / "basic"
TITLE = "Harga Beras Turun di Pasar Induk"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def served(tmp_path: Path):
    site = tmp_path / "site"
    shutil.copytree(BASIC, site, ignore=shutil.ignore_patterns(".warta-cache", "_site"))
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--source", str(site), "--port", str(port),
                                "--no-search"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "artikel/harga-beras/", timeout=1).read()
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"warta serve exited: {process.stderr.read()}")
            time.sleep(0.1)
    yield site, url, process
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def save_until(page, article: Path, text: str, shown: str, rounds: int = 20) -> None:
    """Save `text` into `article` until the open page shows `shown` (a JavaScript condition). The
    page's event stream and the server's file watcher start at moments no test can see: a save
    made before both listen is missed, so it is made again (the same text, a new modification
    time) rather than waited for after a guessed delay."""
    for _ in range(rounds):
        article.write_text(text, encoding="utf-8")
        try:
            page.wait_for_function(shown, timeout=3_000)
            return
        except PlaywrightTimeout:
            continue
    pytest.fail(f"the page never showed {shown!r} after {rounds} saves")


def test_an_edited_article_reloads_the_open_page_by_itself(served, browser):
    site, url, process = served
    page = browser.new_page()
    page.goto(url + "artikel/harga-beras/")
    assert page.inner_text("h1") == TITLE
    article = site / "articles/harga-beras.md"
    save_until(page, article, article.read_text(encoding="utf-8").replace(TITLE, "Harga Beras Akhirnya Turun"),
               "() => document.querySelector('h1').textContent === 'Harga Beras Akhirnya Turun'")
    page.close()


def test_a_broken_article_shows_its_problem_and_the_fix_recovers(served, browser):
    site, url, process = served
    page = browser.new_page()
    page.goto(url + "artikel/harga-beras/")
    article = site / "articles/harga-beras.md"
    good = article.read_text(encoding="utf-8")
    save_until(page, article, good.replace("date: 2025-06-20", "date: 31 Juni 2025"),
               "() => document.querySelector('#warta-build-error') !== null")
    overlay = page.locator("#warta-build-error")
    assert "articles/harga-beras.md:3: date:" in overlay.inner_text()
    assert page.inner_text("h1") == TITLE  # the last good site is still served
    assert urllib.request.urlopen(url + "artikel/harga-beras/").status == 200
    save_until(page, article, good.replace(TITLE, "Harga Beras Kembali Normal"),
               "() => document.querySelector('h1').textContent === 'Harga Beras Kembali Normal'")
    assert page.locator("#warta-build-error").count() == 0
    page.close()
    process.terminate()
    _, err = process.communicate(timeout=10)
    assert "articles/harga-beras.md:3: date:" in err and "still serving the last good site" in err


def test_the_live_reload_script_is_served_only_by_the_dev_server(served, tmp_path: Path):
    site, url, process = served
    assert b"/__warta/livereload.js" in urllib.request.urlopen(url).read()
    from helpers import run_build

    out = tmp_path / "built"
    assert run_build(site, output=out) == 0
    for file in out.rglob("*"):
        if file.is_file():
            assert b"__warta" not in file.read_bytes(), file
    assert not (site / "_site").exists()  # serve never writes the real output folder
