"""When a saved page's article was published: the time of its date line or byline under the headline, in the zone
the page shows it in, else in the zone of the town its site's name or dateline names (html/page.py asks)."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from warta.importer.html.blocks import DATE_REASON, SKIPPED_TAGS as _SKIP, block_reason as _reason
from warta.importer.html.convert import fold
from warta.importer.html.meta import PageMeta
from warta.importer.records import FoundDate, ImportedArticle
from warta.importer.text import lines as shapes

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime

    from lxml.etree import _Element


MAX_DATE_LINES = 20


def date_line(document: "_Element", found: FoundDate | None, zone: "ZoneInfo", headline: "_Element | None" = None,
              fetched_at: "datetime | None" = None) -> FoundDate | None:
    """The date with its time from the page's date line (an element whose class says date: "Sabtu, 08 Mar 2025
    10:15 WIB"; "3 jam yang lalu" counted back from `fetched_at`), else from a short line under the headline
    that holds one ("Dikirim oleh Prokopim pada Kamis, 8 Agustus 2024 - 16:20 WITA", "Kamis, 3 Des 2024 |
    14:05 WITA Penulis: …"), when the page states no date or only its day (and that day is the line's; a day
    htmldate guessed is not the page's word)."""
    from warta.importer.text.dates import count_back, parse_date, parse_relative

    guessed = found is None or found.origin.startswith(HTMLDATE_ORIGIN)
    lines = (e for e in document.iter() if isinstance(e.tag, str) and e.tag not in _SKIP
             and _reason(e) == DATE_REASON)
    for element in itertools.islice(lines, MAX_DATE_LINES):
        text = without_counter(fold(" ".join(element.itertext())))
        parsed = parse_date(text, zone) if 0 < len(text) <= 80 else None
        relative = parse_relative(text) if parsed is None and fetched_at is not None and len(text) <= 80 else None
        if relative is not None:
            parsed = count_back(fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=zone), relative, zone)
            text += ", counted back from when the page was fetched"
        if parsed is not None and parsed[1] and (guessed or parsed[0].date() == found.value.date()):
            return FoundDate(parsed[0], True, f"From the page's date line ({text}).")
    for text in itertools.islice(lines_under(document, headline), MAX_BYLINE_LINES):
        stated = _date_within(without_counter(text), zone)
        if stated is not None and stated[1] and (guessed or stated[0].date() == found.value.date()):
            return FoundDate(stated[0], True, f"From the line under the headline ({text}).")
    return None


def _date_within(text: str, zone: "ZoneInfo") -> "tuple[datetime, bool] | None":
    """The date a short byline line holds, at its end or followed by more ("Rabu, 18 Nov 2026 — 13:47 WIB |
    Oleh: …"): the longest start of the line (to a word's end) that ends with a date."""
    from warta.importer.text.dates import date_at_end, parse_date

    if len(text) > MAX_BYLINE_LENGTH:
        return None
    for end in sorted((m.end() for m in re.finditer(r"\S+", text)), reverse=True):
        stated = parse_date(text[:end], zone) or date_at_end(text[:end], zone)
        if stated is not None:
            return stated[0], stated[1]
    return None


MAX_BYLINE_LENGTH = 160


HTMLDATE_ORIGIN = "Found in the page by htmldate"
"""How a day htmldate found begins its origin (html/meta.py's _day)."""
MAX_BYLINE_LINES = 30
"""Elements after the headline looked at for a byline that ends with the date."""
_COUNTER = re.compile(r"\s*(?:[|·•,-]\s*(?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+\s*(?:kali|x)?|"
                      r"\s(?:(?:dibaca|dilihat)\s*:?\s*)?[\d.,]+\s*kali)\s*$", re.IGNORECASE)


def without_counter(text: str) -> str:
    """A date line without the read counter after it ("… 09:12 WIB | Dibaca: 873 kali")."""
    return _COUNTER.sub("", text) if len(text) <= 200 else text  # (bounded: the pattern backtracks)


def headline_element(document: "_Element", title: str | None) -> "_Element | None":
    """The page's headline element: its first <h1> with text, else the element whose text is the title."""
    headline = next((h for h in document.iter("h1") if fold(" ".join(h.itertext()))), None)
    if headline is None and title:
        headline = next((e for e in document.iter() if isinstance(e.tag, str) and e.tag not in _SKIP
                         and len(e) <= 1 and fold(" ".join(e.itertext())) == title), None)
    return headline


def lines_under(document: "_Element", headline: "_Element | None") -> "Iterator[str]":
    """The short texts (160 characters at most) of the elements that follow the headline (`headline_element`'s), in page
    order."""
    if headline is None:
        return
    inside = set(headline.iter())
    after = False
    for element in document.iter():
        if element is headline:
            after = True
        elif after and element not in inside and isinstance(element.tag, str) and element.tag not in _SKIP:
            text = fold(" ".join(element.itertext()))
            if 0 < len(text) <= 160:
                yield text


