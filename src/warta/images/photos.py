"""The images an article shows: each reference (the lead image's `src`, a body figure's path) found
on disk, checked once per process, and paired with the words that go with it (`Photo`).

A path is read from the article's own folder (`foto/rapat.jpg` beside `articles/berita.md`, as an
editor's Markdown preview reads it) or, with a leading slash, from `static/` (`/gambar/x.jpg`, a
path on the site). Nothing outside the site folder is read."""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from pathlib import Path

from warta.content.files import file_stamp
from warta.errors import Problem
from warta.images.renditions import Rendition, crop, output_path, responsive
from warta.images.source import ImageFault, ImageSource, probe
from warta.layout import ARTICLES_DIR, STATIC_DIR
from warta.pickling import FastPickle

ARTICLE_FOLDER = f"{ARTICLES_DIR}/"
CREDIT_KINDS = ("foto", "grafis", "ilustrasi", "infografis", "gambar", "dok", "video", "sumber")
"""Words a credit may start with to name its own kind ("Grafis: Warta"); others get "Foto: "."""


@dataclass(frozen=True, slots=True)
class Photo(FastPickle):
    """An image as an article shows it: its file and the words that go with it."""

    source: ImageSource
    alt: str
    """Text alternative ("" for a decorative picture)."""
    caption: str | None = None
    credit: str | None = None
    """As written (`credit_line` shows it)."""
    focus: tuple[float, float] = (0.5, 0.5)
    """The point crops keep (fractions of the width and height)."""

    @property
    def credit_line(self) -> str | None:
        """"Foto: Antara/Budi", or the credit as written when it names its kind ("Grafis: Warta")."""
        if not self.credit:
            return None
        head, colon, _ = self.credit.partition(":")
        return self.credit if colon and head.strip().lower() in CREDIT_KINDS else f"Foto: {self.credit}"


Dependency = tuple[str, "tuple[int, int] | None"]
"""(path from the site root, (size, mtime_ns) or None when missing) of a file an article read."""


class ImageFinder:
    """Finds and checks the image files articles name, each file once per process."""

    def __init__(self, root: Path, max_pixels: int):
        self.root = Path(os.path.realpath(root))
        self.max_pixels = max_pixels
        self._seen: dict[str, ImageSource | ImageFault] = {}

    def find(self, src: str, article_path: str) -> tuple[str | None, ImageSource | ImageFault]:
        """(path from the site root or None, the checked file or why it cannot be used)."""
        if any(ord(character) < 32 or character == "\x7f" for character in src):  # `%00` in the body
            return None, ImageFault("has a control character in its path", "name the file without it")
        shown = self.site_path(src, article_path)
        if shown is None:
            return None, ImageFault("is outside the site folder", "keep the picture in the site folder, beside the article")
        if not shown.startswith((ARTICLE_FOLDER, f"{STATIC_DIR}/")):
            # (The build watches articles/ and static/: a picture elsewhere could change unseen.)
            return shown, ImageFault(f"is neither in {ARTICLE_FOLDER} nor in {STATIC_DIR}/",
                                     f"keep the picture beside the article ({ARTICLE_FOLDER}…) or in {STATIC_DIR}/")
        found = self._seen.get(shown)
        if found is None:
            real = os.path.realpath(self.root / shown)
            if not Path(real).is_relative_to(self.root):
                found = ImageFault("is a link to a file outside the site folder", "copy the picture into the site folder")
            else:
                found = probe(self.root / shown, shown, self.max_pixels)
            self._seen[shown] = found
        return shown, found

    @staticmethod
    def site_path(src: str, article_path: str) -> str | None:
        """The file `src` names, as a path from the site root ("/" separated), or None outside it."""
        if src.startswith("/"):
            path = posixpath.normpath(f"{STATIC_DIR}/{src.lstrip('/')}")
        else:
            path = posixpath.normpath(posixpath.join(posixpath.dirname(article_path), src))
        return None if path == ".." or path.startswith("../") or path.startswith("/") else path


class ArticlePhotos:
    """The images of one article being rendered: what each reference gave, what went wrong (as
    problems at the article's lines) and which files were read (`dependencies`)."""

    def __init__(self, finder: ImageFinder, article_path: str):
        self.finder = finder
        self.path = article_path
        self.problems: list[Problem] = []
        self.read: dict[str, ImageSource | ImageFault] = {}
        """What each file read gave, by its path from the site root."""

    def photo(self, src: str, line: int | None, field: str, alt: str | None, caption: str | None = None,
              credit: str | None = None, focus: tuple[float, float] = (0.5, 0.5)) -> Photo | None:
        """The picture `src` names (with its words), or None after reporting why it cannot be shown."""
        shown, found = self.finder.find(src, self.path)
        if shown is not None:
            self.read[shown] = found
        if isinstance(found, ImageFault):
            printable = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in src)
            named = f'"{printable}" ({shown})' if shown else f'"{printable}"'
            self.problems.append(Problem(self.path, line, field, f"{named} {found.message}", found.hint))
            return None
        if found.located and found.path.startswith(f"{STATIC_DIR}/"):
            self.warn(line, field, f"{found.path} holds a GPS position (EXIF), and every file of "
                      f"{STATIC_DIR}/ is published as it is", f"move it beside the article ({ARTICLE_FOLDER}…), "
                      "where only its copies without metadata are published")
        if alt is None:
            self.problems.append(Problem(self.path, line, field, f'"{src}" has no alt text',
                                         'describe the picture: `![what it shows](' + src + ')`; '
                                         'a decorative picture: `![](' + src + '){.dekoratif}`'))
            return None
        return Photo(found, alt, caption, credit, focus)

    @property
    def sources(self) -> tuple[ImageSource, ...]:
        """Every image file found and usable, by path."""
        return tuple(found for _, found in sorted(self.read.items()) if isinstance(found, ImageSource))

    def warn(self, line: int | None, field: str, message: str, hint: str) -> None:
        self.problems.append(Problem(self.path, line, field, message, hint, warning=True))

    @property
    def dependencies(self) -> tuple[Dependency, ...]:
        """Every image file read, with its (size, mtime_ns) then, or None when it was missing."""
        return tuple(sorted((path, found.stat if isinstance(found, ImageSource) else file_stamp(self.finder.root / path))
                            for path, found in self.read.items()))


