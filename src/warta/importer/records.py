"""What the importer found in one raw text: ImportedArticle and its parts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from warta.errors import Problem

TO_FRONT_MATTER = "→ front matter"
"""Suffix of the reasons of lines whose content moved into the front matter rather than being dropped."""


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line of the raw text that is not in the article body, and why."""

    line: int
    """1-based line number in the raw text."""
    text: str
    """The line, surrounding whitespace stripped."""
    reason: str
    """Why it was taken out: "repeated title", "read-more link", "view counter", "navigation crumbs",
    "metadata → front matter", ..."""
    part: bool = False
    """True when `text` is only a part of the line, cut from its start or end (a photo caption glued to a
    paragraph, an editor's code like "(Z-8)" closing one); the rest of the line stays in the body."""

    @property
    def to_front_matter(self) -> bool:
        """True when the line's content is kept in the front matter (title, author, date, source)."""
        return self.reason.endswith(TO_FRONT_MATTER)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date recognised in the raw text, with where it came from."""

    value: datetime
    """The date-time, always with a time zone."""
    has_time: bool
    """False when only the day is known: written as YYYY-MM-DD (midnight in the site's zone)."""
    origin: str
    """Where it came from and what was assumed, written as a YAML comment above the field."""
    line: int = 0
    """The line of the raw text it stands on (0: none, or not known)."""

    def iso(self) -> str:
        """`2025-06-19` for a day, `2025-06-15T11:44:00+07:00` for a date-time."""
        return self.value.isoformat() if self.has_time else self.value.date().isoformat()


@dataclass(frozen=True, slots=True)
class ImportedImage:
    """A picture an imported article shows: its lead photo, or one in its body."""

    src: str
    """Where the article file will name it: a path relative to the article's folder once copied
    (`foto/<slug>/rapat.jpg`), or an https URL that stays remote."""
    alt: str | None = None
    """Alternative text, when the source gives one."""
    caption: str | None = None
    """Caption ("Suasana rapat redaksi"), without the credit."""
    credit: str | None = None
    """Credit ("ANTARA FOTO/Budi"), taken out of the caption where it was glued to it."""
    copy_from: Path | None = None
    """The local file to copy to `src` (a saved page's own folder, WordPress `--uploads`), or None."""
    data: bytes | None = field(default=None, repr=False)
    """The picture itself when the input carries it inline (a single-file page's `data:` address), to write
    to `src`; None otherwise."""


@dataclass(frozen=True, slots=True)
class ImportedArticle:
    """One raw text, parsed: front matter values, a Markdown body and an account of every dropped line."""

    name: str
    """The input's name (file path as given), used in warnings and for the slug when there is no title."""
    title: str | None
    """The headline, or None when the text has none (the article file then gets `title: ""`)."""
    date: FoundDate | None
    """Publication date, or None when nothing in the text (or --fetched-at) gives one."""
    updated: FoundDate | None
    """Last modification ("Terakhir Dimodifikasi", "Diperbarui", "Updated"), if given."""
    authors: tuple[str, ...]
    """Names from "Penulis:", "Oleh", "Reporter:", "By" lines (and "Editor:" when no one else is named)."""
    editors: tuple[str, ...]
    """Names from "Editor:" lines when there are authors too; kept under `extra: editor`."""
    source: str | None
    """Publication named in the text ("ZONA GADGET," -> "Zona Gadget", "KOMPAS.com")."""
    dateline: str | None
    """Place the story was filed from ("JAKARTA" from "JAKARTA — ..."); the body keeps it too."""
    tags: tuple[str, ...]
    """From a "Tags:" / "Topik:" line, if any."""
    body: str
    """The article text as Markdown, with special characters escaped."""
    removed: tuple[RemovedLine, ...]
    """Every non-blank input line that is not in the body, in line order."""
    warnings: tuple[Problem, ...]
    """Things the editor should check ("no title found", "decoded as Windows-1252"), as warnings."""
    slug: str | None = None
    """The slug the source gave (WordPress `post_name`), kept so old URLs map; None: from the title."""
    aliases: tuple[str, ...] = ()
    """Old paths of the article (a WordPress permalink), written as `aliases:`."""
    category: str | None = None
    """The section, when the source names one (a WordPress category, a feed's category)."""
    summary: str | None = None
    """A summary the source gives (a WordPress excerpt, a page's meta description)."""
    draft: bool = False
    """True for a WordPress draft or pending post."""
    image: ImportedImage | None = None
    """The lead photo (a featured image, a page's main picture), if any."""
    pictures: tuple[ImportedImage, ...] = ()
    """Pictures of the body to copy next to the article (the body names them by their `src`)."""
    source_url: str | None = None
    """The address the text was published at (a saved page's canonical URL, a post's link)."""

    @property
    def dropped(self) -> tuple[RemovedLine, ...]:
        """Removed lines whose content is gone (junk), as opposed to moved into the front matter."""
        return tuple(r for r in self.removed if not r.to_front_matter)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What every reader of an input kind (raw text, saved page, WordPress export, feed) is given."""

    zone: ZoneInfo
    """The site's time zone: for times the input states without one."""
    fetched_at: datetime | None = None
    """When the input was fetched (--fetched-at), for relative dates ("2 jam lalu")."""
    base: Path | None = None
    """The folder of the input file: a saved page's local pictures are copied only from inside it."""
    uploads: Path | None = None
    """WordPress `wp-content/uploads` folder (--uploads): featured images and pictures are copied from it."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """An item of an input that is not imported on purpose (a private WordPress post, an attachment)."""

    what: str
    """Which item: 'post "Rapat tertutup" (id 12)'."""
    reason: str
    """Why: "private post", "not a post (page)"."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What a reader made of one input file: its articles (one for a text or a page, many for an export
    or a feed), the items it skipped and the warnings about the input as a whole."""

    articles: tuple[ImportedArticle, ...]
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[Problem, ...] = ()
