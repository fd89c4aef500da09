"""`warta import`: raw scraped article text -> ImportedArticle -> articles/<slug>.md."""

from warta.importer.parse import DEFAULT_ZONE, escape_markdown, normalise_lines, parse_raw
from warta.importer.naming import slug_for
from warta.importer.records import (FoundDate, ImportedArticle, ImportedImage, ReadOptions, Reading, RemovedLine,
                                     Skipped)
from warta.importer.write import ImportResult, decode_raw, import_files, to_markdown_file

__all__ = ["DEFAULT_ZONE", "FoundDate", "ImportResult", "ImportedArticle", "ImportedImage", "ReadOptions", "Reading", "RemovedLine", "Skipped", "decode_raw",
           "escape_markdown", "import_files", "normalise_lines", "parse_raw", "slug_for", "to_markdown_file"]
