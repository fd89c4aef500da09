"""Parse raw scraped article text into an ImportedArticle: metadata, junk, structure, escaped Markdown.

Pure: text in, record out. Every non-blank input line ends up in the body or in `removed`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from warta.content.schema import FIRST_YEAR, LAST_YEAR
from warta.errors import Problem
from warta.importer.text import boilerplate, context, headline, mail, page, record
from warta.importer.text import lines as shapes
from warta.importer.text.dates import (ZONE_NAMED, Relative, Yearless, count_back, date_at_end, find_weekday_date,
                                  parse_date, parse_relative, parse_yearless, without_view_count, year_before,
                                  year_outside, zone_of_place)
from warta.importer.records import TO_FRONT_MATTER, FoundDate, ImportedArticle, RemovedLine

DEFAULT_ZONE = ZoneInfo("Asia/Jakarta")
_MOVED = f"metadata {TO_FRONT_MATTER}"
# Headings that close an article stay at the top level even inside a document of ##/### sections.
_TOP_LEVEL_HEADINGS = re.compile(r"(?:kesimpulan|penutup|simpulan|akhir kata|ringkasan|conclusion|summary"
                                 r"|final thoughts|closing)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?…][”’\"')\]»]*\s+(?=[A-Z0-9“\"‘'(])")
_QUOTES = {"“": "”", '"': '"', "„": "”", "«": "»", "‘": "’"}
# Scraping glues an amount to the word before it ("kurang lebihRp472 triliun").
_GLUED_AMOUNT = re.compile(r"(?<=[a-z])(?=(?:Rp|US\$|S\$|\$|€|£)\d)")


@dataclass(slots=True)
class _Unit:
    """A logical line of the body while it is being classified (internal, mutable)."""

    lines: list[int]
    text: str
    kind: str = "paragraph"
    """paragraph, heading, bullet, ordered, quote or verse (a quoted verse and its translation, one block)."""
    number: int = 0
    level: int = 0


@dataclass(slots=True)
class _Found:
    """Everything collected while reading the lines (internal, mutable)."""

    removed: list[RemovedLine] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    labelled_dates: list[FoundDate] = field(default_factory=list)
    updates: list[FoundDate] = field(default_factory=list)
    sent: list[FoundDate] = field(default_factory=list)
    """When a forwarded email was sent (its header's "Date:"): the date only when the text states no other."""
    date_lines: list[FoundDate] = field(default_factory=list)
    date_line_numbers: list[int] = field(default_factory=list)
    """The input line of each of `date_lines`."""
    relatives: list[tuple[int, str, Relative]] = field(default_factory=list)
    yearless: list[tuple[int, str, Yearless]] = field(default_factory=list)
    """Lines giving a day and a time without the year ("27 November pukul 16.08", a social post's header)."""
    times: list[tuple[int, int, str]] = field(default_factory=list)
    """(hour, minute, origin) of a byline giving only a time ("Diposting oleh Ayu di 20.15")."""
    loose: list[tuple[int, tuple[str, ...], FoundDate]] = field(default_factory=list)
    """Bylines with a date but no label ("Rina Kusuma 1 Juli 2024 pukul 07.12"): (line, names, date);
    several of them below the story are its comments'."""
    subject: str | None = None
    """An email header's subject, its list tag and reply or forward marks taken off (`_subject`)."""
    posts: frozenset[int] = frozenset()
    """The indices of a thread's numbered posts (`lines.thread_posts`), their numbers taken off."""


def normalise_lines(text: str) -> list[str]:
    """Drop a BOM, split at LF / CRLF / CR, remove control characters and fold whitespace in each line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.isprintable():  # (a printable line has no control characters and only plain spaces)
            raw = "".join(" " if c.isspace() else c for c in raw
                          if c.isspace() or unicodedata.category(c) not in ("Cc", "Cs"))
        lines.append(" ".join(raw.split()))
    return lines


def parse_raw(text: str, name: str, fetched_at: datetime | None = None,
              zone: ZoneInfo = DEFAULT_ZONE) -> ImportedArticle:
    """Turn one raw text into an ImportedArticle; never raises on odd input."""
    found = _Found()
    warn = _warner(found, name)
    if fetched_at is not None and fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=zone)
    # Metadata and junk lines out (each one recorded), then the title and a publisher line.
    lines = shapes.without_field_labels(
        shapes.without_time_stamps(shapes.without_link_markers(normalise_lines(mail.decoded(text)))))
    lines = record.without_json_syntax(mail.without_quote_marks(lines) if _email_header(lines) else lines)
    posts = shapes.thread_posts(lines)
    for index, post in posts.items():
        lines[index] = post
    found.posts = frozenset(posts)
    for index, caption in shapes.caption_after_handle(lines).items():
        lines[index] = caption
    gapped = _gapped_lines(text)
    items = _classify(lines, found, zone, warn, _spaced_rows(gapped), shapes.repeated_frames(lines) | shapes.running_fields(lines),
                      _gapped_rows(gapped), _named_date_rows(lines, zone))
    items_text = {item[0]: item[1] for item in items if item is not None}
    title = _take_title(items, found)
    _revise(items, found)
    _put_back(items, found)
    if title is None:
        warn(None, "no title found in the text", "write the headline after `title:` in the article file",
             field_name="title")
    _take_publisher(items, found)

    # Rejoin broken lines into logical lines, then decide headings, lists and quotes.
    units = [unit for block in _blocks(items) for unit in _join(block)]
    for unit in units:
        unit.text = _GLUED_AMOUNT.sub(" ", unit.text)
    _cut_fragments(units, items_text, found)
    _classify_units(units)

    # The dateline stays in the body; the front matter repeats it.
    dateline = None
    # (the first paragraph, or the second under a standfirst kept above the dateline)
    opening = next((u for u in units[:2] if u.kind == "paragraph" and shapes.find_dateline(u.text)), None)
    if opening is not None and (opening is units[0] or not shapes.ends_sentence(units[0].text)):
        found_dateline = shapes.find_dateline(opening.text)
        if found_dateline:
            dateline = found_dateline.place
            if found_dateline.publisher:
                found.sources.append(found_dateline.publisher)

    _comment_bylines(found, units)
    date, updated = _resolve_dates(found, units, fetched_at, zone, warn)
    date, updated = (_zoned_by_dateline(stamp, dateline, text, zone) for stamp in (date, updated))
    authors = _people(found.authors) or tuple(dict.fromkeys(found.editors))
    editors = tuple(e for e in dict.fromkeys(found.editors) if e not in authors)
    return ImportedArticle(
        name=name, title=title, date=date, updated=updated, authors=authors, editors=editors,
        source=found.sources[0] if found.sources else None, dateline=dateline,
        tags=tuple(dict.fromkeys(found.tags)), body=to_markdown(units),
        removed=tuple(sorted(found.removed, key=lambda r: r.line)),
        warnings=tuple(found.warnings),
    )


def _zoned_by_dateline(date: FoundDate | None, place: str | None, text: str, zone: ZoneInfo) -> FoundDate | None:
    """`date`, or its time in the zone of the town the story's dateline names when that lies east of WIB and the
    text names no zone anywhere ("MAKASSAR —" under "Posted on 6 Desember 2026 at 19:30": WITA; issue 19, titles of
    the thirty-seventh pass). Only over the default zone, WIB: a site set to another zone writes its times in it."""
    if date is None or not date.has_time or date.value.tzinfo is not zone or zone.key != DEFAULT_ZONE.key:
        return date
    town = zone_of_place(place) if place else None
    if town is None or ZONE_NAMED.search(text):
        return date
    return replace(date, value=date.value.replace(tzinfo=town),
                   origin=f"{date.origin[:-1]}; no time zone stated, {town.key} from the dateline's {place}.")


_ROLE = re.compile(r"(?:kontributor|koresponden|wartawan|reporter|jurnalis)\s", re.IGNORECASE)


_PLACE_AFTER = re.compile(r"\s*[\[(][A-Z][\w .'’-]{1,30}[\])]$")


def _people(names: list[str]) -> tuple[str, ...]:
    """The names, once each; "Kontributor Kupang" (a role and a place, from "Penulis Kontributor Kupang,
    Sigiranus ...") is left out when a name comes with it."""
    # "Irma Damayanti [Jambi]", "Rina (Medan)": the place a correspondent writes from is no part of the name
    unique = tuple(dict.fromkeys(_PLACE_AFTER.sub("", n) or n for n in names))
    named = tuple(n for n in unique if not _ROLE.match(n))
    return named or unique


def _warner(found: _Found, name: str):
    def warn(line: int | None, message: str, hint: str | None = None, field_name: str | None = None) -> None:
        found.warnings.append(Problem(name, line, field_name, message, hint, warning=True))
    return warn


# ------------------------------------------------------------------ lines -> items


def _classify(lines: list[str], found: _Found, zone: ZoneInfo, warn, menus: frozenset[int] = frozenset(),
              frames: frozenset[int] = frozenset(), gapped: dict[int, str] | None = None,
              table: frozenset[int] = frozenset()) -> list[tuple[int, str] | None]:
    """Take out metadata and junk lines; the rest are (line, text) items, None marks a paragraph break.
    `menus`: the numbers of the lines that were rows of items set apart by wide gaps (`_spaced_rows`);
    `frames`: the indices of the lines of a frame repeated around each entry (`lines.repeated_frames`);
    `gapped`: by number, the lines whose parts wide gaps set apart, the gaps as separators (`_gapped_rows`);
    `table`: the numbers of a table's rows of a name and a date (`_named_date_rows`), no bylines."""
    gapped = gapped or {}
    items: list[tuple[int, str] | None] = []
    previous = ""  # the last non-blank line
    previous_byline = False  # whether it named the author (a byline, moved to the front matter)
    interview: bool | None = None  # whether the text is an interview (`_interview`), when first asked
    header = _email_header(lines)
    for number, line in enumerate(lines, start=1):
        if not line:
            items.append(None)
            continue
        if number in header:
            _sent(number, line, header[number], found, zone)
            found.removed.append(RemovedLine(number, line, EMAIL_HEADER))
            items.append(None)
            continue
        authors = len(found.authors)
        reason = _first_reason(lines, number, items, previous, found, zone, warn, gapped, table)
        if reason == shapes.CRUMBS_REASON and _figure_rows(lines, number):
            reason = None  # "06/12/26 03.45 Magnitudo 3,8 | Kedalaman 12 km | ..." under a row alike: a log's
        if _last_word_wrapped(reason, items, line):
            reason = None  # "sebelumnya." under "... dari 57 persen setahun": a wrapped sentence's last word
        if reason == boilerplate.SITE_PROMPT and (_wrapped_above(items) or _asked_in_story(lines, number)):
            reason = None  # "... kata Bupati" / "Mari dukung produk kami": a wrapped paragraph's line, a quote;
            # "Darmin bertanya kepada pemerintah daerah:" / "Sampai kapan ...? Apakah Anda ...?": questions reported
        if reason in _QUOTABLE_REASONS and (_quoting(items) or _standalone_quote(line)):
            reason = None  # "Pesan tersebut berbunyi" / "Klik di sini: ...": a quoted hoax; "“Izinkan notifikasi ...?”"
        if (reason in _QUOTABLE_REASONS or reason in _NOTICE_REASONS) and shapes.SAID_BY.search(line):
            reason = None  # "Klik tautan lapor.go.id untuk mengadu, kata Kepala Dinas, Budi.": a call someone made
        if reason == boilerplate.SITE_PROMPT and (_asked(lines, number) or _answers(lines, number)):
            interview = _interview(lines) if interview is None else interview
            # "Apa pesan Anda untuk pengusaha lainnya?" asks the guest; "Jangan hanya ... Cek ..." under it answers
            reason = None if interview else reason
        if reason == "photo caption" and _own_mark_closing(lines, number, found):
            reason = None  # "... setiap tahun. (Pendam XIV/Hsn)" under "Makassar (Pendam XIV/Hsn) — ...": the story's
        if reason is None and boilerplate.role_line(line) and previous_byline:
            reason = ROLE_REASON  # "Penulis, Rahmat Hidayat" / "Peranan, Wartawan BBC News Indonesia"
        if reason is None and number in menus:
            reason = MENU_ROW_REASON
        if reason is None and number in gapped:
            reason = _row_of_junk(gapped[number])
        if reason is None and number - 1 in frames:
            reason = FRAME_REASON
        if reason is None and number < len(lines) and boilerplate.score_label(line, lines[number]):
            reason = f"{boilerplate.SCORE_REASON} (its label)"
        previous_byline = len(found.authors) > authors
        previous = line
        if reason:
            found.removed.append(RemovedLine(number, line, reason))
            items.append(None)
        else:
            items.append((number, line))
    return items


def _first_reason(lines: list[str], number: int, items: list[tuple[int, str] | None], previous: str, found: _Found,
                  zone: ZoneInfo, warn, gapped: dict[int, str], table: frozenset[int]) -> str | None:
    """Why line `number` goes, as the line and its neighbours show at first (`_classify` then keeps some):
    metadata for the front matter, a date, a line of facts, a browser's print header, junk."""
    line = lines[number - 1]
    dated = _with_wrapped_time(lines, number)
    return ((None if _box_source(lines, number) else _metadata(number, dated, found, zone, warn))
            or (number not in table and _dated(number, dated, found, zone, lines))
            or (number in gapped and not _table_row(gapped, number)
                and (_date_and_fields(number, gapped[number], found, zone)
                     or _dated_byline(number, gapped[number], found, zone)
                     # ("Admin BE   3 jam lalu   2 menit baca"; issue 19, titles of the thirty-ninth pass: a
                     # comment's relative time below gave the date)
                     or _named_relative(number, gapped[number], found, lines)))
            or (_print_header(lines, number) and shapes.PRINT_REASON)
            or (number > 1 and shapes.setext_underline(line, lines[number - 2]) and shapes.SETEXT_REASON)
            or _junk(_wrapped_end(items, _wrapped_start(line, lines, number)), previous, found))


def _with_wrapped_time(lines: list[str], number: int) -> str:
    """Line `number`, with the next line when a hard wrap cut it right before its date's time or its counter's
    figure: it ends in a comma or a separator ("|", "·"), and the next line is a time of day alone with its zone
    or "pukul" ("... | Selasa, 15 Desember 2026," / "09.45 WIT"; issue 19, twenty-ninth pass: the date lost its
    time; "... | Sabtu, 12 Desember 2026 |" / "11:30 WIB", thirtieth pass), or it ends in a year and the next line
    says "pukul" ("Rabu, 16 Desember 2026" / "pukul 10.30 WITA", thirty-fifth pass); or it ends in a counter's label
    and the next line is its figure ("... pukul 09.30 WITA | Dibaca" / "1.027 kali", thirtieth pass: the byline
    went unread, and the headline's second line with it; "... WIB | Dibaca:" / "2.087 kali", with its colon,
    thirty-first pass)."""
    line = lines[number - 1]
    if number >= len(lines):
        return line
    following = lines[number]
    if _CUT_COUNTER.search(line) and _COUNT.fullmatch(following):
        return f"{line} {following}"
    said = following.casefold().startswith("pukul")
    clock = _CLOCK.fullmatch(following) if line.endswith((",", " |", " ·")) or (said and _YEAR_END.search(line)) else None
    if clock is None or not (clock["zone"] or said):
        return line
    return f"{line} {following}"


_YEAR_END = re.compile(r"\b(?:19|20)\d\d$")
"""A line ending in a year: a date whose time "pukul 10.30 WITA" may stand alone on the next line."""


# A counter's label closing a line of facts, its figure cut onto the next line: "... WITA | Dibaca" / "1.027 kali",
# "... WIB | Dibaca:" / "2.087 kali"
_CUT_COUNTER = re.compile(r"\s[|·]\s*(?i:dibaca|dilihat|views?)\s*:?$")
_COUNT = re.compile(r"\d[\d.,]*\s*(?i:kali|x|views?)?")


EMAIL_HEADER = "a forwarded email's header"
# An email's header as a mail program prints a forwarded or quoted message: "---------- Forwarded message
# ---------", then "Dari: ...", "Date: ...", "Subject: ...", "To: ..." (issue 19, eleventh pass: a press release
# forwarded to a newsroom kept its header, and its "Date:", when the email was sent, became the release's date)
_FORWARDED = re.compile(r"[-=_*>\s]*(?i:forwarded\s+message|begin\s+forwarded\s+message|original\s+message|pesan\s+"
                        r"(?:yang\s+)?(?:diteruskan|terusan|asli))[-=_*:\s]*")
_EMAIL_FIELD = re.compile(r"(?P<label>(?i:dari|from|date|tanggal|sent|dikirim|terkirim|subject|subjek|perihal|to|kepada"
                          r"|cc|bcc|reply-to|list-unsubscribe|list-id|message-id|mime-version|content-type"
                          r"|content-transfer-encoding))\s*:\s*\S.*")
_SENDER = frozenset({"dari", "from"})
_SUBJECT = frozenset({"subject", "subjek", "perihal"})
_SENT = frozenset({"date", "tanggal", "sent", "dikirim", "terkirim"})
_HEADER_FIELDS = 3
"""Fields at least, one a line, of an email's header: who sent it and its subject among them."""


def _email_header(lines: list[str]) -> dict[int, str]:
    """The numbers (1-based) of the lines of an email's header, each with its field's label (lower case; ""
    for the "Forwarded message" line over it): three fields or more in a row, "From"/"Dari" and
    "Subject"/"Perihal" among them."""
    header: dict[int, str] = {}
    index = 0
    while index < len(lines):
        run = []
        while index < len(lines) and (match := _EMAIL_FIELD.fullmatch(lines[index])) is not None:
            run.append((index + 1, match["label"].casefold()))
            index += 1
        labels = {label for _, label in run}
        above = run[0][0] - 2 if run else -1
        forwarded = above >= 0 and _FORWARDED.fullmatch(lines[above]) is not None
        if len(run) >= _HEADER_FIELDS and labels & _SENDER and labels & _SUBJECT and (
                forwarded or any(_mailed(lines[number - 1], label) for number, label in run)):
            header.update(run)
            if forwarded:
                header[above + 1] = ""
        index += 1 if not run else 0
    return header


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _mailed(line: str, label: str) -> bool:
    """A header field only an email has: an address ("<humas@...>") or the time it was sent; a letter quoted in
    a story ("Kepada: Bupati", "Dari: Kepala Dinas", "Perihal: ...", "Tanggal: 3 Desember 2025") has neither."""
    if _ADDRESS.search(line):
        return True
    parsed = parse_date(line.split(":", 1)[1].strip(), DEFAULT_ZONE) if label in _SENT else None
    return parsed is not None and parsed[1]


# What a mail program or a mailing list sets before a subject: "Fwd:", "Re:", "[Kabar Warga #12]"
_SUBJECT_MARKS = re.compile(r"^(?:\s*(?:(?i:re|fwd?|tr|aw)\s*:|\[[^\]]{1,60}\]))+\s*")


def _sent(number: int, line: str, label: str, found: _Found, zone: ZoneInfo) -> None:
    """Record an email header's subject, and its date as when it was sent."""
    if label in _SUBJECT:
        found.subject = _SUBJECT_MARKS.sub("", line.split(":", 1)[1]).strip().casefold() or None
    if label not in _SENT:
        return
    parsed = parse_date(line.split(":", 1)[1].strip(), zone)
    if parsed is not None:
        found.sent.append(FoundDate(parsed[0], parsed[1], f'From the forwarded email\'s "{line}" (line {number}): when it '
                                                          "was sent; the text states no other date.", number))


FRAME_REASON = "a line of the frame repeated around each post or entry"
MENU_ROW_REASON = shapes.MENU_ROW_REASON
# A page's menu as a text dump keeps it: "Beranda  Tentang Kami  Layanan  Jadwal Dokter  Berita" -- items of a
# word to three, each capitalised, set apart by two spaces or more (or a tab); whitespace is folded afterwards.
_WIDE_GAP = re.compile(r"\s{2,}|\t")
_MENU_ITEM = re.compile(r"(?:[A-Z0-9][\w&'’.-]*)(?:\s(?:[A-Z0-9&][\w&'’.-]*|dan|&))?(?:\s[A-Z0-9][\w&'’.-]*)?")
_MENU_ITEMS = 4
"""Items at least of a menu row (a table's row of three columns is no menu)."""


_GAPPED_LINE = 200
"""Longest line whose wide gaps are read as separators."""


def _gapped_lines(text: str) -> dict[int, str]:
    """By number (1-based), the raw lines (stripped, without a BOM) of `_GAPPED_LINE` characters at most that
    hold a wide gap, before whitespace is folded: what `_spaced_rows` and `_gapped_rows` read."""
    found = {}
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        raw = raw.strip().lstrip("\ufeff")
        if len(raw.strip()) <= _GAPPED_LINE and _WIDE_GAP.search(raw):
            found[number] = raw
    return found


def _spaced_rows(gapped: dict[int, str]) -> frozenset[int]:
    """The numbers of the lines (`_gapped_lines`) that are a menu row set apart by wide gaps (issue 19, seventh
    pass: a menu in title case over a headline in sentence case was taken for the headline). Items ending in
    punctuation (a justified paragraph's words) or of figures (a table) are not."""
    rows = set()
    for number, raw in gapped.items():
        if raw.count("  ") + raw.count("\t") < _MENU_ITEMS - 1:
            continue
        items = _WIDE_GAP.split(raw)
        if len(items) >= _MENU_ITEMS and all(_MENU_ITEM.fullmatch(item) and not item[0].isdigit() for item in items):
            rows.add(number)
    return frozenset(rows)


def _gapped_rows(gapped: dict[int, str]) -> dict[int, str]:
    """By number, the lines (`_gapped_lines`) whose parts wide gaps set apart, the gaps written " | ": a page's
    line of facts as a print to PDF or a text dump lays it out ("Kamis, 26 November 2026 | 15:40 WIB     Penulis:
    Rani Oktaviani     Dilihat: 874"; issue 19, fourteenth pass: it was taken for the headline)."""
    rows = {}
    for number, raw in gapped.items():
        raw = raw.strip()
        if _WIDE_GAP.search(raw):
            rows[number] = " | ".join(" ".join(part.split()) for part in _WIDE_GAP.split(raw))
    return rows


def _named_date_rows(lines: list[str], zone: ZoneInfo) -> frozenset[int]:
    """The numbers (1-based) of the lines that are a name then a date, as a byline is, with the line right above
    or under them alike: a table's rows ("Rahmat Siregar   Senin, 30 November 2026 - 10:00 WIB", a candidate and
    when they registered), not bylines; a byline stands alone (issue 19, twenty-fifth pass's review probe)."""
    named = {number for number, line in enumerate(lines, start=1) if _name_then_date(line, zone)}
    return frozenset(number for number in named if number - 1 in named or number + 1 in named)


def _name_then_date(line: str, zone: ZoneInfo) -> bool:
    """A name then a date, the date's own label between maybe ("Gadis Kretek · Diterbitkan 5 Maret 2012": a
    book's row in a story's list, issue 19, review of the thirtieth pass)."""
    hit = date_at_end(_without_facts(line), zone) if line and len(line) <= _DATE_END_SCAN else None
    prefix = hit[2].strip(_PREFIX_EDGE) if hit is not None else ""
    labelled = _NAME_THEN_LABEL.fullmatch(prefix) if len(prefix) <= 120 else None
    prefix = labelled["name"] if labelled is not None else prefix
    return bool(prefix) and (boilerplate.person_name(prefix) or boilerplate.byline(prefix) is not None)


_FIGURE_CELLS = 2
"""Cells at least with a figure in each row of a table of figures."""


def _figure_rows(lines: list[str], number: int) -> bool:
    """The line (1-based `number`) and the line right above or under it are rows of one table: as many cells set
    apart by "|", figures in two cells or more of each (a log's "05/12/26 14.02 Magnitudo 4,1 | Kedalaman 10 km |
    87 km Barat Daya Malang"). A page's path or menu names sections, no figures (issue 19, twenty-fifth pass's
    review)."""
    def cells(index: int) -> list[str]:
        return lines[index - 1].split("|") if 1 <= index <= len(lines) else []

    def figures(row: list[str]) -> bool:
        return sum(any(c.isdigit() for c in cell) for cell in row) >= _FIGURE_CELLS

    row = cells(number)
    return figures(row) and any(len(cells(near)) == len(row) and figures(cells(near))
                                for near in (number - 1, number + 1))


def _table_row(gapped: dict[int, str], number: int) -> bool:
    """The line (`_gapped_rows`) is a row of a table: the line right above or under it is laid out in as many
    columns. A page's line of facts is one line ("Medan | Senin, 07 Desember 2026 - 09:12 WIB | Dibaca: ..."); a
    schedule's rows of places and dates inside the story are several (issue 19, review of the twenty-fourth pass)."""
    columns = gapped[number].count(" | ")
    return any(near in gapped and gapped[near].count(" | ") == columns for near in (number - 1, number + 1))


def _row_of_junk(row: str) -> str | None:
    """A row whose every cell, set apart by wide gaps, is page furniture: the first cell's reason ("Bagikan ke
    WhatsApp   Bagikan ke X", each cell a share button; issue 19, sixteenth pass)."""
    reasons = [boilerplate.pattern_reason(cell) for cell in row.split(" | ")]
    return reasons[0] if all(reasons) else None


def _print_header(lines: list[str], number: int) -> bool:
    """The line (1-based `number`) is a browser's print header without the comma after the day where a browser
    prints it: the text's first line, or at the top of each page, the same line again (issue 19, review of the
    twenty-fourth pass: a schedule's rows, "12/12/2026 15.30 Persebaya vs Arema FC | Stadion ...", were taken out)."""
    line = lines[number - 1]
    return shapes.bare_print_header(line) and (not any(lines[:number - 1]) or lines.count(line) > 1)


def _junk(line: str, previous: str, found: _Found) -> str | None:
    """Why a line that is not metadata is junk, or None; not when a listed person joined, under their item
    ("Bergabung sejak 2015" under "1. Dedi Supriadi, 34 tahun": no writer's profile box; issue 19, review of the
    thirty-first pass and the guard)."""
    reason = (shapes.junk_reason(line) or _byline(line, found) or boilerplate.pattern_reason(line)
              or (ROLE_REASON if boilerplate.role_line(line) and boilerplate.person_name(previous) else None))
    return None if reason == boilerplate.JOINED_REASON and shapes.ordered_item(previous) is not None else reason


# A story line announcing the text it quotes below: "Pesan tersebut berbunyi", "Isinya sebagai berikut:"
_QUOTE_INTRO = re.compile(r"(?:\b(?:berbunyi|bertuliskan|isinya|isi\s+pesan(?:nya)?|sebagai\s+berikut|tertulis"
                          r"|berikut\s+(?:isi|bunyi)(?:nya)?)|,\s+(?:menulis|(?:ia|dia)\s+menulis))\s*:?$", re.IGNORECASE)
_QUOTABLE_REASONS = ("subscription or login prompt", "promotion (click here)", "follow or app prompt",
                     boilerplate.SITE_PROMPT)
"""Reasons a call to the reader is taken out for, which a quoted hoax or post may well be."""
_QUOTE_LINES = 8
"""Lines at most of a quoted text under the line that announces it."""


_NOTICE_REASONS = ("follow prompt", "cookie notice", "copyright notice", "comment policy", "platform disclaimer")
"""Reasons of the site's own notices, which a story may quote too."""


def _quoting(items: list[tuple[int, str] | None]) -> bool:
    """The line is inside a text the story quotes: a run of kept lines, without a blank, right under a story
    line of some words that announces it ("Pesan tersebut berbunyi"), issue 19."""
    for back in range(1, _QUOTE_LINES + 1):
        above = items[-back] if back <= len(items) else None
        if above is None:
            return False
        if len(above[1].split()) >= 3 and _QUOTE_INTRO.search(above[1]):
            return True
    return False


_QUESTION_WORDS = 25
"""Words at most of an interviewer's question on its own line."""
_ANSWER_WORDS = 12
"""Words at least of the answer under an interviewer's question."""
_INTERVIEW_QUESTIONS = 3
"""Questions at least, each alone over its answer, that make a text an interview."""


def _asked(lines: list[str], number: int) -> bool:
    """Line `number` (1-based) is a question on a line of its own, a blank line or a sentence's end above it,
    with a paragraph under it (a blank line between or none) that answers it: several words, and no
    question itself ("Tanya: ...?" / "Jawab: ..." too)."""
    line = lines[number - 1]
    if not line.rstrip(shapes.CLOSERS).endswith("?") or len(line.split()) > _QUESTION_WORDS:
        return False
    if number >= 2 and lines[number - 2] and not shapes.ends_sentence(lines[number - 2]):
        return False  # (a line of a wrapped paragraph)
    below = number if number < len(lines) and lines[number] else number + 1
    answer = lines[below] if below < len(lines) else ""
    return len(answer.split()) >= _ANSWER_WORDS and not answer.rstrip(shapes.CLOSERS).endswith("?")


def _asked_in_story(lines: list[str], number: int) -> bool:
    """Line `number` (1-based) is someone's questions right under the story's sentence that introduces them
    (`boilerplate.introduces_questions`): the story reports them, no site's prompt (review of the thirty-second
    and thirty-third passes: an official's closing questions went)."""
    above = number - 2 if number >= 2 and lines[number - 2] else number - 3
    return (lines[number - 1].rstrip(shapes.CLOSERS).endswith("?") and above >= 0
            and boilerplate.introduces_questions(lines[above].strip()))


def _answers(lines: list[str], number: int) -> bool:
    """Line `number` (1-based) is the answer under a question on a line of its own (`_asked`): the guest's
    advice to readers ("Jangan hanya melihat harga. Cek legalitas ...") reads as a site's call, and is the
    interview's text (issue 19, twenty-second pass)."""
    above = number - 1 if number >= 2 and lines[number - 2] else number - 2
    return above >= 1 and lines[above - 1] != "" and _asked(lines, above) and not lines[number - 1].rstrip(
        shapes.CLOSERS).endswith("?")


def _interview(lines: list[str]) -> bool:
    """The text is an interview: `_INTERVIEW_QUESTIONS` questions or more, each on its own line over its answer. Its
    questions stay, though the interviewer addresses the guest as "Anda" and speaks of "lainnya" or
    "sekarang" as a site's prompt addresses its reader ("Apa pesan Anda untuk pengusaha lainnya?"); a site's
    question ("Apakah artikel ini membantu?") has buttons under it, not an answer (issue 19, eighth pass)."""
    count = 0
    for number in range(1, len(lines) + 1):
        count += _asked(lines, number)
        if count >= _INTERVIEW_QUESTIONS:
            return True
    return False


def _own_mark_closing(lines: list[str], number: int, found: _Found) -> bool:
    """Line `number` (1-based) ends its last sentence with the page's own mark in brackets, which the story's
    dateline carries ("Makassar (Pendam XIV/Hsn) — Kodam ...") or its byline names ("... | Pendam XIV/Hsn |
    Dibaca: 633"), as an office's news page closes its story with its code (issue 19, thirtieth pass). A
    photo's credit is named by its photos only."""
    match = boilerplate.CLOSING_MARK.search(lines[number - 1])
    if match is None:
        return False
    mark = re.escape(match["mark"])
    dateline = re.compile(rf"[A-Z][\w.'’ -]{{1,30}}\s\({mark}\)\s*[—–-]\s")
    return (any(dateline.match(other) for at, other in enumerate(lines, start=1) if at != number)
            or any("byline" in line.reason and line.reason.endswith(TO_FRONT_MATTER)
                   and match["mark"].casefold() in line.text.casefold() for line in found.removed))


_ONE_WORD_REASONS = ("button or menu item", "counter (views, likes, comments)")
"""Reasons a line of a word or a number is taken out for, which a wrapped sentence's last line may also be."""
_LAST_WORD_REASONS = ("comments prompt", "share prompt")
"""Reasons of a page's word ("komentar", "bagikan") that a wrapped sentence's last line may be when it closes the
sentence with its full stop: "... Tulis di kolom" / "komentar." (issue 19, forty-first pass)."""


def _wrapped_start(line: str, lines: list[str], number: int) -> str:
    """The line as its junk is judged: when a hard-wrapped paragraph starts with it (it is as wide as a
    wrapped line, ends no sentence, and the next line goes on in lower case), with that next line, so a
    sentence is judged whole ("Premium kualitas aspal yang dipakai tahun ini lebih baik" / "dari
    sebelumnya." is no "Premium" banner)."""
    following = lines[number] if number < len(lines) else ""
    if (len(line) < _WRAPPED_LINE or shapes.ends_sentence(line) or not following
            or not shapes.starts_continuation(following) or "." in following.split()[0].rstrip(".,")
            or shapes.find_dateline(following)):
        return line  # ("tirto.id - Harga ...", "jpnn.com, SEMARANG - ...": a story's opening, not a wrapped line)
    return f"{line} {following}"


def _last_word_wrapped(reason: str | None, items: list[tuple[int, str] | None], line: str) -> bool:
    """The line taken out for a page's word or number (`_ONE_WORD_REASONS`, `_LAST_WORD_REASONS`) goes on with the
    sentence of the line above: its last word, wrapped."""
    return ((reason in _ONE_WORD_REASONS or (reason in _LAST_WORD_REASONS and _closes_in_lower_case(line)))
            and _continues_above(items, line))


def _closes_in_lower_case(line: str) -> bool:
    """"komentar.", "bagikan!": a word in lower case with a sentence's end mark, as a wrapped sentence's last line is
    (a count, "3 komentar:", or a label is none)."""
    return line[:1].islower() and line.rstrip(shapes.CLOSERS).endswith((".", "!", "?"))


def _wrapped_above(items: list[tuple[int, str] | None]) -> bool:
    """The kept line right above (no blank between) is as wide as a hard-wrapped paragraph's line and ends
    no sentence: the next line goes on with its paragraph, whatever its first letter."""
    above = items[-1] if items else None
    return above is not None and len(above[1]) >= _WRAPPED_LINE and not shapes.ends_sentence(above[1])


def _continues_above(items: list[tuple[int, str] | None], line: str) -> bool:
    """The line goes on with the sentence of the kept line right above it (no blank between): that line
    ends without a sentence's end and this one starts in lower case."""
    above = items[-1] if items else None
    if above is None or shapes.ends_sentence(above[1]):
        return False
    # (a number under a line as wide as a wrapped paragraph's: "... naik dibandingkan dengan tahun" / "2023.")
    return shapes.starts_continuation(line) or (line[0].isdigit() and len(above[1]) >= _WRAPPED_LINE)


_WRAPPED_LINE = 50
"""Characters at least in a line a hard-wrapped paragraph goes on from (texts are wrapped at 60 to 80)."""


def _wrapped_end(items: list[tuple[int, str] | None], line: str) -> str:
    """The line as its junk is judged: when it ends a sentence wrapped from the kept line right above (that
    line does not end a sentence, this one starts in lower case) and closes with an editor's code, without
    the code -- "tidak menumpuk di selatan. (kmb/balipost)" ends the story's last sentence, it is no photo
    caption (the code is cut from the paragraph later)."""
    above = items[-1] if items else None
    if above is None or shapes.ends_sentence(above[1]) or not shapes.starts_continuation(line):
        return line
    return _TRAILING_CODE.sub("", line) or line


_BOX_ROWS = 2
"""Rows at least of figures in a box inside the story ("Penguasaan bola: Persib 61% – 39% PSM")."""
_BOX_ROW_WORDS = 14
_PROSE_WORDS = 12
"""Words at least of a paragraph of the story's on either side of such a box."""


def _box_source(lines: list[str], number: int) -> bool:
    """The line (1-based `number`) is a box's "Sumber:"/"Source:" under its rows of figures -- two or more
    short lines with a digit that end no sentence, right above it without a blank, a heading over them at
    most --, the box between paragraphs of the story: where the figures come from, not the article's source."""
    fields = shapes.metadata_fields(lines[number - 1])
    if not fields or any(f.kind != "source" for f in fields):
        return False
    index = number - 2
    rows = 0
    while index >= 0 and _figure_row(lines[index]):
        rows, index = rows + 1, index - 1
    if rows < _BOX_ROWS:
        return False
    if index >= 0 and lines[index] and not shapes.ends_sentence(lines[index]):
        index -= 1  # (the box's heading)
    return _prose_next(lines, index + 1, -1) and _prose_next(lines, number - 1, 1, reach=2)


def _figure_row(line: str) -> bool:
    return (bool(line) and len(line.split()) <= _BOX_ROW_WORDS and any(c.isdigit() for c in line)
            and not shapes.ends_sentence(line))


def _prose_next(lines: list[str], index: int, step: int, reach: int = 1) -> bool:
    """Among the `reach` nearest non-blank lines past the 0-based `index` in the direction `step`, a
    paragraph of the story's (a long line that ends a sentence)."""
    index += step
    while 0 <= index < len(lines) and reach > 0:
        if lines[index]:
            if shapes.ends_sentence(lines[index]) and len(lines[index].split()) >= _PROSE_WORDS:
                return True
            reach -= 1
        index += step
    return False


def _metadata(number: int, line: str, found: _Found, zone: ZoneInfo, warn) -> str | None:
    """Record a metadata line's fields; returns the removal reason, or None when it is not metadata."""
    fields = shapes.metadata_fields(line)
    if not fields:
        return None
    dates: list[tuple[str, FoundDate]] = []
    for item in fields:
        if item.kind in ("date", "updated"):
            parsed = parse_date(item.value, zone)
            if parsed is None:
                year = year_outside(item.value, zone)
                if year is not None:  # "9999-12-31 23:59:00": a date, but not one an article may have (issue 21)
                    warn(number, f'"{item.label}: {item.value}" gives the year {year}, outside {FIRST_YEAR} to '
                                 f"{LAST_YEAR}; the line stays in the text", "write the date after `date:` yourself",
                         field_name="date")
                elif item.colon and not shapes.ends_sentence(line) and not _named_after(item.value, zone):
                    # "Tanggal: kemarin sore", not prose (a date then its writer is read by `_date_then_name`)
                    warn(number, f'"{item.label}: {item.value}" is not a date Warta can read; the line stays in '
                                 "the text", "write the date after `date:` yourself", field_name="date")
                return None
            value, has_time = parsed
            assumed = f"; no time zone given, {zone.key} assumed" if has_time and value.tzinfo is zone else ""
            origin = f'From "{item.label}: {item.value}" (line {number}{assumed}).'
            dates.append((item.kind, FoundDate(value, has_time, origin)))
        elif item.kind in ("author", "editor") and _name_and_date(item.value, zone) is not None:
            continue  # "Oleh: Aditya Widya Putri - 13 Mei 2024, 09:00 WIB": split below
        elif item.kind in ("author", "editor", "source", "credit", "reviewer") and not shapes.is_name(item.value):
            return None
        elif item.kind == "tags" and (not item.value or len(item.value) > 300 or _sentence_not_tags(item.value)):
            return None
    for item in fields:
        value = item.value
        if item.kind in ("author", "editor"):
            dated = _name_and_date(value, zone)
            if dated is not None:
                value = dated[0]
                origin = f'From "{item.label}: {item.value}" (line {number}).'
                dates.append(("date", FoundDate(dated[1], dated[2], origin)))
        if item.kind == "author":
            found.authors.extend(shapes.split_names(value))
        elif item.kind == "editor":
            found.editors.extend(shapes.split_names(value))
        elif item.kind == "source":
            found.sources.append(item.value)
        elif item.kind == "tags":
            tags = (t.strip(" #") for t in re.split(r"[,;|]|\s#", item.value))
            found.tags.extend(t for t in tags if any(c.isalnum() for c in t))
    for kind, value in dates:
        (found.labelled_dates if kind == "date" else found.updates).append(value)
    if all(item.kind == "reviewer" for item in fields):
        return REVIEWER_REASON
    return CREDITS_REASON if all(item.kind == "credit" for item in fields) else _MOVED


_TAG_WORDS = 4
"""Words at least of a stretch between commas that, in a value ending a sentence, is a clause, not a tag."""


def _sentence_not_tags(value: str) -> bool:
    """A tags label's value that is a sentence of the story: it ends one, and a stretch between its commas is as
    long as a clause ("Kata Kunci: kebersamaan, menurut Rudi, adalah alasan lomba ini bertahan."; issue 19,
    eighteenth pass's probe). Tags end on no full stop."""
    return shapes.ends_sentence(value) and max(len(part.split()) for part in re.split(r"[,;|]", value)) >= _TAG_WORDS


CREDITS_REASON = "credits for the pictures (photographer, illustrator)"
REVIEWER_REASON = "who reviewed or fact-checked the story (not its author)"


def _name_and_date(value: str, zone: ZoneInfo) -> tuple[str, datetime, bool] | None:
    """A byline value that ends in a date: "Aditya Widya Putri - 13 Mei 2024, 09:00 WIB" -> (name, date, time?)."""
    hit = date_at_end(value, zone)
    if hit is None:
        return None
    name = hit[2].strip(_PREFIX_EDGE)
    return (name, hit[0], hit[1]) if name and shapes.is_name(name) else None


def _dated(number: int, line: str, found: _Found, zone: ZoneInfo, lines: list[str]) -> str | None:
    """A line that is only a date, or a relative time / view counter ("2 months ago 19"); `lines` are the
    text's (what stands above a byline)."""
    parsed = parse_date(line, zone) or (  # "... • 3 menit baca" (a date line is short: a paragraph costs nothing)
        parse_date(_without_facts(line), zone) if len(line) <= _DATE_END_SCAN else None)
    if parsed is None and len(line) <= _DATE_END_SCAN:
        parsed = _date_and_update(number, line, found, zone)
    if parsed:
        value, has_time = parsed
        found.date_lines.append(FoundDate(value, has_time, f'From the date line "{line}" (line {number}).', number))
        found.date_line_numbers.append(number)
        return f"date {TO_FRONT_MATTER}"
    # ("4 jam lalu · Dibaca 2.311 kali": a relative time with the page's counter or reading time after it)
    relative = parse_relative(line) or (parse_relative(_without_facts(line)) if len(line) <= _DATE_END_SCAN else None)
    relative = relative or (_published_relative(number, line, found, lines) if len(line) <= _DATE_END_SCAN else None)
    if relative is None:
        stamp = parse_yearless(line) if len(line) <= _DATE_END_SCAN else None
        if stamp is not None:
            found.yearless.append((number, line, stamp))
            return "date without its year"
        return (_date_and_fields(number, line, found, zone) or _dated_byline(number, line, found, zone)
                or _date_then_name(number, line, found, zone) or _named_relative(number, line, found, lines)
                or _date_opening_facts(number, line, found, zone))
    found.relatives.append((number, line, relative))
    return "view counter" if relative.views else "relative date"


def _published_relative(number: int, line: str, found: _Found, lines: list[str]) -> Relative | None:
    """The relative time under its label that opens a line of facts: "Diterbitkan 5 jam yang lalu · Diperbarui 2 jam
    yang lalu" (issue 19, thirty-second pass: not read, a reader's comment gave the date). Under the story's text,
    the page's date found above, it is the story's: a book's "Diterbitkan 40 tahun yang lalu" (review of the
    thirty-second and thirty-third passes)."""
    first = shapes.FACT_SEPARATOR.split(line, maxsplit=1)[0]
    label = _PUBLISHED_WORDS.match(first)
    # (the label first: the look at every line above is for the few lines that open with it)
    if label is None or ((found.date_lines or found.labelled_dates)
                         and any(_story_text(above) for above in lines[:number - 1])):
        return None
    return parse_relative(first[label.end():].lstrip(" :"))


_FACTS_LINE = 200
"""Longest line read as a date among labelled names."""


# What parts a date from the labelled names beside it: a line of facts' separator, or a spaced slash ("<date>  /
# Reporter: <name>"; issue 19, titles of the thirty-ninth pass: a radio's page gave no date, and its name was taken
# for the headline)
_FIELDS_BREAK = re.compile(rf"{shapes.FACT_SEPARATOR.pattern}|\s+/\s+")


def _date_and_fields(number: int, line: str, found: _Found, zone: ZoneInfo) -> str | None:
    """A date among labelled names, set apart by separators: "Senin, 30 November 2026 - 06:45 WIB | Penulis :
    Widodo | Editor : Sigit", "Rabu, 2/12/2026 | 10:15 WITA | Reporter: Ani | Sumber: Antara" -- the parts that
    are not fields (one run of them) are the date. Issue 19, tenth pass: a radio's page gave all three on one
    line, and it was taken for the headline."""
    parts = _FIELDS_BREAK.split(line) if len(line) <= _FACTS_LINE else []
    if len(parts) < 2:
        return None
    named = [_named_fields(part) for part in parts]
    dated = [index for index, fields in enumerate(named) if fields is None]
    if not dated or len(dated) == len(parts) or dated != list(range(dated[0], dated[-1] + 1)):
        return None
    parsed = _date_among_fields(line, parts, dated, zone)
    if parsed is None:
        return None
    found.labelled_dates.append(FoundDate(parsed[0], parsed[1], f'From "{line}" (line {number}).', number))
    for item in (item for fields in named if fields for item in fields):
        if item.kind == "source":
            found.sources.append(item.value)
        elif item.kind in ("author", "editor"):
            (found.authors if item.kind == "author" else found.editors).extend(shapes.split_names(item.value))
    authors = any(item.kind == "author" for fields in named if fields for item in fields)
    return f"date and byline {TO_FRONT_MATTER}" if authors else f"date {TO_FRONT_MATTER}"


# The story's section closing a line of facts after its date: "Musik", "Seni dan Budaya" (three words at most)
_SECTION = re.compile(r"[^\W\d_][^\W\d_&]*(?:\s+[^\W\d_][^\W\d_&]*){0,2}")


def _date_among_fields(line: str, parts: list[str], dated: list[int], zone: ZoneInfo) -> tuple[datetime, bool] | None:
    """The date the parts `dated` of a line of facts give, maybe closed by the story's section, a short label
    without figures ("Oleh <name> · 4 Desember 2026 · Musik"; issue 19, titles of the thirty-ninth pass: no date
    was read)."""
    spans = [match.span() for match in _FIELDS_BREAK.finditer(line)]
    start = spans[dated[0] - 1][1] if dated[0] else 0
    for last in range(dated[-1], dated[0] - 1, -1):
        end = spans[last][0] if last < len(spans) else len(line)
        parsed = parse_date(line[start:end], zone)
        if parsed is not None:
            return parsed
        if last != len(parts) - 1 or _SECTION.fullmatch(parts[last]) is None:
            return None  # (only the line's last part, a label of words: not "Pendam XIV/Hsn | Dibaca: 633")
    return None


def _date_opening_facts(number: int, line: str, found: _Found, zone: ZoneInfo) -> str | None:
    """A line of facts closed by a counter, opened by a date, an unlabelled desk or name between: "Kamis, 10
    Desember 2026 | 11:05 WITA | Humas Dinas | Dibaca 530 kali" (issue 19, nineteenth pass: a government
    office's page). The counter makes it the page's line, never a sentence; the date is its leading parts."""
    facts = _without_facts(line) if len(line) <= _FACTS_LINE else line
    if facts == line:
        return None
    for separator in reversed(list(shapes.FACT_SEPARATOR.finditer(facts))):
        parsed = parse_date(facts[:separator.start()], zone)
        if parsed is not None:
            found.date_lines.append(FoundDate(parsed[0], parsed[1], f'From the date line "{line}" (line {number}).',
                                              number))
            found.date_line_numbers.append(number)
            return f"date {TO_FRONT_MATTER}"
    return None


# A post's category in a line of facts: "Kategori: Prestasi", "Rubrik : Hukum & Kriminal" (issue 19, thirty-first
# pass: a campus page's "Diposting oleh: ... | <date> | Kategori: Prestasi | Dilihat 356 kali" gave no date)
_FILED_UNDER = re.compile(r"(?i:kategori|category|rubrik|kanal)\s*:\s*[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3}")


def _named_fields(part: str) -> tuple[shapes.Field, ...] | None:
    """The fields of a part of a line of facts when it names people or a source under labels ("Penulis :
    Widodo", "Foto: Humas"), else None; none for a view counter, a reading time ("Dibaca 3.912 kali") or the
    post's category ("Kategori: Prestasi")."""
    if _FACTS_AFTER.fullmatch(f" | {part}") or _FILED_UNDER.fullmatch(part):
        return ()
    fields = shapes.metadata_fields(part)
    if not fields:  # a credit's label opens no metadata line by itself: read it as the second field of one
        after = shapes.metadata_fields(f"Penulis: Rina | {part}")
        fields = after[1:] if after and after[0].value == "Rina" else None
    if fields and all(item.kind in ("author", "editor", "source", "credit", "reviewer") and shapes.is_name(item.value)
                      for item in fields):
        return fields
    return None


_UPDATE_WORDS = re.compile(r"(?:terakhir diperbarui|diperbarui|update|updated|last updated|dimodifikasi)\b",
                           re.IGNORECASE)
# (a CMS's "Diposting: 2025-05-27 14:30:00" too: issue 19, heldout5; a site builder's "Ditulis Sabtu, 28 November
# 2026, pukul 10.15 WIT", a video page's "Diunggah 26 Nov 2026, 17:20 WITA": nineteenth pass)
# (a CMS's "sent on" says when the post went up: "Dikirim pada:", "Sent on"; a bare "Dikirim:" is an email's)
_PUBLISHED_WORDS = re.compile(r"(?:diterbitkan|dipublikasikan|publikasi|terbit|published|posted|diposting|dimuat"
                              r"|ditayangkan|dibuat|tayang|ditulis|written|diunggah|uploaded"
                              r"|(?:dikirim|sent)(?=\s+(?:on|pada)\b))\b(?:\s+(?:daring|online)\b)?"
                              r"(?:\s+(?:on|pada|tanggal)\b)?", re.IGNORECASE)
_PREFIX_EDGE = " -–—|,•·/:"
_POSTED_BY = re.compile(r"(?P<label>(?i:posted|published|diposting|diterbitkan|dipublikasikan|ditulis"
                        r"|terakhir diperbarui|diperbarui|last updated|updated))(?:\s+(?i:on|pada|tanggal))?"
                        r"\s+(?P<date>[^|]{6,60}?)\s+(?i:by|oleh)\s+(?P<name>[^|]{2,60})")


# "Diposting oleh Ayu Lestari di 20.15", "Posted by Ayu at 8:15 PM" (the day stands elsewhere, as blogs do)
_BY_AT_TIME = re.compile(r"(?:[\w ]{0,30}\s)?(?i:oleh|by)\s+(?P<name>[^|,]{2,60}?)\s+(?i:di|pada|at|on)\s+"
                         r"(?P<h>\d{1,2})[.:](?P<m>\d{2})(?:\s*(?i:WIB|WITA|WIT))?")
# What stands before the date in "<label> oleh <name> di <date>" / "<label> by <name>, <date>" / "<outlet> · oleh
# <name> · <date>" (a feed reader's row) / "Ditulis oleh <name> | Diterbitkan <date>" (the date's own label, no
# colon, after a separator: issue 19, twenty-eighth pass)
_BY_THEN_DATE = re.compile(r"(?:[\w ]{0,30}\s|[\w.-]{2,30}\s[·•|–—-]\s)?(?i:oleh|by)\s+(?P<name>[^|,]{2,60}?)\s*(?:(?i:di|pada|on|tanggal))?"
                           rf"(?:\s*[|·•–—]\s*(?:{_PUBLISHED_WORDS.pattern}))?", re.IGNORECASE)
# ... or "<name> · Diterbitkan <date>": the writer's name, then the date's own label after a separator (issue 19,
# thirtieth pass: a tech blog's "Rizky Pratama · Diterbitkan <date> · Diperbarui <date> · 5 menit baca")
_NAME_THEN_LABEL = re.compile(rf"(?P<name>[^|·•–—,]{{2,60}}?)\s*[|·•–—]\s*(?i:{_PUBLISHED_WORDS.pattern})")
_HANDLE = re.compile(r"[\w.]{3,30}")


# Between a date and the name after it: a separator, "oleh" / "by", or both ("... 14:20 WIB | Oleh: Rina")
_THEN_NAME = re.compile(r"\s*(?:[|·•–—]|\s-)\s*(?:(?:oleh|by)\b\s*:?\s*)?|\s+(?:oleh|by)\b\s*:?\s*", re.IGNORECASE)

_SPACE_OR_THEN_NAME = re.compile(rf"{_THEN_NAME.pattern}|\s+", re.IGNORECASE)
# A comment counter closing a post's line of facts, with or without a separator: "... 0 Komentar", "... | 3 Comments"
_COUNTER_AT_END = re.compile(r"\s*[-–—|·•]?\s+\d{1,5}\s+(?:comments?|komentar|tanggapan|responses?)\s*$", re.IGNORECASE)


def _date_then_name(number: int, line: str, found: _Found, zone: ZoneInfo) -> str | None:
    """A date, then the author: "Kamis, 6 Maret 2025 08:15 WIB oleh Rina Marlina", "8 Maret 2025 10:00 WIB -
    Rina Marlina", "Senin, 10 Maret 2025 | 14:20 WIB Oleh: Rina Marlina" (the date as `parse_date` reads it)."""
    if len(line) > _DATE_END_SCAN:
        return None
    counted = _COUNTER_AT_END.sub("", line)
    # (a theme's post line whose icons were lost on copy: "Desember 3, 2026 Rina Wulandari 0 Komentar", the
    # comment counter saying it is the page's, so a space alone may part the date from the name)
    breaks = _THEN_NAME if counted == line else _SPACE_OR_THEN_NAME
    day_alone = None
    for match in breaks.finditer(counted):
        name = _name_before_section(counted[match.end():].strip(_PREFIX_EDGE))
        # (the date's second label is no writer: "<date> · Diperbarui 15:05 WIB"; issue 19, titles of the
        # thirty-ninth pass)
        relabelled = bool(_UPDATE_WORDS.match(name) or _PUBLISHED_WORDS.match(name))
        named = bool(name) and (boilerplate.person_name(name) or _handle_or_name(name)) and not relabelled
        # (after its label, the date is the article's whoever posted it: "Dipublikasikan 12/12/2026 · Media
        # Officer Persijap", issue 19, twenty-ninth pass)
        label = _PUBLISHED_WORDS.match(counted[:match.start()])
        # (its label may have its colon: "Diterbitkan: <date> oleh Tim Redaksi"; issue 19, thirty-sixth pass)
        day = counted[label.end() if label else 0:match.start()].lstrip(" :")
        # (or the periodical's edition: "Minggu Pagi edisi Minggu, 29 November 2026 · Diunggah oleh Redaksi", a
        # weekly's footer; issue 19, titles of the thirty-ninth pass: no date was read)
        edition = _EDITION.match(day) if label is None else None
        day = day[edition.end():] if edition else day
        parsed = parse_date(day, zone) if named or label or relabelled or edition else None
        if parsed is None:
            continue
        if named and day_alone is None:
            found.labelled_dates.append(FoundDate(parsed[0], parsed[1], f'From "{line}" (line {number}).', number))
            found.authors.append(name)
            found.loose.append((number, (name,), found.labelled_dates[-1]))  # (several below the story: comments)
            return f"date and byline {TO_FRONT_MATTER}"
        if parsed[1]:
            found.labelled_dates.append(FoundDate(parsed[0], True, f'From "{line}" (line {number}).', number))
            return f"date {TO_FRONT_MATTER}"
        # (a labelled day's time may stand in the next part: "Diposting: Jumat, 04-12-2026 | 10.05 WIB | Penulis:
        # ..."; issue 19, titles of the thirty-seventh pass: the day was taken without it)
        day_alone = day_alone or parsed
    if day_alone is None:
        return None
    found.labelled_dates.append(FoundDate(day_alone[0], False, f'From "{line}" (line {number}).', number))
    return f"date {TO_FRONT_MATTER}"


# A periodical's name and its edition before the edition's day: "Minggu Pagi edisi", "Tabloid Desa Edisi"
_EDITION = re.compile(r"(?:[^\W\d][\w.'’-]*\s+){1,4}(?i:edisi|edition)\s+(?=\D)")
_DATE_END_SCAN = 160
"""Longest line read as a date followed by a name."""


def _named_after(value: str, zone: ZoneInfo) -> bool:
    """A date, then "oleh" or a separator and who wrote it: "14 Desember 2026 pukul 07.35 WIB oleh Tim Redaksi"."""
    return any(parse_date(value[:match.start()], zone) is not None for match in _THEN_NAME.finditer(value))


def _name_before_section(name: str) -> str:
    """"Arief Budiman | Wisata" -> "Arief Budiman": a person's name, then the story's section after a separator
    (issue 19, twenty-eighth pass: the section was kept in the author's name); else the text as it is."""
    first = shapes.FACT_SEPARATOR.split(name, maxsplit=1)[0]
    return first if first != name and boilerplate.person_name(first) else name


# "Budi Santika · 2 jam lalu", "rangga_bikers | 3 hari yang lalu": a name, a separator, a relative time
_NAME_THEN_RELATIVE = re.compile(r"(?P<name>[^·•|–—]{2,60}?)\s*[·•|–—]\s*(?P<when>[^·•|–—]{3,40})")


# The label before an aggregator's byline: "Cerita oleh", "Story by", "Oleh", "By"; a blog's "Ditulis oleh", "Posted
# by" (issue 19, twenty-ninth pass: "Ditulis oleh ... · 3 jam lalu" was read as no byline)
_STORY_BY = re.compile(r"^(?:(?:cerita|story|ditulis|tulisan|diposting|written|posted)\s+)?(?:oleh|by)\s+", re.IGNORECASE)


def _named_relative(number: int, line: str, found: _Found, lines: list[str]) -> str | None:
    """A name and a relative time, a reading time or counters after it or not ("Redaksi · 3 jam lalu · 4 menit
    baca", issue 19, thirty-second pass: a comment's below was taken for the byline): the story's byline when no
    date came before it, or only the page's date bar (a day without a time) with no prose between
    (`_story_byline`); else a comment's."""
    match = _NAME_THEN_RELATIVE.fullmatch(_without_facts(line)) if len(line) <= 110 else None
    name = _STORY_BY.sub("", match["name"].strip()) if match else ""
    if match is None or not _handle_or_name(name):
        return None
    relative = parse_relative(match["when"], abbreviated=True)
    if relative is None or relative.views:
        return None
    if not _story_byline(number, found, lines):
        return "relative date (a comment's byline)"
    if not shapes.STAFF_BYLINE.fullmatch(name):
        found.authors.append(name)  # (the newsroom signing, "Redaksi", "Admin BE", is no author)
    found.relatives.append((number, match["when"], relative))
    return f"byline and relative date {TO_FRONT_MATTER}"


def _story_byline(number: int, found: _Found, lines: list[str]) -> bool:
    """Whether a name and a relative time on line `number` are the story's byline: no date came before it, or
    only the page's date bar, a day without a time, and no story text stands between ("Senin, 07 Desember 2026" /
    headline / "Ahmad Fikri | 3 jam lalu"; issue 19, twenty-seventh pass: a comment's, the date lost its time)."""
    if found.labelled_dates or found.relatives or any(date.has_time for date in found.date_lines):
        return False
    return not found.date_lines or not any(_story_text(above) for above in lines[:number - 1])


def _story_text(line: str) -> bool:
    """Prose, or a sentence of five words or more closed by a full stop or a colon, as a story's short opening
    lines are ("MEDAN - Rapat paripurna ... soal anggaran banjir.", "Berikut urutan anggota dewan yang
    berbicara:"), not a headline (review of the twenty-seventh pass: a list of who spoke when under them was
    taken for the story's byline)."""
    return boilerplate.is_prose(line) or (len(line.split()) >= 5 and line.rstrip(shapes.CLOSERS).endswith((".", ":")))


def _handle_or_name(name: str) -> bool:
    """A person's or an account's name: "Admin Diskominfo Sukamaju", "rangga_bikers"; not with a temperature
    ("Enrekang 24°C Berawan", a weather widget's beside the page's date; issue 19, thirty-sixth pass)."""
    return boilerplate.person_name(name) or (shapes.is_name(name) and name[0].isupper() and len(name.split()) <= 6
                                             and not any(w.casefold() in boilerplate.stop_words() for w in name.split())
                                             and not _DEGREES.search(name)
                                             ) or (_HANDLE.fullmatch(name) is not None and not name.isdigit())


_DEGREES = re.compile(r"\d\s*°")


def _writers(name: str) -> tuple[str, ...]:
    """The writer a byline names after "oleh", or its two writers or more ("Baiq Nurul Aini dan Muhammad Zaini",
    each of a few capitalised words, none a function word: jusText's stop list holds "Muhammad", which its news
    texts use often; issue 19, thirty-sixth pass); none when it names no one."""
    if _handle_or_name(name):
        return (name,)
    names = shapes.split_names(name)
    words = [name.split() for name in names]
    if len(names) > 1 and all(1 <= len(each) <= 5 for each in words) and all(
            word[0].isupper() and word.casefold() not in boilerplate.FUNCTION_WORDS for each in words for word in each):
        return names
    return ()


# A comment counter a theme puts after the byline: " — 6 Comments", " | 12 Komentar", " · 1 Response"
_COUNTER_AFTER = re.compile(r"\s*[-–—|·•]\s*\d+\s+(?:comments?|komentar|tanggapan|responses?|replies|balasan)\s*$",
                            re.IGNORECASE)


# What parts a byline's date from a reading time or a counter after it: a dash, a bar, a dot, or a spaced slash
# ("oleh <name>  /  <date>  /  4 Komentar", a blog theme's; issue 19, titles of the thirty-seventh pass)
_FACT_BREAK = r"(?:\s*[-–—|·•]|\s+/)\s*"
# ... or, the theme's icons lost on copy, a reading time or a comment counter with its word after a space alone ("by
# <name> October 30, 2026 4 min read 3 comments"; issue 19, titles of the thirty-ninth pass: a reader's comment
# gave the date)
_BARE_FACT = (r"\s+\d{1,3}\s+(?:min(?:ute)?s?|menit)\s+(?:read|reading|baca|membaca)"
              r"|\s+\d{1,5}\s+(?:comments?|komentar|tanggapan|responses?)")
# What a theme puts after a byline's date: a reading time or a counter (" · 4 min read", " | 3 menit baca",
# " • 12 Komentar", " - 1.234 views", " | 👁 421": an eye for the views, issue 19, twenty-sixth pass), one or two
# of them
_FACTS_AFTER = re.compile(rf"(?:{_FACT_BREAK}(?:(?:waktu|lama)\s+baca\s*:?\s*)?\d[\d.,]*\s+(?:min(?:ute)?s?|menit)"
                          r"(?:\s+(?:read|reading|baca|membaca|dibaca))?"
                          rf"|{_FACT_BREAK}(?:👁\ufe0f?|👀)\s*\d[\d.,]*\s*(?:rb|k)?"
                          rf"|{_FACT_BREAK}\d[\d.,]*\s*(?:rb|k)?\s+(?:comments?|komentar|tanggapan|responses?|views?|kali"
                          r"\s+dibaca|dibaca|dilihat|pembaca|(?:kali\s+|x\s+)?ditonton)"
                          rf"|{_FACT_BREAK}(?:dibaca|dilihat|ditonton|views?)\s*:?\s*\d[\d.,]*\s*(?:kali|x)?"
                          # (the post's category among them: "Posted by <desk> | <date> | Kategori: Teritorial | 0
                          # Komentar"; issue 19, titles of the thirty-ninth pass: no date was found)
                          rf"|{_FACT_BREAK}{_FILED_UNDER.pattern}|{_BARE_FACT})+\s*$",
                          re.IGNORECASE)


# "Senin, 10 Mar 2025 14:20 WIB (Diperbarui 15:00 WIB)": a date, then its update in brackets
_UPDATE_IN_BRACKETS = re.compile(r"(?P<date>.+?)\s*\((?:terakhir\s+)?(?:diperbarui|diperbaharui|update|updated|pembaruan)"
                                 r"\s*:?\s*(?P<update>[^()]{3,60})\)", re.IGNORECASE)
_CLOCK = re.compile(r"(?:pukul\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*(?P<zone>WIB|WITA|WIT))?", re.IGNORECASE)


def _date_and_update(number: int, line: str, found: _Found, zone: ZoneInfo) -> tuple[datetime, bool] | None:
    """The date of "<date> (Diperbarui <date or time>)"; the update, a whole date or a time on the same day,
    goes to `updated`."""
    match = _UPDATE_IN_BRACKETS.fullmatch(line)
    if match is None:
        return None
    published = parse_date(match["date"], zone)
    if published is None:
        return None
    update = parse_date(match["update"], zone)
    clock = _CLOCK.fullmatch(match["update"].strip()) if update is None else None
    if clock is not None and published[1] and int(clock["hour"]) < 24 and int(clock["minute"]) < 60:
        update = (published[0].replace(hour=int(clock["hour"]), minute=int(clock["minute"]), second=0), True)
    if update is not None:
        found.updates.append(FoundDate(update[0], update[1], f'From "{line}" (line {number}).', number))
    return published


_BARE_FACTS_END = re.compile(rf"(?:{_BARE_FACT})$", re.IGNORECASE)
_FACTS_REACH = 80
"""Characters at the end of a line a reading time or counter is looked for in (the search stays short)."""


# The same day in the Hijri calendar after the Gregorian date, as Islamic organisations' pages print it:
# "Selasa, 3 Juni 2025 / 7 Zulhijah 1446 H", "... | 7 Dzulhijjah 1446 H", "... (7 Zulhijah 1446 Hijriah)", also
# with the time after it: "Jum'at, 27 Juni 2025 / 1 Muharram 1447 H - 21:30 WITA"
_HIJRI_AFTER = re.compile(r"\s*(?:[-–—|·•/]\s*|\()\d{1,2}\s+[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+)?\s+1[3-5]\d\d\s*"
                          r"(?:H|AH|Hijriah|Hijriyah)\.?\)?(?=\s*$|\s*[-–—|·•,]\s*\d)")
# ... or the year in another calendar in brackets right after the year: "Senin, 7 Desember 2026 (Saka 1948) | 10:25
# WITA", "(1448 H)", "(Imlek 2577)" (issue 19, seventeenth pass: a Hindu council's page)
_ERA_YEAR_AFTER = re.compile(r"(?<=\d{4})\s*\((?:[A-Za-z'’]+\s+){0,2}\d{3,4}(?:\s*[A-Za-z]{1,8}\.?)?\)"
                             r"(?=\s*$|\s*[-–—|·•,]\s*\d)")

# ... or before it, the Gregorian year then maybe marked "M" (Masehi): "Jum'at, 9 Rajab 1448 H / 18 Desember 2026 M"
# (issue 19, twenty-first pass: a pesantren's page); the marks may be left out, a year 1300 to 1599 being no
# article's: "Ahad 9 Rajab 1448 / 20 Desember 2026 20:15 WIB" (twenty-fourth pass)
_HIJRI_FIRST = re.compile(r"(?P<weekday>[A-Za-z'’]+,?\s+)?\d{1,2}\s+[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+)?\s+1[3-5]\d\d\s*"
                          r"(?:(?:H|AH|Hijriah|Hijriyah)\.?\s*)?[-–—|·•/]\s*(?=\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}(?!\d))")
_MASEHI = re.compile(r"(?<=\d{4})\s*M\.?(?=\s*$|\s*[-–—|·•,]\s*\d)")


def _without_facts(line: str) -> str:
    """The line without a reading time or counters after its date ("... · 4 min read"), or the same day in the
    Hijri calendar ("... / 7 Zulhijah 1446 H", issue 19; before it, "9 Rajab 1448 H / 18 Desember 2026 M") or
    the year in another one ("(Saka 1948)")."""
    hijri_first = _HIJRI_FIRST.match(line)
    if hijri_first is not None:
        line = _MASEHI.sub("", (hijri_first["weekday"] or "") + line[hijri_first.end():], count=1)
    if not any(c in line[-_FACTS_REACH:] for c in "-–—|·•/(") and not _BARE_FACTS_END.search(line[-_FACTS_REACH:]):
        return line
    head, tail = line[:-_FACTS_REACH], line[-_FACTS_REACH:]
    return head + _FACTS_AFTER.sub("", _ERA_YEAR_AFTER.sub("", _HIJRI_AFTER.sub("", tail)))


def _posted_line(number: int, line: str, found: _Found, zone: ZoneInfo) -> str | None:
    """"Diposting oleh Ayu Lestari di 20.15" (a name and a time of day), "Posted on 3 Agustus 2023 by Lestari"."""
    at_time = _BY_AT_TIME.fullmatch(line) if len(line) <= 120 else None
    if at_time is not None and _handle_or_name(at_time["name"]) and int(at_time["h"]) < 24 and int(at_time["m"]) < 60:
        found.authors.append(at_time["name"])
        found.times.append((int(at_time["h"]), int(at_time["m"]), f'"{line}" (line {number})'))
        return f"byline and time {TO_FRONT_MATTER}"
    # (a counter after the name goes: "... oleh Diskominfo | Dilihat 1.406 kali")
    posted = _POSTED_BY.fullmatch(_without_facts(line)) if len(line) <= 160 else None
    if posted:  # "Posted on 3 Agustus 2023 by Lestari", "Diposting pada 3 Agustus 2023 oleh Lestari"
        when = parse_date(posted["date"], zone)
        name = _COUNTER_AFTER.sub("", posted["name"])  # "Yudha Pratama — 6 Comments"
        if when is not None and (boilerplate.person_name(name) or (shapes.is_name(name) and name[0].isupper())):
            stamp = FoundDate(when[0], when[1], f'From "{line}" (line {number}).', number)
            if _UPDATE_WORDS.match(posted["label"]):  # "Terakhir diperbarui pada <date> oleh Redaksi"
                found.updates.append(stamp)
                return f"date {TO_FRONT_MATTER}"
            found.labelled_dates.append(stamp)
            found.authors.append(name)
            return f"byline and date {TO_FRONT_MATTER}"
    return None


# A printed periodical's volume and number: "Tahun XVII No. 48", "Vol. 3 No. 12", "Edisi 48", "Thn. 5/No. 210"
# (issue 19, twentieth pass: an OCR'd parish bulletin's edition line, "XVlI" as OCR reads it)
# ... or its month: "Edisi Desember 2026" (issue 19, thirty-sixth pass)
_ISSUE = re.compile(r"(?:(?:tahun|thn\.?|vol\.?|volume|jilid)\s*[IVXLCivxlc\d]{1,6}\s*[,/]?\s*)?"
                    r"(?:no\.?|nomor|edisi|issue)\s*\d{1,4}|(?:edisi|issue)\s+[^\W\d]+\s+\d{4}", re.IGNORECASE)


def _prefixed_date(prefix: str, raw: str, stamp: FoundDate, found: _Found) -> str | None:
    """What stands before a line's date: "Diposting oleh Admin Desa di", "Thread dibuat oleh rangga_bikers,",
    "CNN Indonesia |" (an outlet or section and a separator), "Rizky Pradana , Jurnalis ·" (a name and a role)."""
    by = _BY_THEN_DATE.fullmatch(prefix) if len(prefix) <= 120 else None
    writer = _NAME_THEN_LABEL.fullmatch(prefix) if by is None and len(prefix) <= 120 else None
    if writer is not None and boilerplate.person_name(writer["name"]):
        by = writer  # (no "oleh": a person's name only, no outlet's)
    names = _writers(by["name"]) if by is not None else ()
    if names:
        found.authors.extend(names)
        found.labelled_dates.append(stamp)
        return f"byline and date {TO_FRONT_MATTER}"
    # (an outlet or a section, not a venue and its town, "Stadion Sukamaju, Cikadu •": a match's kick-off in a
    # score box above the report; issue 19, thirty-first pass)
    if (len(prefix.split()) <= 3 and raw.rstrip().endswith(("|", "·", "•", "–", "—", " -")) and "," not in prefix
            and boilerplate.line_features(prefix).title_case == 1.0 and not boilerplate.person_name(prefix)):
        found.labelled_dates.append(stamp)
        return f"date {TO_FRONT_MATTER}"
    if _ISSUE.fullmatch(prefix) and raw.rstrip().endswith(("|", "·", "•", "–", "—", " -", ",")):
        found.labelled_dates.append(stamp)  # a bulletin's or magazine's issue, dated: "Tahun XVII No. 48 | <date>"
        return f"date {TO_FRONT_MATTER}"
    with_role = boilerplate.name_and_role(prefix)
    if with_role is not None:
        found.authors.append(with_role)
        found.labelled_dates.append(stamp)
        return f"byline and date {TO_FRONT_MATTER}"
    if raw.rstrip().endswith(",") and _PLACE.fullmatch(prefix) and not boilerplate.person_name(prefix):
        # "Jakarta, 24 April 2025", "Kota Pematangsiantar, 12 Januari 2025": the place and day a press release,
        # a letter or an opinion column is dated with (a whole line, never a sentence)
        found.labelled_dates.append(stamp)
        return f"place and date {TO_FRONT_MATTER}"
    return None


# "Diperbarui <date> · Terbit": the update's date first, then the label of the published date that ends the line
_UPDATE_THEN_LABEL = re.compile(rf"(?:{_UPDATE_WORDS.pattern})\s*:?\s*(?P<update>.{{6,60}}?)\s*[|·•–—-]\s*"
                                rf"(?:{_PUBLISHED_WORDS.pattern})\s*:?", re.IGNORECASE)


def _update_before_label(prefix: str, published: FoundDate, found: _Found, zone: ZoneInfo) -> str | None:
    """The published date of "Diperbarui <date> · Terbit <date>", the update first (issue 19, thirty-first pass:
    a tech site's line gave no date at all); `prefix` is what stands before the published date."""
    match = _UPDATE_THEN_LABEL.fullmatch(prefix) if len(prefix) <= 120 else None
    update = parse_date(match["update"], zone) if match is not None else None
    if update is None:
        return None
    found.updates.append(FoundDate(update[0], update[1], published.origin, published.line))
    found.labelled_dates.append(published)
    return f"date {TO_FRONT_MATTER}"


def _outlet_date_and_update(before: str, update: FoundDate, found: _Found, zone: ZoneInfo) -> str | None:
    """The published date of "<outlet> | <date> | Diperbarui <date>" ("Waspada.id | 24 Nov 2025, 07:48 WIB |
    Diperbarui ..."): `before` is what stands before the update's label; the date ends it, after an outlet,
    a section, a byline (`_prefixed_date`) or a label without its colon ("Diterbitkan"). Issue 19, eighth
    pass."""
    hit = date_at_end(before, zone)
    if hit is None or not hit[2].strip(_PREFIX_EDGE):
        return None
    published = FoundDate(hit[0], hit[1], update.origin, update.line)
    prefix = hit[2].strip(_PREFIX_EDGE)
    reason = _prefixed_date(prefix, hit[2], published, found)
    if reason is None and len(prefix.split()) <= 3 and boilerplate.pattern_reason(prefix) == "outlet name":
        found.sources.append(prefix)
        found.labelled_dates.append(published)
        reason = f"date {TO_FRONT_MATTER}"
    if reason is None and _PUBLISHED_WORDS.fullmatch(prefix):  # "Diterbitkan <date> | Diperbarui <date>"
        found.labelled_dates.append(published)
        reason = f"date {TO_FRONT_MATTER}"
    if reason is not None:
        found.updates.append(update)
    return reason


# A place name before a date: one to three capitalised words ("Jakarta", "Banda Aceh", "Kota Tual")
_PLACE = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}")


_READ_STOP = re.compile(r"(?<=\w\w\w)\.$")
"""A full stop after a word (not an initial) closing the text before a date."""


def _read_aloud_date(line: str, zone: ZoneInfo) -> tuple[datetime, bool, str] | None:
    """A date ending a line after a full stop, with its own: "Oleh Rina Wulandari. Senin, 30 November 2026, pukul
    14.05 WIB." (a read-aloud transcript's byline, issue 19, twentieth pass); not a sentence's "..., Kamis (6/3)."."""
    hit = date_at_end(_without_facts(line[:-1]), zone) if len(line) <= _DATE_END_SCAN else None
    return hit if hit is not None and _READ_STOP.search(hit[2].strip(_PREFIX_EDGE)) else None


def _dated_byline(number: int, line: str, found: _Found, zone: ZoneInfo) -> str | None:
    """A short line ending in a date after an outlet, a byline or a label: "Kompas.com - 02/06/2020, 20:15 WIB",
    "Rina Wulandari - detikNews Kamis, 19 Jun 2025 18:00 WIB", "diperbarui 30 Apr 2024, 14:14 WIB"; also
    "23 Januari 2024 10:15 Diperbarui: 23 Januari 2024 11:02" (a date, then labelled fields)."""
    posted = _posted_line(number, line, found, zone)
    if posted is not None:
        return posted
    # "by Rizky Pratama · February 27, 2025 · 4 min read": a reading time or a counter after the date
    hit = date_at_end(_without_facts(line), zone) if len(line) <= _DATE_END_SCAN else None
    if hit is None and line.endswith("."):
        hit = _read_aloud_date(line, zone)
    if hit is None:
        return None
    value, has_time, prefix = hit
    # (a video page's view count may stand before the label: "2.318 kali ditonton · Tayang <date>", issue 19,
    # twenty-ninth pass)
    prefix = _outlet_before_label(without_view_count(_READ_STOP.sub("", prefix.strip(_PREFIX_EDGE))))
    origin = f'From "{line}" (line {number}).'
    if not prefix or parse_date(prefix, zone) is not None:
        return None  # (a span from one date to another, "14 Mar 2021 - 30 Nov 2026": an archive's captures, a period)
    update = _UPDATE_WORDS.search(prefix)
    # "... Diperbarui: <date>", "Diterbitkan pada <date> Diperbarui pada <date>" (a translated page's, issue 19,
    # twentieth pass)
    if update is not None and prefix[update.end():].strip(_PREFIX_EDGE).casefold() in ("", "pada", "on", "tanggal"):
        before = prefix[:update.start()].strip(_PREFIX_EDGE)
        before = before[label.end():].strip(_PREFIX_EDGE) if (label := _PUBLISHED_WORDS.match(before)) else before
        published = parse_date(before, zone) if before else None
        if before and published is None:
            return _outlet_date_and_update(before, FoundDate(value, has_time, origin, number), found, zone)
        found.updates.append(FoundDate(value, has_time, origin, number))
        if published is not None:
            found.labelled_dates.append(FoundDate(published[0], published[1], origin, number))
        return f"date {TO_FRONT_MATTER}"
    prefixed = (_prefixed_date(prefix, hit[2], FoundDate(value, has_time, origin, number), found)
                or _update_before_label(prefix, FoundDate(value, has_time, origin, number), found, zone))
    if prefixed is not None:
        return prefixed
    named = boilerplate.byline(prefix)
    label = _published_label(prefix)
    outlet = len(prefix.split()) <= 3 and boilerplate.pattern_reason(prefix) == "outlet name"
    fields = shapes.metadata_fields(prefix)
    if not (label or outlet or named or boilerplate.person_name(prefix)
            or (fields and all(f.kind in ("author", "editor", "source") and shapes.is_name(f.value) for f in fields))):
        return None
    if named:
        found.authors.extend(named[0])
        if named[1]:
            found.sources.append(named[1])
    elif outlet:
        found.sources.append(prefix)
    elif fields:
        for item in fields:
            target = {"author": found.authors, "editor": found.editors, "source": found.sources}[item.kind]
            target.extend(shapes.split_names(item.value) if item.kind != "source" else (item.value,))
    elif not label:
        found.authors.append(prefix)
    found.labelled_dates.append(FoundDate(value, has_time, origin, number))
    if not (label or outlet or fields):  # a name and a date, no label: the story's byline or a comment's
        found.loose.append((number, tuple(named[0]) if named else (prefix,), found.labelled_dates[-1]))
    return f"byline and date {TO_FRONT_MATTER}" if not label and not outlet else f"date {TO_FRONT_MATTER}"


def _published_label(prefix: str) -> bool:
    """What stands before a date is the label of its publication ("Diterbitkan", "Terbit daring"), maybe closing a
    magazine's issue ("Edisi Desember 2026 · Terbit daring"; issue 19, thirty-sixth pass)."""
    *issue, last = shapes.FACT_SEPARATOR.split(prefix)
    return _PUBLISHED_WORDS.fullmatch(last) is not None and all(_ISSUE.fullmatch(part) for part in issue)


def _outlet_before_label(prefix: str) -> str:
    """The outlet's name of "<outlet> | Diterbitkan" before a date ("Vemale.com | Diterbitkan 19 Des 2026, 15:00
    WIB": the page's date under its headline, left in the text, tied a menu with the headline; issue 19,
    thirty-fourth pass), or `prefix`."""
    labelled = _NAME_THEN_LABEL.fullmatch(prefix)
    outlet = labelled["name"].strip() if labelled is not None else ""
    return outlet if outlet and boilerplate.pattern_reason(outlet) == "outlet name" else prefix


def _take_title(items: list[tuple[int, str] | None], found: _Found) -> str | None:
    """The headline (`headline.choose_title`: not simply the first line, which is often a banner or a
    menu); its repeats are dropped."""
    lines = page.Lines.of(items, found.removed, found.posts)
    index = _subject_line(items, found)
    index = _label_line(items, found) if index is None else index
    index = headline.choose_title(lines) if index is None else index
    crumbs = _headline_in_crumbs(found, items[index][0] if index is not None else None,  # type: ignore[index]
                                 _first_paragraph(items, lines))
    if crumbs is not None:
        text = crumbs
        index = None
    elif index is None:
        return _labelled_title(found)
    else:
        text = _title_line(items, index, lines, found)
        text = _path_headline(text) or text  # "Berita » Pemerintahan » <headline>": a path not taken out as one
    text = _without_marks(_without_site_name(text, items, found))
    key = text.casefold()
    for position, repeat in enumerate(items):
        if repeat is not None and repeat[1].casefold() == key:
            found.removed.append(RemovedLine(repeat[0], repeat[1], "repeated title"))
            items[position] = None
    return text


_SUBJECT_REACH = 15
"""Lines below an email's header within which its subject is looked for as the headline."""


def _subject_line(items: list[tuple[int, str] | None], found: _Found) -> int | None:
    """The index of the line that repeats an email's subject right under its header: a newsletter's or a
    forwarded release's headline (issue 19, thirteenth pass: a newsletter's masthead, tagline and greeting
    were taken for the headline's place, and no title was found)."""
    if found.subject is None:
        return None
    header_end = max((r.line for r in found.removed if r.reason == EMAIL_HEADER), default=0)
    return next((i for i, item in enumerate(items[header_end:header_end + _SUBJECT_REACH], start=header_end)
                 if item is not None and item[1].casefold() == found.subject), None)


# "Judul: <headline>", "Headline: <headline>": the headline under its label (a read-aloud player's transcript reads it
# so; a press office's form writes it so)
_TITLE_LABEL = re.compile(r"(?:judul(?:\s+berita|\s+artikel)?|headline|title)\s*:\s*(?P<title>.+?)\.?", re.IGNORECASE)


def _label_line(items: list[tuple[int, str] | None], found: _Found) -> int | None:
    """The index of a line near the top that labels the headline as such, the label (and a read-aloud full stop)
    taken off its text (issue 19, twentieth pass: a transcript's "Judul: ..." was not seen as the headline). Not
    the text's first line: a headline may open so ("Judul: ..." is then the whole title). Not below the page's
    date: a review's box of the book or film it is about ("Judul: Bumi Manusia", "Penulis: ...") stands in the
    story, under its headline and date (review of the twenty-eighth pass)."""
    first = next((index for index, item in enumerate(items) if item is not None), len(items))
    dated = min((d.line for d in (*found.date_lines, *found.labelled_dates) if d.line), default=None)
    for index, item in enumerate(items[first + 1:_HEADLINE_REACH], start=first + 1):
        if dated is not None and item is not None and item[0] > dated:
            return None
        match = _TITLE_LABEL.fullmatch(item[1]) if item is not None else None
        if match is not None and shapes.title_like(match["title"]):
            items[index] = (item[0], match["title"])  # type: ignore[index]
            return index
    return None


def _title_line(items: list[tuple[int, str] | None], index: int, lines: page.Lines, found: _Found) -> str:
    """Take the headline's line (and its second line, when a wrap broke it) out of the items."""
    end = headline.headline_end(lines, index)
    number, text = items[index]  # type: ignore[misc]
    found.removed.append(RemovedLine(number, text, f"title {TO_FRONT_MATTER}"))
    items[index] = None
    if end is None and _title_rest(items, index, found) is not None:
        end = index + 1
    for j in range(index + 1, (index if end is None else end) + 1):
        number, line = items[j]  # type: ignore[misc]
        found.removed.append(RemovedLine(number, line, f"title (its second line) {TO_FRONT_MATTER}"))
        items[j] = None
        text = f"{text}{shapes.glue(text, line)}{line}"
    return text


_TITLE_REASONS = (f"title {TO_FRONT_MATTER}", f"title (the last item of the page's path) {TO_FRONT_MATTER}")
"""Why a line was taken out as the headline: the headline's line, or the page's path ending in it."""
_CRUMB_SEPARATOR = re.compile(r"\s+[›»>/|]\s+")
_CRUMB_ITEM_WORDS = 4
"""Words at most of each item of a path before its last."""


_PARAGRAPH_WORDS = 16
"""Words at least of a line that is the story's first paragraph (a path to the headline stands above it)."""


def _first_paragraph(items: list[tuple[int, str] | None], lines: page.Lines) -> int | None:
    """The line number of the story's first paragraph: a line of 16 words or more, or the first of two lines
    of a hard-wrapped paragraph that read as running text together (`page.Lines.prose`: a page wrapped at 80
    has no line that long, and its footer's path under the story was taken for the headline, the whole story
    above it for the page's header; issue 19, fortieth pass)."""
    for index, item in enumerate(items):
        if item is None:
            continue
        if len(item[1].split()) >= _PARAGRAPH_WORDS or (lines.prose[index] and index + 1 < len(items)
                                                        and lines.prose[index + 1]):
            return item[0]
    return None


def _headline_in_crumbs(found: _Found, chosen: int | None, first_paragraph: int | None) -> str | None:
    """The last item of the page's path ("Beranda / Berita / <headline>", "Home › Kabar Desa › <headline>")
    when it reads as a headline (four words or more, title case, no end punctuation) and no line below the
    path and above the story's first paragraph was found to be the headline: a page that gives its headline only
    there, whose menu above the path offered a menu item instead (issue 19, eleventh pass). A headline standing
    again below stays the pick; a footer's "Tentang Kami | Redaksi | Pedoman ..." under the story is no path."""
    for r in sorted(found.removed, key=lambda r: r.line):
        if r.line > _HEADLINE_REACH or (first_paragraph is not None and r.line > first_paragraph):
            return None
        if r.reason != shapes.CRUMBS_REASON or (chosen is not None and chosen > r.line):
            continue
        last = _path_headline(r.text, 2)
        if last is None:
            continue
        found.removed.remove(r)
        found.removed.append(RemovedLine(r.line, r.text, _TITLE_REASONS[1]))
        return last
    return None


def _path_headline(text: str, items: int = 3) -> str | None:
    """The last item of a path of `items` items or more when it reads as a headline (four words or more, title
    case, no end punctuation) and the items before it are short: "Beranda / Berita / <headline>". Items that
    each give a time of day are a schedule's, not a path's ("Subuh 04:22 | Dzuhur 11:52 | ... | Isya 19:20 (WITA,
    Makassar)": a prayer-times bar; issue 19, titles of the thirty-eighth pass)."""
    parts = [part.strip() for part in _CRUMB_SEPARATOR.split(text)]
    last = parts[-1]
    if (len(parts) < items or all(_CLOCK.search(part) for part in parts)
            or any(len(part.split()) > _CRUMB_ITEM_WORDS or not part for part in parts[:-1])
            or len(last.split()) < 4 or not shapes.title_like(last) or shapes.ends_sentence(last)
            or boilerplate.line_features(last).title_case < 0.6):
        return None
    return last


# A chat app's emphasis around a whole headline: WhatsApp's and Telegram's *bold*, _italic_, ~strike~, and
# Markdown's **bold** as a channel's post or a note copied with its markup
_CHAT_EMPHASIS = re.compile(r"(\*\*|__|~~|[*_~])(?P<inner>[^\s*_~](?:.*[^\s*_~])?)\1")


def _without_marks(text: str) -> str:
    """The headline without the pictographs at its edges ("📢", "🔴 LIVE", "✅") and without a chat app's
    emphasis around it ("*Tol Ditutup Dua Hari*"): a channel's post as copied from WhatsApp or Telegram
    (issue 19, eighth pass). A mark inside the headline stays."""
    def pictograph(char: str) -> bool:
        return unicodedata.category(char) in ("So", "Sk", "Cf", "Mn") or char in "\ufe0f\u200d"

    start, end = 0, len(text)
    while start < end and (pictograph(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (pictograph(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    bare = text[start:end]
    emphasis = _CHAT_EMPHASIS.fullmatch(bare)
    bare = emphasis["inner"] if emphasis else bare
    return bare if bare else text


_LABELLED_HEADLINE = re.compile(r"(?:video|foto|galeri|infografis|podcast)\s*:\s*\S.{10,}", re.IGNORECASE)
_HEADLINE_REACH = 40
"""Lines from the top within which a labelled headline is looked for."""


def _labelled_title(found: _Found) -> str | None:
    """When no line is left to be the headline: a line taken out as a promoted link ("VIDEO: ...") right
    above the date or byline is the headline of a video or photo page (issue 19)."""
    removed = {r.line: r for r in found.removed}
    for r in sorted(found.removed, key=lambda r: r.line):
        if r.line > _HEADLINE_REACH:
            break
        below = removed.get(r.line + 1)
        if (r.reason == "related-article link" and _LABELLED_HEADLINE.fullmatch(r.text)
                and below is not None and below.reason.endswith(TO_FRONT_MATTER)):
            found.removed.remove(r)
            found.removed.append(RemovedLine(r.line, r.text, f"title {TO_FRONT_MATTER}"))
            return r.text
    return None


# "<headline> - Kabargarut.com", "<headline> | Kabar Garut", "<headline> — Tempo": the page title's site name
_SITE_SUFFIX = re.compile(r"(?P<head>.{12,}?)\s+(?P<sep>[-–—|])\s+(?P<site>[^-–—|]{2,40})")
_RIGHTS = re.compile(r"©|copyright|hak\s+cipta", re.IGNORECASE)
_SITE_WORDS = 4
"""Words at most of a site's name after a headline."""


def _without_site_name(text: str, items: list[tuple[int, str] | None], found: _Found) -> str:
    """The headline without the site's name a page title adds after it: after " | " (no headline uses it),
    or after a dash when the name is a domain or an outlet's name ("Bola.com", "detikNews") or stands
    elsewhere in the text too (a header, a copyright line, a dateline)."""
    match = _SITE_SUFFIX.fullmatch(text)
    if match is None:
        return text
    head, site = match["head"].strip(), match["site"].strip()
    words = site.split()
    if (len(words) > _SITE_WORDS or len(head.split()) < 3 or not shapes.title_like(head)
            or boilerplate.line_features(site).title_case < 1.0 and not boilerplate.pattern_reason(site)):
        return text
    # (as written, in a short line or a copyright line: a header, a footer; "Warga Mengungsi" in a sentence
    # of the story is no site's name)
    elsewhere = any(site in line and (len(line.split()) <= 12 or _RIGHTS.search(line)) for line in
                    [item[1] for item in items if item is not None]
                    + [r.text for r in found.removed if not r.reason.startswith("title")])
    if match["sep"] == "|" or boilerplate.pattern_reason(site) == "outlet name" or elsewhere:
        return head
    return text


_TITLE_REST_WORDS = 8
"""Words at most in the second line of a headline wrapped over two lines, unless the wrap plainly cut it."""
_HEADLINE_WORDS = 25
"""Words at most in a headline (as `lines.title_like` allows)."""


def _title_rest(items: list[tuple[int, str] | None], index: int, found: _Found) -> tuple[int, str] | None:
    """The second line of a headline a hard-wrapped text broke in two ("Kunjungan Wisman ke Bali Lampaui
    Target, Okupansi Hotel" + "Capai 78 Persen"): in a text wrapped at 50 to 100 characters, the headline
    is about as wide as the widest line and ends without punctuation, the line right under it is short,
    ends without punctuation and names no one, and a byline or date follows it."""
    present = [item[1] for item in items if item is not None] + [r.text for r in found.removed]
    widest = shapes.wrap_width(present)
    title = next(r.text for r in reversed(found.removed) if r.line == index + 1)
    if not 50 <= widest <= _WRAP_WIDTH or len(title) < 0.6 * widest or not title[-1:].isalnum():
        return None
    rest = items[index + 1] if index + 1 < len(items) else None
    after = index + 2
    if rest is None or after >= len(items) or items[after] is not None:
        return None
    moved = next((r for r in found.removed if r.line == after + 1), None)
    text = rest[1]
    # (a headline that quotes someone ends in the quote's closing mark: "... Cerita Kuli yang" + "Dilupakan”")
    if (moved is None or not moved.reason.endswith(TO_FRONT_MATTER)
            or (len(text.split()) > _TITLE_REST_WORDS
                and not (shapes.cut_by_width(title, text, widest) and len(f"{title} {text}".split()) <= _HEADLINE_WORDS))
            or not text.rstrip(shapes.CLOSERS)[-1:].isalnum() or "|" in text or boilerplate.person_name(text) or boilerplate.byline(text)
            or len(title) + len(text) > _WRAP_WIDTH + 40):
        return None
    return rest


def _title_number(found: _Found) -> int | None:
    """The number of the line the headline was taken from (its first, when a wrap broke it)."""
    return next((r.line for r in found.removed if r.reason.startswith(_TITLE_REASONS)), None)


def _revise(items: list[tuple[int, str] | None], found: _Found) -> None:
    """Take out the lines the context marks as boilerplate (`context.revise`), each with its reason."""
    number = _title_number(found)
    title = number - 1 if number is not None else None
    for drop in context.revise(page.Lines.of(items, found.removed, found.posts), title, _people(found.authors)):
        number, text = items[drop.index]  # type: ignore[misc]
        found.removed.append(RemovedLine(number, text, drop.reason))
        items[drop.index] = None
        if drop.tag is not None:
            found.tags.append(drop.tag.strip(" #,"))
        if drop.author is not None:
            found.authors.append(drop.author)
        if drop.editor is not None:
            found.editors.append(drop.editor)


def _put_back(items: list[tuple[int, str] | None], found: _Found) -> None:
    """The lines taken out that are the story's after all, put back: its own days (`_keep_story_days`), its
    sentences that a rule guessing from wording or shape took (`_keep_story_sentences`), its subheadings a scraper
    underlined (`_keep_underlined_subheadings`), and a story that no sentence was left of (`_keep_a_story`)."""
    _keep_story_days(items, found)
    _keep_story_sentences(items, found)
    _keep_underlined_subheadings(items, found)
    _keep_a_story(items, found)


_STORY_OPENED_WORDS = 8
"""Words at least of a kept line ending a sentence (or announcing what follows with a colon) that shows the
story has begun above a day line."""


# The rules that guess a line is junk from its wording or its shape alone: the site speaking to the reader, a
# promotion, a follow or app prompt, a call to the reader after the story or to comment, a photo caption, a short
# line among short lines. In issue 19's blind measurements (sets of texts unseen) each of them took a story
# sentence: "Gulir ke bawah dan klik tombol Reset. Proses ini ..." (a click), "Driver yang usang ... yang paling
# sering kami temui. Klik kanan ..." (the site's "kami"), "... supaya nggak ketinggalan." (a notification), a last
# paragraph closed by the paper's code ("(Pendam XIV/Hsn)", a caption's credit). The structural ones (the zones above
# the headline and below the story, copyright, "Baca juga", related lists, comment blocks, a widget's or a poll's
# block, a table of contents) are not guarded.
_GUARDED_REASONS = (boilerplate.SITE_PROMPT, "promotion (click here)", "follow or app prompt",
                    "call to the reader after the story", "call to the reader to comment", "photo caption",
                    "after the story: short line among short lines", "between boilerplate lines")


def _keep_story_sentences(items: list[tuple[int, str] | None], found: _Found) -> None:
    """A guard for the story's sentences (issue 19): a line taken out by a rule that guesses from its wording or
    shape (`_GUARDED_REASONS`) is put back when it reads as a paragraph of the story (`boilerplate.story_sentence`:
    running text of 16 words or more ending a sentence, no credit or link) and stands where the story is: between
    its first and last lines of prose, or right under the last one with no line taken out between (the writer's
    closing line; a line closed by a code or credit with a slash in brackets, "(ANTARA/Rina Astuti)", only there: between
    paragraphs it is a caption's credit). Each new blind set lost 0 to 3 sentences to a rule written for junk that no fixture had shown in
    a sentence; this keeps the long ones, at the price of a few long prompts kept (9 junk lines of 31,226 in the 60
    sets; better a notice kept than a sentence lost, as `_keep_a_story`). The dry-run lists no reason for them."""
    prose = [i for i, item in enumerate(items) if item is not None and boilerplate.is_prose(item[1])]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    removed = {r.line - 1 for r in found.removed}
    for line in [r for r in found.removed if not r.part and r.reason.startswith(_GUARDED_REASONS)]:
        index = line.line - 1
        if index >= len(items) or items[index] is not None or not boilerplate.story_sentence(line.text):
            continue
        closing = index > last and not removed.intersection(range(last + 1, index))
        if (first < index < last and not boilerplate.closed_by_slashed_code(line.text)) or closing:
            found.removed.remove(line)
            items[index] = (line.line, line.text)


def _keep_underlined_subheadings(items: list[tuple[int, str] | None], found: _Found) -> None:
    """A subheading a scraper underlined ("Belajar dari petani Kalimantan" / "------") is the story's when the
    story's prose stands above it and its own paragraph of prose under it, whatever stands right above it: an
    advertisement's mark, a "Baca Juga" link (issue 19, thirty-sixth pass: two such, taken for lines between
    boilerplate, went from a page hard-wrapped at 72)."""
    title = _title_number(found) or 0
    for underline in [r.line for r in found.removed if r.reason == shapes.SETEXT_REASON]:
        heading = next((r for r in found.removed if r.line == underline - 1 and not r.part
                        and not r.reason.endswith(TO_FRONT_MATTER)), None)
        story_above = any(item is not None for item in items[title:underline - 2])
        if heading is not None and heading.line > title and story_above and _prose_under(items, underline):
            found.removed.remove(heading)
            items[heading.line - 1] = (heading.line, heading.text)


def _prose_under(items: list[tuple[int, str] | None], number: int) -> bool:
    """Whether the first paragraph under line `number` (over blank lines), its wrapped lines joined, is prose
    or opens with a sentence of prose (one that introduces a list: "Rakit dibuat dengan cara sederhana:")."""
    below = items[number:]
    start = next((i for i, item in enumerate(below) if item is not None), None)
    if start is None:
        return False
    end = next((i for i in range(start, len(below)) if below[i] is None), len(below))
    paragraph = " ".join(item[1] for item in below[start:end])  # type: ignore[index]
    first = _SENTENCE_BREAK.search(paragraph)
    return boilerplate.is_prose(paragraph) or (
        first is not None and boilerplate.is_prose(paragraph[:first.end()].rstrip()))


def _keep_a_story(items: list[tuple[int, str] | None], found: _Found) -> None:
    """A text none of whose sentences is left, all judged the site speaking to the reader: those lines are
    its story after all, and stay (a story's only paragraph whose sentences begin "Baca ..." and "Langganan
    ...", found by the property test; as trafilatura falls back on a plainer extraction when its own finds
    nothing). Better a notice kept than a story lost."""
    if any(item is not None and shapes.ends_sentence(item[1]) for item in items):
        return
    for line in [r for r in found.removed if r.reason == boilerplate.SITE_PROMPT and not r.part
                 and shapes.ends_sentence(r.text)]:
        found.removed.remove(line)
        items[line.line - 1] = (line.line, line.text)


def _keep_story_days(items: list[tuple[int, str] | None], found: _Found) -> None:
    """Put back the day lines inside the story when the page states its own date above it, or when two or
    more of them without a time stand there: a schedule's "Kamis, 4 Desember 2025" over its matches, a
    timeline's or a diary's days (issue 19, ninth pass: a sports page's schedule lost its three days, and
    the first became the article's date)."""
    title = _title_number(found) or 0
    removed = {r.line for r in found.removed}
    days = set(found.date_line_numbers)
    inside = {n for n in found.date_line_numbers if n > title and _within_story(items, n, title, removed, days)}
    if not inside:
        return
    first = min(inside)
    dated_above = (any(n < first for n, _, _ in found.relatives) or any(d.line < first for d in found.labelled_dates)
                   or any(n < first for n in found.date_line_numbers if n not in inside))
    days = [d for d, n in zip(found.date_lines, found.date_line_numbers) if n in inside and not d.has_time]
    if not dated_above and (len(inside) < 2 or len(days) < len(inside)):
        return  # (with no date above it, a schedule shows itself by two days or more, none with a time)
    kept = [(d, n) for d, n in zip(found.date_lines, found.date_line_numbers) if n not in inside]
    found.date_lines[:] = [d for d, _ in kept]
    found.date_line_numbers[:] = [n for _, n in kept]
    for day in [r for r in found.removed if r.line in inside and r.reason == f"date {TO_FRONT_MATTER}"]:
        found.removed.remove(day)
        items[day.line - 1] = (day.line, day.text)


def _within_story(items: list[tuple[int, str] | None], number: int, title: int, removed: set[int],
                  days: set[int] = frozenset()) -> bool:
    """Whether the nearest lines above and below line `number` (over one blank line at most, and over the
    other day lines of its run: a schedule's days one under the other, issue 19, tenth pass) are kept text,
    and a kept line ending a sentence or a colon stands between the title and it. Right under a line that
    introduces them ("Jadwal pemadaman:"), the days may close the story (credits below them)."""
    def kept_beside(step: int) -> str | None:
        at = number - 1 + step
        while 0 <= at < len(items) and at + 1 in days:
            at += step
        if 0 <= at < len(items) and items[at] is None and at + 1 not in removed:  # a blank line
            at += step
        item = items[at] if 0 <= at < len(items) else None
        return item[1] if item is not None else None
    above = kept_beside(-1)
    if above is None or not (above.endswith(":") or kept_beside(1) is not None):
        return False
    return any(item is not None and title < item[0] < number and len(item[1].split()) >= _STORY_OPENED_WORDS
               and (shapes.ends_sentence(item[1]) or item[1].endswith(":")) for item in items[title:number - 1])


ROLE_REASON = "author's role, under the byline"
"""Why a role line under a name ("Wartawan Kabar Dunia", "Dosen Klimatologi, Universitas ...") goes."""


def _byline(line: str, found: _Found) -> str | None:
    """A byline without a label ("Rina Wulandari - detikNews", "Laporan Wartawan Tribunnews.com, Rina",
    "Dimas Prakoso, Wartawan Kabar Dunia")."""
    named = boilerplate.byline(line)
    if named is None:
        name = boilerplate.name_and_role(line)
        if name is not None:
            found.authors.append(name)
            return f"byline {TO_FRONT_MATTER}"
        return None
    found.authors.extend(named[0])
    if named[1]:
        found.sources.append(named[1])
    return f"byline {TO_FRONT_MATTER}"


def _take_publisher(items: list[tuple[int, str] | None], found: _Found) -> None:
    """A publisher line ("ZONA GADGET,") right before a dateline becomes `source`."""
    present = [item for item in items if item is not None]
    if len(present) < 2:
        return
    (number, text), (_, after) = present[0], present[1]
    publisher = shapes.publisher_line(text)
    if publisher and shapes.find_dateline(after + " "):
        found.sources.insert(0, publisher)
        found.removed.append(RemovedLine(number, text, f"publisher {TO_FRONT_MATTER}"))
        items[items.index(present[0])] = None


def _blocks(items: list[tuple[int, str] | None]) -> list[list[tuple[int, str]]]:
    blocks: list[list[tuple[int, str]]] = [[]]
    for item in items:
        if item is None:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(item)
    return [b for b in blocks if b]


# ------------------------------------------------------------------ items -> logical lines


def _join(block: list[tuple[int, str]]) -> list[_Unit]:
    """Rejoin lines broken mid-sentence ("JAKARTA —\\nOpenAI\\n, perusahaan ...") into logical lines."""
    texts = [text for _, text in block]
    widest = max(map(len, texts))
    # (a block wrapped at a scraper's width, or at a phone screen's, `lines.narrow_wrap`)
    wrapped = 50 <= widest <= _WRAP_WIDTH or shapes.narrow_wrap(texts)
    column = shapes.column_width([texts])
    if column is not None:
        widest, wrapped = column, True  # (a narrow column's, a banner or a separator wider than it among its lines)
    units: list[_Unit] = []
    # The logical line being built, in pieces joined at the end: adding each line to its text made a
    # paragraph of n lines cost n² (a 10 MB text took 50 s, issue 21). `_Line` answers what
    # `_continues` asks of it from its ends.
    line: _Line | None = None
    for index, (number, text) in enumerate(block):
        after = block[index + 1][1] if index + 1 < len(block) else None
        if line is not None and _continues(line, text, after, widest, wrapped):
            line.add(number, text)
        else:
            if line is not None:
                units.append(line.unit())
            line = _Line(number, text)
    if line is not None:
        units.append(line.unit())
    return units


class _Line:
    """A logical line while `_join` builds it from input lines (internal, mutable)."""

    __slots__ = ("lines", "pieces", "ends_sentence")

    def __init__(self, number: int, text: str):
        self.lines = [number]
        self.pieces = [text]
        self.ends_sentence = shapes.ends_sentence(text)
        """Whether the text so far ends a sentence (see `add`)."""

    def add(self, number: int, text: str) -> None:
        piece = shapes.glue(self.pieces[-1], text) + text
        self.lines.append(number)
        self.pieces.append(piece)
        # A piece of closing quotes and brackets only (a lone ")") leaves the end as it was.
        if piece.rstrip(shapes.CLOSERS):
            self.ends_sentence = shapes.ends_sentence(piece)

    @property
    def first(self) -> str:
        return self.pieces[0]

    @property
    def last(self) -> str:
        return self.pieces[-1]

    def head(self) -> str:
        """The first three characters: all that decides whether the text is a list item (input lines
        hold no line breaks and no two spaces in a row, pieces start with a space or punctuation)."""
        return "".join(piece[:3] for piece in self.pieces[:3])[:3]

    def unit(self) -> _Unit:
        return _Unit(self.lines, "".join(self.pieces))


_WRAP_WIDTH = 100
"""Widest line of a hard-wrapped block (editors and mail programs wrap at 60 to 80 characters)."""


def _continues(previous: _Line, text: str, after: str | None, widest: int, wrapped: bool) -> bool:
    """Whether line `text` continues the logical line `previous` (`wrapped`: the block's lines are hard-wrapped
    at `widest`, its longest)."""
    if shapes.list_item(text):
        return False
    if shapes.starts_continuation(text):
        return True  # ", perusahaan di balik" or "menyatakan ..."
    entry = shapes.SCHEDULE_ENTRY
    if entry.match(text) and (previous.last.endswith(":") or entry.match(previous.first)
                              or parse_date(previous.first, DEFAULT_ZONE) is not None):
        return False  # a schedule's "15.00 WIB: Persib vs Persija" under its day or the match before
    if entry.match(previous.first) and parse_date(text, DEFAULT_ZONE) is not None:
        return False  # the schedule's next day
    if len(previous.lines) == 1 and shapes.field_row(previous.first) and shapes.field_row(text):
        return False  # rows of a list of fields, one a line: "Borneo FC: Nadeo ...; ..." / "Persita: Igor ...; ..."
    if previous.last.endswith((",", ";", "(", "—", "–", " -", "&", "/")):
        return True  # "JAKARTA —"
    if text[0].isupper() and (shapes.bullet_item(previous.head()) is not None
                              or shapes.ordered_item(previous.first) is not None):
        # a list item, then a sentence starting on its own line: the list has ended (issue 19), unless the
        # wrap cut the item there ("... di RSUD" / "Banyumas dan RSUD Ajibarang.": the name did not fit)
        return (not previous.ends_sentence and wrapped and len(previous.last) >= 0.8 * widest
                and shapes.cut_by_width(previous.last.lstrip(), text, widest))
    if previous.ends_sentence and wrapped and len(previous.last) >= 0.8 * widest:
        # hard-wrapped text: a sentence ended at the wrap width, the paragraph goes on (issue 19); not into a short
        # line ending no sentence in a heading's shape, over a line in capitals: no paragraph ends so, a
        # subheading does ("... tahun ini." / "Harga Beras Turun" / "Beras medium ...", issue 19, eighteenth
        # pass's probe: a narrow column without blank lines)
        return not (after is not None and after[:1].isupper() and len(text) < 0.6 * widest
                    and not shapes.ends_sentence(text) and shapes.heading_like(text))
    if previous.ends_sentence:
        # A link text cut out on its own line ("OpenAI.\nGoogle\n, serta Meta") belongs to the sentence around it.
        return (after is not None and after[0] in ",;:)" and len(text.split()) <= 4
                and not shapes.ends_sentence(text) and shapes.bullet_item(previous.head()) is None)
    if len(previous.lines) > 1 or not shapes.heading_like(previous.first):
        return True  # the previous line stopped mid-sentence
    # Hard-wrapped text: lines without end punctuation about as wide as the widest line.
    return (widest >= 50 or wrapped) and len(previous.first) >= 0.6 * widest


# An editor's or agency's code closing a paragraph after its last sentence: "ujarnya. (Z-8)", "(ant/sb)", "(*)",
# glued too ("membakar.(end)"), a release's source mark before the editor's ("(*/rh)", issue 19, twelfth pass)
_TRAILING_CODE = re.compile(r"(?<=[.!?…\"”’])\s*(?P<code>[(\[](?:\*{1,3}|[A-Za-z]{1,6}\d{0,3})(?:\s*[/-]\s*[A-Za-z0-9*]{1,12}){0,3}"
                            r"[)\]]\.?)$")
# ... or a reporter's initials in lower case, without brackets: "... ke level Rp 1.330 per saham. bani" (issue 19,
# twelfth pass; no sentence starts in lower case, and a word that may end one, "kata", is a stop word)
_TRAILING_BARE_CODE = re.compile(r"(?<=[.!?])\s+(?P<code>[a-z]{2,5})$")
# ... or asterisks, the mark many papers close a story with, maybe with the writer's initials or name after
# them: "... Tahun Baru.***", "... musim hujan. *nvi", "... ujarnya. *** Dwi Setiawati" (issue 19, eighteenth pass)
_TRAILING_STARS = re.compile(r"(?<=[.!?…\"”’])\s*(?P<code>\*{1,3}(?:\s*(?:[a-z]{2,5}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))?)$")
# ... or the page's own unit named again in brackets, as a regional office's or a command's news page closes its story:
# "... jalur Trans Flores. (Humas Polres Sikka)" under "... oleh Humas Polres Sikka" (issue 19, twenty-ninth pass)
_TRAILING_NAME = re.compile(r"(?<=[.!?…\"”’])\s*(?P<code>\((?P<name>[A-Z][^()]{2,40})\))$")
_NO_CODE = frozenset({"ujar", "tutur", "ucap", "sebut", "jelas", "ya", "yuk", "sih", "deh", "dong", "kok", "lho", "loh",
                      "nih", "tuh", "kan", "dll", "dsb", "dst", "etc"})
"""Words a paragraph may end on in lower case after a full stop, which are no initials."""
_UNIT_LETTERS = 4
"""Characters at least of a unit's name before the slash of its closing mark that a byline is looked for."""
_CAPTION_REACH = 3
"""In how many of the first paragraphs a glued photo caption is looked for."""


def _cut_fragments(units: list[_Unit], texts: dict[int, str], found: _Found) -> None:
    """Cut what a scraper glued to a paragraph: a photo caption with its credit before the dateline
    ("Pedagang menata cabai ... (FOTO: Harian Rakyat/Yudha) PADANG — Harga ..."), an editor's code after
    the last sentence ("... ujarnya. (Z-8)"). Each cut is listed in `removed` as a part of its input line
    (a caption a hard wrap spread over lines as its whole lines and the part of its last one)."""
    cut_lines: set[int] = set()
    for position, unit in enumerate(units):
        split = None
        if position < _CAPTION_REACH:
            split = boilerplate.glued_caption(unit.text)
            if split is None or not shapes.find_dateline(unit.text[split:]):
                split = boilerplate.caption_before_story(unit.text)  # glued without a space
            if split is None:  # "... FOTO: RIZAL/BALPOSBALIKPAPAN – Antrean ...": the place glued to the credit
                split = boilerplate.place_glued_to_credit(unit.text)
            if split is None:  # "... FOTO: ANTARA/Budi Bareksa.com – Harga ...": an opening after the credit
                split = boilerplate.story_after_credit(unit.text)
            if split is None:  # "OUTLET.CO.ID/NAMEOUTLET.CO.ID, PLACE - ...": the credit alone, its caption above
                split = boilerplate.credit_glued_to_web_dateline(unit.text)
            if split is None and _picture_above(unit, found):  # "... di stadion.SLEMAN – ...", the credit above
                split = boilerplate.sentence_glued_to_dateline(unit.text)
        if split is None:  # anywhere: a credit glued to the next sentence, "... (Foto: ...)Promotor konser, ..."
            split = boilerplate.caption_glued_to_text(unit.text)
        pieces = _caption_pieces(unit, split, texts) if split is not None else None
        if pieces:
            for number, piece, part in pieces:
                found.removed.append(RemovedLine(number, piece, "photo caption glued to the paragraph", part=part))
                cut_lines.add(number)
            unit.text = unit.text[split:]
        last = texts.get(unit.lines[-1], "")
        tail = boilerplate.caption_after_story(unit.text)
        if tail is not None and unit.lines[-1] not in cut_lines and last.endswith(unit.text[tail:]):
            found.removed.append(RemovedLine(unit.lines[-1], unit.text[tail:], "photo caption glued to the paragraph",
                                             part=True))
            cut_lines.add(unit.lines[-1])
            unit.text = unit.text[:tail]
        match = (_TRAILING_CODE.search(unit.text) or _TRAILING_BARE_CODE.search(unit.text)
                 or _TRAILING_STARS.search(unit.text) or _credited_mark(unit.text, found))
        if match is not None and (match["code"] in boilerplate.stop_words() or match["code"] in _NO_CODE):
            match = None
        if match is not None and unit.lines[-1] not in cut_lines and last.endswith(match["code"]) and (
                shapes.bullet_item(unit.text) is None):
            found.removed.append(RemovedLine(unit.lines[-1], match["code"], "editor's code closing the paragraph",
                                             part=True))
            unit.text = unit.text[:match.start()]


_PICTURE_REACH = 3
"""Lines at most above a paragraph where its picture's credit or caption was taken out."""


def _picture_above(unit: _Unit, found: _Found) -> bool:
    """A picture's credit or caption was taken out right above the paragraph ("Foto : Anindya/slemansport")."""
    first = unit.lines[0]
    return any(first - _PICTURE_REACH <= line.line < first and line.reason.startswith(("photo", "credits for the pic"))
               for line in found.removed)


def _credited_mark(text: str, found: _Found) -> re.Match[str] | None:
    """A name in brackets closing the paragraph that the page's own credit, taken out, gives (its byline, the unit
    in its date line, its copyright line): the page's end mark, no part of the story (a
    tag or the headline naming it too is no such credit: "(Yeremia 29:7)" closes a quoted verse). The unit's name
    before a slash is enough: "(Pendim 1304/Gtlo)", its place's code after it, under "... | Pendim 1304 | ..."
    (thirty-fourth pass); so are the name's words in the credit, or the name glued ("(Humas Polres Sukamaju)" over
    "Humas Polres Sukamaju © 2026" or "© HumasPolresSukamaju"), or a line of the page taken out reading just the
    mark (thirty-eighth pass)."""
    match = _TRAILING_NAME.search(text)
    name = match["name"].casefold() if match else ""
    if len(unit := name.split("/")[0].strip()) >= _UNIT_LETTERS:
        name = unit
    whole = match["name"].casefold() if match else ""
    credited = any((_credits(line) and _names(line.text.casefold(), name)) or line.text.strip().casefold() == whole
                   for line in found.removed) if name else False
    return match if credited else None


def _names(credit: str, name: str) -> bool:
    """Whether a page's credit line names the mark: as it is, glued ("humaspolreswajo") or word by word."""
    words = set(re.findall(r"\w+", credit))
    return (name in credit or name.replace(" ", "") in credit.replace(" ", "")
            or set(re.findall(r"\w+", name)) <= words)


def _credits(line: RemovedLine) -> bool:
    """The line, taken out, credited the page: a byline, or its writer's, editor's or source's field ("Editor:
    Kasi Humas Polres Kukar", "Sumber: Penrem 173/PVB"; issue 19, thirty-sixth pass), the newsroom as the byline,
    the copyright line (thirty-eighth pass), not its tags."""
    if line.reason == "copyright notice" or line.reason.startswith("the newsroom as the byline"):
        return True
    return line.reason.endswith(TO_FRONT_MATTER) and ("byline" in line.reason or any(
        field.kind in ("author", "editor", "source") for field in shapes.metadata_fields(line.text) or ()))


def _caption_pieces(unit: _Unit, split: int, texts: dict[int, str]) -> list[tuple[int, str, bool]] | None:
    """The input lines a caption cut at `split` off the unit's start takes: (line, text, whether a part),
    whole lines then the part of the last one -- a hard-wrapped caption glued to the dateline ("... di halaman
    GOR" / "Wamena, Senin (7/4/2025). (Elisa Sekenyap - SP)WAMENA, SUARAPAPUA.com", issue 19, tenth pass).
    None when the unit's text does not start with its lines as `_join` joined them, or the cut leaves
    nothing of the line it falls in."""
    caption = unit.text[:split].rstrip()
    pieces: list[tuple[int, str, bool]] = []
    at, previous = 0, ""
    for number in unit.lines:
        line = texts.get(number, "")
        if not line:
            return None
        if at:
            at += len(shapes.glue(previous, line))  # (the space `_join` put between the lines, if any)
        previous = line
        if unit.text[at:at + len(line)] != line:
            return None
        if at + len(line) <= len(caption):
            pieces.append((number, line, False))
        else:
            return [*pieces, (number, caption[at:], True)] if caption[at:].strip() else pieces or None
        at += len(line)
    return None  # (the caption is the whole unit: not a paragraph it was glued to)


# ------------------------------------------------------------------ structure


def _classify_units(units: list[_Unit]) -> None:
    """Decide lists, headings (## / ###) and quotes."""
    for unit in units:
        if len(unit.lines) > 1 and not shapes.list_item(unit.text):
            continue
        bullet = shapes.bullet_item(unit.text)
        ordered = shapes.ordered_item(unit.text)
        if bullet is not None:
            unit.kind, unit.text = "bullet", bullet
        elif ordered is not None:
            unit.kind, unit.number = "ordered", ordered[0]
    # Two schedule entries or more in a row ("15.00 WIB: ...", each a line of its own) are a list.
    for index, unit in enumerate(units):
        if unit.kind == "paragraph" and len(unit.lines) == 1 and shapes.SCHEDULE_ENTRY.match(unit.text) and any(
                0 <= i < len(units) and units[i].kind in ("paragraph", "bullet") and len(units[i].lines) == 1
                and shapes.SCHEDULE_ENTRY.match(units[i].text) for i in (index - 1, index + 1)):
            unit.kind = "bullet"
    # A lone numbered line followed by paragraphs is a numbered section heading ("1. Data pelatihan ...").
    for index, unit in enumerate(units):
        if unit.kind != "ordered":
            continue
        neighbours = [units[i].kind for i in (index - 1, index + 1) if 0 <= i < len(units)]
        following = units[index + 1] if index + 1 < len(units) else None
        if ("ordered" not in neighbours and following is not None and following.kind != "bullet"
                and shapes.heading_like(_ordered_text(unit.text))):
            unit.kind = "heading"
    # Short lines without closing punctuation that introduce what follows: one, or two in a row (## + ###).
    index = 0
    while index < len(units):
        run = index
        while run < len(units) and _heading_candidate(units[run]):
            run += 1
        if run > index:
            if run - index <= 2 and run < len(units):
                for unit in units[index:run]:
                    unit.kind = "heading"
            else:
                for unit in units[index:run]:
                    if unit.kind == "heading":  # a numbered heading in an over-long run
                        unit.kind = "ordered"
            index = run
        else:
            index += 1
    _heading_levels(units)
    for unit in units:
        if unit.kind == "paragraph" and _standalone_quote(unit.text):
            unit.kind = "quote"
    _verses(units)


def _ordered_text(text: str) -> str:
    item = shapes.ordered_item(text)
    return item[1] if item else text


def _heading_candidate(unit: _Unit) -> bool:
    # ("Pangururan (SIB)" over the first paragraph is its dateline, not a heading)
    return unit.kind == "heading" or (unit.kind == "paragraph" and len(unit.lines) == 1
                                      and shapes.heading_like(unit.text) and not shapes.dateline_alone(unit.text))


def _heading_levels(units: list[_Unit]) -> None:
    """## for sections; ### for a heading right after another and for the headings that follow it
    in a section that has such sub-headings; closing sections ("Kesimpulan") stay ##."""
    section_has_subheadings = False
    for index, unit in enumerate(units):
        if unit.kind != "heading":
            continue
        after_heading = index > 0 and units[index - 1].kind == "heading"
        before_heading = index + 1 < len(units) and units[index + 1].kind == "heading"
        if after_heading:
            unit.level = 3
        elif before_heading:
            unit.level, section_has_subheadings = 2, True
        elif section_has_subheadings and not _TOP_LEVEL_HEADINGS.match(unit.text):
            unit.level = 3
        else:
            unit.level, section_has_subheadings = 2, False


# The translation under a verse quoted in Arabic: "Artinya: ...", "Terjemahnya: ...", "Maknanya: ..."
_TRANSLATION = re.compile(r"(?i:artinya|arti(?:nya)?\s*:|terjemah(?:an)?(?:nya)?|maknanya)\b")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")


def _verses(units: list[_Unit]) -> None:
    """A verse quoted in Arabic script and its translation under it ("Artinya: ...") are one block quote
    (issue 19, sixteenth pass: an Islamic portal's verse)."""
    for index, unit in enumerate(units[:-1]):
        below = units[index + 1]
        if (unit.kind in ("paragraph", "quote") and _arabic(unit.text) and below.kind in ("paragraph", "quote")
                and _TRANSLATION.match(below.text)):
            unit.kind = below.kind = "verse"


def _arabic(text: str) -> bool:
    """Most of the line's letters are Arabic script."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _ARABIC.match(c)) * 2 > len(letters)


def _standalone_quote(text: str) -> bool:
    """A paragraph that is one quoted statement, perhaps with its attribution: “…,” kata X."""
    closing = _QUOTES.get(text[0])
    if closing is None:
        return False
    end = text.find(closing, 1)
    if end < 0:
        return False
    return not _SENTENCE_BREAK.search(text, end + 1)


# ------------------------------------------------------------------ dates


_COMMENTS_AT_LEAST = 2
"""How many bylines with a date below the story make them a comment thread's."""


def _comment_bylines(found: _Found, units: list[_Unit]) -> None:
    """Bylines with a date but no label, several below the story's last long paragraph, or one under the count of
    the comments ("4 Komentar"; issue 19, titles of the thirty-seventh pass: a reader was the story's second writer):
    a comment thread's ("Rina Kusuma 1 Juli 2024 pukul 07.12"). Their names and dates are not the article's."""
    long = [unit.lines[-1] for unit in units if unit.kind == "paragraph" and len(unit.text.split()) >= 16]
    if not long:
        return
    below = [entry for entry in found.loose if entry[0] > long[-1]]
    counted = bool(below) and any(long[-1] < r.line < below[0][0] and shapes.COMMENT_COUNT.fullmatch(r.text.strip())
                                  for r in found.removed)
    if len(below) < _COMMENTS_AT_LEAST and not counted:
        return
    numbers = {entry[0] for entry in below}
    for number, names, stamp in below:
        for name in names:
            if name in found.authors:
                found.authors.remove(name)
        found.labelled_dates[:] = [d for d in found.labelled_dates if d is not stamp]
    found.removed[:] = [RemovedLine(r.line, r.text, "comment's byline and date (after the story)")
                        if r.line in numbers else r for r in found.removed]


def _ranked_dates(found: _Found, units: list[_Unit]) -> tuple[list[FoundDate], ...]:
    """The dates the text states, in groups, the most likely publication date's group first: labelled
    dates above the story, date lines, labelled dates inside or below the story."""
    # Of several date lines, one with a time first: a page's header shows today's day ("Selasa, 05 Agustus
    # 2025"), the article its own time of publication.
    # A date line below the story's text is a comment's or another article's: the story's own come first.
    end = units[-1].lines[-1] if units else None
    below = {id(d): end is not None and n > end for d, n in zip(found.date_lines, found.date_line_numbers)}
    clock = _page_clocks(found, units[0].lines[0] if units else None)
    found.date_lines.sort(key=lambda d: (below[id(d)], id(d) in clock, not d.has_time))
    # A labelled date once the story has begun is an embedded post's ("3:41 PM · Nov 10, 2025"), a source's
    # ("Sumber: Majalah HIDUP, ... 12 Oktober 2025") or a comment's: the dates above the story come first.
    start = units[0].lines[0] if units else None
    inside = [d for d in found.labelled_dates if start is not None and d.line > start]
    above = [d for d in found.labelled_dates if d not in inside and id(d) not in clock]
    clocks = [d for d in found.labelled_dates if id(d) in clock]  # (after the story's own date lines)
    # (a calendar's label before its day, "Jadwal Sembahyang Purnama:", read as a name and a date, names no writer)
    found.authors[:] = [name for name in found.authors if not any(
        name in names and id(stamp) in clock for _, names, stamp in found.loose)]
    return _timed_first(above), [*found.date_lines, *clocks], inside


def _timed_first(dates: list[FoundDate]) -> list[FoundDate]:
    """`dates`, a later one with a time first when the first gives the same day without one: a page's date bar
    ("Medan 31°C Berawan | Rabu, 9 Desember 2026") above the byline's date and time (issue 19, thirty-first
    pass: the wrapped byline was read, but the bar's day came first and the date lost its time)."""
    if not dates or dates[0].has_time:
        return dates
    timed = next((d for d in dates[1:] if d.has_time and d.value.date() == dates[0].value.date()), None)
    return dates if timed is None else [timed, *(d for d in dates if d is not timed)]


def _page_clocks(found: _Found, start: int | None) -> set[int]:
    """The ids of the date lines and labelled dates above the headline, the page's furniture between (its name, its
    menu), giving a later day than one between it and the story's `start`: the page's today, its clock ("Jumat, 04
    Desember 2026 | 09:12:47 WITA" on a regency's portal), a calendar's bar ("Jadwal Sembahyang Purnama: Kamis, 24
    Desember 2026"; thirty-sixth pass), not the story's date (issue 19, thirty-first pass: the clock's time put it
    first). Right over the headline, a date and time is the story's, an event's day under it (review of the
    thirty-first pass and the guard)."""
    title = _title_number(found)
    if title is None or start is None:
        return set()
    lines = [*zip(found.date_lines, found.date_line_numbers), *((d, d.line) for d in found.labelled_dates)]
    under = [d.value.date() for d, n in lines if title < n < start]
    furniture = {r.line for r in found.removed}
    return {id(d) for d, n in lines if n < title and under and d.value.date() > min(under)
            and furniture.intersection(range(n + 1, title))}


def _yearless_dates(found: _Found, units: list[_Unit], fetched_at: datetime | None, zone: ZoneInfo,
                    warn) -> list[FoundDate]:
    """The dates without a year above the story ("27 November pukul 16.08"), in the year --fetched-at gives
    (below the story such a line is a comment's)."""
    start = units[0].lines[0] if units else None
    dates: list[FoundDate] = []
    for number, line, stamp in found.yearless:
        if start is not None and number > start:
            continue
        when = year_before(fetched_at, stamp, zone) if fetched_at is not None else None
        if when is None:
            warn(number, f'"{line}" gives no year', "import again with --fetched-at to give it the year",
                 field_name="date")
            continue
        dates.append(FoundDate(when, True, f'From "{line}" (line {number}), in the year of --fetched-at '
                                           f"{fetched_at.isoformat()}."))
    return dates


def _resolve_dates(found: _Found, units: list[_Unit], fetched_at: datetime | None, zone: ZoneInfo,
                   warn) -> tuple[FoundDate | None, FoundDate | None]:
    """Pick `date` and `updated`: metadata, a date line, a relative date, a weekday date in the text,
    then --fetched-at."""
    relatives = []
    for number, line, relative in found.relatives:
        if fetched_at is None:
            warn(number, f'"{line}" is a relative date', "import again with --fetched-at to turn it into a date",
                 field_name="date")
            continue
        back = count_back(fetched_at, relative, zone)
        if back is None:
            warn(number, f'"{line}" lies outside the calendar; ignored', field_name="date")
            continue
        relatives.append(FoundDate(back[0], back[1], f'Approximate: "{line}" (line {number}) counted back from '
                                                       f"--fetched-at {fetched_at.isoformat()}."))
    relatives.extend(_yearless_dates(found, units, fetched_at, zone, warn))

    date = None
    for candidates in (*_ranked_dates(found, units), relatives, _release_date(found, units, zone), found.sent):
        if candidates:
            date = candidates[0]
            for other in candidates[1:]:
                if other.iso() != date.iso():
                    warn(None, f"another date, {other.iso()}, ignored ({other.origin[:-1]})", field_name="date")
            break
    updated = found.updates[0] if found.updates else None
    if date is None and updated is not None:
        date = FoundDate(updated.value, updated.has_time,
                         updated.origin[:-1] + "; the text gives only this update time.")
        updated = None
    if date is None and units:
        date = _dateline_date(units[0], zone)
    if date is None:
        date = _date_in_text(units, zone, warn)
    if date is None and fetched_at is not None:
        date = FoundDate(fetched_at, True, "No date in the text: this is --fetched-at, when the text was fetched; "
                                           "the article was published earlier.")
        warn(None, f"no date in the text; using --fetched-at ({fetched_at.isoformat()})",
             "the article was published earlier: correct `date:`", field_name="date")
    if date is None:
        warn(None, "no date found in the text", "write the publication date after `date:`, or import again "
                                                "with --fetched-at", field_name="date")
    if date is not None and not date.has_time:
        date = _timed_same_day(date, found, units)
    if date is not None and not date.has_time:
        date = _timed_by_relative(date, found, units, fetched_at, zone)
    if date is not None and not date.has_time and found.times:  # the day from one line, the time from a byline
        hour, minute, origin = found.times[0]
        date = FoundDate(date.value.replace(hour=hour, minute=minute), True,
                         f"{date.origin[:-1]}; the time from {origin}.")
    if date is not None and updated is not None and updated.value < date.value:
        warn(None, f"the update time {updated.iso()} is before the date {date.iso()}; updated left out",
             field_name="updated")
        updated = None
    return date, updated


def _timed_same_day(date: FoundDate, found: _Found, units: list[_Unit]) -> FoundDate:
    """`date` (a day without a time), or the first date above the story giving the same day with its time: a
    page's date bar ("Sumbawa Besar, Jumat 11 Desember 2026") over the byline's "Jumat, 11 Desember 2026 07.20
    Wita", the same day told more precisely (issue 19, thirty-sixth pass)."""
    start = units[0].lines[0] if units else None
    stated = [*((d, d.line) for d in found.labelled_dates), *zip(found.date_lines, found.date_line_numbers)]
    return next((d for d, number in stated if d.has_time and d.value.date() == date.value.date()
                 and (start is None or number < start)), date)


def _timed_by_relative(date: FoundDate, found: _Found, units: list[_Unit], fetched_at: datetime | None,
                       zone: ZoneInfo) -> FoundDate:
    """`date` (a day without a time, often the page's date bar) or, when the story's own relative time above
    it counts back to that day ("4 jam lalu"), that time: the same day, told more precisely."""
    start = units[0].lines[0] if units else None
    for number, line, relative in found.relatives:
        if fetched_at is None or start is None or number > start:
            break
        back = count_back(fetched_at, relative, zone)
        if back is not None and back[1] and back[0].astimezone(zone).date() == date.value.astimezone(zone).date():
            return FoundDate(back[0], True, f'{date.origin[:-1]}; the time from "{line}" (line {number}) counted '
                                            f"back from --fetched-at {fetched_at.isoformat()}.")
    return date


def _release_date(found: _Found, units: list[_Unit], zone: ZoneInfo) -> list[FoundDate]:
    """A forwarded release's own dateline date ("Cibinong, 24 November 2026 – ..."), which comes before the
    email's "Date:" (when it was sent or forwarded, often a day later)."""
    date = _dateline_date(units[0], zone) if found.sent and units else None
    return [date] if date is not None else []


def _dateline_date(unit: _Unit, zone: ZoneInfo) -> FoundDate | None:
    """A date in the dateline of the first paragraph, as press releases write it: "Jakarta, 4 September
    2024 – Bank ..." (the paragraph stays)."""
    match = shapes.dated_dateline(unit.text)
    parsed = parse_date(match["date"], zone) if match else None
    if parsed is None:
        return None
    return FoundDate(parsed[0], parsed[1], f'From the dateline "{match[0].strip()}" (line {unit.lines[0]}).')


def _date_in_text(units: list[_Unit], zone: ZoneInfo, warn) -> FoundDate | None:
    for unit in units:
        hit = find_weekday_date(unit.text, zone)
        if hit:
            value, words = hit
            line = unit.lines[0]
            warn(line, f'date taken from the text ("{words}"); the time is unknown', "check `date:`", field_name="date")
            return FoundDate(value, False, f'From "{words}" in the text (line {line}): the day the report '
                                           "refers to, so published that day or later; the time is unknown.")
    return None


# ------------------------------------------------------------------ Markdown

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP = re.compile(r"[\\`*\[\]<~_#&]")
_BLOCK_START = re.compile(r"(?P<lead>[-+])(?=[\s-]|$)|(?P<digits>\d{1,9})(?P<delim>[.)])(?=\s|$)|(?P<quote>>)")


def to_markdown(units: list[_Unit]) -> str:
    """Write the classified units as Markdown blocks separated by blank lines."""
    blocks: list[list[str]] = []  # the lines of each block (a list's items; adding each to a string was quadratic)
    previous = None
    for unit in units:
        if unit.kind == "heading":
            blocks.append(["#" * unit.level + " " + escape_markdown(unit.text, line_start=False)])
        elif unit.kind in ("bullet", "ordered"):
            marker = "-" if unit.kind == "bullet" else f"{unit.number}."
            content = unit.text if unit.kind == "bullet" else _ordered_text(unit.text)
            item = f"{marker} {escape_markdown(content)}"
            if previous is not None and previous.kind == unit.kind:
                blocks[-1].append(item)
            else:
                blocks.append([item])
        elif unit.kind == "quote":
            blocks.append(["> " + escape_markdown(unit.text)])
        elif unit.kind == "verse" and previous is not None and previous.kind == "verse":
            blocks[-1] += [">", "> " + escape_markdown(unit.text)]  # (the translation, in the verse's quote)
        elif unit.kind == "verse":
            blocks.append(["> " + escape_markdown(unit.text)])
        else:
            blocks.append([escape_markdown(unit.text)])
        previous = unit
    return "\n\n".join("\n".join(block) for block in blocks) + "\n" if blocks else ""


def escape_markdown(text: str, line_start: bool = True) -> str:
    """Backslash-escape what CommonMark (with tables, strikethrough, footnotes) would read as markup.

    `_` between two letters or digits is left alone (it cannot start emphasis there), `#` only at the
    start or after a space, `&` only before an entity name; `line_start` also escapes a leading
    `-`, `+`, `>` or `1.` that would start a list or quote."""
    last = len(text) - 1

    def escape(match: re.Match) -> str:
        char, index = match[0], match.start()
        if char == "_":
            inside_word = 0 < index < last and text[index - 1].isalnum() and text[index + 1].isalnum()
            return "_" if inside_word else "\\_"
        if char == "#":
            return "\\#" if index == 0 or text[index - 1].isspace() else "#"
        if char == "&":
            return "\\&" if _ENTITY.match(text, index) else "&"
        return "\\" + char

    escaped = _MARKUP.sub(escape, text)  # (only these characters may need a backslash)
    if line_start:
        match = _BLOCK_START.match(escaped)
        if match and match["digits"]:
            escaped = match["digits"] + "\\" + escaped[match.end("digits"):]
        elif match:
            escaped = "\\" + escaped
    return escaped