def in_shown_zone(article: ImportedArticle, document: "_Element", zone: "ZoneInfo", headline: "_Element | None"
                  ) -> ImportedArticle:
    """The article with its UTC date (and its UTC `updated`, then) in the zone the page shows the date in."""
    date = _shown_zone(article.date, document, zone, headline)
    if date is article.date:
        return article
    updated = article.updated
    if updated is not None and updated.value.utcoffset() == timedelta(0):
        updated = dataclasses.replace(updated, value=updated.value.astimezone(date.value.tzinfo))
    return dataclasses.replace(article, date=date, updated=updated)


def _shown_zone(found: FoundDate | None, document: "_Element", zone: "ZoneInfo", headline: "_Element | None" = None
                ) -> FoundDate | None:
    """A date-time the page's metadata states in UTC, in the zone the page shows it in: a `<time datetime>`, a
    date line or a byline under the headline of the same moment (to the minute) with its zone ("09:12:44+08:00",
    "14:15 WITA"); else, the page showing no zone, in the site's zone, as the raw-text import gives a time
    (Ghost, Next.js and WordPress write UTC in the head; their readers see their own zone's time)."""
    if found is None or not found.has_time or found.value.utcoffset() != timedelta(0):
        return found
    for text in _shown_dates(document, headline):
        stated = _date_within(text, zone)
        if stated is not None and stated[1] and abs(stated[0] - found.value) < timedelta(minutes=1) \
                and stated[0].utcoffset():
            return dataclasses.replace(found, value=found.value.astimezone(stated[0].tzinfo),
                                       origin=found.origin + f" The page shows it as {text}.")
    return dataclasses.replace(found, value=found.value.astimezone(zone), origin=found.origin +
                               f" The page shows no zone: given in the site's ({zone.key}).")


def _shown_dates(document: "_Element", headline: "_Element | None") -> "Iterator[str]":
    """The page's `<time datetime>` values and texts, its date lines, then the short lines under its headline."""
    shown = (e for e in document.iter() if isinstance(e.tag, str) and (e.tag == "time" or _reason(e) == DATE_REASON))
    for element in itertools.islice(shown, MAX_DATE_LINES):
        yield from filter(None, (element.get("datetime"), without_counter(fold(" ".join(element.itertext())))))
    yield from itertools.islice(lines_under(document, headline), MAX_BYLINE_LINES)



def local_zone(zone: ZoneInfo, meta: PageMeta, body: "_Element", document: "_Element") -> ZoneInfo:
    """The zone of the town the site's name, else the story's dateline, names when it lies east of WIB and the page
    names no zone anywhere (issue 19, the fourth HTML pass: a Fakfak site's UTC head times are read in WIT, as its
    readers see them); only over the default zone, WIB, as the raw-text import does: a site set to another zone
    writes its times in it."""
    from warta.importer.text.dates import zone_of_place
    from warta.importer.text.parse import DEFAULT_ZONE

    if zone.key != DEFAULT_ZONE.key:
        return zone
    places = []
    for name in filter(None, (meta.site, *sorted(meta.site_names))):
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", name.casefold())[:MAX_PLACE_WORDS]
        places += [" ".join(words[i:i + n]) for n in (2, 1) for i in range(len(words) - n + 1)]
    first = next((text for text in (fold(" ".join(p.itertext())) for p in itertools.islice(body.iter("p"), 5)) if text),
                 "")
    dateline = shapes.find_dateline(first[:300])
    places += [dateline.place] if dateline else []
    town = next((found for found in map(zone_of_place, places) if found is not None), None)
    return zone if town is None or _names_a_zone(document) else town


MAX_PLACE_WORDS = 8
MAX_ZONE_SEARCH = 2_000_000
"""Characters of a page's text searched for a zone it names ("10.30 WITA", "GMT+8")."""


def _names_a_zone(document: "_Element") -> bool:
    """Whether the page's shown text names a time zone anywhere (then a time it gives without one is in the site's)."""
    from warta.importer.text.dates import ZONE_NAMED

    root = document.find("body") if document.find("body") is not None else document
    size = 0
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        for piece in (element.text, element.tail):
            if piece and size < MAX_ZONE_SEARCH:
                size += len(piece)
                if ZONE_NAMED.search(piece):
                    return True
    return False


def in_local_zone(article: ImportedArticle, zone: ZoneInfo, local: ZoneInfo) -> ImportedArticle:
    """The article with the times its head gives without a zone (assumed in `zone`) in the `local` zone instead."""
    if local is zone:
        return article

    def moved(found: FoundDate | None) -> FoundDate | None:
        if found is None or not found.has_time or found.value.tzinfo is not zone:
            return found
        return dataclasses.replace(found, value=found.value.replace(tzinfo=local), origin=found.origin.replace(
            f"{zone.key} assumed", f"{local.key}, the zone of the town the page names, assumed"))
    return dataclasses.replace(article, date=moved(article.date), updated=moved(article.updated))

