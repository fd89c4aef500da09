"""The years a date may have in Warta: front matter dates, `--now`, SOURCE_DATE_EPOCH, imported dates.

Apart from `content/schema.py`, which checks front matter with it, so that the CLI checks the build
clock before a build without importing the content stage (a build that finds nothing changed
imports no stage at all, issue 22)."""

from __future__ import annotations

from datetime import date

FIRST_YEAR, LAST_YEAR = 1900, 2999
"""Years a date may have (`date`, `updated`, `expires`, --now, imported dates). Issue 21: "9999-12-31"
overflowed the calendar when the build added the news sitemap's two days to it, after the new site was
published, and "0001-01-01T00:00:00+07:00" when it was turned into the site's time zone. News archives
start after 1900; a date after 2999 is a typo."""

OUT_OF_RANGE = f"is outside the years {FIRST_YEAR} to {LAST_YEAR}"


def check_year(moment: date) -> str | None:
    """Why `moment` lies outside the years Warta takes (FIRST_YEAR to LAST_YEAR), or None."""
    if FIRST_YEAR <= moment.year <= LAST_YEAR:
        return None
    return OUT_OF_RANGE
