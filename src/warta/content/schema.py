"""Article front matter: the fields, their types and defaults, and the checks on them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from slugify import slugify

from warta.config import SiteConfig, did_you_mean, web_url
from warta.errors import Problem
from warta.pickling import FastPickle
from warta.yamlmap import YamlMapping
from warta.years import FIRST_YEAR, LAST_YEAR, OUT_OF_RANGE, check_year

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


@dataclass(frozen=True, slots=True)
class LeadImage(FastPickle):
    """The article's lead image as its front matter names it (`image:`, a path or a mapping)."""

    src: str
    """As written: a path from the article's own folder (`foto/rapat.jpg`), a path on the site
    (`/gambar/x.jpg`, a file of `static/`) or an https URL (used for og:image only)."""
    alt: str | None
    """Text alternative; "" marks a decorative image on purpose, None means it was not given."""
    caption: str | None = None
    credit: str | None = None
    """Who made it ("Antara/Budi", "Grafis: Warta"): shown as "Foto: <credit>" unless it names its
    own kind ("Grafis: ...", "Ilustrasi: ...")."""
    focus: tuple[float, float] = (0.5, 0.5)
    """The point crops keep (fractions of the width and height from the top left)."""
    line: int = 1
    """Line of `image:` in the file."""

    @property
    def remote(self) -> bool:
        return self.src.lower().startswith(("http://", "https://"))


ARTICLE_TYPES = {
    "berita": "Berita", "opini": "Opini", "analisis": "Analisis", "wawancara": "Wawancara",
    "advertorial": "Advertorial", "siaran-pers": "Siaran pers", "hak-jawab": "Hak jawab",
}
"""`type:` of an article (the kind of work, its label on the page and on cards); the first is the default."""
SPONSORED_TYPES = ("advertorial", "siaran-pers")
"""Types paid for or issued by someone outside the newsroom: they need `sponsor:`, are set apart on the
page, get `rel="sponsored"` links and stay out of the Google News sitemap."""
REPLY_TYPE = "hak-jawab"
"""The type of a right-of-reply statement; it names the article it answers in `reply_to:`."""


@dataclass(frozen=True, slots=True)
class Correction(FastPickle):
    """One entry of `corrections:` ("Ralat"): when, and what was corrected."""

    date: datetime
    text: str
    """Inline Markdown."""
    line: int
    """Line of the entry in the file."""


@dataclass(frozen=True, slots=True)
class Retraction(FastPickle):
    """`retracted:`: the article was withdrawn at `date` for `reason` (inline Markdown)."""

    date: datetime
    reason: str
    line: int


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
    image: LeadImage | None
    """The article's own lead image; without one (or with only a URL) a social card is drawn."""
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
    type: str = "berita"
    """The kind of work, a key of ARTICLE_TYPES."""
    sponsor: str | None = None
    """Who paid for (advertorial) or issued (siaran-pers) the article; required for SPONSORED_TYPES."""
    corrections: tuple[Correction, ...] = ()
    """Corrections, oldest first."""
    reply_to: str | None = None
    """Slug of the article a right of reply (`type: hak-jawab`) answers."""
    reply_to_line: int | None = None
    retracted: Retraction | None = None
    """Set when the article was withdrawn: its page then shows the notice instead of the story."""
    editors: tuple[str, ...] = ()
    """Names from `editor` (text or list): shown "Editor: …" in the byline, never as authors."""
    source_url: str | None = None
    """The original's http(s) address (`source_url`): the "Sumber: …" credit links to it."""

    @property
    def sponsored(self) -> bool:
        return self.type in SPONSORED_TYPES

    @property
    def modified(self) -> datetime | None:
        """The last change readers are told of: `updated` or the latest correction, whichever is later."""
        times = [t for t in (self.updated, *(c.date for c in self.corrections)) if t is not None]
        return max(times) if times else None


