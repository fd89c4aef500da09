"""Read the authors' profiles (`data/authors.yaml`) into frozen AuthorProfile records.

    Rina Wulandari:
      job_title: Redaktur Pelaksana
      bio: Meliput kebijakan teknologi sejak 2015.
      url: https://rina.contoh.id/
      same_as: [https://x.com/rinaw, https://www.linkedin.com/in/rinaw]
      email: rina@contoh.id
      photo: /gambar/penulis/rina.jpg


Each top-level key is an author's name as articles write it in `author:` (matched as their pages
are: by URL name, so `rina wulandari` is Rina Wulandari too). Every value is optional; the bio is
plain text (templates escape it). An entry naming no article's author is a warning (a misspelt
name shows no profile), a value of the wrong kind an error at its line (issue 18).
"""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from PIL import Image

from warta.config import check_email, did_you_mean, https_url
from warta.content.schema import SourceArticle
from warta.errors import Problem
from warta.layout import AUTHORS_FILE, STATIC_DIR
from warta.model.urls import term_slug
from warta.yamlmap import YamlMapping, parse_mapping

PROFILE_KEYS = ("job_title", "bio", "url", "same_as", "email", "photo")
PHOTO_TYPES = (".jpg", ".jpeg", ".png", ".webp", ".avif")
"""What an author's photo may be: pictures every browser the site supports shows."""
PHOTO_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "AVIF"})
"""The same, as Pillow names what a file really holds (a TIFF renamed .jpg is refused)."""
PHOTO_NAME = re.compile(r"/[A-Za-z0-9._~/-]+")
"""A photo's site path: characters a page may write in `src` as they are."""
MAX_PHOTO_SIDE = 2000
MAX_PHOTO_BYTES = 1_000_000
"""A profile photo is copied as it is, not through the photo pipeline: a camera's original is refused."""
MAX_BIO = 2000
"""Characters a bio may have: a paragraph, not a page (the author's page shows it whole)."""
MAX_BYTES = 1_000_000
"""Size beyond which the file is refused unread: profiles of a newsroom, not a pasted dump."""


@dataclass(frozen=True, slots=True)
class AuthorProfile:
    """What `data/authors.yaml` says about one author."""

    name: str
    """The name as the file writes it."""
    job_title: str = ""
    """Position in the newsroom ("Redaktur Pelaksana")."""
    bio: str = ""
    """A few sentences about the author, plain text."""
    url: str = ""
    """The author's own (personal or professional) page: an https URL."""
    same_as: tuple[str, ...] = ()
    """https URLs of the author's accounts elsewhere (X, LinkedIn, …)."""
    email: str = ""
    photo: str = ""
    """The author's portrait: a site path to a picture of `static/` (`/gambar/penulis/rina.jpg`)."""
    photo_size: tuple[int, int] = (0, 0)
    """Its width and height in pixels, written on the `<img>` so the page does not shift as it loads."""


def load_authors(root: Path, articles: Iterable[SourceArticle]
                 ) -> tuple[dict[str, AuthorProfile], list[Problem]]:
    """The profiles of `data/authors.yaml` by their author's URL name (`term_slug`), and the file's
    problems; `articles` (every article read, drafts too) tell which names no article uses."""
    path = root / AUTHORS_FILE
    if not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root)):
        return {}, []  # a link leaving the site: never read, `content.files.folder_problems` refuses it
    if not path.is_file():
        return {}, ([Problem(AUTHORS_FILE, None, None, "is not a file", "make it a YAML file, or remove it")]
                    if path.exists() else [])
    size = path.stat().st_size
    if size > MAX_BYTES:
        return {}, [Problem(AUTHORS_FILE, None, None, f"is {size:,} bytes; at most {MAX_BYTES:,}",
                            "keep one short entry per author")]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        return {}, [Problem(AUTHORS_FILE, None, None, f"is not UTF-8 text ({exc.reason})", "save it as UTF-8")]
    mapping, problems = parse_mapping(text, AUTHORS_FILE, what="the authors' file")
    if mapping is None:
        return {}, problems
    written = {term_slug(name): name for article in articles for name in article.authors}
    profiles: dict[str, AuthorProfile] = {}
    for name, value in mapping.data.items():
        profile, found = _profile(name, value, mapping, root)
        problems += found
        if profile is not None:
            problems += _place(profile, profiles, written, mapping)
    return profiles, problems


def _place(profile: AuthorProfile, profiles: dict[str, AuthorProfile], written: dict[str, str],
           mapping: YamlMapping) -> list[Problem]:
    """Put `profile` in `profiles` under its author's URL name, or say why not; warn when no
    article (`written`: URL name -> name) names its author."""
    name, slug, line = profile.name, term_slug(profile.name), mapping.line_of(profile.name)
    if not slug:
        return [Problem(AUTHORS_FILE, line, None, f'"{name}" has no letters or digits to make a URL from',
                        "write the author's name as the articles write it")]
    if slug in profiles:
        first = profiles[slug].name
        return [Problem(AUTHORS_FILE, line, None, f'"{name}" is the author "{first}" again (line '
                        f"{mapping.line_of(first)}): one author, one page", "merge the two entries")]
    profiles[slug] = profile
    if slug in written:
        return []
    return [Problem(AUTHORS_FILE, line, None, f'no article names the author "{name}"',
                    did_you_mean(name, sorted(written.values()),
                                 "write the name as the articles' `author:` does, or remove the entry"),
                    warning=True)]


