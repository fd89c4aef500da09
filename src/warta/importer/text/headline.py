"""Which line is the headline: the best-scoring title-shaped line above the story (issue 19; split out of
`context`, which decides the boilerplate around the story).

Works on the parser's items (`page.Lines`). Pure; linear in the lines."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple
from zoneinfo import ZoneInfo

from warta.importer.text import boilerplate, contents, dates
from warta.importer.text import lines as shapes
from warta.importer.text.page import Lines
from warta.importer.records import TO_FRONT_MATTER

_TITLE_WINDOW = 40
"""How many lines from the top the headline is looked for when no paragraph of prose comes first."""


def choose_title(lines: Lines) -> int | None:
    """The index of the headline: the best-scoring title-shaped line above the first paragraph of prose.

    Scores (hand-weighted): a headline's length (+2 for 4 to 20 words), title case (+1), a byline, date or
    photo line right after it (+2), a repeat of it further down (+2), a lede of prose right after it (+1),
    being the text's first line (+1); a full stop (-2), one or two words (-1), a short all-capitals label
    (-2). The earliest of equal scores wins."""
    kept = [i for i, item in enumerate(lines.items) if item is not None]
    if not kept:
        return None
    first_prose = _first_prose(lines, kept)
    limit = first_prose if first_prose is not None else min(len(lines.items), kept[0] + _TITLE_WINDOW)
    facts = _TextFacts.of(lines, kept)
    story_end = facts.story_end
    contents_lines = contents.table_of_contents(lines, set())
    best, best_score = None, float("-inf")
    second_lines: set[int] = set()
    for i in kept:
        if i >= limit:
            break
        if i in second_lines:
            continue  # the second line of a headline broken in two is judged with its first
        text = lines.text(i)
        second = headline_end(lines, i)
        end = i
        if second is not None:
            second_lines.update(range(i + 1, second + 1))
            text, end = headline_text(lines, i, second), second
        if second is None and _cut_by_wrap(lines, i):
            continue  # the first line of a wrapped caption or sentence, not a headline
        if story_end is not None and i >= story_end:
            break  # a story follows its headline: the text's last line of prose is the story's (found by the property test)
        if shapes.find_dateline(text) and not _name_and_tagline(lines, i, text) and not _menu_row(lines, i, text):
            break  # "JAKARTA —": the story has begun
        if i != kept[0] and (_story_sentence(text) or _story_question(text)) and (
                _story_goes_on(lines, i)) and not _writer_bio(lines, i) and not _site_notice(text):
            break  # a sentence of the story: what comes below it is no headline (not a tagline above a menu)
        ends = text.rstrip(shapes.CLOSERS)[-1:]
        exclaims = ends == "!" and title_shaped(text.rstrip(shapes.CLOSERS + "!"))  # "Anti Layu!" ends a headline
        if not _title_candidate(lines, i, text, end) or (i != kept[0] and ends in (".", ":", "!", "…") and not exclaims):
            continue  # (a sentence is the headline only as the text's first line, as it always was; "?" may end one)
        if _crumbs_to_headline(lines, i):
            continue  # "Media › Siaran Pers › <the headline>": the path to the headline that stands below it
        if _form_row(lines, i):
            continue  # "Nama Emiten : PT ..." among "Kode Emiten : ..." rows: a field of a form, not a headline
        if i in contents_lines:
            continue  # "4. Menyimpan Benih" under "Daftar Isi": a section's heading listed, not the headline
        score = _candidate_score(lines, i, text, end, i == kept[0], facts)
        if i != kept[0] and _above_menu(lines, end, limit):
            score -= 1  # the site's masthead (its name, its long name, its tagline), not the story's headline
        if score > best_score:
            best, best_score = i, score
    if best is not None and best not in second_lines and headline_end(lines, best) is None:
        # a repeated headline is taken where it first stands; the repeats go
        key = lines.text(best).casefold()
        best = next(i for i in kept if lines.text(i).casefold() == key)
    return _over_dateline(lines, kept, best)


def _above_menu(lines: Lines, end: int, limit: int) -> bool:
    """The page's menu row stands between the line `end` and the story's first paragraph (`limit`): the line is
    the site's masthead ("Pengurus Wilayah Nahdlatul Ulama Sulawesi Selatan", a site's long name under its short
    one), and the story's headline stands under the menu (issue 19, titles of the thirty-eighth pass: the long
    name tied with the headline and came first). The text's first line over the menu is the headline still, its
    deck under the menu (issue 19, review of the thirty-ninth pass)."""
    return any(lines.removed.get(j) == shapes.MENU_ROW_REASON for j in range(end + 1, limit))


def _first_prose(lines: Lines, kept: list[int]) -> int | None:
    """The story's first paragraph: the first kept line of prose, not a short sentence with a menu below it (a site's
    tagline), a long line in title case without end punctuation (a headline or a path to it), a writer's profile or
    a bar's teaser calling to its link ("Kalender Lomba Desember: 14 event lari ..., cek di sini!"; issue 19,
    thirty-fifth pass: the headline under it was never looked for) or a site's notice (`_site_notice`)."""
    return next((i for i in kept if lines.prose[i] and not title_shaped(lines.text(i))
                 and (len(lines.text(i).split()) >= 16 or _story_goes_on(lines, i)) and not _writer_bio(lines, i)
                 and not _LINK_CALL.search(lines.text(i)) and not _site_notice(lines.text(i))), None)


def _site_notice(text: str) -> bool:
    """A short line of the site speaking to its reader of itself (`boilerplate.reader_prompt`: "Anda membaca 1 dari
    3 artikel gratis bulan ini. Masuk untuk membaca tanpa batas."): a paywall's or a site's notice over the
    headline, not the story's first paragraph (issue 19, thirty-sixth pass: no headline was looked for under it)."""
    return len(text.split()) < _OPENING_WORDS and boilerplate.reader_prompt(text)


# A teaser's call to follow its link, closing the line: "..., cek di sini!", "Klik di sini »", "baca selengkapnya →"
_LINK_CALL = re.compile(r"\b(?:cek|klik|lihat|baca|daftar|simak|click)\s+(?:di\s+)?(?:sini|selengkapnya|here)\s*[!.»›→]*$",
                        re.IGNORECASE)


_BIO_WORDS = 16
"""Words fewer than which a writer's profile under their name has (a story's first paragraph has more)."""
_NAME_WORDS = 4


def _writer_bio(lines: Lines, index: int) -> bool:
    """A short sentence right under a line that is a person's name and over a line, kept or taken out, that is no
    prose ("Maria Goreti Wangge" / "Guru SD di Kelimutu, menulis tentang kampung dan sekolah." / "Bergabung sejak:
    12 Mar 2024"): a citizen column's profile of its writer over the headline, not the story's first paragraph (issue 19,
    thirty-fourth pass: the column's section path above the profile was taken for the headline)."""
    above, below = index - 1, lines.neighbour(index, 1)
    if above < 0 or not lines.kept(above) or below is None or lines.prose[below] or _headline_shaped(lines, below):
        return False  # (the name in the same block; no headline right under: a short lede between two)
    name = lines.text(above)
    return (len(lines.text(index).split()) < _BIO_WORDS and len(name.split()) <= _NAME_WORDS
            and boilerplate.person_name(name))


def _headline_shaped(lines: Lines, index: int) -> bool:
    """A kept line in title case of four words or more."""
    return lines.kept(index) and len(_WORD.findall(lines.text(index))) >= _HEADLINE_WORDS and title_shaped(
        lines.text(index))


