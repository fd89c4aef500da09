"""`warta serve` without a browser: what it says, the headers it sends, a rebuild that crashes, and how it
stops (tests/browser/test_serve.py covers live reload in a real browser)."""

from __future__ import annotations

import http.client
import os
import queue
import selectors
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from helpers import article
from warta import server as server_module
from warta.builder import BuildOptions
from warta.cli import resolve_now
from warta.server import DevServer

SAFETY = 60
"""Seconds after which a test gives up waiting for what it synchronises on (never reached when all is well)."""

TITLE = "Harga Beras Turun"


@pytest.fixture
def site(write_site) -> Path:
    return write_site({"articles/harga-beras.md": article(TITLE)})


def test_a_stop_while_the_server_thread_starts_leaves_nothing_waiting(site: Path, monkeypatch):
    """`warta serve` stopped right after its first build (as it printed "rebuilt") could take the KeyboardInterrupt
    inside the server thread's `start()`: the thread was made but never ran, and closing waited for its loop to
    end, for ever (a CI run killed it after 60 s). Closing now waits only for a thread that runs."""
    original = threading.Thread.start

    def interrupted(thread: threading.Thread) -> None:
        if thread.name == "warta-serve":
            raise KeyboardInterrupt  # (as Ctrl+C would, before the thread exists)
        original(thread)

    monkeypatch.setattr(threading.Thread, "start", interrupted)
    options = BuildOptions(root=site, output=site / "_site", now=resolve_now(None), search=False, jobs=1)
    server = DevServer(options, "127.0.0.1", 0)
    raised: list[BaseException] = []

    def serve() -> None:
        try:
            server.serve_forever()
        except KeyboardInterrupt as exc:
            raised.append(exc)

    serving = threading.Thread(target=serve, daemon=True)
    serving.start()
    serving.join(SAFETY)  # (a safety net: it ends at once when all is well)
    assert not serving.is_alive(), "closing the server waited for a thread that never ran"
    assert len(raised) == 1 and not server.folder.exists()


# --- the running command ---------------------------------------------------------------------------

class Serving:
    """`warta serve` in a process of its own, read line by line as it prints."""

    def __init__(self, args: list[str], cwd: Path, temp: Path):
        self.process = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--port", "0", "--no-search", *args],
                                        cwd=cwd, env={**os.environ, "TMPDIR": str(temp)}, text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines: list[str] = []
        self._selector = selectors.DefaultSelector()
        self._selector.register(self.process.stdout, selectors.EVENT_READ)

    def wait_for(self, start: str) -> str:
        """The first line printed that starts with `start` (waiting for it)."""
        deadline = time.monotonic() + SAFETY
        while time.monotonic() < deadline:
            for line in self.lines:
                if line.startswith(start):
                    return line
            if self._selector.select(timeout=deadline - time.monotonic()):
                line = self.process.stdout.readline()
                if not line:
                    break
                self.lines.append(line.rstrip("\n"))
        self.stop(signal.SIGKILL)
        pytest.fail(f"warta serve never printed {start!r}: {self.lines} {self.process.stderr.read()}")

    def stop(self, signum: int) -> tuple[int, str, str]:
        self.process.send_signal(signum)
        try:
            out, err = self.process.communicate(timeout=SAFETY)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, err = self.process.communicate()
        self._selector.close()
        return self.process.returncode, "\n".join(self.lines) + out, err


@pytest.mark.parametrize("where", ["from the site folder", "--source relative"])
def test_serve_names_the_folder_it_serves_in_full(site: Path, tmp_path: Path, where: str):
    """Issue 21: run from the site folder, serve said "serving . at …"."""
    temp = tmp_path / "temp"
    temp.mkdir()
    if where == "from the site folder":
        serving = Serving([], cwd=site, temp=temp)
    else:
        serving = Serving(["--source", site.name], cwd=site.parent, temp=temp)
    line = serving.wait_for("serving ")
    serving.stop(signal.SIGINT)
    assert line.startswith(f"serving {site.resolve()} at http://127.0.0.1:")
    assert line.endswith("/ (Ctrl+C to stop)")


@pytest.mark.parametrize("signum, status", [(signal.SIGTERM, 143), (signal.SIGINT, 0)])
def test_stopped_serve_leaves_no_temporary_folder(site: Path, tmp_path: Path, signum: int, status: int):
    """Issue 21: `warta serve` stopped by SIGTERM (systemd, a container stopping, `kill`) left its build,
    /tmp/warta-serve-*, behind. Now SIGTERM stops it as Ctrl+C does, with exit status 143."""
    temp = tmp_path / "temp"
    temp.mkdir()
    serving = Serving(["--source", str(site)], cwd=tmp_path, temp=temp)
    serving.wait_for("rebuilt: 1 article")  # the first build is done: watching
    assert [p.name[:12] for p in temp.iterdir()] == ["warta-serve-"]
    returncode, out, err = serving.stop(signum)
    assert returncode == status, err
    assert out.endswith("stopped\n")
    assert err == ""
    assert list(temp.iterdir()) == []


# --- the server in this process ------------------------------------------------------------------------

