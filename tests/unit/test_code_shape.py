"""The shape the code keeps (issue 15): no function in src/ longer than a screen, the default theme's
templates in one place (the repository's top-level templates/), and one module reading and writing
what a build carries over."""

from __future__ import annotations

import ast
import re

from helpers import REPO

SRC = REPO / "src"
LONGEST = 60


def test_no_function_is_longer_than_a_screen():
    long = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > LONGEST:
                    long.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name} ({lines} lines)")
    assert not long, "split these: " + ", ".join(long)


def test_the_theme_templates_live_only_at_the_top_level():
    assert (REPO / "templates" / "base.html").is_file()
    assert not list(SRC.rglob("*.html")), "a second copy of the theme's templates in src/"


def test_only_the_carry_over_module_reads_or_writes_the_build_state():
    """The sealed state (statefiles.py seals it) is read and written by carryover.py alone: the
    head, which laststamp.py also reads (never writes) for the no-op check without the stages
    (issue 22), and the database of rows (issue 20), which nothing else opens. (The compiled templates,
    a cache of code like the card cache is of images, are sealed the same way by templatecache.py.)"""
    def users(name: str) -> set[str]:
        return {path.relative_to(SRC).as_posix() for path in SRC.rglob("*.py")
                if re.search(rf"\b{name}\b", path.read_text(encoding="utf-8"))}

    templates = "warta/builder/templatecache.py"
    assert users("write_sealed") == {"warta/builder/carryover.py", "warta/builder/statefiles.py", templates}
    assert users("read_sealed") == {"warta/builder/laststamp.py", "warta/builder/statefiles.py", templates}
    for name in ("read_database", "update_database", "create_database", "database_file"):
        assert users(name) == {"warta/builder/carryover.py", "warta/builder/statefiles.py"}, name
    assert users("sqlite3") == {"warta/builder/carryover.py", "warta/builder/statefiles.py"}


def test_the_pipeline_reads_no_state_by_position():
    for name in ("carryover.py", "pipeline.py", "steps.py"):
        text = (SRC / "warta" / "builder" / name).read_text(encoding="utf-8")
        assert not re.findall(r"\[[0-3]\]", text), name


def test_no_module_binds_a_top_level_name_twice():
    """A second `_TEASER_WORDS = 30` forty lines under `_TEASER_WORDS = 40` silently gave the first rule the
    second's value, and a second `WRAPPED_STORY` in a test module fed an earlier test the later text: a module's
    constants, functions and classes are each bound once (in src/, tests/ and benchmarks/)."""
    twice = []
    for path in sorted(p for folder in ("src", "tests", "benchmarks") for p in (REPO / folder).rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            for name in _bound(node):
                if name in seen:
                    twice.append(f"{path.relative_to(REPO)}:{node.lineno} {name}")
                seen.add(name)
    assert not twice, "bound a second time: " + ", ".join(twice)


def _bound(node: ast.stmt) -> list[str]:
    """The names a module-level statement binds by definition or plain assignment."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [target.id for target in node.targets if isinstance(target, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return [node.target.id]
    return []
