"""Stage 4: turn the site model into page files through Jinja2 templates."""

from warta.render.assets import Asset, AssetSet, collect_assets
from warta.render.pages import OutputFile, page_plans, render_page
from warta.render.templates import make_environment

__all__ = ["Asset", "AssetSet", "OutputFile", "collect_assets", "make_environment", "page_plans", "render_page"]
