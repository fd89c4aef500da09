"""Take the README screenshots from the real site in Debian's Chromium.

    .venv/bin/python scripts/screenshots.py            # after scripts/build.sh

Builds the repository's site into a temporary folder, serves it on 127.0.0.1 and writes
docs/screenshots/{home,article}-{375,1280}-{light,dark}.png, and copies each article's social
card to docs/screenshots/cards/<slug>.png.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

from warta.cli import main

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
NOW = "2026-11-21T12:00:00+07:00"
PAGES = {"home": "/", "article": "/artikel/openai-hentikan-kerja-sama-scale-ai/"}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def shoot() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        if main(["build", "--source", str(REPO), "--output", str(site), "--now", NOW, "--quiet"]) != 0:
            raise SystemExit("build failed")
        handler = functools.partial(QuietHandler, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}"
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "cards").mkdir(exist_ok=True)
        for card in sorted(site.glob("artikel/*/kartu.png")):
            shutil.copyfile(card, OUT / "cards" / f"{card.parent.name}.png")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                for scheme in ("light", "dark"):
                    for width, height in ((375, 812), (1280, 900)):
                        context = browser.new_context(viewport={"width": width, "height": height},
                                                      color_scheme=scheme, device_scale_factor=1)
                        page = context.new_page()
                        for name, path in PAGES.items():
                            page.goto(base + path)
                            target = OUT / f"{name}-{width}-{scheme}.png"
                            page.screenshot(path=str(target))
                            print(target.relative_to(REPO))
                        context.close()
                browser.close()
        finally:
            server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        pass


if __name__ == "__main__":
    shoot()
