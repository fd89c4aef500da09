"""Names an import gives: the article's slug (its file name) and where its pictures are copied."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from slugify import slugify

from warta.importer.records import ImportedArticle

SLUG_LENGTH = 60
PICTURES_DIR = "foto"
"""Pictures of imported articles go to `<articles>/foto/<slug>/<file>`: a path from the article's folder,
as the photos section of the README describes."""


def slug_for(article: ImportedArticle) -> str:
    """The article's file name: the slug the source gave (WordPress `post_name`), else from the title (at most
    60 characters, cut at a word), else from the input's name."""
    for base in (article.slug, article.title, Path(article.name).stem):
        slug = slugify(base or "", max_length=SLUG_LENGTH, word_boundary=True)
        if slug:
            return slug
    return "artikel"


def picture_src(slug: str, file_name: str) -> str:
    """`foto/<slug>/<file>` for a picture copied next to the article `<slug>.md`; the file name made safe
    (letters, digits, `.`, `-`, `_`), its extension kept."""
    name = PurePosixPath(file_name.replace("\\", "/")).name
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    safe = slugify(stem, max_length=SLUG_LENGTH, word_boundary=True) or "gambar"
    extension = re.sub(r"[^a-z0-9]", "", extension.lower())[:8]
    return f"{PICTURES_DIR}/{slug}/{safe}.{extension}" if extension else f"{PICTURES_DIR}/{slug}/{safe}"
