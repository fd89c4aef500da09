"""render/dates.py: Indonesian dates through Babel's CLDR data."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from warta.render.dates import date_time, day_date_time, long_date, month_year

JAKARTA = ZoneInfo("Asia/Jakarta")


def test_long_date_is_day_month_year_in_indonesian():
    assert long_date(datetime(2025, 6, 15, 9, 0, tzinfo=JAKARTA), JAKARTA, "id") == "15 Juni 2025"


def test_long_date_has_no_leading_zero():
    assert long_date(datetime(2025, 8, 5, 9, 0, tzinfo=JAKARTA), JAKARTA, "id") == "5 Agustus 2025"


def test_long_date_is_the_day_in_the_site_time_zone():
    # 20:00 UTC on 14 June is already 15 June in Jakarta.
    assert long_date(datetime(2025, 6, 14, 20, 0, tzinfo=timezone.utc), JAKARTA, "id") == "15 Juni 2025"
    assert long_date(datetime(2025, 6, 14, 20, 0, tzinfo=timezone.utc), ZoneInfo("UTC"), "id") == "14 Juni 2025"


@pytest.mark.parametrize("month, name", [
    (1, "Januari"), (2, "Februari"), (3, "Maret"), (4, "April"), (5, "Mei"), (6, "Juni"),
    (7, "Juli"), (8, "Agustus"), (9, "September"), (10, "Oktober"), (11, "November"), (12, "Desember"),
])
def test_month_year_names_every_month_in_indonesian(month, name):
    assert month_year(2025, month, "id") == f"{name} 2025"


def test_month_year_follows_the_language():
    assert month_year(2025, 8, "en") == "August 2025"


def test_date_time_uses_a_dot_clock_and_the_zone_abbreviation():
    moment = datetime(2025, 6, 15, 4, 44, tzinfo=timezone.utc)
    assert date_time(moment, JAKARTA, "id") == "15 Juni 2025, 11.44 WIB"
    assert date_time(moment, ZoneInfo("Asia/Makassar"), "id") == "15 Juni 2025, 12.44 WITA"
    assert date_time(moment, ZoneInfo("Asia/Jayapura"), "id") == "15 Juni 2025, 13.44 WIT"


def test_date_time_pads_hours_and_minutes():
    assert date_time(datetime(2025, 6, 15, 7, 5, tzinfo=JAKARTA), JAKARTA, "id") == "15 Juni 2025, 07.05 WIB"


# --- the article's date line (issue 17): "Kamis, 19 Juni 2025 18:00 WIB" ------------------------------------

@pytest.mark.parametrize("zone, line", [
    ("Asia/Jakarta", "Kamis, 19 Juni 2025 18:00 WIB"),
    ("Asia/Makassar", "Kamis, 19 Juni 2025 19:00 WITA"),
    ("Asia/Jayapura", "Kamis, 19 Juni 2025 20:00 WIT"),
])
def test_day_date_time_has_weekday_time_and_the_indonesian_zone_abbreviation(zone, line):
    # (The abbreviation comes from Babel's CLDR data for Indonesian, as the issue asks.)
    moment = datetime(2025, 6, 19, 11, 0, tzinfo=timezone.utc)
    assert day_date_time(moment, ZoneInfo(zone), "id") == line


@pytest.mark.parametrize("zone, name", [("Europe/Amsterdam", "+0200"), ("America/Sao_Paulo", "-0300"), ("UTC", "UTC")])
def test_a_zone_indonesian_has_no_short_name_for_shows_its_offset(zone, name):
    """Babel, not the tz database: "CEST" or "-03" would mean nothing to an Indonesian reader."""
    moment = datetime(2025, 6, 19, 11, 0, tzinfo=timezone.utc)
    assert day_date_time(moment, ZoneInfo(zone), "id").endswith(f" {name}")
    assert date_time(moment, ZoneInfo(zone), "id").endswith(f" {name}")


@pytest.mark.parametrize("day, weekday", [(16, "Senin"), (17, "Selasa"), (18, "Rabu"), (19, "Kamis"),
                                          (20, "Jumat"), (21, "Sabtu"), (22, "Minggu")])
def test_day_date_time_names_every_weekday_in_indonesian(day, weekday):
    assert day_date_time(datetime(2025, 6, day, 9, 0, tzinfo=JAKARTA), JAKARTA, "id").startswith(f"{weekday}, {day} Juni")


def test_day_date_time_is_the_day_and_time_in_the_site_zone_with_a_padded_24_hour_clock():
    # 17:05 UTC on Wednesday 18 June is 00:05 on Thursday in Jakarta.
    assert day_date_time(datetime(2025, 6, 18, 17, 5, tzinfo=timezone.utc), JAKARTA, "id") == \
        "Kamis, 19 Juni 2025 00:05 WIB"