_TAGLINE_WORDS = 12
"""Words at most of a site's name and tagline on one line (its long name spelled out: "INDEF - Institute for
Development of Economics and Finance", issue 19, eighteenth pass)."""
_TAGLINE = re.compile(r"\S\s*[-–—|]\s+\S")


def _name_and_tagline(lines: Lines, index: int, text: str) -> bool:
    """A short line in title case, a dash between two parts, no sentence: the site's name and its tagline
    ("SUMEKS.CO – Sumatera Ekspres", "KABARKOTA.ID - Berita Terkini Priangan") read as a dateline, which
    opens a paragraph of prose, not a few capitalised words (issue 19, eighth pass). The tagline may be in lower
    case after a name in capitals ("OBROLAN GADGET - ngobrolin gadget tanpa basa-basi") when the line stands
    alone, no end punctuation: a dateline's line goes on (issue 19, titles of the thirty-eighth pass: a text
    hard-wrapped at 80 columns gave no headline)."""
    if len(text.split()) > _TAGLINE_WORDS or _TAGLINE.search(text) is None:
        return False
    if title_shaped(text):
        return True
    name = _TAGLINE_SPLIT.split(text, maxsplit=1)[0]
    alone = index + 1 >= len(lines.items) or not lines.kept(index + 1)
    return name.isupper() and alone and not shapes.ends_sentence(text)


_TAGLINE_SPLIT = re.compile(r"\s*[-–—|]\s+")


_MENU_SEPARATORS = 2
"""Separators " | " at least in a row of the page's menu."""


def _menu_row(lines: Lines, index: int, text: str) -> bool:
    """A row of the page's menu after the site's name and tagline, no prose ("LONTAR POS - Kabar dari Perbatasan |
    Beranda | Kefamenanu | Belu |", the rest wrapped below it): no dateline, which opens the story's first paragraph
    (issue 19, thirty-first pass: a text hard-wrapped at 72 columns gave no headline)."""
    return text.count(" | ") >= _MENU_SEPARATORS and not lines.prose[index]


_OPENING_WORDS = 16
"""Words at least of the story's first paragraph that opens with its dateline."""
_DATELINE_REACH = 40
"""Lines from the text's first within which a headline over the story's dateline is looked for."""


def _over_dateline(lines: Lines, kept: list[int], best: int | None) -> int | None:
    """The headline standing right over the story's first paragraph when that opens with a dateline
    ("JAKARTA –", "Jakarta, 20 Oktober 2025 – ..."), or `best`: a headline's place is over its story,
    whatever prose stands above it on the page (an exchange's disclaimer over a press release, issue 19).
    The line must be a headline's shape (4 words or more, title case, no end punctuation), not already
    the second line of `best`."""
    for i in kept[:_DATELINE_REACH]:
        text = lines.text(i)
        if len(text.split()) < _OPENING_WORDS or not (
                shapes.find_dateline(text) or shapes.dated_dateline(text) or shapes.place_opening(text)
                or _BRACKETED_OUTLET.match(text)):
            continue  # (a paragraph that opens so, not a list's "Jakarta – Bandung: Rp150.000")
        above, headed = _over_header(lines, i)
        if above is None or not lines.kept(above) or above == best or (best is not None and above < best):
            return best
        headline = lines.text(above)
        if ((best is not None and headline_second_line(lines, best) == above)
                or len(_WORD.findall(headline)) < _HEADLINE_WORDS):
            return best  # (four words at least: "Ukuran Font: A- | A+" over the story is a widget)
        # (only past prose the scored search stopped at: a deck in title case right under the headline stays one)
        past_prose = best is None or (headed and not _names_people(lines, headline)
                                      and not _dated_under(lines, best, above)) or any(
            lines.prose[j] for j in range(best + 1, above))
        if (past_prose and title_shaped(headline) and _title_candidate(lines, above, headline)
                and not _form_row(lines, above)):
            return above
        return best
    return best


_WORD = re.compile(r"[^\W\d_]{2,}")
_HEADLINE_WORDS = 4
"""Words (two letters or more) at least of a headline over its story's dateline."""
_HEADER_REACH = 16
"""Lines at most between a story's first paragraph and its headline (date, byline, counter, share buttons, caption)."""


def _over_header(lines: Lines, index: int) -> tuple[int | None, bool]:
    """The nearest line over the paragraph at `index` past the lines taken out right above it and the kept lines
    of its header (`_header_line`), and whether a date or a byline is among those: the headline's header
    ("<headline>" /
    "Selasa, 08/12/2026 pukul 14.20 WIB" / "Humas Polres ..." / "Dibaca 612 kali" / "[Foto: ...]" / "Kasongan
    – ..."), which ties the line to the story, whatever ticker, notice or portal's name in capitals the page
    puts above its menu (issue 19, thirty-third pass)."""
    above, headed = lines.neighbour(index, -1), False
    for _ in range(_HEADER_REACH):
        if above is None or (lines.kept(above) and not _header_line(lines, above)):
            break
        reason = lines.removed.get(above, "")
        headed = headed or reason.endswith(TO_FRONT_MATTER) or "date" in reason or lines.kept(above)
        above = lines.neighbour(above, -1)
    return above, headed


def _dated_under(lines: Lines, best: int, above: int) -> bool:
    """Only the date or byline taken out for the front matter stands between `best` and the line `above` the
    header: `best` is the headline over its own date, `above` its deck ("<headline>" / "Selasa, 8 Desember 2026" /
    "Warga Tak Lagi Memutar ..." / "<byline>"; review of the thirty-second and thirty-third passes), no ticker or
    portal's name over the menu."""
    between = [j for j in range(best + 1, above) if lines.kept(j) or j in lines.removed]
    second = headline_second_line(lines, best)
    return bool(between) and all(j == second or lines.removed.get(j, "").endswith(TO_FRONT_MATTER) for j in between)


# A name's end: "Hendra Gunawan - Mata Indonesia", "Rahmat Hulinggi & Sri Wahyuni"
_NAME_END = re.compile(r"\s+[-–—|&,]\s+|\s+(?:dan|and)\s+")


def _byline_line(text: str) -> bool:
    """A byline's line of names, or a name and the outlet ("Hendra Gunawan - Mata Indonesia")."""
    return boilerplate.person_name(_NAME_END.split(text)[0]) or bool(boilerplate.byline(text))


def _header_line(lines: Lines, index: int) -> bool:
    """A kept line of the headline's header: a byline, or a label too short for a headline ("Humas Polres ...",
    "Kategori: Kamtibmas") or a row of labelled facts ("Kategori: Berita Jemaat | 2 Balasan", issue 19,
    thirty-fourth pass: it was taken for the headline), the story's category ("Kategori: Berita Sinode, Diakonia") or
    the office under the date (`_unit_under_date`; thirty-fifth pass), no prose."""
    text = lines.text(index)
    return _byline_line(text) or (not lines.prose[index] and (
        len(_WORD.findall(text)) < _HEADLINE_WORDS or (_FIELD.match(text) is not None and " | " in text)
        or _FILED_UNDER.match(text) is not None or _unit_under_date(lines, index)))


# The story's place on the site: "Kategori: Berita Sinode, Diakonia", "Rubrik: Hukum", "Tags: banjir, Sumba"
_FILED_UNDER = re.compile(r"(?:kategori|category|categories|rubrik|kanal|topik|tags?|label)\s*:\s*\S", re.IGNORECASE)