KNOWN_FIELDS = ("title", "date", "updated", "expires", "author", "source", "dateline", "tags",
                "category", "summary", "slug", "draft", "note", "image", "image_alt", "aliases", "extra",
                "type", "sponsor", "corrections", "reply_to", "retracted", "editor", "source_url")

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
        return f"the year {year} {OUT_OF_RANGE}"
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    try:
        date(year, month, day)
    except ValueError:
        return f"{MONTHS_ID[month - 1].capitalize()} {year} has no day {day}"
    return None


def default_slug(stem: str) -> str:
    """The slug of an article or page file named `stem` (its name without `.md`) and no `slug:`."""
    return stem if SLUG_RE.match(stem) else slug_from_name(stem)


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
    """Return why `value` cannot be an image address (an http(s) URL, a path on the site, or a path
    from the article's folder), or None."""
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
    # (Defects23, finding 2: `/.git/` wrote `_site/.git/index.html`, after which every build refused
    # `_site` as a git repository; `/.warta-output` named the marker of the output folder, and
    # `/pagefind/pagefind.js` a `_redirects` line that Cloudflare Pages applies before the index's file.)
    # (`/.nojekyll` is left to outputs/hosting.py, whose message names the host's file.)
    hidden = next((s for s in segments if s.startswith(".") and s not in (".well-known", ".nojekyll")), None)
    if hidden is not None:
        return (f'"{value}" has a part starting with a dot ({hidden}): such names are hidden files '
                "(.git, .warta-output) that a site does not serve or that the build itself writes")
    if segments[0] == "pagefind":
        return f'"{value}" is inside pagefind/, the search index the build writes'
    if len(value.encode()) > MAX_ALIAS_BYTES:
        return f"is longer than {MAX_ALIAS_BYTES} bytes"
    if any(len(segment.encode()) > MAX_SLUG_BYTES for segment in segments):
        return f'"{value}" has a part longer than {MAX_SLUG_BYTES} bytes, more than a file name may be'

    return None


@dataclass(frozen=True, slots=True)
class _Check:
    """One article's front matter being checked: its fields, the problems found so far, and readers
    that turn a field into a value or a problem. The problems are kept in the order they are found."""

    path: str
    mapping: YamlMapping
    zone: ZoneInfo
    problems: list[Problem] = field(default_factory=list)

    @property
    def data(self) -> dict[str, Any]:
        return self.mapping.data

    def at(self, line: int | None, key: str, message: str, hint: str | None = None) -> None:
        """An error at `line` (not necessarily the key's: a list item, the body, the file name)."""
        self.problems.append(Problem(self.path, line, key, message, hint))

    def unknown_fields(self, known: tuple[str, ...]) -> None:
        """A warning for each field not in `known`, with click's "did you mean …?"."""
        for key in self.mapping.data:
            if key not in known:
                self.warn(key, "is not a known field", did_you_mean(key, known))

    def error(self, key: str, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(self.path, self.mapping.line_of(key), key, message, hint))

    def warn(self, key: str, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(self.path, self.mapping.line_of(key), key, message, hint, warning=True))

    def text(self, key: str, required: bool = False) -> str | None:
        """Field `key` as one line of text (a number is taken as text; `note` keeps its lines)."""
        data = self.data
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.error(key, "is missing or empty" if key in data else "is missing",
                           f'add `{key}: …` to the front matter' if key not in data
                           else f"write the {key} after `{key}:`")
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            self.error(key, f"must be text, not {_kind(value)}", "put the value in double quotes")
            return None
        return " ".join(value.split()) if key != "note" else value.strip()

    def flag(self, key: str, default: bool, hint: str | None = None) -> bool:
        """Field `key` as true or false; `default` when missing (and after an error)."""
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.error(key, f"must be true or false, not {value!r}", hint)
            return default
        return value

    def when(self, key: str, required: bool = False) -> datetime | None:
        """Field `key` as a date-time with a time zone (`parse_datetime`)."""
        data = self.data
        if key not in data or data[key] in (None, ""):
            if required:
                self.error(key, "is missing", f'add `{key}: "2025-06-15T09:00:00+07:00"` (YYYY-MM-DD, time optional)')
            return None
        parsed, reason = parse_datetime(data[key], self.zone)
        if reason:
            # "2025-02-30" is already in the right form: the fix is the day, not the format.
            hint = ("check the year" if OUT_OF_RANGE in reason else
                    "check the day and the month" if _impossible_iso_day(data[key]) else DATE_HINT)
            self.error(key, reason, hint)
        return parsed


