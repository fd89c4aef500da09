"""Dates as raw Indonesian and English news texts write them: ISO, "19/06/2025", "Kamis, 19 Juni 2025",
"June 19, 2025", relative ("2 months ago", "3 hari yang lalu") and weekday dates inside sentences."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from warta.content.schema import check_year

_MONTH_NAMES = {
    1: ("januari", "january", "jan"),
    2: ("februari", "pebruari", "february", "feb", "peb"),
    3: ("maret", "march", "mar"),
    4: ("april", "apr"),
    5: ("mei", "may"),
    6: ("juni", "june", "jun"),
    7: ("juli", "july", "jul"),
    8: ("agustus", "august", "agu", "agt", "ags", "aug"),
    9: ("september", "sept", "sep"),
    10: ("oktober", "october", "okt", "oct"),
    11: ("november", "nopember", "nov", "nop"),
    12: ("desember", "december", "des", "dec"),
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names}
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (r"(?:senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad"
            r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
# Before a whole-line date also the short forms outlets print ("Sel, 12 Mar 2024", "Thu, 19 Jun 2025").
_DAY_NAME = (rf"(?:{_WEEKDAY}|(?:sen|sel|rab|kam|jum|sab|min|mon|tue|wed|thu|fri|sat|sun)\.?(?=,))")
# (an offset after GMT or UTC as a feed reader or a mail program prints it: "GMT+7", "UTC+07:00")
_ZONE = r"(?:WIB|WITA|WIT|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?(?!\d)|UTC|GMT|Z|[+-]\d{2}:?\d{2})"
_ZONE_OFFSETS = {"WIB": 7, "WITA": 8, "WIT": 9, "UTC": 0, "GMT": 0, "Z": 0}
# "10:30", "10.30 WIB", "pukul 10.30", "at 10:30:00 +07:00"
_TIME = (r"(?:(?:pada(?:\s+pukul)?|pkl\.?|pk\.|pukul|jam|at)\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2})(?:\.\d+)?)?"
         r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?"
         rf"(?:\s*(?P<zone>{_ZONE}))?")
# "02/06/2020, 20:15 WIB", "12 Maret 2024 - 09:05", "19 Juni 2025 | 18:00", "12 Maret 2024 / 09:05 WIB"
_TIME_TAIL = rf"(?:(?:\s*[,|/–—·•-]\s*|\s+|T){_TIME})?"
# after a weekday: "Senin, 10 ...", "Senin 10 ...", "Senin,10 ..." (a scraper dropped the space)
_AFTER_DAY = r"(?:\s*,\s*|\s+)"

_ISO = re.compile(rf"(?P<year>\d{{4}})-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}}){_TIME_TAIL}", re.IGNORECASE)
# (also "Sabtu (8/3/2025) 10.00 WIB": the day in brackets after its weekday, as reports write it)
_NUMERIC = re.compile(rf"(?:{_DAY_NAME}{_AFTER_DAY})?(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})[/.-](?P<year>\d{{4}})"
                      rf"{_TIME_TAIL}", re.IGNORECASE)
# ... a two-digit year after the weekday, "Kamis, 26/11/26 pk. 09.15 WIB" (issue 19, titles of the thirty-ninth
# pass: no date was read; the weekday makes it a date, not a figure)
_SHORT_YEAR = re.compile(rf"{_DAY_NAME}{_AFTER_DAY}(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>\d{{2}}){_TIME_TAIL}",
                         re.IGNORECASE)
# ... month first, as an American theme writes it, where the second number can only be a day: "11/27/2026"
_MONTH_FIRST = re.compile(rf"(?P<month>\d{{1,2}})/(?P<day>1[3-9]|2\d|3[01])/(?P<year>\d{{4}}){_TIME_TAIL}",
                          re.IGNORECASE)
_BRACKETED = re.compile(rf"{_WEEKDAY}\s*\((?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>\d{{4}})\){_TIME_TAIL}",
                        re.IGNORECASE)
_WRITTEN = re.compile(rf"(?:{_DAY_NAME}{_AFTER_DAY})?(?:(?:tanggal|tgl\.?)\s+)?(?P<day>\d{{1,2}})\s+(?P<mname>{_MONTH}),?\s+"
                      rf"(?P<year>\d{{4}}){_TIME_TAIL}", re.IGNORECASE)
_ENGLISH = re.compile(rf"(?:{_DAY_NAME}{_AFTER_DAY})?(?P<mname>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
                      rf"(?P<year>\d{{4}}){_TIME_TAIL}", re.IGNORECASE)

# Inside a sentence only a date with its weekday counts ("pada hari Kamis tanggal 19 Juni 2025",
# "Kamis (19/6/2025)"): that is how Indonesian reports name the day of the events they report.
_IN_TEXT = re.compile(
    rf"\b{_WEEKDAY}(?:\s*,\s*|\s+(?:tanggal|tgl\.?)\s+|\s+)"
    rf"(?P<day>\d{{1,2}})\s+(?P<mname>{_MONTH})\s+(?P<year>\d{{4}})\b"
    rf"|\b{_WEEKDAY}\s*\((?P<nday>\d{{1,2}})/(?P<nmonth>\d{{1,2}})/(?P<nyear>\d{{4}})\)",
    re.IGNORECASE)

_RELATIVE_EN = re.compile(r"(?P<amount>\d{1,6}|an?|one)\s+(?P<unit>second|minute|hour|day|week|month|year)s?\s+ago"
                          r"(?:\s+(?P<count>\d[\d.,]*))?", re.IGNORECASE)
_RELATIVE_ID = re.compile(r"(?P<amount>\d{1,6}|se|satu)\s*(?P<unit>detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s+"
                          r"(?:yang\s+)?lalu(?:\s+(?P<count>\d[\d.,]*))?", re.IGNORECASE)
# A byline's short relative time (Microsoft Start, aggregators): "3 j" is three hours, "45 mnt" minutes. ("h" is
# not read: hari in Indonesian, hours in English.)
_RELATIVE_SHORT = re.compile(r"(?P<amount>\d{1,3})\s*(?P<unit>j|mnt)\.?", re.IGNORECASE)
_UNITS = {"second": "seconds", "detik": "seconds", "minute": "minutes", "menit": "minutes", "hour": "hours",
          "jam": "hours", "day": "days", "hari": "days", "week": "weeks", "minggu": "weeks", "pekan": "weeks",
          "month": "months", "bulan": "months", "year": "years", "tahun": "years"}


@dataclass(frozen=True, slots=True)
class Relative:
    """A relative time such as "2 months ago", possibly followed by a view count ("2 months ago 19")."""

    amount: int
    """How many units back."""
    unit: str
    """seconds, minutes, hours, days, weeks, months or years."""
    views: str | None
    """The number scraped after it (a view or comment counter), if any."""


def parse_date(text: str, zone: ZoneInfo) -> tuple[datetime, bool] | None:
    """Read a whole string as one date: (time-zone aware value, whether it has a time), else None;
    also None for a date outside the years an article may have (`year_outside` says so)."""
    built = _whole_date(text, zone)
    return built if built is not None and check_year(built[0]) is None else None


def year_outside(text: str, zone: ZoneInfo) -> int | None:
    """The year of a whole-string date outside FIRST_YEAR..LAST_YEAR ("9999-12-31 23:59:00"), else None."""
    built = _whole_date(text, zone)
    return built[0].year if built is not None and check_year(built[0]) else None


# The time before the day, as a date bar may give them: "18:45 WIB | Minggu, 06 Desember 2026" (issue 19,
# thirty-second pass); read as the day, then the time
_TIME_FIRST = re.compile(r"(?P<time>\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?)\s*[|·•,/–—-]\s*(?P<day>\D.*\d{4})")


def _whole_date(text: str, zone: ZoneInfo) -> tuple[datetime, bool] | None:
    text = _without_views(_after_symbols(text)).rstrip(",;|").strip()
    text = _without_hashtags(_VIEWS_BEFORE.sub("", text))
    time_first = _TIME_FIRST.fullmatch(text)
    if time_first is not None:
        text = f"{time_first['day']} {time_first['time']}"
    for pattern in (_ISO, _NUMERIC, _SHORT_YEAR, _MONTH_FIRST, _BRACKETED, _WRITTEN, _ENGLISH):
        match = pattern.fullmatch(text)
        built = _build(match, zone) if match else None
        if built is not None:  # ("11/27/2026" is no day-first date: read on)
            return built
    return None


def _without_views(text: str) -> str:
    """`text` without the view counter at its end. (Looked for in its last characters only: tried at
    every place of a long run of digits, the pattern took time growing with the square of its length,
    over two minutes for a line of 50,000 digits.)"""
    if len(text) <= _COUNTER_SPAN:
        return _VIEWS_AFTER.sub("", text)
    return text[:-_COUNTER_SPAN] + _VIEWS_AFTER.sub("", text[-_COUNTER_SPAN:])


_COUNTER_SPAN = 80
"""Characters at a line's end a view counter and what separates it from the date fit in."""
# A view counter a page writes after the date on the same line: ", Dibaca : 2.411 Kali", "| Dilihat 530 kali",
# "· 1.2K views" (issue 19, sixth pass)
_VIEWS_AFTER = re.compile(r"\s*[,|·•-]?\s*(?:(?i:dibaca|dilihat|views?)\s*:?\s*[\d.,]+[KkMm]?\s*(?i:kali|x)?"
                          r"|[\d.,]+[KkMm]?\s*(?i:views|kali dibaca|x dibaca|kali dilihat))\s*$")