def _unit_under_date(lines: Lines, index: int) -> bool:
    """A name of a few words hardly any of which the text writes in lower case right under the date taken out for
    the front matter ("Rabu, 16 Desember 2026 pukul 10.30 WITA" / "Penerangan Lanud El Tari"): the office or the
    writer who put the story out, not its headline, which stands over its date (issue 19, thirty-fifth pass)."""
    above = index - 1
    return (above >= 0 and lines.removed.get(above, "").endswith(TO_FRONT_MATTER)
            and len(_WORD.findall(lines.text(index))) <= _NAME_WORDS and _names_people(lines, lines.text(index)))


def _names_people(lines: Lines, text: str) -> bool:
    """`_byline_line`, or words hardly any of which the text writes in lower case ("La Ode Muhammad Arsyad -
    <outlet>"): what stands between a headline and its story too, not the headline."""
    return _byline_line(text) or sum(map(lines.common_word, _WORD.findall(_NAME_END.split(text)[0]))) < 2


# A field of a form or a table: "Kode Emiten : SLNT", "Tanggal dan Waktu : 20 Oktober 2025", "Lokasi: Aula"
_FIELD = re.compile(r"[^\W\d][\w.()/ -]{0,30}?\s*:\s+\S")


_FORM_ROWS = 4
"""Label-and-value rows in a row that make a form or a table (a headline with a colon may stand between
a numbered release's "Nomor:" and its "Dipublikasikan:")."""


_HEADER_COUNTERS = ("counter (views, likes, comments)", "view counter")
"""Why a row of a story's header under its headline was taken out when it counts (reading time, views)."""


_CRUMB_SEPARATOR = re.compile(r"\s+[›»>/]\s+")
_CRUMB_WORDS = 4
"""Words at most of each item of a path before its last."""


def _crumbs_to_headline(lines: Lines, index: int) -> bool:
    """A path of short items to a last one that stands again as a line of its own below ("Media › Siaran Pers
    › Penjualan Eceran ...", "Berita / Nasional / <headline>"): navigation ending in the headline, not it
    (issue 19, ninth pass: a central bank's release took its breadcrumb for the headline)."""
    parts = _CRUMB_SEPARATOR.split(lines.text(index))
    if len(parts) < 2 or any(len(part.split()) > _CRUMB_WORDS for part in parts[:-1]):
        return False
    last = parts[-1].strip().casefold()
    return len(last.split()) >= 2 and any(
        item is not None and item[1].strip().casefold() == last for item in lines.items[index + 1:])


def _form_row(lines: Lines, index: int) -> bool:
    """A label-and-value row in a run of four or more (no blank line between, kept or taken out): one
    field of a form or a table of facts (an announcement's header, a product's specs), not a headline,
    which may well have a colon ("Menkeu: Defisit Aman") and a labelled byline under it (issue 19). Rows that
    are all the story's byline and dates, taken to the front matter, or its counters ("Waktu baca: 4 menit"), are
    the headline's own header ("LIVE UPDATE: ..." over "Dipublikasikan:", "Diperbarui:" and "Laporan:", issue 19,
    seventeenth pass; "Tanaman di Kamar Mandi: Segar, ..." over "Penulis:", "Diterbitkan:" and "Waktu baca:",
    titles of the thirty-eighth pass)."""
    if not _FIELD.match(lines.text(index)):
        return False
    rows, header = 1, True
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(lines.items) and rows < _FORM_ROWS:
            text = lines.text(near) if lines.kept(near) else lines.removed_text.get(near, "")
            if not text or not _FIELD.match(text):
                break
            rows += 1
            reason = lines.removed.get(near, "")
            header = header and (reason.endswith(TO_FRONT_MATTER) or reason in _HEADER_COUNTERS)
            near += step
    return rows >= _FORM_ROWS and not header


class _TextFacts(NamedTuple):
    """What the whole text says of a headline candidate (`choose_title`)."""

    seen: dict[str, int]
    """How often each kept line (casefolded) stands in the text."""
    last_seen: dict[str, int]
    """Where each stands last."""
    story_end: int | None
    """The last line of prose."""
    lede: set[str]
    """The words of the first three lines of prose."""
    page_titles: set[str]
    """What stands before a site's name in a line ("<headline> - Outlet.com": the page's own title, copied
    with the page), casefolded."""
    slugs: tuple[frozenset[str], ...] = ()
    """The words of each page address's last part ("/pasokan-beras-di-pasar-induk-..."): a site writes its
    headline there."""
    outlets: frozenset[str] = frozenset()
    """The first word of each outlet the story's first paragraphs name in their dateline ("antara" for
    "Ambon (ANTARA) -") or the page's copyright notice names ("majalah" for "© 2026 Majalah Inspirasi."; issue 19,
    thirty-sixth pass), casefolded."""

    @classmethod
    def of(cls, lines: Lines, kept: list[int]) -> _TextFacts:
        seen: dict[str, int] = {}
        last_seen: dict[str, int] = {}
        for i in kept:
            key = lines.text(i).casefold()
            seen[key] = seen.get(key, 0) + 1
            last_seen[key] = i
        # (the page's title may be taken out already, as a line of the page's header)
        page_titles = (_PAGE_TITLE.fullmatch(text) for text in [*map(lines.text, kept), *lines.removed_text.values()])
        titles = {found["head"].casefold() for found in page_titles if found}
        prose = [i for i in kept if lines.prose[i]]
        slugs = tuple(frozenset(found["slug"].casefold().split("-")) for text in
                      [*map(lines.text, kept), *lines.removed_text.values()] if len(text) < _URL_CHARS
                      for found in _SLUG.finditer(text))
        owners = (_COPYRIGHT.search(text) for text in [*map(lines.text, kept[-_FOOTER_LINES:]),
                                                         *lines.removed_text.values()] if len(text) < _URL_CHARS)
        outlets = frozenset(_first_word(name) for name in [*map(_dateline_outlet, map(lines.text, prose[:3])),
                                                           *(found["owner"] for found in owners if found)] if name)
        return cls(seen, last_seen, prose[-1] if prose else None,
                   _vocabulary(" ".join(lines.text(i) for i in prose[:3])), titles, slugs, outlets - {""})


# "© 2026 Majalah Inspirasi.", "Copyright 2025-2026 Kabar Garut": who owns the page, after the mark and the years
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright|hak\s+cipta)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<owner>[^\W\d][\w.-]*)",
                        re.IGNORECASE)
_FOOTER_LINES = 15
"""Kept lines at the text's end looked through for its copyright notice."""


# "Ambon (ANTARA) -", "Jakarta (Kemenag) ---": a place in any case, the outlet in brackets
_BRACKETED_OUTLET = re.compile(r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}\s?\((?P<outlet>[^()]{2,30})\)\s*[-–—]")


# "Tapanuli Pos, Pandan -": the outlet's name (two or three words in title case), then the place
_OUTLET_FIRST = re.compile(r"(?P<outlet>[A-Z]\w+(?:\s[A-Z]\w+){1,2}),\s+[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}\s*[-–—]\s")


def _dateline_outlet(text: str) -> str | None:
    """The outlet a paragraph's dateline names: "JAKARTA, KOMPAS.com —", "Ambon (ANTARA) -", "Tapanuli Pos,
    Pandan -", "Suwawa, SuwawaPos.id —" (issue 19, thirty-sixth pass)."""
    dateline = shapes.find_dateline(text)
    if dateline is not None and dateline.publisher:
        return dateline.publisher
    match = _BRACKETED_OUTLET.match(text) or _OUTLET_FIRST.match(text)
    return match["outlet"] if match else shapes.opening_outlet(text)