def validate_article(path: str, stem: str, mapping: YamlMapping, body: str, body_line: int,
                     config: SiteConfig) -> tuple[SourceArticle | None, list[Problem]]:
    """Check every field of one article; return the record or the problems that prevent it."""
    check = _Check(path, mapping, config.zone)
    check.unknown_fields(KNOWN_FIELDS)
    title = check.text("title", required=True)
    published, updated, expires = _dates(check)
    authors, author_lines, source = _authors_and_source(check, config.author)
    tags, tag_lines = _tags(check)
    category = check.text("category")
    if category is not None and not slugify(category):
        check.error("category", f'"{category}" has no letters or digits to make a URL from')
    summary = _summary(check, config.summary_warn_length)
    draft = check.flag("draft", False)
    slug = _slug(check, stem)
    extra = _extra(check)
    editors, source_url = _editors_and_source_url(check, extra)
    note = check.text("note")
    dateline = check.text("dateline")
    image = _image(check)
    aliases, alias_lines = _aliases(check)
    kind, sponsor = _type_and_sponsor(check)
    corrections = _corrections(check, published)
    reply_to = _reply_to(check, kind)
    retracted = _retraction(check, published)
    if not body.strip():
        check.at(body_line, "body", "is empty", "write the article below the closing `---`")

    problems = check.problems
    if any(not p.warning for p in problems):
        return None, problems
    assert title is not None and published is not None
    return SourceArticle(
        path=path, slug=slug, title=title, date=published, updated=updated, expires=expires,
        authors=authors, source=source, dateline=dateline, tags=tags, category=category,
        summary=summary, draft=draft, note=note, image=image, extra=extra,
        body=body, body_line=body_line, slug_line=mapping.lines.get("slug"),
        aliases=aliases, alias_lines=alias_lines,
        tag_lines=tag_lines,
        author_lines=author_lines,
        category_line=mapping.lines.get("category"), source_line=mapping.lines.get("source"),
        type=kind, sponsor=sponsor, corrections=corrections, reply_to=reply_to,
        reply_to_line=mapping.lines.get("reply_to"), retracted=retracted,
        editors=editors, source_url=source_url,
    ), problems


def _dates(check: _Check) -> tuple[datetime | None, datetime | None, datetime | None]:
    """`date` (required), `updated` and `expires`; an update before publication, or an expiry not
    after it, is an error."""
    published = check.when("date", required=True)
    updated = check.when("updated")
    expires = check.when("expires")
    if published and updated and updated < published:
        check.error("updated", f"{updated.isoformat()} is before date {published.isoformat()}",
                    "an update cannot come before publication; fix one of them")
    if published and expires and expires <= published:
        check.error("expires", f"{expires.isoformat()} is not after date {published.isoformat()}",
                    "set expires later than date, or remove it")
    return published, updated, expires


def _editors_and_source_url(check: _Check, extra: dict[str, Any]) -> tuple[tuple[str, ...], str | None]:
    """`editor` (a name or a list of names, duplicates dropped) and `source_url` (an http(s) URL).
    Files written by `warta import` before these fields existed keep them under `extra:`; that old
    place is still read when the field itself is missing (README: "Front matter reference")."""
    editors: tuple[str, ...] = ()
    key = "editor" if "editor" in check.data else None
    raw = check.data.get("editor") if key else extra.get("editor")
    if raw is not None and not (isinstance(raw, str) and not raw.strip()):
        names = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else None
        if names is None or not all(isinstance(n, str) and n.strip() for n in names):
            check.error(key or "extra", "`editor` must be a name or a list of names",
                        'for example `editor: "Budi Santoso"`')
        else:
            editors = tuple(dict.fromkeys(" ".join(n.split()) for n in names))
    key = "source_url" if "source_url" in check.data else None
    url = check.data.get("source_url") if key else extra.get("source_url")
    if url is not None and web_url(url) is not None:
        check.error(key or "extra", f"`source_url` {web_url(url)}",
                    "write the original's full address, https:// first, e.g. `source_url: https://contoh.id/berita`")
        url = None
    if key and url and not check.data.get("source"):  # shown only as the link of "Sumber: <source>"
        check.warn(key, "has no `source` to credit, so the page does not show it",
                   "add `source:` with the outlet's name: the page shows \"Sumber: <name>\" linking to this address")
    return editors, url or None