# A video page's view count before its date, "12.381 x ditonton 27 Nov 2025", "1,2 rb x ditonton ...", "3.4K views
# Nov 27, 2025", "Dilihat 870 kali 03/12/2025", and the hashtags after it, "... #JTVRek #Lamongan" (issue 19, eleventh pass: a YouTube copy's
# description line gave no date and was taken for the headline)
_VIEWS_BEFORE = re.compile(r"^(?:\d[\d.,]*\s*(?i:rb|jt|k|m)?\s*(?i:x\s*|kali\s+)?(?i:ditonton|dilihat|tayangan|penayangan|views?)"
                           r"|(?i:ditonton|dilihat|dibaca)\s*:?\s*\d[\d.,]*\s*(?i:rb|jt)?\s*(?i:kali|x))\s*[|·•,-]?\s+(?=\S)")


def without_view_count(text: str) -> str:
    """`text` without a video page's view count before what follows it ("2.318 kali ditonton · Tayang ...")."""
    return _VIEWS_BEFORE.sub("", text)


HASHTAG = re.compile(r"#[^\W\d_]\w*")
_HASHTAGS = 10
"""Hashtags at most after a date (a bound on the work on a long line)."""


def _without_hashtags(text: str) -> str:
    """`text` without the hashtags at its end ("27 Nov 2025 #JTVRek #Lamongan")."""
    for _ in range(_HASHTAGS):
        head, _, tail = text.rpartition(" ")
        if not head or HASHTAG.fullmatch(tail) is None:
            break
        text = head.rstrip()
    return text


