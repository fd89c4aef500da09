"""The names in a site's folder, defined once: every module that reads or writes a site uses these.

    warta.yaml      the site's config (`config.py`)
    articles/       one Markdown file per article (`content/`)
    pages/          one Markdown file per page that is not an article: Tentang, Redaksi … (`content/pages.py`)
    templates/      Jinja2 templates, each overriding the default theme's file of that name (`render/`)
    assets/         CSS, scripts and images, hashed into the output (`render/assets.py`)
    static/         files copied to the output root as they are
    data/           the newsroom's data: `authors.yaml`, the authors' profiles (`content/authors.py`)
    .warta-cache/   the build cache (`builder/cache.py`, `builder/carryover.py`)
    _site/          the built site, unless `--output` says otherwise

The site's URL parts (`artikel/`, `kategori/`, `tag/` …) are decided in `model/urls.py`.

Also here, as every reader of a site's files needs them without importing a stage: where the
package keeps its default theme, and how recent a file's timestamp may be and still be trusted.
"""

from pathlib import Path

CONFIG_NAME = "warta.yaml"
ARTICLES_DIR = "articles"
PAGES_DIR = "pages"
TEMPLATES_DIR = "templates"
ASSETS_DIR = "assets"
STATIC_DIR = "static"
DATA_DIR = "data"
AUTHORS_FILE = f"{DATA_DIR}/authors.yaml"
CACHE_DIR = ".warta-cache"
OUTPUT_DIR = "_site"

SITE_FOLDERS = (TEMPLATES_DIR, ASSETS_DIR, STATIC_DIR, DATA_DIR)
"""The folders besides `articles/` and `pages/` that a build reads."""
PUBLISHED_FOLDERS = (ASSETS_DIR, STATIC_DIR)
"""The folders whose files end up in the output."""
INPUTS = (CONFIG_NAME, ARTICLES_DIR, PAGES_DIR, *SITE_FOLDERS)
"""Everything in a site folder that a build reads (and `warta serve` watches)."""

RACY_NS = 2_000_000_000
"""A file changed less than this long ago may change again within one timestamp tick: the loader
reads it again next time (`content/loader.py`), and the stamp of the inputs is not remembered
(`builder/laststamp.py`)."""

PACKAGE_DIR = Path(__file__).resolve().parent
THEME_DIR = PACKAGE_DIR / "theme"
"""The default theme's files inside the package: `assets/`, `fonts/` and, in an installed wheel,
`templates/` (see `THEME_TEMPLATES`)."""
THEME_MARKER = "base.html"
"""A file every copy of the default theme's templates has: a folder without it is not one."""


def _theme_templates() -> Path:
    """The default theme's Jinja2 templates.

    Their one copy is the repository's top-level `templates/` (also the templates of the
    repository's own site). The wheel ships that folder inside the package, as
    `warta/theme/templates/` (pyproject.toml maps the package `warta.theme.templates` to it), so:

    - installed from a wheel or an sdist: the package's own `theme/templates/`, next to this
      code, is used (whatever checkout may lie around);
    - run from a checkout (PYTHONPATH=src, or `pip install -e .`, whose `warta` is the checkout's
      `src/warta`): there is no `src/warta/theme/templates/`, and the checkout's `templates/`,
      two folders above the package (`<repo>/src/warta` -> `<repo>/templates`), is used.

    Either folder counts only if it holds `THEME_MARKER`. Both are found from this file's own
    path, not with `importlib.resources`: `warta.theme.templates` is no importable package in a
    checkout (nor in setuptools' editable install), and Jinja2's FileSystemLoader and the build's
    fingerprints need real folders anyway. If neither folder exists (a broken install), the
    package's path is returned, and template lookups fail naming it."""
    packaged = THEME_DIR / "templates"
    if (packaged / THEME_MARKER).is_file():
        return packaged
    checkout = PACKAGE_DIR.parent.parent / "templates"
    if PACKAGE_DIR.parent.name == "src" and (checkout / THEME_MARKER).is_file():
        return checkout
    return packaged


THEME_TEMPLATES = _theme_templates()
THEME_INPUTS = (THEME_DIR,) if THEME_TEMPLATES.is_relative_to(THEME_DIR) else (THEME_DIR, THEME_TEMPLATES)
"""Every folder of the default theme's files, each once: what a build reads besides the site (the
no-op check stats them without importing Jinja2)."""