def _authors_and_source(check: _Check, default_author: str
                        ) -> tuple[tuple[str, ...], tuple[int | None, ...], str | None]:
    """The authors (`author`: a name or a list of names, duplicates dropped) with the line of each,
    and `source`. An article naming neither gets the site's default author, on no line."""
    authors: tuple[str, ...] = ()
    author_lines: dict[str, int | None] = {}
    raw_author = check.data.get("author")
    if isinstance(raw_author, list):
        if all(isinstance(a, str) and a.strip() for a in raw_author):
            for index, name in enumerate(" ".join(a.split()) for a in raw_author):
                author_lines.setdefault(name, check.mapping.line_of_item("author", index))
            authors = tuple(author_lines)
        else:
            check.error("author", "must be a name or a list of names", 'for example `author: "Rina Wulandari"`')
    elif raw_author is not None:
        name = check.text("author")
        authors = (name,) if name else ()
        author_lines = {name: check.mapping.line_of("author")} if name else {}
    source = check.text("source")
    if not authors and not source and default_author:
        authors = (default_author,)
        author_lines = {default_author: None}
    return authors, tuple(author_lines.get(name) for name in authors), source


def _tags(check: _Check) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The tags as written, duplicates dropped, with the line of each. Every tag makes a page and a
    feed, so each needs letters or digits for its URL, and there may be at most MAX_TAGS."""
    raw_tags = check.data.get("tags")
    if raw_tags is None:
        return (), ()
    if not isinstance(raw_tags, list):
        check.error("tags", f"must be a list, not {_kind(raw_tags)}",
                    'write `tags: [Meta, "Scale AI"]` or one `- tag` per line')
        return (), ()
    if len(raw_tags) > MAX_TAGS:
        check.error("tags", f"has {len(raw_tags)} tags; an article may have at most {MAX_TAGS}",
                    "keep the few that readers will browse by")
        return (), ()
    cleaned: dict[str, int] = {}  # tag -> its line
    for index, tag in enumerate(raw_tags):
        if isinstance(tag, (int, float)) and not isinstance(tag, bool):
            tag = str(tag)
        if not isinstance(tag, str) or not tag.strip():
            check.error("tags", f"has an entry that is not a tag name ({tag!r})", "every tag must be non-empty text")
            continue
        name = " ".join(tag.split())
        if not slugify(name):
            check.error("tags", f'"{name}" has no letters or digits to make a URL from', "use words in the tag name")
            continue
        cleaned.setdefault(name, check.mapping.line_of_item("tags", index))
    return tuple(cleaned), tuple(cleaned.values())


def _summary(check: _Check, warn_length: int) -> str | None:
    """`summary`; one longer than `warn_length` characters gets a warning, as search results and
    feeds cut it."""
    summary = check.text("summary")
    if summary and len(summary) > warn_length:
        check.warn("summary", f"is {len(summary)} characters, more than {warn_length}",
                   "search results and feeds cut it; aim for one sentence of at most 160 characters")
    return summary


def _slug(check: _Check, stem: str) -> str:
    """The `slug` field, else one made from the file name `stem`; a bad file name is reported on no
    line, as the fix is to rename the file (or to set `slug:`)."""
    if "slug" in check.data:
        slug = check.data["slug"]
        reason = check_slug(slug)
        if reason:
            check.error("slug", reason, "use lower-case words joined by hyphens, for example `slug: investasi-meta`")
        return slug
    slug = default_slug(stem)
    reason = check_slug(slug)
    if reason:
        check.at(None, "slug", f"file name gives no usable URL ({reason})",
                 "rename the file to lower-case words joined by hyphens, or set `slug:`")
    return slug


def _extra(check: _Check) -> dict[str, Any]:
    """`extra`: a mapping of free-form values for custom templates, empty when missing."""
    extra = check.data.get("extra", {})
    if not isinstance(extra, dict):
        check.error("extra", "must be a mapping of free-form values", "indent `name: value` lines under `extra:`")
        return {}
    return extra


IMAGE_KEYS = ("src", "alt", "caption", "credit", "focus")
IMAGE_HINT = ("name a file beside the article (`image: foto/rapat.jpg`), a file of static/ (`/gambar/x.jpg`) "
              "or an https:// URL")
ALT_HINT = ('describe the picture for readers who cannot see it: `alt: "…"` under `image:` (or `image_alt:`); '
            '`alt: ""` marks a decorative picture')
_FOCUS_WORDS = {"left": (0.0, None), "kiri": (0.0, None), "right": (1.0, None), "kanan": (1.0, None),
                "top": (None, 0.0), "atas": (None, 0.0), "bottom": (None, 1.0), "bawah": (None, 1.0),
                "center": (None, None), "centre": (None, None), "tengah": (None, None)}
FOCUS_HINT = 'give two percentages from the top left, `focus: "50% 30%"`, or words such as `focus: atas`'


def _image(check: _Check) -> LeadImage | None:
    """`image`: a path or URL (with `image_alt`), or a mapping of IMAGE_KEYS. Missing alt text is
    an error (`alt: ""` states a decorative picture); an unknown key gets a warning."""
    raw = check.data.get("image")
    if raw is None:
        return None
    line = check.mapping.line_of("image")
    if isinstance(raw, dict):
        fields = _image_mapping(check, raw)
        if fields is None:
            return None
        src, alt, caption, credit, focus = fields
    else:
        src, alt, caption, credit, focus = check.text("image"), None, None, None, (0.5, 0.5)
        if src is None:
            return None
    if alt is None and "image_alt" in check.data:
        alt = _alt(check.data["image_alt"])
    reason = check_image(src)
    if reason:
        check.error("image", reason, IMAGE_HINT)
        return None
    if alt is None:
        check.error("image", "has no alt text", ALT_HINT)
        return None
    return LeadImage(src, alt, caption, credit, focus, line)


def _image_mapping(check: _Check, raw: dict) -> tuple | None:
    """(src, alt, caption, credit, focus) of `image:` written as a mapping, or None on an error."""
    for key in raw:
        if key not in IMAGE_KEYS:
            check.warn("image", f"has `{key}`, which is not a known key of `image`",
                       did_you_mean(str(key), IMAGE_KEYS) or f"use {', '.join(IMAGE_KEYS)}")
    values = {}
    for key in ("src", "caption", "credit"):
        value = raw.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if value is not None and not isinstance(value, str):
            check.error("image", f"`{key}` must be text, not {_kind(value)}", "put the value in double quotes")
            return None
        values[key] = " ".join(value.split()) or None if value is not None else None
    if values["src"] is None:
        check.error("image", "has no `src`", "name the picture's file: `src: foto/rapat.jpg`")
        return None
    alt = _alt(raw["alt"]) if "alt" in raw else None
    focus = _focus(raw.get("focus"))
    if focus is None:
        check.error("image", f"`focus` {raw.get('focus')!r} is not a point of the picture", FOCUS_HINT)
        return None
    return values["src"], alt, values["caption"], values["credit"], focus


def _alt(value: Any) -> str | None:
    """Alt text as written ("" kept: a decorative picture), None when it is not text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return " ".join(value.split()) if isinstance(value, str) else None