def _after_symbols(text: str) -> str:
    """`text` without the symbols a page sets before a date ("📅 Rabu, 26 November 2025", "🕒 07.45 WIB",
    "| 12/11/2025"): pictographs, their variation selectors and joiners (issue 19, sixth pass)."""
    text = text.strip()
    start = 0
    while start < len(text) and (unicodedata.category(text[start]).startswith("S") or text[start].isspace()
                                 or text[start] in "\ufe0f\u200d"):
        start += 1
    return text[start:]


_YEAR = re.compile(r"(?<!\d)(?:19|2\d)\d\d(?!\d)")
_DATE_END_SCAN = 160
"""Longest line `date_at_end` looks into: a byline with a date, never a paragraph."""


def date_at_end(text: str, zone: ZoneInfo) -> tuple[datetime, bool, str] | None:
    """A date that ends a short line after something else ("Kompas.com - 02/06/2020, 20:15 WIB",
    "Rina Wulandari - detikNews Kamis, 19 Jun 2025 18:00 WIB"): (value, has time, the text before it).

    Tries the whole-line date patterns from each word start, leftmost first (so the weekday and the
    time stay with the date); only lines of at most 160 characters, so the work per line is bounded."""
    text = text.strip()
    if len(text) > _DATE_END_SCAN or not _YEAR.search(text):
        return None
    for match in re.finditer(r"(?<!\S)\S", text):
        if match.start() == 0 or not (text[match.start()].isdigit() or text[match.start()].isalpha()):
            continue
        built = parse_date(text[match.start():], zone)
        if built is not None:
            return built[0], built[1], text[:match.start()].strip()
    return None


def find_weekday_date(text: str, zone: ZoneInfo) -> tuple[datetime, str] | None:
    """The first "<weekday> [tanggal] 19 Juni 2025" or "<weekday> (19/6/2025)" in running text."""
    for match in _IN_TEXT.finditer(text):
        if match["day"]:
            day, month, year = int(match["day"]), MONTHS[match["mname"].lower().rstrip(".")], int(match["year"])
        else:
            day, month, year = int(match["nday"]), int(match["nmonth"]), int(match["nyear"])
        try:
            found = datetime.combine(date(year, month, day), time(), zone)
        except ValueError:
            continue
        if check_year(found) is None:
            return found, match.group(0)
    return None


