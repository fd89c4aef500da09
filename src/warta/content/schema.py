"""Article front matter: the fields, their types and defaults, and the checks on them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from slugify import slugify

from warta.config import SiteConfig, did_you_mean
from warta.errors import Problem
from warta.pickling import FastPickle
from warta.yamlmap import YamlMapping

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_SLUG_BYTES = 200
MAX_TAGS = 50
"""Tags on one article: each makes a page and a feed, so 10,000 pasted tags would make 10,000 of each."""

MONTHS_ID = ("januari", "februari", "maret", "april", "mei", "juni", "juli",
             "agustus", "september", "oktober", "november", "desember")
_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july",
              "august", "september", "october", "november", "december")
_WRITTEN_DATE = re.compile(r"^(?:\w+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$")

DATE_HINT = 'use YYYY-MM-DD, or with a time "2025-06-15T09:00:00+07:00"'
FIRST_YEAR, LAST_YEAR = 1900, 2999
"""Years a date may have (`date`, `updated`, `expires`, --now, imported dates). Issue 21: "9999-12-31"
overflowed the calendar when the build added the news sitemap's two days to it, after the new site was
published, and "0001-01-01T00:00:00+07:00" when it was turned into the site's time zone. News archives
start after 1900; a date after 2999 is a typo."""


@dataclass(frozen=True, slots=True)
class SourceArticle(FastPickle):
    """A validated article file: front matter fields plus the raw Markdown body."""

    path: str
    """Path relative to the site root (`articles/x.md`)."""
    slug: str
    """URL name: the `slug` field, else the file name; lower-case ASCII and hyphens."""
    title: str
    """Headline."""
    date: datetime
    """Publication time, always with a time zone."""
    updated: datetime | None
    """Last substantial update, if any."""
    expires: datetime | None
    """After this time the article is taken down (left out of the build)."""
    authors: tuple[str, ...]
    """Names from `author` (text or list)."""
    source: str | None
    """Publication the article comes from."""
    dateline: str | None
    """Place the story was filed from ("JAKARTA")."""
    tags: tuple[str, ...]
    """Tags as written, duplicates removed, in order."""
    category: str | None
    """Section of the site ("Teknologi")."""
    summary: str | None
    """One-sentence summary; derived from the first paragraph when missing."""
    draft: bool
    """Drafts are built only with --drafts."""
    note: str | None
    """Editor's note, shown as a "Catatan redaksi" box above the body (Markdown)."""
    image: str | None
    """The article's own lead image (https URL or site path); else a social card is drawn."""
    image_alt: str | None
    """Text alternative of `image`."""
    extra: dict[str, Any] = field(hash=False, compare=False)
    """Free-form values for custom templates."""
    body: str = ""
    """The Markdown body."""
    body_line: int = 1
    """Line of the file where the body starts, to report body problems."""
    slug_line: int | None = None
    """Line of an explicit `slug:` field, to report a duplicate there."""
    aliases: tuple[str, ...] = ()
    """Old URL paths of this article as written (`/2025/06/judul-lama.html`, `lama/judul/`), checked by
    `check_alias`; each gets a redirect page and a `_redirects` line (model/urls.py places them)."""
    alias_lines: tuple[int, ...] = ()
    """Line of each alias in the file, to report a collision there."""
    tag_lines: tuple[int, ...] = ()
    """Line of each tag in the file, to report there two names that would share one page
    (`model.taxonomies.term_collisions`); likewise the lines of the authors, category and source
    (None for the site's default author)."""
    author_lines: tuple[int | None, ...] = ()
    category_line: int | None = None
    source_line: int | None = None


KNOWN_FIELDS = ("title", "date", "updated", "expires", "author", "source", "dateline", "tags",
                "category", "summary", "slug", "draft", "note", "image", "image_alt", "aliases", "extra")

_ALIAS_FORBIDDEN = re.compile(r'[\s\\?#%*:"<>|^`{}\[\]\x00-\x1f\x7f]')
MAX_ALIAS_BYTES = 900
ALIAS_HINT = "write the old path on this site, for example `- /2025/06/judul-lama.html` or `- lama/judul/`"