def _focus(value: Any) -> tuple[float, float] | None:
    """`focus`: "X% Y%" from the top left, or words (kiri/left, kanan/right, atas/top, bawah/bottom,
    tengah/center); the centre when missing; None when it is neither."""
    if value is None:
        return 0.5, 0.5
    if not isinstance(value, str):
        return None
    parts = value.lower().split()
    if len(parts) == 2 and all(re.fullmatch(r"\d{1,3}(?:\.\d+)?%", p) for p in parts):
        x, y = (float(p[:-1]) / 100 for p in parts)
        return (x, y) if x <= 1 and y <= 1 else None
    if not 1 <= len(parts) <= 2 or any(p not in _FOCUS_WORDS for p in parts):
        return None
    x = next((_FOCUS_WORDS[p][0] for p in parts if _FOCUS_WORDS[p][0] is not None), 0.5)
    y = next((_FOCUS_WORDS[p][1] for p in parts if _FOCUS_WORDS[p][1] is not None), 0.5)
    return x, y


def _aliases(check: _Check) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """`aliases`: one old path or a list of them (`check_alias`), with the line of each; a bad one
    is reported on its own line."""
    raw_aliases = check.data.get("aliases")
    if raw_aliases is None:
        return (), ()
    if not isinstance(raw_aliases, (list, str)):
        check.error("aliases", f"must be a list of old paths, not {_kind(raw_aliases)}", ALIAS_HINT)
        return (), ()
    aliases: list[str] = []
    alias_lines: list[int] = []
    items = [raw_aliases] if isinstance(raw_aliases, str) else raw_aliases
    for index, value in enumerate(items):
        line = (check.mapping.line_of("aliases") if isinstance(raw_aliases, str)
                else check.mapping.line_of_item("aliases", index))
        reason = check_alias(value)
        if reason:
            check.at(line, "aliases", reason, ALIAS_HINT)
            continue
        aliases.append(value.strip())
        alias_lines.append(line)
    return tuple(aliases), tuple(alias_lines)


