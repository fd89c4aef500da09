"""The package as users get it: the sdist and the wheel hold the default theme's templates (the
repository's top-level `templates/`, their one copy), and Warta installed from the wheel into a
fresh venv builds a site that has no `templates/` of its own, far from this checkout.

Built from a copy of the repository's packaging inputs, so the checkout gets no `build/` or
`*.egg-info`. Without network: the sdist comes from setuptools' own build hook in this interpreter,
and the wheel from that sdist (as `python -m build` makes it) without build isolation when this
interpreter can build wheels (setuptools 70.1 or newer, or the `wheel` package: the `test` extras
bring it), else with pip's isolated build (which downloads setuptools)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from helpers import NOW, REPO

PACKAGING = ("pyproject.toml", "README.md", "src", "templates")
"""What of the repository setuptools reads to make the sdist (pyproject.toml says the rest)."""


def _templates() -> list[str]:
    """Every file of the default theme's templates, relative to `templates/`."""
    return sorted(p.relative_to(REPO / "templates").as_posix() for p in (REPO / "templates").rglob("*")
                  if p.is_file())


def _modules() -> list[str]:
    """Every module of the package, as its path in the wheel (`warta/cli.py`)."""
    return sorted(p.relative_to(REPO / "src").as_posix() for p in (REPO / "src").rglob("*.py"))


def _can_build_wheels() -> bool:
    """Whether this interpreter's setuptools makes wheels itself (70.1 on have bdist_wheel built in)."""
    if importlib.util.find_spec("setuptools") is None:
        return False
    if importlib.util.find_spec("wheel") is not None:
        return True
    import setuptools

    return tuple(int(part) for part in setuptools.__version__.split(".")[:2] if part.isdigit()) >= (70, 1)


def _run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{cmd} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel) built from a copy of the repository."""
    work = tmp_path_factory.mktemp("packaging")
    source = work / "source"
    for name in PACKAGING:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}

    dist = work / "dist"
    dist.mkdir()
    hook = "import sys; from setuptools import build_meta; print(build_meta.build_sdist(sys.argv[1]))"
    name = _run([sys.executable, "-c", hook, dist], cwd=source, env=env).stdout.strip().splitlines()[-1]
    sdist = dist / name
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "unpacked", **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    (unpacked,) = (work / "unpacked").iterdir()

    isolation = ["--no-build-isolation"] if _can_build_wheels() else []
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", *isolation, "--wheel-dir", dist, unpacked],
         cwd=work, env=env)
    (wheel,) = dist.glob("warta-*.whl")
    return sdist, wheel


def test_sources_hold_one_copy_of_the_templates():
    """The theme's templates are the top-level `templates/`; `src/` holds no second copy, nor a link."""
    assert "base.html" in _templates() and "partials/footer.html" in _templates()
    assert not list((REPO / "src").rglob("*.html"))
    assert not (REPO / "src/warta/theme/templates").exists() and not (REPO / "src/warta/theme/templates").is_symlink()


def test_sdist_and_wheel_hold_the_templates_and_every_module(packages):
    sdist, wheel = packages
    with tarfile.open(sdist) as archive:
        top = archive.getnames()[0].split("/")[0]
        in_sdist = {name.removeprefix(top + "/") for name in archive.getnames()}
    assert {f"templates/{name}" for name in _templates()} <= in_sdist
    assert {f"src/{name}" for name in _modules()} <= in_sdist

    with zipfile.ZipFile(wheel) as archive:
        in_wheel = set(archive.namelist())
    assert {f"warta/theme/templates/{name}" for name in _templates()} <= in_wheel
    # pyproject.toml lists the packages by hand (one of them lives outside src/): none may be missing.
    assert {name for name in in_wheel if name.endswith(".py")} == set(_modules())
    assert {"warta/theme/assets/style.css", "warta/theme/fonts/DejaVuSans.ttf"} <= in_wheel
    assert not [name for name in in_wheel if not name.startswith(("warta/", "warta-"))]


def test_installed_wheel_builds_a_site_without_templates(packages, tmp_path: Path):
    """A fresh venv with only the wheel of Warta (its dependencies reached through a .pth file
    naming this interpreter's site-packages) builds, from a folder outside the checkout and without
    PYTHONPATH, a site with no `templates/`: the theme can only come from the wheel."""
    _, wheel = packages
    home = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(home)
    python = home / "bin" / "python"
    own = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    dependencies = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"],
                                  *site.getsitepackages()])
    (own / "warta-test-dependencies.pth").write_text("".join(f"{path}\n" for path in dependencies))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "--quiet", wheel],
         cwd=tmp_path, env=env)

    root = tmp_path / "situs"
    (root / "articles").mkdir(parents=True)
    (root / "warta.yaml").write_text("title: Situs Roda\nbase_url: https://contoh.id/\n", encoding="utf-8")
    (root / "articles/halo.md").write_text("---\ntitle: Halo Roda\ndate: 2025-01-02\n---\n\nHalo dunia.\n",
                                           encoding="utf-8")
    where = _run([python, "-c", "import warta, warta.render.templates as t; print(warta.__file__); "
                                "print(t.THEME_TEMPLATES)"], cwd=root, env=env).stdout.splitlines()
    for path in where:
        assert Path(path).resolve().is_relative_to(home.resolve()), where
    assert Path(where[1]).as_posix().endswith("warta/theme/templates")

    result = _run([home / "bin" / "warta", "build", "--now", NOW, "--no-search"], cwd=root, env=env)
    assert "built 1 article:" in result.stdout
    page = (root / "_site/artikel/halo/index.html").read_text(encoding="utf-8")
    assert "Halo Roda" in page and '<html lang="id"' in page
    assert "Halo Roda" in (root / "_site/index.html").read_text(encoding="utf-8")
    assert not (root / "templates").exists()
