"""`warta serve`: build into a temporary folder, serve it, rebuild on every save, reload open pages.

The build goes to a temporary folder (never into `_site/`), with base_url pointing at the local
server. A small live-reload script is injected into HTML responses by the server only, so it
never reaches `warta build` output. When a rebuild fails, the last good site keeps being served
and every open page shows the problems in an overlay until a save fixes them.
"""

from __future__ import annotations

import functools
import json
import logging
import queue
import shutil
import signal
import tempfile
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

from warta.builder import BuildOptions, BuildReport, build
from warta.errors import WartaError
from warta.layout import INPUTS
from warta.model.urls import NOT_FOUND_FILE

log = logging.getLogger(__name__)

EVENTS_PATH = "/__warta/events"
SCRIPT_PATH = "/__warta/livereload.js"
WATCHED = INPUTS

LIVE_RELOAD_JS = r"""// Warta dev server only: reload on rebuild, show build problems in an overlay.
(() => {
  const events = new EventSource("/__warta/events");
  let version = null;
  function overlay(text) {
    let box = document.getElementById("warta-build-error");
    if (!text) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "warta-build-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;" +
        "background:#2b0b0b;color:#ffe9e9;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;" +
        "border-top:4px solid #ff5a4e;white-space:pre-wrap";
      document.body.append(box);
    }
    box.textContent = "warta build gagal — halaman ini versi terakhir yang berhasil:\n\n" + text;
  }
  events.addEventListener("state", (event) => {
    const state = JSON.parse(event.data);
    if (version !== null && state.version !== version) { location.reload(); return; }
    version = state.version;
    overlay(state.error);
  });
})();
"""


WAITING = (b'<!doctype html><html lang="id"><meta charset="utf-8"><title>warta serve</title>'
           b"<p>Belum ada build yang berhasil; perbaiki masalah di bawah ini dan simpan.</p>")


@dataclass(frozen=True, slots=True)
class State:
    """What the server tells open pages: the build number and the current problems, if any."""

    version: int
    error: str | None = None


class LiveSite:
    """Holds the current build state and the listeners waiting for the next change."""

    def __init__(self) -> None:
        self.state = State(0)
        self._listeners: set[queue.Queue[State]] = set()
        self._lock = threading.Lock()

    def publish(self, state: State) -> None:
        with self._lock:
            self.state = state
            for listener in self._listeners:
                listener.put(state)

    def listen(self) -> queue.Queue[State]:
        listener: queue.Queue[State] = queue.Queue()
        with self._lock:
            self._listeners.add(listener)
            listener.put(self.state)
        return listener

    def forget(self, listener: queue.Queue[State]) -> None:
        with self._lock:
            self._listeners.discard(listener)