TYPE_HINT = "use one of " + ", ".join(ARTICLE_TYPES)


def _type_and_sponsor(check: _Check) -> tuple[str, str | None]:
    """`type` (ARTICLE_TYPES, "berita" when missing) and `sponsor`, which a sponsored type needs
    and no other type shows."""
    kind = check.data.get("type", "berita")
    if not isinstance(kind, str):
        check.error("type", "is empty" if kind is None else f"must be one word, not {_kind(kind)}", TYPE_HINT)
        kind = "berita"
    elif kind not in ARTICLE_TYPES:
        check.error("type", f'"{kind}" is not a type of article', _suggest(kind, tuple(ARTICLE_TYPES), TYPE_HINT))
        kind = "berita"
    found = len(check.problems)
    sponsor = check.text("sponsor")
    if kind in SPONSORED_TYPES and sponsor is None and len(check.problems) == found:
        who = "paid for it" if kind == "advertorial" else "issued it"
        check.error("sponsor" if "sponsor" in check.data else "type", f"{kind} needs a sponsor, and "
                    + ("`sponsor:` is empty" if "sponsor" in check.data else "there is no `sponsor:`"),
                    f'add `sponsor: "PT Contoh"`: who {who}, as readers are to see it')
    elif sponsor is not None and kind not in SPONSORED_TYPES:
        check.warn("sponsor", f"is shown only on {' and '.join(SPONSORED_TYPES)} articles, and this is {kind}",
                   "set `type: advertorial` (or siaran-pers) if it was paid for, or remove `sponsor:`")
    return kind, sponsor


CORRECTION_HINT = 'write each as `- date: "2025-06-20T10:00:00+07:00"` with `text: "…"` under it'