class Running:
    """A DevServer serving in a thread, its builds reported in order; changes are announced by the
    test (`changed()`), not by the file system, so that nothing depends on when a watcher notices."""

    def __init__(self, root: Path, monkeypatch):
        self.builds: queue.Queue = queue.Queue()
        self._changes: queue.Queue = queue.Queue()
        self.watched: queue.Queue = queue.Queue()
        """The paths of each watch started, in order."""

        def watch(*paths, stop_event, **options):
            self.watched.put(paths)
            while not stop_event.is_set():
                try:
                    yield self._changes.get(timeout=0.05)
                except queue.Empty:
                    if options.get("yield_on_timeout"):
                        yield set()

        import watchfiles

        monkeypatch.setattr(watchfiles, "watch", watch)
        options = BuildOptions(root=root, output=root / "_site", now=resolve_now(None), search=False, jobs=1)
        self.server = DevServer(options, "127.0.0.1", 0, on_build=lambda report, error: self.builds.put((report, error)))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def changed(self) -> None:
        self._changes.put({("modified", "articles/harga-beras.md")})

    def next_build(self):
        return self.builds.get(timeout=SAFETY)

    def request(self, method: str, path: str) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection(self.server.host, self.server.port, timeout=SAFETY)
        try:
            connection.request(method, path)
            response = connection.getresponse()
            return response.status, {k: v for k, v in response.getheaders() if k != "Date"}, response.read()
        finally:
            connection.close()

    def close(self) -> None:
        self.server.stop()
        self.thread.join(SAFETY)
        assert not self.thread.is_alive()
        assert not self.server.folder.exists()


@pytest.fixture
def running(site: Path, monkeypatch):
    running = Running(site, monkeypatch)
    yield running
    running.close()


def test_a_rebuild_that_crashes_is_reported_and_the_next_save_is_built(site: Path, running: Running, monkeypatch):
    """Issue 21: an unexpected exception in a rebuild (an article dated 9999-12-31 raised OverflowError)
    ended the watcher thread; later saves, the fix included, were never built and the stale site stayed."""
    report, error = running.next_build()
    assert error is None and report.articles == 1
    real_build = server_module.build

    def crash_once(options):
        monkeypatch.setattr(server_module, "build", real_build)
        raise OverflowError("date value out of range")

    monkeypatch.setattr(server_module, "build", crash_once)
    running.changed()
    report, error = running.next_build()
    assert report is None and isinstance(error, OverflowError)
    shown = running.server.live.state.error
    assert shown.startswith("unexpected OverflowError: date value out of range — a bug in warta (`warta serve --debug`")
    assert running.server.live.state.version == 1  # open pages keep the last good site, with the overlay
    assert TITLE in running.request("GET", "/artikel/harga-beras/")[2].decode()

    (site / "articles/harga-beras.md").write_text(article("Harga Beras Kembali Normal"), encoding="utf-8")
    running.changed()
    report, error = running.next_build()
    assert error is None and report.articles == 1
    assert running.server.live.state == server_module.State(2)  # reloaded, no overlay
    assert "Harga Beras Kembali Normal" in running.request("GET", "/artikel/harga-beras/")[2].decode()


def test_a_pages_folder_made_while_serving_is_built_and_then_watched(site: Path, running: Running):
    """`warta new --page` makes pages/ while `warta serve` runs: the server builds the new page and
    watches the folder from then on (it watched only the inputs that existed when it started)."""
    report, error = running.next_build()
    assert error is None
    assert site / "pages" not in running.watched.get(timeout=SAFETY)
    # (Written beside the site and moved in whole: the folder appears with its page in it.)
    made = site.parent / "pages-baru"
    made.mkdir()
    (made / "redaksi.md").write_text("---\ntitle: Redaksi\n---\n\nSusunan redaksi.\n", encoding="utf-8")
    made.rename(site / "pages")
    report, error = running.next_build()  # (no change announced: the server saw the new folder itself)
    assert error is None
    assert site / "pages" in running.watched.get(timeout=SAFETY)
    assert "Susunan redaksi." in running.request("GET", "/redaksi/")[2].decode()


@pytest.mark.parametrize("path", ["/", "/artikel/harga-beras/", "/artikel/harga-beras", "/tidak-ada/",
                                  "/__warta/livereload.js", "/atom.xml", "/logo.png"])
def test_head_sends_the_headers_get_sends(running: Running, path: str):
    """Issue 21: HEAD gave an HTML page's Content-Length without the live-reload script GET adds to it."""
    running.next_build()
    status, headers, body = running.request("GET", path)
    head_status, head_headers, head_body = running.request("HEAD", path)
    assert (head_status, head_headers, head_body) == (status, headers, b"")
    assert int(headers["Content-Length"]) == len(body)
    assert status == {"/artikel/harga-beras": 301, "/tidak-ada/": 404}.get(path, 200)


def test_head_of_the_event_stream_does_not_wait_for_events(running: Running):
    running.next_build()
    status, headers, body = running.request("HEAD", "/__warta/events")
    assert (status, headers["Content-Type"], body) == (200, "text/event-stream", b"")


def test_serve_answers_a_path_too_long_for_a_file_name_and_a_slash_after_a_file_with_404(site: Path, tmp_path: Path):
    """Defects23, findings 9 and 11: a path part over 255 bytes dropped the connection with a traceback
    ('File name too long'), and `/artikel/…/index.html/` was served as the page."""
    temp = tmp_path / "temp"
    temp.mkdir()
    serving = Serving([], cwd=site, temp=temp)
    url = serving.wait_for("serving ").split(" at ", 1)[1].split(" ", 1)[0]

    def status(path: str) -> int:
        try:
            with urllib.request.urlopen(url + path, timeout=SAFETY) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    deadline = time.monotonic() + SAFETY
    while status("artikel/harga-beras/") != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
    try:
        assert status("a" * 300) == 404
        assert status("artikel/" + "b" * 300 + "/") == 404
        assert status("artikel/harga-beras/index.html/") == 404
        assert status("artikel/harga-beras/index.html") == 200
    finally:
        _, _, err = serving.stop(signal.SIGINT)
    assert "Traceback" not in err, err
