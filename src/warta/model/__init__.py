"""Stage 3: the site model (URLs, taxonomies, pagination, archives, neighbours)."""

from warta.model.site import Site, build_site

__all__ = ["Site", "build_site"]