def _corrections(check: _Check, published: datetime | None) -> tuple[Correction, ...]:
    """`corrections`: a list of {date, text}, each with both; none dated before the article."""
    raw = check.data.get("corrections")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        check.error("corrections", f"must be a list of corrections, not {_kind(raw)}", CORRECTION_HINT)
        return ()
    found = []
    for index, item in enumerate(raw):
        line = check.mapping.line_of_item("corrections", index)
        entry = _dated_entry(check, "corrections", item, line, "text", published, CORRECTION_HINT)
        if entry is not None:
            found.append(Correction(entry[0], entry[1], line))
    return tuple(sorted(found, key=lambda c: c.date))


def _dated_entry(check: _Check, key: str, item: Any, line: int, text_key: str, published: datetime | None,
                 hint: str) -> tuple[datetime, str] | None:
    """(date, text) of one mapping of a `corrections` entry or of `retracted`, every problem reported
    at `line`."""
    what = "a correction" if key == "corrections" else "`retracted`"
    if not isinstance(item, dict):
        check.at(line, key, f"{what} must be a mapping of date and {text_key}, not {_kind(item)}", hint)
        return None
    for name in item:
        if name not in ("date", text_key):
            check.problems.append(Problem(check.path, line, key, f"has `{name}`, which is not a key of {what}",
                                          _suggest(str(name), ("date", text_key), f"use `date` and `{text_key}`"),
                                          warning=True))
    when = None
    if item.get("date") in (None, ""):
        check.at(line, key, f"{what} has no date", hint)
    else:
        when, reason = parse_datetime(item["date"], check.zone)
        if reason:
            check.at(line, key, f"{what}'s date {reason}", DATE_HINT)
        elif published is not None and when < published:
            check.at(line, key, f"{what} is dated {when.isoformat()}, before the article's date "
                                f"{published.isoformat()}", "check the date: it comes after publication")
            when = None
    text = item.get(text_key)
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        text = str(text)
    if not isinstance(text, str) or not text.strip():
        reason_word = "what was corrected" if key == "corrections" else "why the article was withdrawn"
        check.at(line, key, f"{what} has no {text_key}" if text in (None, "") or isinstance(text, str)
                 else f"{what}'s {text_key} must be text, not {_kind(text)}",
                 f"say {reason_word} in `{text_key}: \"…\"`")
        return None
    return (when, " ".join(text.split())) if when is not None else None


RETRACTION_HINT = 'write `retracted:` with `date: "2025-06-20T10:00:00+07:00"` and `reason: "…"` under it'


def _retraction(check: _Check, published: datetime | None) -> Retraction | None:
    """`retracted`: {date, reason}; the Press Council's guidelines allow no withdrawal without a
    reason told to readers."""
    raw = check.data.get("retracted")
    if raw is None:
        return None
    line = check.mapping.line_of("retracted")
    entry = _dated_entry(check, "retracted", raw, line, "reason", published, RETRACTION_HINT)
    return Retraction(entry[0], entry[1], line) if entry else None


def _reply_to(check: _Check, kind: str) -> str | None:
    """`reply_to`: the slug of the article a right of reply answers; needed by and only for `hak-jawab`
    (that the article exists is checked with all the articles, `content/relations.py`)."""
    raw = check.data.get("reply_to")
    if raw is None:
        if kind == REPLY_TYPE:
            check.error("type", "hak-jawab needs `reply_to:`, the article it answers",
                        "add `reply_to: <slug of that article>`")
        return None
    if kind != REPLY_TYPE:
        check.error("reply_to", f"is for a right of reply, and this article's type is {kind}",
                    "add `type: hak-jawab`, or remove `reply_to:`")
        return None
    slug = raw.strip().strip("/").removeprefix("artikel/").strip("/") if isinstance(raw, str) else raw
    reason = check_slug(slug)
    if reason:
        check.error("reply_to", reason, "write the slug of the article answered, for example `reply_to: investasi-meta`")
        return None
    return slug


def _suggest(name: str, known: tuple[str, ...], otherwise: str) -> str:
    """"did you mean …?" for a name close to one of `known`, else `otherwise`."""
    close = did_you_mean(name, known)
    return close if close.startswith("did you mean") else otherwise


def _kind(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a mapping",
            str: "text", type(None): "nothing"}.get(type(value), type(value).__name__)
