"""Stage 1: load article files and validate them into SourceArticle records."""

from warta.content.loader import LoadResult, load_articles
from warta.content.schema import SourceArticle, parse_datetime

__all__ = ["LoadResult", "SourceArticle", "load_articles", "parse_datetime"]
