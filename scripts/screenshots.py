"""Take the README screenshots of a built site in Debian's Chromium.

    .venv/bin/python scripts/screenshots.py                      # after scripts/build.sh: _site -> docs/screenshots
    .venv/bin/python scripts/screenshots.py SITE --out FOLDER

Builds nothing: serves the built site folder (default `_site`) on 127.0.0.1 at a free port and writes the first
screen (not the whole page) of the home page and of the longest article (most words in its body) at 375×812
("phone") and 1280×900 ("desktop"), in the light and the dark colour scheme, as
FOLDER/{home,article}-{phone,desktop}-{light,dark}.png: eight PNGs, reduced to a 256-colour palette where that
makes them smaller. It also copies what social apps show of each article (its og:image: the lead photo's
1200×630 crop, or the drawn card of an article without one) to FOLDER/social/<slug>.<jpg|png>, and the site's
own drawn card to FOLDER/social/kartu.png, where the site has them (they need a base_url with a host).
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import re
import shutil
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
SCHEMES = ("light", "dark")
SETTLE = """async () => {
  await document.fonts.ready;
  window.scrollTo(0, 0);
  const shown = [...document.images].filter(img => img.getBoundingClientRect().top < window.innerHeight);
  await Promise.all(shown.map(img => img.decode().catch(() => null)));
}"""
"""Fonts loaded, at the top, and every image of the first screen (lazy ones too) loaded and decoded."""
OG_IMAGE = re.compile(r'<meta property="og:image" content="([^"]+)"')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of a built Warta site for the README.")
    parser.add_argument("site", nargs="?", default="_site", type=Path, help="the built site folder (default: _site)")
    parser.add_argument("--out", default=Path("docs/screenshots"), type=Path,
                        help="where the PNGs go (default: docs/screenshots)")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}/index.html does not exist: build the site first (`warta build`).", file=sys.stderr)
        return 1
    article = longest_article(args.site)
    if article is None:
        print(f"{args.site} has no article page (artikel/<slug>/index.html with a body).", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    copy_social_images(args.site, args.out / "social")
    for written in shoot(args.site, {"home": "", "article": article}, args.out):
        print(written)
    return 0


class _BodyWords(HTMLParser):
    """Counts the words inside `<div class="article-body">`."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.words = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.depth += tag == "div"
        elif tag == "div" and "article-body" in (dict(attrs).get("class") or "").split():
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag == "div":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.words += len(data.split())


def longest_article(site: Path) -> str | None:
    """The site-relative path (`artikel/<slug>/`) of the article with the most words in its body."""
    counts = []
    for page in sorted(site.glob("artikel/*/index.html")):
        words = _BodyWords()
        words.feed(page.read_text(encoding="utf-8"))
        if words.words:
            counts.append((words.words, f"artikel/{page.parent.name}/"))
    return max(counts, key=lambda count: count[0])[1] if counts else None


@contextmanager
def served(site: Path) -> Iterator[str]:
    """The base URL (ending in /) of `site` served on 127.0.0.1 at a free port, stopped afterwards."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def shoot(site: Path, pages: dict[str, str], out: Path) -> list[Path]:
    """The first screen of each of `pages` (name -> site-relative path) per screen and scheme, as optimised PNGs."""
    from playwright.sync_api import sync_playwright

    written = []
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            for screen, size in SCREENS.items():
                for scheme in SCHEMES:
                    context = browser.new_context(viewport=size, color_scheme=scheme, device_scale_factor=1)
                    page = context.new_page()
                    for name, path in pages.items():
                        response = page.goto(base + path)
                        if response is None or response.status != 200:
                            raise SystemExit(f"{base}{path} answered {response and response.status}")
                        page.evaluate(SETTLE)
                        target = out / f"{name}-{screen}-{scheme}.png"
                        target.write_bytes(page.screenshot())
                        optimise_png(target)
                        written.append(target)
                    context.close()
        finally:
            browser.close()
    return written


def optimise_png(path: Path) -> None:
    """Rewrite `path` with a 256-colour palette (dithered) where that is smaller, else just re-compressed."""
    with Image.open(path) as image:
        rgb = image.convert("RGB")
    original = path.stat().st_size
    palette = path.with_suffix(".tmp.png")
    rgb.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(palette, optimize=True)
    if palette.stat().st_size < original:
        palette.replace(path)
    else:
        palette.unlink()
        rgb.save(path, optimize=True)


def copy_social_images(site: Path, folder: Path) -> None:
    """Each article's og:image file, and the site's card, into `folder` (emptied first), where they exist."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if (site / "kartu.png").is_file():
        shutil.copyfile(site / "kartu.png", folder / "kartu.png")
    for page in sorted(site.glob("artikel/*/index.html")):
        found = OG_IMAGE.search(page.read_text(encoding="utf-8"))
        if found:
            image = site / urlsplit(html.unescape(found[1])).path.lstrip("/")
            if image.is_file():
                shutil.copyfile(image, folder / f"{page.parent.name}{image.suffix}")
    if not any(folder.iterdir()):
        folder.rmdir()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        pass


if __name__ == "__main__":
    sys.exit(main())
