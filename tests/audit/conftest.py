"""Audit fixtures: the repository's site, tests/sites/basic and tests/sites/ethics, built once with the fixed clock and served on loopback.

Every test here carries the `audit` marker (`pytest -m audit` runs them alone). The audits use the real
tools — the Nu HTML Checker (vnu.jar from the npm package vnu-jar, run with Java), axe-core and
Lighthouse (npm, installed into node_modules/ by scripts/test.sh) and Debian's Chromium under Playwright.
Where a tool is missing the tests skip, except under CI=true, where they fail: CI must run them.

Each site is built with `--base-url http://127.0.0.1:<port><base path>`, so its canonical and Open Graph
URLs name the origin it is served from (Lighthouse's SEO audit follows the canonical link), and
tests/sites/basic, whose base path is /berita/, is audited under a sub-path as it would be deployed.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from audit_tools import CHROMIUM, CHROMIUM_ARGS, NODE_MODULES, SITES, BuiltSite, missing
from helpers import NOW
from warta.cli import main
from warta.config import load_config

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/audit with `audit`."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.audit)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def built_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, BuiltSite]]:
    """Every site, each built (search included when the build offers it) and served on its own port."""
    servers, sites = [], {}
    try:
        for name, source in SITES.items():
            root = tmp_path_factory.mktemp(f"audit-{name}")
            handler = functools.partial(_QuietHandler, directory=str(root))
            server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=server.serve_forever, name=f"audit-{name}", daemon=True).start()
            servers.append(server)
            base_path = load_config(source)[0].base_path
            url = f"http://127.0.0.1:{server.server_address[1]}{base_path}"
            # The server's root stands for the host: the site goes where its base path says.
            out = root.joinpath(*base_path.strip("/").split("/")) if base_path != "/" else root
            status = main(["build", "--source", str(source), "--output", str(out), "--now", NOW,
                           "--base-url", url, "--quiet"])
            assert status == 0, f"warta build of {name} exited with {status}"
            sites[name] = BuiltSite(name, out, url)
        yield sites
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


@pytest.fixture(scope="session", params=sorted(SITES))
def site(request: pytest.FixtureRequest, built_sites: dict[str, BuiltSite]) -> BuiltSite:
    """Each audited site in turn."""
    return built_sites[request.param]


@pytest.fixture(scope="session")
def browser(request: pytest.FixtureRequest):
    """Debian's Chromium, headless, under Playwright, for the whole session."""
    try:
        import playwright.sync_api  # noqa: F401 - only whether it is installed
    except ImportError:
        missing("the playwright package")
    if not CHROMIUM.is_file():
        missing(f"Chromium at {CHROMIUM}")
    # The driver is shared with tests/browser (tests/conftest.py): two cannot run in one thread.
    driver = request.getfixturevalue("playwright_driver")
    browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's browser bundle, to inject into pages."""
    bundle = NODE_MODULES / "axe-core" / "axe.min.js"
    if not bundle.is_file():
        missing(f"axe-core in {NODE_MODULES} (npm ci)")
    return bundle.read_text(encoding="utf-8")