def _first_word(name: str) -> str:
    """"ANTARA" -> "antara", "TRIBUN-PAPUA.COM" -> "tribun", "Kompas.com" -> "kompas"."""
    words = re.findall(r"[^\W_]+", name.casefold())
    return words[0] if words else ""


# "ANTARA News Ambon - Berita Terkini Maluku", "Kabar Garut | Portal Berita Priangan": a site's name and tagline
# (a hyphen inside a word is no separator: "Kisah Orang-orang yang Menggerakkan")
_NAME_AND_TAGLINE = re.compile(r"(?P<name>(?:[^-–—|]|\b-\b){2,40}?)\s+[-–—|]\s+(?P<tagline>(?:[^-–—|]|\b-\b){2,60})")


def _names_the_outlet(text: str, facts: _TextFacts) -> bool:
    """A site's name and tagline (issue 19, seventh pass): a line of two parts whose first starts with the
    outlet the story's dateline names ("ANTARA News Ambon - Berita Terkini Maluku" over "Ambon (ANTARA) -"), or
    is spelled by its initials there ("Luwu Raya Pos - Berita Palopo, ..." over "PALOPO, LRP -"; thirty-fourth
    pass: the masthead tied with the headline and, standing first, won)."""
    match = _NAME_AND_TAGLINE.fullmatch(text)
    if match is None:
        return False
    words = re.findall(r"[^\W_]+", match["name"].casefold())
    return _first_word(match["name"]) in facts.outlets or (
        len(words) >= 2 and "".join(word[0] for word in words) in facts.outlets)


# A page's address ending in its headline's words: ".../berita/ekonomi/pasokan-beras-di-pasar-induk-melimpah"
_SLUG = re.compile(r"(?:https?://|www\.)\S*/(?P<slug>[a-z0-9]+(?:-[a-z0-9]+){3,})(?:\.html?|\.php)?/?(?=\s|$|[?#])",
                   re.IGNORECASE)
_URL_CHARS = 400
"""Characters at most of a line looked through for an address."""
_SLUG_SHARE = 0.8
"""The share of a headline's words that its page's address holds."""


