"""Shared fixtures: real sites written into tmp_path, built through the real CLI."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Callable

import pytest

from warta.cli import main

REPO = Path(__file__).resolve().parents[1]
NOW = "2026-11-21T12:00:00+07:00"
"""The fixed clock every test build uses, so output never depends on the day the tests run."""

CONFIG = """\
title: Warta Uji
description: Situs uji Warta.
base_url: https://contoh.id/
"""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output instead of comparing")


def article(title: str = "Judul Uji", date: str = "2025-06-15T09:00:00+07:00", body: str = "Isi artikel.",
            **fields) -> str:
    """Text of an article file with the given front matter fields (values written as YAML)."""
    import yaml

    meta = {"title": title, "date": date, **fields}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n{textwrap.dedent(body).strip()}\n"


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


def run_build(root: Path, *extra: str, output: Path | None = None) -> int:
    """`warta build` on `root` with the fixed test clock; returns the exit status."""
    args = ["build", "--source", str(root), "--now", NOW, "--quiet"]
    if output is not None:
        args += ["--output", str(output)]
    return main(args + list(extra))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, for before/after comparisons."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
