"""The Jinja2 environment: site templates first, then the theme shipped in the package."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path

import jinja2
from jinja2 import meta
from markupsafe import Markup

from warta.config import SiteConfig
from warta.errors import TemplateError
from warta.render.assets import AssetSet
from warta.render.dates import date_time, long_date, month_year
from warta.render.metadata import json_ld

THEME_DIR = Path(__file__).resolve().parent.parent / "theme"
THEME_TEMPLATES = THEME_DIR / "templates"
THEME_ASSETS = THEME_DIR / "assets"


def template_dirs(site_root: Path) -> tuple[Path, ...]:
    """Where templates are looked up, in order: the site's `templates/`, then the theme."""
    return (site_root / "templates", THEME_TEMPLATES)


def make_environment(dirs: tuple[Path, ...], config: SiteConfig, assets: AssetSet) -> jinja2.Environment:
    """One Environment per build: autoescape on, StrictUndefined, Indonesian date filters."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs if d.is_dir()]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    zone, language, base = config.zone, config.language, config.base_path

    def url(path: str) -> str:
        """Link to a site path under the base path: `artikel/x/` -> `/berita/artikel/x/`.
        Absolute http(s) URLs pass through unchanged."""
        if path.startswith(("http://", "https://")):
            return path
        return base + path.lstrip("/")

    def absolute(path: str) -> str:
        return config.absolute_url(url(path)) if not path.startswith(("http://", "https://")) else path

    env.filters.update(
        url=url,
        absolute=absolute,
        tanggal=lambda value: long_date(value, zone, language),
        tanggal_waktu=lambda value: date_time(value, zone, language),
        iso=lambda value: value.isoformat(),
        bulan=lambda month: month_year(month.year, month.month, language),
        json_ld=json_ld,
    )
    env.globals.update(
        asset=lambda name: url(assets.path(name)),
        config=config,
        lang=language,
    )
    env.globals["searched_dirs"] = tuple(str(d) for d in dirs)
    return env


class TemplateDependencies:
    """What rendering a template reads: its own file and every template it extends, includes or
    imports, each as found in (or looked for along) the search folders.

    Dependencies are found by parsing (a dynamic template name makes a template depend on all of
    them). A fingerprint identifies each dependency by the folder it comes from and its bytes,
    and every folder it was looked for in first counts too, so adding an override in the site's
    `templates/` changes it."""

    def __init__(self, env: jinja2.Environment, dirs: tuple[Path, ...]):
        self.env, self.dirs = env, dirs
        self._parsed: dict[str, set[str] | None] = {}
        self._prints: dict[str, str] = {}
        self._sources: dict[str, str] = {}
        self._reads: dict[tuple, bool] = {}
        self._closures: dict[str, set[str]] = {}

    def _references(self, name: str) -> set[str] | None:
        if name not in self._parsed:
            try:
                source = self.env.loader.get_source(self.env, name)[0]
                self._sources[name] = source
                refs = set(meta.find_referenced_templates(self.env.parse(source)))
                self._parsed[name] = None if None in refs else refs
            except jinja2.TemplateError:
                self._parsed[name] = set()
        return self._parsed[name]

    def closure(self, name: str) -> set[str]:
        if name not in self._closures:
            self._closures[name] = self._closure(name)
        return self._closures[name]

    def _closure(self, name: str) -> set[str]:
        seen, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            refs = self._references(current)
            if refs is None:
                return {p.relative_to(d).as_posix() for d in self.dirs if d.is_dir()
                        for p in d.rglob("*") if p.is_file()}
            todo.extend(refs)
        return seen

    def fingerprint(self, name: str) -> str:
        if name not in self._prints:
            digest = hashlib.sha256()
            for dependency in sorted(self.closure(name)):
                for folder in self.dirs:
                    path = folder / dependency
                    if path.is_file():
                        digest.update(f"{folder}\0{dependency}\0".encode() + hashlib.sha256(path.read_bytes()).digest())
                        break
                    digest.update(f"{folder}\0{dependency}\0missing".encode())
            self._prints[name] = digest.hexdigest()
        return self._prints[name]

    def reads(self, name: str, fields: tuple[str, ...], except_of: str | None = None) -> bool:
        """Whether the template or one it uses reads any of `fields` of some value (`x.body`,
        `x["body"]`, `attribute="body"`), judged from the source text, so erring towards yes;
        with `except_of`, reads of that variable (`article.body`) do not count."""
        key = (name, fields, except_of)
        if key in self._reads:
            return self._reads[key]
        names = "|".join(map(re.escape, fields))
        owner = rf"(?<!\b{re.escape(except_of)})" if except_of else ""
        pattern = re.compile(rf"""{owner}\.(?:{names})\b|\[\s*['"](?:{names})['"]\s*\]"""
                             rf"""|attribute\s*=\s*['"](?:{names})['"]""")
        found = False
        for dependency in self.closure(name):
            self._references(dependency)
            if pattern.search(self._sources.get(dependency, "")):
                found = True
                break
        self._reads[key] = found
        return found


def render_template(env: jinja2.Environment, name: str, context: dict) -> str:
    """Render one template, turning Jinja2's errors into TemplateError with path and line."""
    try:
        template = env.get_template(name)
        return template.render(context)
    except jinja2.TemplateNotFound as exc:
        searched = ", ".join(env.globals["searched_dirs"])
        raise TemplateError(f"template {exc.name!r} not found (looked in {searched})") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"template syntax error: {exc.message}", exc.filename or exc.name, exc.lineno,
                            exc.source.splitlines()[exc.lineno - 1] if exc.source and exc.lineno else None) from None
    except jinja2.UndefinedError as exc:
        path, line = _template_location(exc)
        raise TemplateError(f"while rendering {name}: {exc.message}", path, line) from None


def _template_location(exc: BaseException) -> tuple[str | None, int | None]:
    """The template file and line where a render error happened, from the traceback."""
    tb = exc.__traceback__
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".xml", ".txt")):
            template = tb.tb_frame.f_globals.get("__jinja_template__")
            line = template.get_corresponding_lineno(tb.tb_lineno) if template else tb.tb_lineno
            found = (filename, line)
        tb = tb.tb_next
    return found


__all__ = ["Markup", "datetime", "make_environment", "render_template", "template_dirs"]
