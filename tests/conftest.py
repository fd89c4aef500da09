"""Shared fixtures: real sites written into tmp_path, built through the real CLI.

Helper functions live in tests/helpers.py (`from helpers import run_build, …`): a module named
conftest exists in several test folders, so importing from it is ambiguous."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import HealthCheck, settings

from helpers import CONFIG

pytest_plugins = ["run_policy"]  # soaks only with WARTA_SOAK=1 or CI=true; no skips under CI=true

# No property test may fail for the machine's speed: no deadline per example, and no "too slow"
# health check (it times data generation, which a loaded machine slows down; issue 21).
settings.register_profile("warta", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("warta")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output instead of comparing")


@pytest.fixture(autouse=True, scope="session")
def state_key_folder(tmp_path_factory: pytest.TempPathFactory):
    """The build state's key goes to `$XDG_CACHE_HOME/warta/`: a folder of the test session's,
    never the real ~/.cache; builds run with subprocess inherit it through the environment."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield Path(os.environ["XDG_CACHE_HOME"])
    if before is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture
def write_site(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """write_site({"articles/a.md": "...", ...}) -> site root, with a default warta.yaml."""

    def write(files: dict[str, str | bytes], config: str | None = CONFIG) -> Path:
        root = tmp_path / "site"
        root.mkdir(exist_ok=True)
        (root / "articles").mkdir(exist_ok=True)
        if config is not None and "warta.yaml" not in files:
            (root / "warta.yaml").write_text(config, encoding="utf-8")
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return write


@pytest.fixture(scope="session")
def playwright_driver():
    """The session's one Playwright driver, shared by tests/browser and tests/audit: two sync drivers
    cannot run in one thread. Callers check first that Playwright is installed."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver
