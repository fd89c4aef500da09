"""render/dates.py: Indonesian dates through Babel's CLDR data."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from warta.render.dates import date_time, long_date, month_year

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
