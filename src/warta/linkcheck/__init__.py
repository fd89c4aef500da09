"""Link checking, for `warta check` and the build: which links lead nowhere.

`pages.py` reads built pages (anchors and links), `check.py` resolves links and finds the broken
ones, `site.py` reads a built site from disk for `warta check`."""

from warta.linkcheck.check import Target, check_links, grew, index_shape, resolve
from warta.linkcheck.pages import BuiltPage, PageLink, SiteIndex, forget_tags, index_site, scan_page

__all__ = ["BuiltPage", "PageLink", "SiteIndex", "Target", "check_links", "forget_tags", "grew", "index_shape",
           "index_site", "resolve", "scan_page"]
