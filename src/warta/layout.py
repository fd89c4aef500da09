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
"""

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