class Handler(SimpleHTTPRequestHandler):
    """Static files of the built site, plus the live-reload script and event stream."""

    live: LiveSite

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        log.debug("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        if self.path == SCRIPT_PATH:
            self._send(LIVE_RELOAD_JS.encode(), "text/javascript; charset=utf-8")
        elif self.path == EVENTS_PATH:
            self._events()
        else:
            self._page()

    def do_HEAD(self) -> None:  # noqa: N802 - the base class's name
        """The headers GET sends, without the body (issue 21: the base class's HEAD gave an HTML
        page's Content-Length without the live-reload script that GET adds)."""
        self.do_GET()

    def _send(self, body: bytes, kind: str, status: HTTPStatus = HTTPStatus.OK) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _file(self) -> None:
        """A file as the base class serves it (or its redirect to a folder's slash)."""
        if self.command == "HEAD":
            super().do_HEAD()
        else:
            super().do_GET()

    def _page(self) -> None:
        path = Path(self.translate_path(self.path))
        slash = self.path.split("?", 1)[0].split("#", 1)[0].endswith("/")
        folder = _is(path, Path.is_dir)
        if folder:
            if not slash:
                self._file()  # the base class redirects to the slash
                return
            path = path / "index.html"
        status = HTTPStatus.OK
        # (A file's name with a slash after it, `/artikel/satu/index.html/`, is no page: it was served.)
        if not _is(path, Path.is_file) or (slash and not folder):
            path, status = Path(self.directory) / NOT_FOUND_FILE, HTTPStatus.NOT_FOUND
            if not path.is_file():  # no good build yet: a page that can show the problems
                self._send(WAITING + f'<script src="{SCRIPT_PATH}"></script>'.encode(), "text/html; charset=utf-8",
                           HTTPStatus.SERVICE_UNAVAILABLE)
                return
        if path.suffix != ".html":
            self._file()
            return
        html = path.read_bytes()
        tag = f'<script src="{SCRIPT_PATH}"></script>'.encode()
        html = html.replace(b"</body>", tag + b"</body>", 1) if b"</body>" in html else html + tag
        self._send(html, "text/html; charset=utf-8", status)

    def _events(self) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command == "HEAD":
            return
        listener = self.live.listen()
        try:
            while True:
                try:
                    state = listener.get(timeout=15)
                    data = json.dumps({"version": state.version, "error": state.error}, ensure_ascii=False)
                    self.wfile.write(f"event: state\ndata: {data}\n\n".encode())
                except queue.Empty:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.live.forget(listener)


def _is(path: Path, test) -> bool:
    """`test(path)`, False where the path cannot be looked up (defects23, finding 9: a part longer
    than 255 bytes raised 'File name too long', the connection dropped and a traceback was printed)."""
    try:
        return test(path)
    except OSError:
        return False


class DevServer:
    """Build, serve and watch one site."""

    def __init__(self, options: BuildOptions, host: str, port: int,
                 on_build: Callable[[BuildReport | None, Exception | None], None] = lambda r, e: None):
        self.folder = Path(tempfile.mkdtemp(prefix="warta-serve-"))
        self.live = LiveSite()
        handler = type("BoundHandler", (Handler,), {"live": self.live})
        try:
            self.httpd = ThreadingHTTPServer((host, port), functools.partial(handler, directory=str(self.folder / "site")))
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        self.httpd.daemon_threads = True
        self.host, self.port = self.httpd.server_address[:2]
        self.options = replace(options, output=self.folder / "site", base_url=f"http://{host}:{self.port}/")
        self.on_build = on_build
        self._stop = threading.Event()
        self._serving: threading.Thread | None = None
        self._version = 0

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def rebuild(self) -> bool:
        """Build once; publish the new version, or the problems while the old site stays.

        Any error is reported, never raised: a rebuild that crashed (issue 21: an article dated
        9999-12-31 raised OverflowError) ended the watching, and later saves, fixes included,
        were never built."""
        try:
            report = build(replace(self.options, now=datetime.now(timezone.utc)))
        except Exception as error:
            self.live.publish(State(self._version, describe(error)))
            self.on_build(None, error)
            return False
        self._version += 1
        self.live.publish(State(self._version))
        self.on_build(report, None)
        return True

    def watch(self) -> None:
        """Rebuild whenever a watched file changes, until stop()."""
        from watchfiles import watch

        root = self.options.root
        while not self._stop.is_set():
            present = [root / name for name in WATCHED if (root / name).exists()]
            if not present:
                self._stop.wait(0.5)
                continue
            # (Every half second without a change, look for an input made since: `warta new --page` makes
            # pages/. Watching the whole site folder instead would watch its cache and node_modules too.)
            for changes in watch(*present, stop_event=self._stop, debounce=150, step=50, rust_timeout=500,
                                 yield_on_timeout=True):
                appeared = [root / name for name in WATCHED if (root / name).exists()] != present
                if changes or appeared:
                    self.rebuild()
                if appeared:
                    break

    def serve_forever(self) -> None:
        """First build, then serve, and rebuild on every save until stop() or Ctrl+C; then close().

        The builds run in the calling thread and the server in another: Ctrl+C (or SIGTERM, which
        the CLI turns into the same) stops a build at once, and its clean-ups run before the
        temporary folder goes."""
        try:
            if not self.rebuild() and not (self.folder / "site").exists():
                (self.folder / "site").mkdir(parents=True)
            self._start_serving()
            self.watch()
        finally:
            self.close()

    def _start_serving(self) -> None:
        """Serve in a thread of its own. Ctrl+C and SIGTERM wait while it is started: `warta serve` stopped right
        after its first build, as it printed "rebuilt", could take the KeyboardInterrupt inside `start()` with
        the thread made but never run, and `close()` then waited for its loop to end, for ever (a CI run's test
        killed it after 60 s). The thread inherits the held signals: they stay the main thread's."""
        held = {signal.SIGINT, signal.SIGTERM}
        masked = hasattr(signal, "pthread_sigmask")  # (not on Windows)
        before = signal.pthread_sigmask(signal.SIG_BLOCK, held) if masked else None
        try:
            self._serving = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.2},
                                             name="warta-serve", daemon=True)
            self._serving.start()
        finally:
            if masked:
                signal.pthread_sigmask(signal.SIG_SETMASK, before)

    def stop(self) -> None:
        """Make serve_forever() return (from another thread)."""
        self._stop.set()

    def close(self) -> None:
        """Stop serving and remove the temporary folder (again: nothing)."""
        self._stop.set()
        serving, self._serving = self._serving, None
        if serving is not None and serving.is_alive():  # (a thread never started has no loop to end)
            self.httpd.shutdown()  # returns once the server's loop has ended
            serving.join()
        self.httpd.server_close()
        shutil.rmtree(self.folder, ignore_errors=True)


def describe(error: Exception) -> str:
    """What the terminal and the open pages are told about a failed build."""
    if isinstance(error, WartaError):
        return error.format()  # for ProblemsError: one `path:line: …` line per problem
    if isinstance(error, OSError):
        return f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")
    return (f"unexpected {type(error).__name__}: {error} — a bug in warta (`warta serve --debug` prints its "
            "traceback); undoing the last change may avoid it")
