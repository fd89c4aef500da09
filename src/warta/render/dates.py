"""Indonesian date formatting through Babel's CLDR data ("15 Juni 2025", "Juni 2025")."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime, format_time


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    return Locale.parse(language.replace("-", "_"))


def long_date(value: datetime, zone: ZoneInfo, language: str) -> str:
    """`15 Juni 2025` for the date of `value` in `zone`."""
    return _long_date(value.astimezone(zone).date(), language)


@lru_cache(maxsize=4096)
def _long_date(day: date, language: str) -> str:
    """(Babel takes 10 µs a date; an archive has a few thousand days.)"""
    return format_date(day, "d MMMM y", locale=_locale(language))


def date_time(value: datetime, zone: ZoneInfo, language: str) -> str:
    """`15 Juni 2025, 11.44 WIB`."""
    local = value.astimezone(zone)
    clock = format_time(local.time(), "HH.mm", locale=_locale(language))
    return f"{long_date(value, zone, language)}, {clock} {zone_name(local, language)}"


def zone_name(local: datetime, language: str) -> str:
    """The zone's short name in the site's language, from Babel's CLDR data: `WIB`, `WITA`, `WIT` for
    Indonesia's three zones; an offset (`+0200`) for a zone the language has no short name for."""
    key = (local.tzinfo, local.utcoffset(), local.dst(), language)
    name = _ZONE_NAMES.get(key)
    if name is None:  # (Babel takes 50 µs; a zone has one or two names a year)
        name = _ZONE_NAMES[key] = format_datetime(local, "z", locale=_locale(language))
    return name


_ZONE_NAMES: dict[tuple, str] = {}


def day_date_time(value: datetime, zone: ZoneInfo, language: str) -> str:
    """`Kamis, 19 Juni 2025 18:00 WIB`: the day, date, time and zone, as Indonesian news sites date
    a story, a correction or a withdrawal."""
    local = value.astimezone(zone)
    day = format_date(local.date(), "EEEE, d MMMM y", locale=_locale(language))
    return f"{day} {local:%H:%M} {zone_name(local, language)}"


def month_year(year: int, month: int, language: str) -> str:
    """`Juni 2025`."""
    return format_date(date(year, month, 1), "LLLL y", locale=_locale(language))