def parse_datetime(value: Any, zone: ZoneInfo) -> tuple[datetime | None, str | None]:
    """Parse an ISO 8601 date or date-time; a value without offset is taken in `zone`.

    Returns (datetime, None) or (None, reason)."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time())
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            parsed = datetime.fromisoformat(text.replace(" ", "T", 1) if re.match(r"^\d{4}-\d\d-\d\d \d", text) else text)
        except ValueError:
            return None, _explain_bad_date(text)
        if len(text) == 10 and not isinstance(parsed, datetime):  # pragma: no cover - fromisoformat gives datetime
            parsed = datetime.combine(parsed, time())
    elif isinstance(value, bool):
        return None, f"{str(value).lower()} is true/false, not a date"
    elif isinstance(value, (int, float)):
        return None, f"{value!r} is a number, not a date"
    else:
        return None, "is empty" if value in (None, "") else f"{value!r} is not a date"
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    reason = check_year(parsed)
    if reason:
        written = value.strip() if isinstance(value, str) else value.isoformat()
        return None, f'"{written}" {reason}'
    return parsed, None


_OUT_OF_RANGE = f"is outside the years {FIRST_YEAR} to {LAST_YEAR}"


def check_year(moment: date) -> str | None:
    """Why `moment` lies outside the years Warta takes (FIRST_YEAR to LAST_YEAR), or None."""
    if FIRST_YEAR <= moment.year <= LAST_YEAR:
        return None
    return _OUT_OF_RANGE


def _explain_bad_date(text: str) -> str:
    """Say why `text` is not a date, recognising written dates like "31 Juni 2025"."""
    written = _WRITTEN_DATE.match(text)
    if written:
        day, month_name, year = int(written[1]), written[2].lower(), int(written[3])
        months = MONTHS_ID if month_name in MONTHS_ID else _MONTHS_EN if month_name in _MONTHS_EN else None
        if months:
            month = months.index(month_name) + 1
            try:
                iso = date(year, month, day).isoformat()
            except ValueError:
                return f'"{text}" is not a date ({month_name.capitalize()} {year} has no day {day})'
            return f'"{text}" is not in ISO form (write "{iso}")'
    impossible = _impossible_iso_day(text)
    if impossible:
        return f'"{text}" is not a date ({impossible})'
    return f'"{text}" is not a date'


def _impossible_iso_day(text: Any) -> str | None:
    """Why a value written YYYY-MM-DD… names no real day ("Februari 2025 has no day 30"), else None."""
    iso = re.match(r"^(\d{4})-(\d\d)-(\d\d)(?!\d)", text.strip()) if isinstance(text, str) else None
    if not iso:
        return None
    year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return f"the year {year} {_OUT_OF_RANGE}"
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    try:
        date(year, month, day)
    except ValueError:
        return f"{MONTHS_ID[month - 1].capitalize()} {year} has no day {day}"
    return None


def slug_from_name(name: str) -> str:
    """Slug for a file name that is not one already (`Judul Baru.md` -> `judul-baru`)."""
    return slugify(name, max_length=MAX_SLUG_BYTES, word_boundary=True)


def check_slug(slug: Any) -> str | None:
    """Return why `slug` cannot be a URL segment, or None when it is fine."""
    if not isinstance(slug, str) or not slug:
        return "must be non-empty text"
    if len(slug.encode()) > MAX_SLUG_BYTES:
        return f"is longer than {MAX_SLUG_BYTES} bytes"
    if not SLUG_RE.match(slug):
        shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in slug)
        return f'"{shown}" may contain only a-z, 0-9 and single hyphens (no "/", "..", spaces or capitals)'
    return None


def check_image(value: str) -> str | None:
    """Return why `value` cannot be an image address, or None."""
    lowered = value.strip().lower()
    if lowered.startswith(("http://", "https://")):
        return None if " " not in value and "<" not in value and '"' not in value else f'"{value}" is not a URL'
    if ":" in value.split("/", 1)[0] or lowered.startswith("//"):
        return f'"{value}" is neither an http(s) URL nor a path on this site'
    if ".." in value.split("/") or "\\" in value or any(ord(c) < 32 for c in value):
        return f'"{value}" may not contain "..", backslashes or control characters'
    return None


def check_alias(value: Any) -> str | None:
    """Return why `value` cannot be an old URL path to redirect from, or None."""
    if not isinstance(value, str) or not value.strip():
        return f"has an entry that is not a path ({value!r})"
    if "://" in value or value.startswith("//"):
        return f'"{value}" is a full URL; only paths on this site can be redirected'
    bad = _ALIAS_FORBIDDEN.search(value)
    if bad:
        shown = {"?": "a query string (?)", "#": "a fragment (#)"}.get(bad[0], f"{bad[0]!r}")
        return f'"{value}" may not contain {shown}'
    segments = value.strip("/").split("/")
    if segments == [""]:
        return f'"{value}" is the home page'
    if any(s in ("", ".", "..") for s in segments):
        return f'"{value}" may not contain empty, "." or ".." segments (it would leave the output folder)'
    if len(value.encode()) > MAX_ALIAS_BYTES:
        return f"is longer than {MAX_ALIAS_BYTES} bytes"
    if any(len(segment.encode()) > MAX_SLUG_BYTES for segment in segments):
        return f'"{value}" has a part longer than {MAX_SLUG_BYTES} bytes, more than a file name may be'

    return None


def validate_article(path: str, stem: str, mapping: YamlMapping, body: str, body_line: int,
                     config: SiteConfig) -> tuple[SourceArticle | None, list[Problem]]:
    """Check every field of one article; return the record or the problems that prevent it."""
    data = mapping.data
    problems: list[Problem] = []
    zone = config.zone

    def error(key: str, message: str, hint: str | None = None) -> None:
        problems.append(Problem(path, mapping.line_of(key), key, message, hint))

    def warn(key: str, message: str, hint: str | None = None) -> None:
        problems.append(Problem(path, mapping.line_of(key), key, message, hint, warning=True))

    for key in data:
        if key not in KNOWN_FIELDS:
            warn(key, "is not a known field", did_you_mean(key, KNOWN_FIELDS))

    def text(key: str, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                error(key, "is missing or empty" if key in data else "is missing",
                      f'add `{key}: …` to the front matter' if key not in data else f"write the {key} after `{key}:`")
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            error(key, f"must be text, not {_kind(value)}", "put the value in double quotes")
            return None
        return " ".join(value.split()) if key != "note" else value.strip()

    def when(key: str, required: bool = False) -> datetime | None:
        if key not in data or data[key] in (None, ""):
            if required:
                error(key, "is missing", f'add `{key}: "2025-06-15T09:00:00+07:00"` (YYYY-MM-DD, time optional)')
            return None
        parsed, reason = parse_datetime(data[key], zone)
        if reason:
            # "2025-02-30" is already in the right form: the fix is the day, not the format.
            hint = ("check the year" if _OUT_OF_RANGE in reason else
                    "check the day and the month" if _impossible_iso_day(data[key]) else DATE_HINT)
            error(key, reason, hint)
        return parsed

    title = text("title", required=True)
    published = when("date", required=True)
    updated = when("updated")
    expires = when("expires")
    if published and updated and updated < published:
        error("updated", f"{updated.isoformat()} is before date {published.isoformat()}",
              "an update cannot come before publication; fix one of them")
    if published and expires and expires <= published:
        error("expires", f"{expires.isoformat()} is not after date {published.isoformat()}",
              "set expires later than date, or remove it")

    authors: tuple[str, ...] = ()
    author_lines: dict[str, int | None] = {}
    raw_author = data.get("author")
    if isinstance(raw_author, list):
        if all(isinstance(a, str) and a.strip() for a in raw_author):
            for index, name in enumerate(" ".join(a.split()) for a in raw_author):
                author_lines.setdefault(name, mapping.line_of_item("author", index))
            authors = tuple(author_lines)
        else:
            error("author", "must be a name or a list of names", 'for example `author: "Rina Wulandari"`')
    elif raw_author is not None:
        name = text("author")
        authors = (name,) if name else ()
        author_lines = {name: mapping.line_of("author")} if name else {}
    source = text("source")
    if not authors and not source and config.author:
        authors = (config.author,)
        author_lines = {config.author: None}

    tags: tuple[str, ...] = ()
    tag_lines: tuple[int, ...] = ()
    raw_tags = data.get("tags")
    if raw_tags is None:
        pass
    elif not isinstance(raw_tags, list):
        error("tags", f"must be a list, not {_kind(raw_tags)}", 'write `tags: [Meta, "Scale AI"]` or one `- tag` per line')
    elif len(raw_tags) > MAX_TAGS:
        error("tags", f"has {len(raw_tags)} tags; an article may have at most {MAX_TAGS}",
              "keep the few that readers will browse by")
    else:
        cleaned: dict[str, int] = {}  # tag -> its line
        for index, tag in enumerate(raw_tags):
            if isinstance(tag, (int, float)) and not isinstance(tag, bool):
                tag = str(tag)
            if not isinstance(tag, str) or not tag.strip():
                error("tags", f"has an entry that is not a tag name ({tag!r})", "every tag must be non-empty text")
                continue
            name = " ".join(tag.split())
            if not slugify(name):
                error("tags", f'"{name}" has no letters or digits to make a URL from', "use words in the tag name")
                continue
            cleaned.setdefault(name, mapping.line_of_item("tags", index))
        tags, tag_lines = tuple(cleaned), tuple(cleaned.values())

    category = text("category")
    if category is not None and not slugify(category):
        error("category", f'"{category}" has no letters or digits to make a URL from')
    summary = text("summary")
    if summary and len(summary) > config.summary_warn_length:
        warn("summary", f"is {len(summary)} characters, more than {config.summary_warn_length}",
             "search results and feeds cut it; aim for one sentence of at most 160 characters")

    draft = data.get("draft", False)
    if not isinstance(draft, bool):
        error("draft", f"must be true or false, not {draft!r}")
        draft = False

    if "slug" in data:
        slug = data["slug"]
        reason = check_slug(slug)
        if reason:
            error("slug", reason, "use lower-case words joined by hyphens, for example `slug: investasi-meta`")
    else:
        slug = stem if SLUG_RE.match(stem) else slug_from_name(stem)
        reason = check_slug(slug)
        if reason:
            problems.append(Problem(path, None, "slug", f"file name gives no usable URL ({reason})",
                                    "rename the file to lower-case words joined by hyphens, or set `slug:`"))

    extra = data.get("extra", {})
    if not isinstance(extra, dict):
        error("extra", "must be a mapping of free-form values", "indent `name: value` lines under `extra:`")
        extra = {}

    note = text("note")
    dateline = text("dateline")
    image = text("image")
    image_alt = text("image_alt")
    if image is not None:
        reason = check_image(image)
        if reason:
            error("image", reason, "use an https:// URL or a path to a file in static/, such as /gambar/foto.jpg")
            image = None
        elif not image_alt:
            warn("image", "has no `image_alt`", "describe the picture in `image_alt:` for readers who cannot see it")

    aliases: list[str] = []
    alias_lines: list[int] = []
    raw_aliases = data.get("aliases")
    if raw_aliases is not None and not isinstance(raw_aliases, (list, str)):
        error("aliases", f"must be a list of old paths, not {_kind(raw_aliases)}", ALIAS_HINT)
    elif raw_aliases is not None:
        items = [raw_aliases] if isinstance(raw_aliases, str) else raw_aliases
        for index, value in enumerate(items):
            line = mapping.line_of("aliases") if isinstance(raw_aliases, str) else mapping.line_of_item("aliases", index)
            reason = check_alias(value)
            if reason:
                problems.append(Problem(path, line, "aliases", reason, ALIAS_HINT))
                continue
            aliases.append(value.strip())
            alias_lines.append(line)

    if not body.strip():
        problems.append(Problem(path, body_line, "body", "is empty", "write the article below the closing `---`"))

    if any(not p.warning for p in problems):
        return None, problems
    assert title is not None and published is not None
    return SourceArticle(
        path=path, slug=slug, title=title, date=published, updated=updated, expires=expires,
        authors=authors, source=source, dateline=dateline, tags=tags, category=category,
        summary=summary, draft=draft, note=note, image=image, image_alt=image_alt, extra=extra,
        body=body, body_line=body_line, slug_line=mapping.lines.get("slug"),
        aliases=tuple(aliases), alias_lines=tuple(alias_lines),
        tag_lines=tag_lines,
        author_lines=tuple(author_lines.get(name) for name in authors),
        category_line=mapping.lines.get("category"), source_line=mapping.lines.get("source"),
    ), problems


def _kind(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a mapping",
            str: "text"}.get(type(value), type(value).__name__)
