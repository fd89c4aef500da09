"""What the audit tests share: the served sites, the tool paths, and skip-or-fail when a tool is missing."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import REPO

CHROMIUM = Path("/usr/bin/chromium")
# The flags of tests/browser/conftest.py: without the background-networking ones Chromium keeps calling
# Google, which the closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
NODE_MODULES = REPO / "node_modules"
SITES = {"repo": REPO, "basic": REPO / "tests" / "sites" / "basic",
         # Corrections, a right of reply, an advertorial, an opinion and a withdrawn article (issue 18).
         "ethics": REPO / "tests" / "sites" / "ethics"}


def missing(what: str) -> None:
    """Fail under CI=true, skip anywhere else (as tests/browser/conftest.py does)."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must have {what} for the audit tests (scripts/test.sh installs it)", pytrace=False)
    pytest.skip(f"{what} is not available (scripts/test.sh installs it)")


@dataclass(frozen=True)
class BuiltSite:
    """One built site, served at `url`."""

    name: str
    """`repo`, `basic` or `ethics`."""
    folder: Path
    """The output folder."""
    url: str
    """The served base URL, with the base path and a trailing slash: http://127.0.0.1:PORT/berita/."""

    @property
    def origin(self) -> str:
        """scheme://host:port/ of the server."""
        return self.url.split("/", 3)[0] + "//" + self.url.split("/", 3)[2] + "/"

    def html_files(self) -> list[Path]:
        return sorted(self.folder.rglob("*.html"))

    def exists(self, path: str) -> bool:
        return (self.folder / path / "index.html").is_file() if path.endswith("/") or not path \
            else (self.folder / path).is_file()

    def article_paths(self) -> list[str]:
        """Every article page, as site paths (`artikel/x/`), heaviest first."""
        pages = sorted(self.folder.glob("artikel/*/index.html"), key=lambda p: (-p.stat().st_size, p.parent.name))
        return [f"artikel/{p.parent.name}/" for p in pages]

    def audited_pages(self) -> dict[str, str]:
        """The pages issue 7 names, by role -> site path: home, every article, the fullest tag page, the tag
        index, an archive month, the archive index, the 404 page, page 2 of the home listing and the search
        page when the build has them."""
        tags = sorted(self.folder.glob("tag/*/index.html"), key=lambda p: (-p.stat().st_size, p.parent.name))
        months = sorted(self.folder.glob("arsip/*/*/index.html"))
        assert tags and months, f"{self.name}: the site has no tag or month pages to audit"
        pages = {"home": ""}
        pages.update({f"article {path.split('/')[1]}": path for path in self.article_paths()})
        pages.update({
            "tag page": tags[0].parent.relative_to(self.folder).as_posix() + "/",
            "tag index": "tag/",
            "archive month": months[0].parent.relative_to(self.folder).as_posix() + "/",
            "archive index": "arsip/",
            "404": "404.html",
        })
        if self.exists("halaman/1/"):
            pages["home archive page 1"] = "halaman/1/"
        # The corrections page (issue 18), on every site.
        pages["corrections"] = "ralat/"
        # The search page, added by the search feature; audited whenever the build makes it.
        if self.exists("cari/"):
            pages["search"] = "cari/"
        return pages