# -- what the site publishes of a photo --------------------------------------------------------------

THUMBNAIL = ((3, 2), (360, 720))
"""Listing cards show a 3:2 crop around the focus, 360 and 720 pixels wide (1x and 2x screens)."""
SOCIAL = ((1200, 630), 1200)
"""og:image (X reads it too): the 1200×630 crop social apps show large."""
SCHEMA_RATIOS = ((16, 9), (4, 3), (1, 1))
"""NewsArticle JSON-LD `image`: Google asks for these three ratios, at least 1200 pixels wide."""
SCHEMA_WIDTH = 1200


@dataclass(frozen=True, slots=True)
class Sized:
    """One published file of a photo: its path in the output and its size in pixels."""

    path: str
    width: int
    height: int
    format: str


@dataclass(frozen=True, slots=True)
class PhotoSet:
    """The files of one photo a page refers to: a responsive set per format, largest last."""

    avif: tuple[Sized, ...]
    webp: tuple[Sized, ...]
    fallback: tuple[Sized, ...]
    """JPEG (PNG with transparency; the SVG itself for an SVG)."""


FALLBACK_WIDTH = 1200
"""The one JPEG (or PNG) a browser without AVIF and WebP gets: the widest up to this."""


def responsive_set(source: ImageSource, widths: tuple[int, ...]) -> PhotoSet:
    """The photo at each width of the site's `image_widths` it reaches in AVIF and WebP, and one
    fallback file (every browser that reads `srcset` reads WebP: a fallback set would only make
    each page longer and each build slower)."""
    chosen = _responsive(source, widths)
    return PhotoSet(*(tuple(_sized(source, r) for r in part) for part in chosen))


def _responsive(source: ImageSource, widths: tuple[int, ...]) -> tuple[tuple[Rendition, ...], ...]:
    """(AVIF set, WebP set, (the fallback,)) of `responsive`."""
    chosen = responsive(source, widths)
    fitting = [r for r in chosen.fallback if r.width <= FALLBACK_WIDTH] or [chosen.fallback[0]]
    return chosen.avif, chosen.webp, (fitting[-1],)


def thumbnail_set(photo: Photo, small: bool = False) -> PhotoSet:
    """The 3:2 crop listing cards show, 360 and 720 wide (`small`: 360 only, for a list's 6rem
    thumbnail); an SVG: itself."""
    if photo.source.kind == "svg":
        return responsive_set(photo.source, THUMBNAIL[1])
    return PhotoSet(*(tuple(_sized(photo.source, r) for r in part) for part in _thumbnail(photo, small)))


def social_image(photo: Photo) -> Sized | None:
    """The 1200×630 JPEG crop for og:image (None for an SVG: social apps do not show SVG)."""
    rendition = _social(photo)
    return _sized(photo.source, rendition) if rendition else None


def schema_images(photo: Photo) -> tuple[Sized, ...]:
    """The 16:9, 4:3 and 1:1 JPEG crops for NewsArticle JSON-LD (none for an SVG)."""
    return tuple(_sized(photo.source, r) for r in _schema(photo))


def renditions_of(photo: Photo, widths: tuple[int, ...], lead: bool) -> dict[str, tuple[ImageSource, Rendition]]:
    """Every file published of `photo` (a lead photo also has its thumbnail and crops): output path
    -> (source, rendition). The build encodes what the pages refer to: both come from the same
    `_responsive`, `_thumbnail`, `_social` and `_schema`."""
    source = photo.source
    parts = [*_responsive(source, widths)]
    if lead and source.kind != "svg":
        parts += [*_thumbnail(photo, small=False), (_social(photo),), _schema(photo)]
    return {output_path(source, r): (source, r) for part in parts for r in part}


def _thumbnail(photo: Photo, small: bool) -> tuple[tuple[Rendition, ...], ...]:
    """(AVIF set, WebP set, (the fallback,)) of the 3:2 thumbnail of a raster photo."""
    source = photo.source
    ratio, widths = THUMBNAIL
    widths = widths[:1] if small else widths
    sets = (tuple(_distinct(crop(source, ratio, w, photo.focus, kind) for w in widths)) for kind in ("avif", "webp"))
    return (*sets, (crop(source, ratio, THUMBNAIL[1][0], photo.focus, _fallback(source)),))


def _social(photo: Photo) -> Rendition | None:
    if photo.source.kind == "svg":
        return None
    ratio, width = SOCIAL
    return crop(photo.source, ratio, width, photo.focus, "jpeg")


def _schema(photo: Photo) -> tuple[Rendition, ...]:
    if photo.source.kind == "svg":
        return ()
    return tuple(crop(photo.source, ratio, SCHEMA_WIDTH, photo.focus, "jpeg") for ratio in SCHEMA_RATIOS)


def _fallback(source: ImageSource) -> str:
    return "png" if source.alpha else "jpeg"


def _distinct(renditions) -> list[Rendition]:
    """Renditions without repeats (two widths a small source reaches only once), in order."""
    return list(dict.fromkeys(renditions))


def _sized(source: ImageSource, rendition: Rendition) -> Sized:
    return Sized(output_path(source, rendition), rendition.width, rendition.height, rendition.format)