# A social post's date without its year but with its time: "27 November pukul 16.08", "27 Nov 16:08",
# "November 27 at 4:08 PM" (Facebook shows the year only for older posts)
_YEARLESS = re.compile(rf"(?:{_DAY_NAME}{_AFTER_DAY})?(?:(?P<day>\d{{1,2}})\s+(?P<mname>{_MONTH})"
                       rf"|(?P<ename>{_MONTH})\s+(?P<eday>\d{{1,2}})(?:st|nd|rd|th)?),?(?:\s*[,|·•-]\s*|\s+){_TIME}",
                       re.IGNORECASE)
# (what a post's header sets after its time: " · 🌏", " · Diedit", " ·")
_AFTER_STAMP = re.compile(r"\s*[·•|]\s*(?:\S{1,2}|(?i:diedit|edited|publik|public))?\s*$")


@dataclass(frozen=True, slots=True)
class Yearless:
    """A date and time without the year ("27 November pukul 16.08"): the year comes from when the text was
    fetched."""

    month: int
    day: int
    hour: int
    minute: int
    zone: str | None
    """WIB, WITA, WIT... when the line states it."""


def parse_yearless(text: str) -> Yearless | None:
    """Read a whole line as a day, month and time without a year (a social post's header), else None."""
    match = _YEARLESS.fullmatch(_AFTER_STAMP.sub("", _after_symbols(text)))
    if match is None:
        return None
    day = int(match["day"] or match["eday"])
    month = MONTHS[(match["mname"] or match["ename"]).lower().rstrip(".")]
    hour = int(match["hour"])
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"][0] in "Pp" else 0)
    if not (1 <= day <= 31 and hour <= 23 and int(match["minute"]) <= 59):
        return None
    return Yearless(month, day, hour, int(match["minute"]), match["zone"])


def year_before(fetched_at: datetime, stamp: Yearless, zone: ZoneInfo) -> datetime | None:
    """`stamp` in the latest year that does not put it after `fetched_at` (a post cannot be from the future)."""
    local = fetched_at.astimezone(zone)
    for year in (local.year, local.year - 1):
        try:
            found = datetime(year, stamp.month, stamp.day, stamp.hour, stamp.minute, tzinfo=_zone(stamp.zone, zone))
        except ValueError:  # 29 February in a year without it
            continue
        if found <= fetched_at + timedelta(days=1):
            return found if check_year(found) is None else None
    return None


def parse_relative(text: str, abbreviated: bool = False) -> Relative | None:
    """Read "2 months ago", "2 bulan lalu", "3 hari yang lalu", "kemarin" (optionally + a count); with
    `abbreviated`, also the short forms a byline shows: "3 j" (jam), "45 mnt" (menit)."""
    text = text.strip()
    if text.lower() in ("yesterday", "kemarin"):
        return Relative(1, "days", None)
    short = _RELATIVE_SHORT.fullmatch(text) if abbreviated else None
    if short:
        return Relative(int(short["amount"]), "hours" if short["unit"].lower() == "j" else "minutes", None)
    match = _RELATIVE_EN.fullmatch(text) or _RELATIVE_ID.fullmatch(text)
    if not match:
        return None
    amount = match["amount"].lower()
    number = int(amount) if amount.isdigit() else 1
    return Relative(number, _UNITS[match["unit"].lower()], match["count"])


def count_back(fetched_at: datetime, relative: Relative, zone: ZoneInfo) -> tuple[datetime, bool] | None:
    """The time `relative` before `fetched_at` (None if out of range); whole days or more give a day, no time."""
    try:
        if relative.unit in ("seconds", "minutes", "hours"):
            found, has_time = fetched_at - timedelta(**{relative.unit: relative.amount}), True
        else:
            day = fetched_at.astimezone(zone).date()
            if relative.unit in ("days", "weeks"):
                day -= timedelta(**{relative.unit: relative.amount})
            else:
                months = relative.amount * (12 if relative.unit == "years" else 1)
                year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
                day = date(year, month + 1, min(day.day, _days_in_month(year, month + 1)))
            found, has_time = datetime.combine(day, time(), zone), False
    except (OverflowError, ValueError):  # "99999 years ago" leaves the calendar
        return None
    return (found, has_time) if check_year(found) is None else None  # "999 tahun lalu": before 1900


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _build(match: re.Match, zone: ZoneInfo) -> tuple[datetime, bool] | None:
    groups = match.groupdict()
    month = int(groups["month"]) if groups.get("month") else MONTHS[groups["mname"].lower().rstrip(".")]
    try:
        year = int(groups["year"]) + (2000 if len(groups["year"]) == 2 else 0)  # ("26/11/26": this century)
        day = date(year, month, int(groups["day"]))
        if groups.get("hour") is None:
            return datetime.combine(day, time(), zone), False
        hour = int(groups["hour"])
        if groups.get("ampm"):  # "6:00 PM"; "12:30 AM" is half past midnight
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if groups["ampm"][0] in "Pp" else 0)
        clock = time(hour, int(groups["minute"]), int(groups["second"] or 0))
        tz = _zone(groups.get("zone"), zone)
    except ValueError:  # 25:00, or an offset of a day or more
        return None
    return datetime.combine(day, clock, tz), True


