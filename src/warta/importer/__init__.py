"""`warta import`: raw text, saved pages, WordPress exports, feeds -> ImportedArticle -> articles/<slug>.md."""

from warta.importer.text.parse import DEFAULT_ZONE, escape_markdown, normalise_lines, parse_raw
from warta.importer.naming import slug_for
from warta.importer.records import (FoundDate, ImportedArticle, ImportedImage, ReadOptions, Reading, RemovedLine,
                                     Skipped)
from warta.importer.inputs import decode_raw
from warta.importer.write import ImportResult, InputResult, import_files, import_inputs, to_markdown_file

__all__ = ["DEFAULT_ZONE", "FoundDate", "ImportResult", "ImportedArticle", "InputResult", "ImportedImage", "ReadOptions", "Reading", "RemovedLine", "Skipped", "decode_raw",
           "escape_markdown", "import_files", "import_inputs", "normalise_lines", "parse_raw", "slug_for", "to_markdown_file"]
