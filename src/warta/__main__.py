"""Run Warta as `python -m warta`."""

from warta.cli import run

run()