def _zone(name: str | None, default: ZoneInfo):
    if not name:
        return default
    upper = name.upper()
    if upper in _ZONE_OFFSETS:
        return timezone(timedelta(hours=_ZONE_OFFSETS[upper]))
    offset = upper.removeprefix("UTC").removeprefix("GMT")  # "+07:00", "+0700", "GMT+7"
    sign = -1 if offset[0] == "-" else 1
    hours, _, minutes = offset[1:].partition(":")
    if not minutes and len(hours) > 2:
        hours, minutes = hours[:-2], hours[-2:]
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))


# The towns a dateline names east of the WIB zone: the provinces' capitals and the regencies' seats (issue 19, titles
# of the thirty-seventh pass: a Makassar synod's WordPress page, "Posted on <date> at 19:30", stated no zone)
_WITA_PLACES = (
    "denpasar, singaraja, gianyar, tabanan, klungkung, semarapura, bangli, amlapura, badung, kuta, ubud, mataram, "
    "bima, dompu, sumbawa, sumbawa besar, praya, selong, lombok, kupang, ende, maumere, ruteng, labuan bajo, "
    "bajawa, waingapu, atambua, kefamenanu, soe, larantuka, lewoleba, kalabahi, waikabubak, tambolaka, borong, "
    "banjarmasin, banjarbaru, martapura, kotabaru, barabai, samarinda, balikpapan, bontang, tenggarong, sangatta, "
    "tanah grogot, penajam, tanjung selor, tarakan, nunukan, malinau, makassar, gowa, sungguminasa, maros, pangkep, "
    "barru, parepare, pinrang, sidrap, watampone, bone, sinjai, bulukumba, selayar, jeneponto, takalar, bantaeng, "
    "palopo, masamba, malili, makale, rantepao, toraja, enrekang, soppeng, watansoppeng, sengkang, wajo, mamuju, "
    "majene, polewali, mamasa, pasangkayu, palu, poso, luwuk, toli-toli, tolitoli, donggala, parigi, ampana, "
    "banggai, buol, morowali, kolonodale, kendari, baubau, kolaka, unaaha, raha, wangi-wangi, wakatobi, andoolo, "
    "batauga, buton, manado, bitung, tomohon, kotamobagu, tondano, airmadidi, amurang, tahuna, melonguane, "
    "gorontalo, limboto, marisa, tilamuta, suwawa, kwandang")
_WIT_PLACES = (
    "ambon, tual, masohi, namlea, piru, saumlaki, dobo, langgur, namrole, elat, ternate, sofifi, tidore, tobelo, "
    "labuha, weda, sanana, maba, jailolo, morotai, daruba, jayapura, sentani, abepura, manokwari, sorong, merauke, "
    "nabire, wamena, timika, biak, serui, fakfak, kaimana, raja ampat, waisai, teminabuan, bintuni, mulia, tiom, "
    "enarotali, moanemani, sarmi, agats, oksibil, karubaga, kenyam, sugapa, ilaga, elelim, kobakma, "
    "burmeso, botawa, supiori")
_PLACE_ZONES = {**dict.fromkeys(_WITA_PLACES.split(", "), ZoneInfo("Asia/Makassar")),
                **dict.fromkeys(_WIT_PLACES.split(", "), ZoneInfo("Asia/Jayapura"))}
# A zone the text names anywhere ("10.30 WITA", "Wita", "GMT+8"): then a time without one is the page's own way
ZONE_NAMED = re.compile(r"\b(?:WIB|WITA|WIT)\b|\b(?:GMT|UTC)\s*[+-]\s*\d", re.IGNORECASE)


def zone_of_place(place: str) -> ZoneInfo | None:
    """The zone of a town a dateline names when it lies in WITA or WIT ("MAKASSAR" -> Asia/Makassar), else None."""
    return _PLACE_ZONES.get(" ".join(place.casefold().split()))
