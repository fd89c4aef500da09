"""Browser fixtures: the repository's own site, built once, served on loopback, driven by Debian's Chromium.

Every test here carries the `browser` marker. Where /usr/bin/chromium (or Playwright) is missing the
tests skip, except under CI=true, where they fail: CI must run them. Playwright's own browser
downloads do not work on these machines, so the tests always launch Debian's Chromium.

Each test gets its pages through `open_page`, once per viewport width. Console errors, uncaught page
errors, failed requests and HTTP responses >= 400 on any of those pages fail the test after its body.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from helpers import serve_folder
from warta.cli import main

REPO = Path(__file__).resolve().parents[2]
NOW = "2026-11-21T12:00:00+07:00"
CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium keeps calling Google, which the closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORTS = {
    375: {"width": 375, "height": 812},
    1280: {"width": 1280, "height": 800},
}
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/browser with `browser`."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.browser)


def _missing(what: str) -> None:
    """Fail under CI=true, skip anywhere else."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must have {what} for the browser tests", pytrace=False)
    pytest.skip(f"{what} is not available")


class Problems:
    """What went wrong on the watched pages, one line each."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def watch(self, page) -> None:
        """Record console errors, uncaught exceptions, failed requests and HTTP errors of `page`."""

        def console(message) -> None:
            if message.type == "error":
                self.lines.append(f"console error on {page.url}: {message.text}")

        def request_failed(request) -> None:
            # ERR_ABORTED is a request cancelled by the next navigation (mostly the favicon, fetched last);
            # a file that is really missing answers 404 and is caught below.
            if request.failure != "net::ERR_ABORTED":
                self.lines.append(f"request failed: {request.method} {request.url}: {request.failure}")

        def response(answer) -> None:
            if answer.status >= 400:
                self.lines.append(f"HTTP {answer.status}: {answer.url}")

        page.on("console", console)
        page.on("pageerror", lambda error: self.lines.append(f"page error on {page.url}: {error}"))
        page.on("requestfailed", request_failed)
        page.on("response", response)

    def assert_none(self) -> None:
        if self.lines:
            pytest.fail("problems in the browser:\n" + "\n".join(self.lines), pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """After a test body passes, fail it if its pages reported problems."""
    result = yield
    problems = getattr(item, "funcargs", {}).get("page_problems")
    if problems is not None:
        problems.assert_none()
    return result


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own site, built with the fixed test clock."""
    out = tmp_path_factory.mktemp("browser") / "site"
    status = main(["build", "--source", str(REPO), "--output", str(out), "--now", NOW, "--quiet"])
    assert status == 0, f"warta build exited with {status}"
    return out


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    """Base URL (with a trailing slash) of `site_dir` served on 127.0.0.1 at a free port."""
    with serve_folder(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser(request: pytest.FixtureRequest):
    """Debian's Chromium, headless, under Playwright, for the whole session."""
    try:
        import playwright.sync_api  # noqa: F401 - only whether it is installed
    except ImportError:
        _missing("the playwright package")
    if not CHROMIUM.is_file():
        _missing(f"Chromium at {CHROMIUM}")
    # The driver is shared with tests/audit (tests/conftest.py).
    driver = request.getfixturevalue("playwright_driver")
    browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
    yield browser
    browser.close()


@pytest.fixture(params=sorted(VIEWPORTS), ids=lambda width: f"{width}px")
def viewport(request: pytest.FixtureRequest) -> dict[str, int]:
    return VIEWPORTS[request.param]


@pytest.fixture
def page_problems() -> Problems:
    return Problems()


@pytest.fixture
def open_page(browser, site_url: str, viewport: dict[str, int], page_problems: Problems) -> Iterator[Callable]:
    """open_page(**context_options) -> a page in a new context at this test's viewport, with its problems watched.

    Relative URLs in `goto` resolve against the served site.
    """
    contexts = []

    def open_(**options):
        context = browser.new_context(viewport=viewport, base_url=site_url, **options)
        contexts.append(context)
        context.on("page", page_problems.watch)
        return context.new_page()

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page):
    """A page with the default context options (light scheme, JavaScript on)."""
    return open_page()