def _in_slug(text: str, facts: _TextFacts) -> bool:
    """Most words of `text` (four or more) are in a page address's last part, as a site writes its headline
    there (a print view or a reader-mode copy keeps the address above the text, issue 19)."""
    words = [w for w in re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", text.casefold()))]
    return len(words) >= _MIN_SLUG_WORDS and any(
        sum(w in slug for w in words) >= _SLUG_SHARE * len(words) for slug in facts.slugs)


_MIN_SLUG_WORDS = 4


# "<headline> - Beritajatim.com", "<headline> | Kabar Garut": a page's title, which names the site after its headline
_PAGE_TITLE = re.compile(r"(?P<head>.{12,}?)\s+[-–—|]\s+[^-–—|]{2,40}")


_TRENDING_TAGS = 2
"""Hashtags at least of a bar of trending tags (a headline may name one)."""
_TAGS_SHARE = 3
"""A bar of trending tags has a hashtag in this many words at least; a headline naming two campaigns says more
("#SaveHutanPapua dan #TolakTambang Trending, Warganet Desak Izin Dicabut"; issue 19, review of the thirty-ninth
pass)."""


_SITE_LINE_WORDS = 8
"""Words at most of a site's name or tagline."""


def _candidate_score(lines: Lines, i: int, text: str, end: int, first: bool, facts: _TextFacts) -> float:
    """`_title_score` of the candidate `text` (lines `i` to `end`), with what the rest of the text says of it."""
    key = lines.text(i).casefold()
    # a line standing again below the story's text is the site's name or tagline (header and footer); a
    # headline's length is the story's own, listed again among the most-read under it (issue 19, fourteenth pass)
    site = (facts.seen[key] > 1 and facts.story_end is not None and facts.last_seen[key] > facts.story_end
            and len(text.split()) <= _SITE_LINE_WORDS)
    score = _title_score(lines, i, text, facts.seen[key] > 1 and not site, first, end)
    if site:
        score -= 3
    if len(_vocabulary(text) & facts.lede) >= 2:
        score += 1  # says what the story's first paragraphs say
    if key in facts.page_titles:
        score += 2  # the page's title, with the site's name after it, says it too: the headline (issue 19)
    if facts.slugs and _in_slug(text, facts):
        score += 2  # the page's address spells it
    if _CODE.search(text):
        score -= 3  # "Nomor: 045/SP/DISKOMINFO/IV/2025": a reference number, not a headline
    if _LABELLED_BYLINE.match(text):
        score -= 4  # "Penulis Yudha Pratama / Editor Sri Lestari"
    if _newsroom_byline(lines, end, text, facts):
        score -= 4  # "Tim Redaksi Kebumen Terkini" over the date: the newsroom signs the story (issue 19, titles of the
        # thirty-ninth pass: over its date, it outscored a live blog's headline)
    if _dated_row(text):
        score -= 3  # a date, not a headline
    tags = len(dates.HASHTAG.findall(text))
    if tags >= _TRENDING_TAGS and tags * _TAGS_SHARE >= len(text.split()):
        score -= 3  # "Trending: #Banjir Rob #Pilkades ...": a bar of the site's trending tags, not a headline (issue 19,
        # titles of the thirty-eighth pass)
    if _label_row(text):
        score -= 2  # "Liga 3 Jawa Timur – Grup C – Stadion ...": a match box's row, not a headline (issue 19,
        # thirty-fifth pass)
    if _match_row(text):
        score -= 3  # "Putra Merapi 1 (5) - (4) 1 Tunas Godean", "Gol: Wahyu 23' — Fajar 71'": a match box's score
        # or scorers, not a headline (issue 19, thirty-sixth pass)
    if facts.outlets and _names_the_outlet(text, facts):
        score -= 3  # the site's name and tagline, not a headline
    if _ON_AIR.match(text):
        score -= 3  # "Sedang diputar: <programme>": a player's now-playing bar, not a headline (issue 19, titles of the
        # thirty-ninth pass)
    if _STATION.match(text) and len(text.split()) <= _SITE_LINE_WORDS:
        score -= 3  # "Radio Kota Bakti FM 99.2 MHz Sukamaju": a station's name and its frequency, its masthead (issue
        # 19, titles of the thirty-ninth pass: first on the page, it outscored the headline)
    return score


# The newsroom's own word opening a staff byline ("Redaksi ...", "Tim Redaksi ...", "Admin ..."), or a team's
_NEWSROOM = re.compile(r"(?P<desk>(?:tim\s+)?redaksi|admin(?:istrator)?)\b|tim\b", re.IGNORECASE)


def _newsroom_byline(lines: Lines, end: int, text: str, facts: _TextFacts) -> bool:
    """The newsroom signing the story (`lines.STAFF_BYLINE`): "Tim Redaksi" or "Admin" alone, or naming the site
    the page names elsewhere, or right over the date taken out for the front matter ("Redaksi Kabar Desa" /
    "Sabtu, 5 Desember 2026 07:00 WIB"); a team is one only naming the site ("Tim Okezone", not "Tim SAR Temukan
    Korban")."""
    opening = _NEWSROOM.match(text)
    if opening is None or shapes.STAFF_BYLINE.fullmatch(text) is None:
        return False
    rest = text[opening.end():]
    if _first_word(rest) in facts.outlets:
        return True
    over_date = lines.removed.get(end + 1, "").endswith(TO_FRONT_MATTER)
    return opening["desk"] is not None and (not rest.strip() or over_date)


# A player's bar naming what it plays: "Sedang diputar: ...", "Now playing: ...", "On air: ..."
_ON_AIR = re.compile(r"(?:sedang\s+(?:diputar|mengudara|tayang)|now\s+playing|on\s+air|live\s+now)\s*:", re.IGNORECASE)
# A radio station's name with its band and frequency: "Radio Suara Desa FM 99.2 MHz", "RRI Pro 1 AM 1080 kHz Kupang"
_STATION = re.compile(r"(?:[^\W\d][\w.&'’-]*\s+){1,5}(?:FM|AM)\s*\d{2,4}(?:[.,]\d{1,2})?(?:\s*(?i:MHz|kHz))?(?:\s|$)")


_LABEL_SEPARATOR = re.compile(r"\s+[-–—·|]\s+")
"""What parts a row of labels: a line of facts' separators and a spaced dash (a headline's dash parts two clauses,
never three short parts)."""
_LABEL_PARTS = 3
"""Parts at least of a row of labels."""


def _label_row(text: str) -> bool:
    """Three short parts or more between dashes, dots or bars ("Liga 3 Jawa Timur – Grup C – Stadion Gelora Delta",
    "LIGA 4 SUMUT · GRUP B · PEKAN 6"): a row of labels (a competition, a round, a venue), not a headline."""
    parts = _LABEL_SEPARATOR.split(text)
    return len(parts) >= _LABEL_PARTS and all(len(part.split()) <= _CRUMB_WORDS for part in parts)


_TEAM = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_GOALS = r"\d{1,2}(?:\s*\(\d{1,2}\))?"
# "Putra Merapi 1 (5) - (4) 1 Tunas Godean", "PSS 2 – 1 Persis": a match's score, a spaced dash between the goals
# (a headline writes "Tekuk Persis 2-1" and says who did what)
_SCORE_ROW = re.compile(rf"{_TEAM}\s+{_GOALS}\s+[-–—:]\s+(?:\(\d{{1,2}}\)\s*)?\d{{1,2}}\s+{_TEAM}")
_MINUTE = r"\d{1,3}(?:\+\d{1,2})?['’′]"
_SCORER = rf"{_TEAM}\s+{_MINUTE}(?:\s*,\s*{_MINUTE})*(?:\s*\((?:p|pen|og|bd)\))?"
# "Gol: Wahyu Setiawan 23' — Fajar Nugroho 71'", "Rizky 12', 45+2' (p); Dimas 80'": who scored, and when
_SCORERS_ROW = re.compile(rf"(?:[^\W\d][\w ]{{0,20}}:\s*)?{_SCORER}(?:\s*[-–—;,|/]\s*{_SCORER})*")


def _match_row(text: str) -> bool:
    """A row of a match box: the score between the teams' names, or the scorers with their minutes."""
    return _SCORE_ROW.fullmatch(text) is not None or _SCORERS_ROW.fullmatch(text) is not None


def _common_words(lines: Lines, text: str) -> bool:
    """Most words of `text` stand in lower case elsewhere in the text: words of the story, not a name."""
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and sum(lines.common_word(w) for w in words) * 2 > len(words)


_PAIR_FIRST_WORDS = 4
"""Words at least in the first line of a headline broken in two (a page breaks a long line, not a label)."""
_PAIR_WORDS = 25
"""Words at most in a headline broken over two lines (as `lines.title_like` allows in one)."""


def headline_second_line(lines: Lines, index: int) -> int | None:
    """The second line of a headline the page's width broke in two, or None: a block of exactly two lines
    (a blank line above and below each pair, or the text's end), both in title case, the first ending
    without punctuation, neither a byline nor a menu. A paragraph is one unit in raw text, and a headline
    is no sentence, so two such lines standing alone are one headline ("BMKG Ingatkan Banjir Rob di
    Pesisir" / "Utara Jawa hingga Akhir Pekan"); a headline with its byline in one block is left to
    `parse._title_rest`."""
    second = index + 1
    if second >= len(lines.items) or not (lines.kept(index) and lines.kept(second)):
        return None
    for edge in (index - 1, second + 1):  # a blank line, not a line taken out, or the text's edge
        if 0 <= edge < len(lines.items) and (lines.kept(edge) or edge in lines.removed):
            return second if _wrapped_headline(lines, index) else None
    if index <= lines.first_line():
        return None  # the text's first line is mostly the site's name, and a menu may stand under it
    if _wrapped_headline(lines, index):
        return second  # a hard-wrapped text broke it, its byline or date under it, though the rest reads as a
        # name ("Perbatasan Nunukan dan Malinau" after "... untuk 1.200 Petani di", issue 19, eighth pass)
    first, rest = lines.text(index), lines.text(second)
    if len(first.split()) < _PAIR_FIRST_WORDS:
        return None  # "Ekonomi Bisnis" / "<headline>": a section's label above the headline, not its first half
    if (not (first[-1:].isalnum() or shapes.broken_at_hyphen(first)) or not shapes.title_like(f"{first} {rest}")
            or len(f"{first} {rest}".split()) > _PAIR_WORDS):
        return None
    for text in (first, rest):  # ("yang Rusak Sejak Musim Hujan": title case keeps small words small)
        f = boilerplate.line_features(text)
        if (f.title_case < 0.6 or "|" in text or lines.prose[index]
                or (boilerplate.person_name(text) and not _common_words(lines, text))
                or boilerplate.byline(text) or (f.upper_share > 0.8 and f.words <= 2)
                or boilerplate.pattern_reason(text) is not None or _LABELLED_BYLINE.match(text)):
            return None
    return second


def headline_end(lines: Lines, index: int) -> int | None:
    """The last line of a headline broken over lines (`headline_second_line`, `_narrow_headline_end`), or None."""
    second = headline_second_line(lines, index)
    return second if second is not None else _narrow_headline_end(lines, index)


def headline_text(lines: Lines, index: int, end: int) -> str:
    """The headline broken over lines `index` to `end`, joined."""
    text = lines.text(index)
    for j in range(index + 1, end + 1):
        text = f"{text}{shapes.glue(text, lines.text(j))}{lines.text(j)}"
    return text


_NARROW_HEADLINE_LINES = 3
_NARROW_FIRST_WORDS = 3
"""Words at least of the first line of a headline set over three narrow lines (a section's label is shorter)."""


def _narrow_headline_end(lines: Lines, index: int) -> int | None:
    """The last of three short lines opening a block, each ending without punctuation, in title case together, right
    over the labelled byline ("Pasar Murah Natal OMK" / "Bantu 300 Keluarga di" / "Lingkungan Pesisir" / "Oleh:
    ..."): a headline a narrow column (an OCR'd bulletin's) set over three lines (issue 19, thirty-sixth pass: the
    parish's name in capitals above was taken)."""
    end = index + _NARROW_HEADLINE_LINES - 1
    if (end + 1 >= len(lines.items) or (index > 0 and (lines.kept(index - 1) or index - 1 in lines.removed))
            or not all(lines.kept(j) and not lines.prose[j] for j in range(index, end + 1))):
        return None
    texts = [lines.text(j) for j in range(index, end + 1)]
    joined = headline_text(lines, index, end)
    below = lines.text(end + 1) or lines.removed_text.get(end + 1, "")
    return end if (len(texts[0].split()) >= _NARROW_FIRST_WORDS and all(len(t) < WRAP_WIDTHS.start for t in texts)
                   and all(t.rstrip(shapes.CLOSERS)[-1:].isalnum() for t in texts)
                   and len(joined.split()) <= _PAIR_WORDS and shapes.title_like(joined) and title_shaped(joined)
                   and _LABELLED_AUTHOR.match(below) is not None) else None


WRAP_WIDTHS = range(50, 101)
"""The widths (longest line, in characters) of a text taken for hard-wrapped: what a scraper or `fmt` gives."""


def _cut_by_wrap(lines: Lines, index: int) -> bool:
    """In a hard-wrapped text, a line as wide as the text, ending without punctuation, that the next
    line continues ("PEDAS: Pedagang menata cabai ... Ampenan, Selasa" + "(11/2). (FOTO/...)"): a
    caption or a sentence the wrap cut, not a headline. A caption's last line, taken out with its credit,
    continues it where the wrap cut ("Petani memanen bawang di Nagari ..., Kecamatan Lembah" + "Gumanti,
    Kabupaten Solok. (topsatu/yulia)"; issue 19, twenty-sixth pass). A row of items between separators that the
    next line, taken out, goes on with, figures in both ("HARGA PANGAN HARI INI: Beras Rp 13.500/kg | Cabai rawit" +
    "Rp 118.000/kg | Bawang ..."): a ticker the wrap cut (thirty-first pass: it was taken for the headline), unless
    a date or a byline was read from that line."""
    widest, text, below = lines.widest(), lines.text(index), index + 1
    if widest not in WRAP_WIDTHS or len(text) < 0.85 * widest or not text[-1:].isalnum() or below >= len(lines.items):
        return False
    rest = lines.text(below) if lines.kept(below) else lines.removed_text.get(below, "")
    caption_end = (lines.removed.get(below, "").startswith(_CAPTION_REASONS) and shapes.cut_by_width(text, rest, widest)
                   and _sentence_case(text))
    # (not over a row of the byline's facts, a date or a writer read from it: a headline of prices over it; review
    # of the thirty-first pass and the guard)
    row_cut = (not lines.kept(below) and not lines.removed.get(below, "").endswith(TO_FRONT_MATTER)
               and all(" | " in part and _FIGURE.search(part) for part in (text, rest)))
    return bool(rest) and (rest[0] == "(" or shapes.starts_continuation(rest) or caption_end or row_cut)


_CAPTION_REASONS = ("photo caption", "photo credit")
_FIGURE = re.compile(r"\d")


def _sentence_case(text: str) -> bool:
    """Some word other than a function word is in lower case ("Petani memanen bawang merah di Nagari ..."): a
    caption's or a sentence's line. A headline capitalises its words; one as wide as the text over a one-line
    caption ("Ribuan Warga Terdampak Banjir Bandang di ..." + "Warga menunggu bantuan ... (ANTARA/Budi)") is
    whole (issue 19, review of the twenty-sixth pass)."""
    return any(word[0].islower() and word.casefold() not in boilerplate.FUNCTION_WORDS and not _PREFIXED_NAME.match(word)
               for word in text.split())


# A name after a prefix and its hyphen: "se-Flores", "pasca-Lebaran", "pra-Pemilu" (a headline's word, capitalised)
_PREFIXED_NAME = re.compile(r"[a-z]{2,5}-[A-Z]")


_WRAPPED_REST_WORDS = 8
"""Words at most in the second line of a headline a hard-wrapped text broke in two."""
_BYLINE_REACH = 3
"""Lines below a wrapped headline within which its byline or date stands."""


def _wrapped_headline(lines: Lines, index: int) -> bool:
    """A headline a hard-wrapped text (50 to 100 characters wide) broke in two, its byline or date right
    under it or under its deck (`_past_wrapped_deck`): the first line about as wide as the text and ending without
    punctuation, the second short,
    in title case, ending in a letter, a digit or a closing quote, no byline or label ("... Rekayasa Lalu" +
    "Lintas"; "... Setelah Pasar" + "Sinakma Terbakar", which names a place, as its words stand in lower
    case in the story)."""
    widest = lines.widest()
    first, rest = lines.text(index), lines.text(index + 1)
    if (widest not in WRAP_WIDTHS or len(first) < 0.75 * widest
            or not (first[-1:].isalnum() or first[-1:] in ",”’\"" or shapes.broken_at_hyphen(first))
            or not _wrapped_rest_size(first, rest, widest) or not rest.rstrip(shapes.CLOSERS)[-1:].isalnum()
            or not shapes.title_like(f"{first} {rest}") or boilerplate.byline(rest) or _LABELLED_BYLINE.match(rest)
            or boilerplate.pattern_reason(rest) is not None or not _capitalised(rest)
            or (boilerplate.person_name(rest) and not any(map(lines.common_word, rest.split()))
                and not (shapes.cut_by_width(first, rest, widest) and _labelled_author_below(lines, index + 2)))):
        return False
    start = _past_wrapped_deck(lines, index + 2)
    below = [j for j in range(start, min(len(lines.items), start + _BYLINE_REACH))
             if lines.kept(j) or j in lines.removed]
    return any(lines.removed.get(j, "").endswith(TO_FRONT_MATTER) or boilerplate.person_name(lines.text(j))
               or boilerplate.byline(lines.text(j)) for j in below)


def _labelled_author_below(lines: Lines, start: int) -> bool:
    """The writer's byline with its label ("Oleh ...", "Penulis: ...") within a few lines from `start`, kept or
    taken out: the line between it and a headline as wide as the text, which the wrap cut, is the headline's end
    though it reads as a name ("... Saatnya Menyiapkan Hidup" + "Sesudah Sumur-sumur Mengering" over "Oleh Drs.
    ..."; issue 19, thirty-sixth pass: it was taken for a second author)."""
    near = start - 1
    for _ in range(_BYLINE_REACH):
        near = lines.neighbour(near, 1)
        if near is None:
            return False
        if _LABELLED_AUTHOR.match(lines.text(near) or lines.removed_text.get(near, "")):
            return True
    return False


def _capitalised(rest: str) -> bool:
    """The second line of a wrapped headline writes its words in capitals, or all but function words ("dalam
    Sehari", issue 19, thirty-fifth pass) or a prefix before a name ("se-Flores 2026", titles of the thirty-seventh
    pass: the headline's last words were left out)."""
    title_case = boilerplate.line_features(rest).title_case
    return title_case >= 0.6 or ((title_case > 0 or _PREFIXED_NAME.match(rest) is not None) and not _sentence_case(rest))


_DECK_LINES = 3
"""Lines at most of a deck hard-wrapped under its headline."""


def _past_wrapped_deck(lines: Lines, index: int) -> int:
    """The line after the deck starting at `index`, or `index`: a few kept lines of prose in sentence case right
    under a wrapped headline ("Hasil panen dibagi menurut aturan adat. Sebagian disisihkan untuk gereja" / "dan
    masjid di ohoi itu."), the byline under them (issue 19, thirty-fifth pass: the headline's two lines stayed in
    the body)."""
    end = index
    while (end < min(len(lines.items), index + _DECK_LINES) and lines.kept(end) and lines.prose[end]
           and _sentence_case(lines.text(end))):
        end += 1
    return end if end < len(lines.items) and end > index and not lines.prose[end] else index


def _wrapped_rest_size(first: str, rest: str, widest: int) -> bool:
    """The second line of a wrapped headline is short, or the wrap plainly cut the first one there (the
    rest's first word would not have fitted) and the two make a headline's length, not a headline and a
    sentence ("... Rekomendasi atas LKPJ Bupati" + "Tahun Anggaran 2024, Soroti Jalan Rusak dan Layanan
    RSUD" at 72 columns, issue 19)."""
    words = len(rest.split())
    return words <= _WRAPPED_REST_WORDS or (
        shapes.cut_by_width(first, rest, widest) and len(first.split()) + words <= _PAIR_WORDS)


# A reference number: "No. 12/2025", "Nomor: 045/SP/...", "SP-045/HM/2025", a token with two slashes
_CODE = re.compile(r"\b(?:no|nomor|nr|number|ref)\s*[.:]\s*\S|\S+/\S+/\S+", re.IGNORECASE)
# A byline with its label: "Penulis Yudha Pratama", "Editor: Sri Lestari", "Oleh Rina"
_AUTHOR_LABELS = r"penulis|reporter|pewarta|oleh|by|ditulis\s+oleh|written\s+by|kontributor"
_LABELLED_BYLINE = re.compile(rf"(?:{_AUTHOR_LABELS}|editor|penyunting|redaktur|foto|fotografer)\s*:?\s+[A-Z]",
                              re.IGNORECASE)
# The writer's byline with its label: "Oleh Drs. Bambang Sulistyo, M.Si", "Penulis: Rina"
_LABELLED_AUTHOR = re.compile(rf"(?:{_AUTHOR_LABELS})\s*:?\s+[A-Z]", re.IGNORECASE)
_MIN_WORD = 4
"""Letters of a word that `_vocabulary` counts (shorter ones are mostly function words)."""


def _vocabulary(text: str) -> set[str]:
    """The content words of a text (casefolded, no stop words, four letters or more)."""
    stop = boilerplate.stop_words()
    return {w for w in re.findall(r"[^\W\d_]+", text[:2000].casefold()) if len(w) >= _MIN_WORD and w not in stop}


def title_shaped(text: str) -> bool:
    """Words mostly capitalised and no end punctuation: how a headline is written, not a paragraph."""
    return boilerplate.line_features(text).title_case >= 0.6 and not shapes.ends_sentence(text)


# What carries the text to its reader: an email, a browser, a web version, a newsletter
_MEDIUM = re.compile(r"\b(?:e-?mail|surel|browser|peramban|versi\s+(?:web|online|daring)|web\s+version|newsletter"
                     r"|buletin|unsubscribe)\b", re.IGNORECASE)


def _story_goes_on(lines: Lines, index: int) -> bool:
    """The next line is kept text (not a menu item taken out), and no headline of the page's header: the
    sentence at `index` may be the story's. A short sentence over a headline is the page's when it speaks of
    its medium, to its reader or of the site, no headline stands above it, and the page's header is around
    it -- the byline or date right under that headline, or right above the sentence ("Jika email ini tidak
    tampil dengan baik, buka di browser." under a newsletter's date; a site's tagline written as a sentence
    over a headline and its date; issue 19, eighth pass). A story's short lede stays the story's."""
    after = lines.neighbour(index, 1)
    if after is None:
        return True
    if not lines.kept(after):
        return False
    if (len(lines.text(index).split()) >= 16 or len(lines.text(after).split()) < 4
            or not title_shaped(lines.text(after))):
        return True
    text = lines.text(index)
    if not (_MEDIUM.search(text) or boilerplate.reader_prompt(text) or SELF_DESCRIPTION.match(text)
            or PRESS_DESCRIPTION.match(text)):
        return True  # (only the page speaks of its medium, to its reader or of itself)
    below, above = lines.neighbour(after, 1), lines.neighbour(index, -1)
    if above is not None and lines.removed.get(above, "").endswith(TO_FRONT_MATTER):
        return False  # right under the page's byline or date
    if below is None or not lines.removed.get(below, "").endswith(TO_FRONT_MATTER):
        return True
    return any(lines.kept(j) and len(lines.text(j).split()) >= 3 and title_shaped(lines.text(j))
               for j in range(max(0, index - _TITLE_WINDOW), index))  # (under a headline: the story's lede)


def _story_question(text: str) -> bool:
    """A question in sentence case of five words or more: the story asking, not a headline (which
    capitalises its words)."""
    f = boilerplate.line_features(text)
    return f.words >= 5 and f.title_case < 0.5 and text.rstrip(shapes.CLOSERS).endswith("?")


def _story_sentence(text: str) -> bool:
    """A sentence-case line of five words or more ending with a full stop: the story, not the page."""
    f = boilerplate.line_features(text)
    return f.words >= 5 and f.title_case < 0.5 and text.rstrip(shapes.CLOSERS).endswith((".", "!", "…"))


def _title_candidate(lines: Lines, index: int, text: str, end: int | None = None) -> bool:
    if (not (shapes.title_like(text) or _titled_name_first(text)) or shapes.find_dateline(text)
            or link_furniture(text)):
        return False
    end = index if end is None else end
    after = lines.items[end + 1] if end + 1 < len(lines.items) else None
    if after is not None and shapes.starts_continuation(after[1]) and not _whole_quote(text, after[1]):
        return False  # "Warga Bekasi" + ", yang sudah menunggu ...": a sentence cut in two
    before = lines.items[index - 1] if index > 0 else None
    return before is None or not before[1].endswith((",", ";", "(", "—", "–", " -", "&", "/"))


_ARROW_OPEN = ("«", "‹", "←", "◀", "<")
_ARROW_CLOSE = ("»", "›", "→", "▶", ">")


def link_furniture(text: str) -> bool:
    """A link of the page, not a headline: a skip link ("Lewati ke konten utama", "Skip to content"), which says
    what it does, or a link an arrow or a guillemet points on ("« Bagian 1: ...", "Bagian 3: ... (terbit Kamis) »",
    "Berikutnya: ... →"): the previous or next story, a series box's parts (issue 19, thirty-fifth pass: both were
    taken for the headline). A headline quoted in guillemets ("«Kami Tidak Menyerah»") opens and closes them."""
    stripped = text.strip()
    if shapes.SKIP_LINK.fullmatch(stripped.rstrip(".")):
        return True
    opens, closes = stripped.startswith(_ARROW_OPEN), stripped.endswith(_ARROW_CLOSE)
    return opens != closes or (opens and not (stripped[0] == "«" and stripped[-1] == "»"))


def _whole_quote(text: str, below: str) -> bool:
    """A headline that is a quote, its marks open and closed ("“Kasus Naik Karena Kita Lengah”"), over its
    speaker's name after a title in lower case ("dr. Agustina ..."; issue 19, twenty-fifth pass): whole, the line
    under it no part of it. Under a quote that is a story's first words, its verb goes on in lower case
    ("“Naikkan upah sekarang juga!”" + "teriak ribuan buruh ...": one sentence; twenty-sixth pass's review)."""
    inside = text[1:-1].rstrip(shapes.CLOSERS)
    return (text.startswith(shapes.OPENERS) and text.endswith(tuple(shapes.CLOSERS)) and bool(inside)
            and not inside.endswith(",")  # ("“Kami kewalahan,”" goes on: "kata Sinta ...")
            and _LOWER_TITLE.match(below) is not None)


# A title in lower case before a name: "dr. Agustina", "drg. Sinta", "ir. Budi", "dr.med. Sinta"
_LOWER_TITLE = re.compile(r"(?:[a-z]{1,5}\.)+\s+[A-Z]")


def _titled_name_first(text: str) -> bool:
    """A headline opening with a name after its title in lower case ("dr. Siti Aminah Buka Klinik Gratis di
    Pasar"), which reads as a line that goes on a sentence; the rest in title case (not a wrapped sentence's
    "lalu. Sebanyak dua belas ruas ..."), not a name and a role ("dr. Agustina Wora, Kepala Bidang ...": a
    quote's speaker under it). Issue 19, thirty-fourth pass: the site's name above was taken."""
    match = _LOWER_TITLE.match(text)
    rest = text[match.end() - 1:] if match is not None else ""
    return (bool(rest) and shapes.title_like(rest) and title_shaped(rest)
            and not ("," in rest and boilerplate.person_name(rest.split(",")[0])))  # (a speaker's name and role)


def _title_score(lines: Lines, index: int, text: str, repeated: bool, first: bool, end: int | None = None) -> float:
    """The headline score of `text` standing at lines `index` to `end` (its last line, for a headline broken
    over two)."""
    f = boilerplate.line_features(text)
    score = 2.0 if 4 <= f.words <= 20 else 1.0 if f.words == 3 else -3.0 if f.words <= 1 else -1.0 if f.words == 2 else 0.0
    if 6 <= f.words <= 20:
        score += 1  # a headline says something; an outlet's name or a menu item is shorter
    if text.rstrip(shapes.CLOSERS).endswith("."):
        score -= 2
    if f.upper_share > 0.8 and f.words <= 4:
        score -= 2
    if f.title_case >= 0.6:
        score += 1
    if repeated:
        score += 1
    if f.words <= 3 and _in_menu(lines, index):
        score -= 2
    if first:
        score += 1
    above = lines.neighbour(index, -1)
    if (f.title_case < 0.5 and above is not None and lines.kept(above)
            and boilerplate.line_features(lines.text(above)).title_case >= 0.6
            and shapes.title_like(lines.text(above))):
        score -= 2  # a sentence-case line right under a title-case one: the text under its headline
    if above is not None and ("date" in lines.removed.get(above, "") or lines.removed.get(above) == shapes.CRUMBS_REASON):
        score += 1  # a date right above the headline, as blogs put it, or the path to the page (issue 19,
        # twenty-ninth pass: "Beranda » Berita » Teritorial" over the headline, the unit's name in capitals above
        # the menu tied with it)
    if (text.count(" | ") >= 2 and above is not None and lines.kept(above)
            and len(lines.text(above).split()) <= 4 and boilerplate.person_name(lines.text(above))):
        score -= 3  # roles under a name alone: the author's profile ("Head of ... | Mentor"), issue 19, sixth pass
    after = _past_deck(lines, index, index if end is None else end)
    for _ in range(3):  # a byline, a date, a photo caption or credit soon after the headline
        if after is None:
            break
        reason = lines.removed.get(after)
        if reason is not None and (reason.endswith(TO_FRONT_MATTER) or "photo" in reason or "date" in reason):
            score += 2
            break
        if reason is None and _dated_row(lines.text(after)):
            score += 2  # "13 Desember 2026 · 18.20 WIB · Media Officer PSDS" left in the text: the headline's header
            break  # (issue 19, thirty-fifth pass: a match box's venue over it tied)
        if reason is None:
            following = lines.text(after)
            if (boilerplate.person_name(following) or boilerplate.byline(following)
                    or (len(following.split()) <= 3 and not lines.prose[after])):
                after = lines.neighbour(after, 1)  # a byline without a label, or an outlet's name: look past it
                continue
            if lines.prose[after]:
                score += 1
            break
        after = lines.neighbour(after, 1)
    if (f.words <= 3 and boilerplate.person_name(text)) or boilerplate.byline(text):
        score -= 3  # a byline is not the headline
    return score


_JAKARTA = ZoneInfo("Asia/Jakarta")


# A date of another calendar before the day's: "14 Jumadil Akhir 1448 H /", "1 Ramadan 1447 H,"
_OTHER_CALENDAR = re.compile(r"\d{1,2}\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+\d{3,4}\s*(?:H|Hijriah|Hijriyah)\s*[/|·,–-]?")


def _dated_row(text: str) -> bool:
    """A date, or a row of facts opening with one ("13 Desember 2026 · 18.20 WIB · Media Officer PSDS", "14 Jumadil
    Akhir 1448 H / Rabu, 25 November 2026 | 13.30 WIT"): the date and byline under a headline, left in the text,
    not a headline (issue 19, thirty-fifth pass: a mosque's date in two calendars won)."""
    first = shapes.FACT_SEPARATOR.split(text)[0]
    if dates.parse_date(first, _JAKARTA) is not None:
        return True
    found = dates.date_at_end(first, _JAKARTA)
    return found is not None and _OTHER_CALENDAR.fullmatch(found[2]) is not None


_ROW_SEPARATOR = re.compile(r"[|·•›»]")
"""What parts a menu's or a ticker's row, not a headline and its deck: a line of facts' separators, spaced or not,
and a breadcrumb's guillemets."""


def _past_deck(lines: Lines, index: int, end: int) -> int | None:
    """The line after the headline at lines `index` to `end`, or after its deck: a line of four words or more in
    title case right under it in its block, the headline opening the block ("Dinas PU Perbaiki ..." / "Anggaran
    Dari Dana Alokasi ..." / "Oleh: ..."): the byline under the deck is the headline's too (issue 19, thirty-fourth
    pass: a hostile review's deck over the byline took the title)."""
    after = lines.neighbour(end, 1)
    opens_block = index == 0 or not (lines.kept(index - 1) or index - 1 in lines.removed)
    if (after == end + 1 and opens_block and _headline_shaped(lines, index) and _headline_shaped(lines, after)
            and not lines.prose[after] and not any(_ROW_SEPARATOR.search(lines.text(j)) for j in (index, after))):
        return lines.neighbour(after, 1)
    return after


def _in_menu(lines: Lines, index: int) -> bool:
    """In a run of short kept lines (three words or fewer each) on both sides: a menu, not a headline."""
    near = [lines.neighbour(index, -1), lines.neighbour(index, 1)]
    return all(n is not None and lines.kept(n) and len(lines.text(n).split()) <= 3 for n in near)


# "IDN Times Community adalah media yang menyediakan platform ...": a site describing itself
SELF_DESCRIPTION = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s+(?:adalah|merupakan|ialah|is)\s+(?:sebuah\s+|an?\s+)?"
                               r"(?:media|platform|situs|portal|wadah|website|blog|kanal|layanan\s+berita)\b")
# ... or as a press ("... adalah badan penerbitan pers mahasiswa ...", "a newspaper"), which a story's last
# paragraph may say of the paper it is about: only below the article's close (issue 19, eighth pass)
PRESS_DESCRIPTION = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s+(?:adalah|merupakan|ialah|is)\s+(?:sebuah\s+|an?\s+)?"
                                r"(?:(?:badan|lembaga|unit)\s+(?:penerbitan|pers)|penerbit|pers|majalah|koran"
                                r"|surat\s+kabar|publication|newspaper|magazine)\b")
