"""The Jinja2 environment: site templates first, then the theme shipped in the package."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import jinja2
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