def _profile(name: str, value: Any, mapping: YamlMapping, root: Path) -> tuple[AuthorProfile | None, list[Problem]]:
    """The profile of one entry, or None, and its problems (at the line of the value concerned)."""
    line = mapping.line_of(name)
    if value is None:
        return AuthorProfile(name), []
    if not isinstance(value, dict):
        return None, [Problem(AUTHORS_FILE, line, None, f'"{name}" must be a mapping of {", ".join(PROFILE_KEYS)}',
                              "indent `job_title: Redaktur` lines under the name")]
    problems: list[Problem] = []
    fields: dict[str, Any] = {}
    for key, item in value.items():
        key = str(key)
        where = mapping.line_at(name, key)
        if key not in PROFILE_KEYS:
            problems.append(Problem(AUTHORS_FILE, where, key, f'is not a known field (of "{name}")',
                                    did_you_mean(key, PROFILE_KEYS, f"use {', '.join(PROFILE_KEYS)}"), warning=True))
            continue
        if item is None or item == "":
            continue
        reason, hint, at = _wrong(key, item, name, mapping)
        if not reason and key == "photo":
            reason, hint, size = _photo(item, root)
            fields["photo_size"] = size
        if reason:
            problems.append(Problem(AUTHORS_FILE, at or where, key, f'{reason} (of "{name}")', hint))
        else:
            fields[key] = tuple(dict.fromkeys(item)) if key == "same_as" else " ".join(item.split())
    if any(not p.warning for p in problems):
        return None, problems
    return AuthorProfile(name, **fields), problems


def _photo(value: str, root: Path) -> tuple[str | None, str | None, tuple[int, int]]:
    """(why `value` is not a picture of the site's `static/` folder, what to write instead, (0, 0)), or
    (None, None, its width and height)."""
    hint = "put the picture in static/ and write its path on the site, e.g. `photo: /gambar/penulis/rina.jpg`"
    parts = value.split("/")
    if not value.startswith("/") or ".." in parts or "\\" in value or not value.lower().endswith(PHOTO_TYPES):
        return (f'"{value}" is not a site path to a picture ({", ".join(PHOTO_TYPES)})', hint, (0, 0))
    if not PHOTO_NAME.fullmatch(value):
        return (f'"{value}" has a character a web address must encode', "rename the file in static/ with letters, "
                "digits, '-', '_' and '.' only, e.g. /gambar/penulis/rina-wulandari.jpg", (0, 0))
    static = Path(os.path.realpath(root / STATIC_DIR))
    path = Path(os.path.realpath(static.joinpath(*parts[1:])))
    if not path.is_relative_to(static) or not path.is_file():
        return (f'"{value}" is not a file of {STATIC_DIR}/', hint, (0, 0))
    shrink = f"save it at most {MAX_PHOTO_SIDE} pixels wide and high, as JPEG or WebP (the page shows it at 80 px)"
    if path.stat().st_size > MAX_PHOTO_BYTES:
        return (f'"{value}" is {path.stat().st_size:,} bytes: more than {MAX_PHOTO_BYTES:,} for a profile photo', shrink,
                (0, 0))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as picture:
                kind, size = picture.format, picture.size
    except (OSError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return (f'"{value}" is not a picture that can be read', "save it again as JPEG or PNG", (0, 0))
    if kind not in PHOTO_FORMATS:
        return (f'"{value}" is a {kind} file, which browsers do not all show', "save it again as JPEG or PNG", (0, 0))
    if max(size) > MAX_PHOTO_SIDE:
        return (f'"{value}" is {size[0]}x{size[1]} pixels', shrink, (0, 0))
    return None, None, size


def _wrong(key: str, value: Any, name: str, mapping: YamlMapping) -> tuple[str | None, str | None, int | None]:
    """(why `value` does not do for `key`, what to write instead, the line of the item concerned),
    or (None, None, None)."""
    if key == "same_as":
        if not isinstance(value, list):
            return ("must be a list of https URLs", "for example `same_as: [https://x.com/nama]`", None)
        for index, url in enumerate(value):
            reason = https_url(url)
            if reason:
                return (f"item {index + 1} {reason}", "write the account's full address, https:// first",
                        mapping.line_at(name, key, index))
        return None, None, None
    if key == "url":
        reason = https_url(value)
        return (reason, "write the author's own page, https:// first", None) if reason else (None, None, None)
    if key == "email":
        reason = check_email(value)
        return (reason, "or leave `email:` out", None) if reason else (None, None, None)
    if not isinstance(value, str):
        return f"must be text, not {type(value).__name__}", "put it in double quotes", None
    if key == "bio" and len(value) > MAX_BIO:
        return (f"has {len(value)} characters; at most {MAX_BIO}", "shorten it to a paragraph", None)
    return None, None, None
