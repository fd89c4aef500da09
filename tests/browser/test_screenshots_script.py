"""scripts/screenshots.py, run as the README says (from the site's folder, relative paths), on a tiny built site:
eight first-screen PNGs of the right sizes, of the home page and of the longest article, and a clear error for a
folder that holds no built site."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from helpers import article, run_build

pytestmark = pytest.mark.browser

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"
SIZES = {"phone": (375, 812), "desktop": (1280, 900)}


@pytest.fixture
def tiny_site(write_site) -> Path:
    """A built two-article site in `<tmp>/site/_site`, the longer article titled "Panjang"."""
    root = write_site({
        "articles/pendek.md": article(title="Pendek", body="Satu kalimat saja."),
        "articles/panjang.md": article(title="Panjang", date="2025-06-14T09:00:00+07:00",
                                       body="\n\n".join(["Kalimat yang cukup panjang untuk diukur. " * 8] * 6)),
    })
    assert run_build(root, output=root / "_site") == 0
    return root


def _script():
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_longest_article_is_the_one_with_most_body_words(tiny_site: Path) -> None:
    longest = _script().longest_article(tiny_site / "_site")
    html = (tiny_site / "_site" / longest / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>Panjang</h1>", html), longest


def test_eight_first_screen_pngs(tiny_site: Path) -> None:
    if not Path("/usr/bin/chromium").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail("CI must have /usr/bin/chromium for the browser tests", pytrace=False)
        pytest.skip("/usr/bin/chromium is not available")
    result = subprocess.run([sys.executable, str(SCRIPT)], cwd=tiny_site, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    shots = tiny_site / "docs" / "screenshots"
    names = sorted(p.name for p in shots.glob("*.png"))
    expected = sorted(f"{page}-{screen}-{scheme}.png" for page in ("home", "article")
                      for screen in SIZES for scheme in ("light", "dark"))
    assert names == expected
    for name in names:
        with Image.open(shots / name) as image:
            assert image.size == SIZES[name.split("-")[1]], name
            colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
            assert colours is None or len(colours) > 8, f"{name} looks blank"
    with Image.open(shots / "home-phone-light.png") as light, Image.open(shots / "home-phone-dark.png") as dark:
        assert light.convert("RGB").getpixel((5, 400)) != dark.convert("RGB").getpixel((5, 400)), "dark = light"


def test_a_folder_without_a_built_site_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "kosong", "--out", "shots"], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "kosong/index.html does not exist: build the site first" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "shots").exists()
