"""Take the README screenshots from the real site in Debian's Chromium.

    .venv/bin/python scripts/screenshots.py            # after scripts/build.sh

Builds the repository's site into a temporary folder, serves it on 127.0.0.1 and writes
docs/screenshots/{home,article}-{375,1280}-{light,dark}.png, and copies what social apps show of
each article (its og:image: the lead photo's 1200×630 crop, or the drawn card of an article without
one) to docs/screenshots/social/<slug>.<jpg|png>, and the site's own drawn card to
docs/screenshots/social/kartu.png.
"""

from __future__ import annotations

import functools
import html
import http.server
import re
import shutil
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

from warta.cli import main

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
NOW = "2026-11-21T12:00:00+07:00"
OG_IMAGE = re.compile(r'<meta property="og:image" content="([^"]+)"')
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
        copy_social_images(site, OUT / "social")
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


def copy_social_images(site: Path, folder: Path) -> None:
    """Each article's og:image file, and the site's card, into `folder` (emptied first)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copyfile(site / "kartu.png", folder / "kartu.png")
    for page in sorted(site.glob("artikel/*/index.html")):
        found = OG_IMAGE.search(page.read_text(encoding="utf-8"))
        if found:
            image = site / urlsplit(html.unescape(found[1])).path.lstrip("/")
            shutil.copyfile(image, folder / f"{page.parent.name}{image.suffix}")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        pass


if __name__ == "__main__":
    shoot()
