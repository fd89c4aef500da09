"""warta's importer dates (src/warta/importer/text/dates.py) against dateparser on outlets' date strings (issue 19).

    PYTHONPATH=src .venv/bin/python benchmarks/import_dates.py

The strings are those of tests/fixtures/import/outlets and the formats issue 19 names. A result is right
when its ISO form is the expected one: a day as a day, a date-time with the offset the text states (WIB
+07:00, WITA +08:00, WIT +09:00). dateparser is called as one would (Indonesian and English, day first,
Asia/Jakarta), once with WIB/WITA/WIT turned into offsets it reads, once on the strings as printed.
dateparser is not a dependency of warta: install it to run this."""
import time, warnings
from zoneinfo import ZoneInfo
warnings.filterwarnings("ignore")
import dateparser
from warta.importer.text.dates import parse_date
Z = ZoneInfo("Asia/Jakarta")
CASES = [  # (string as the outlet prints it, after its label/prefix, expected ISO)
    ("02/06/2020, 20:15 WIB", "2020-06-02T20:15:00+07:00"),
    ("Selasa, 12 Maret 2024 09:05 WIB", "2024-03-12T09:05:00+07:00"),
    ("30 Apr 2024, 14:00 WIB", "2024-04-30T14:00:00+07:00"),
    ("30 Apr 2024, 14:14 WIB", "2024-04-30T14:14:00+07:00"),
    ("21 Februari 2023 12:26", "2023-02-21T12:26:00+07:00"),
    ("21 Februari 2023 13:40", "2023-02-21T13:40:00+07:00"),
    ("Kamis, 19 Juni 2025 18:00 WIB", "2025-06-19T18:00:00+07:00"),
    ("Rabu, 06 Maret 2024 | 15:30 WIB", "2024-03-06T15:30:00+07:00"),
    ("Kamis, 19 Jun 2025 18:00 WIB", "2025-06-19T18:00:00+07:00"),
    ("19/06/2025 18.00", "2025-06-19T18:00:00+07:00"),
    ("Selasa 12 Maret 2024 - 09:05", "2024-03-12T09:05:00+07:00"),
    ("Sabtu, 1 Juni 2024 | 07:30 WITA", "2024-06-01T07:30:00+08:00"),
    ("Senin, 08 Jul 2024 14:35 WIB", "2024-07-08T14:35:00+07:00"),
    ("Jumat, 21 Jun 2024 | 10:12 WIB", "2024-06-21T10:12:00+07:00"),
    ("Selasa 15 Apr 2025 17:45 WIB", "2025-04-15T17:45:00+07:00"),
    ("3 Agustus 2023", "2023-08-03"),
    ("Rabu, 12 Maret 2024 / 09:05 WITA", "2024-03-12T09:05:00+08:00"),
    ("Minggu, 01 Des 2024 | 10:00 WIT", "2024-12-01T10:00:00+09:00"),
    ("Sel, 12 Mar 2024", "2024-03-12"),
    ("June 19, 2025 6:00 PM", "2025-06-19T18:00:00+07:00"),
    ("2 Juni 2020 pukul 20.15 WIB", "2020-06-02T20:15:00+07:00"),
]


def ours(s):
    r = parse_date(s, Z)
    if r is None: return None
    v, t = r
    return v.isoformat() if t else v.date().isoformat()


def dp(s):
    # dateparser as one would call it: Indonesian + English, day first, Jakarta time; WIB/WITA/WIT replaced
    # by offsets (dateparser does not know them), the result day-only when no time was in the string.
    text = s.replace("WITA", "+0800").replace("WIB", "+0700").replace("WIT", "+0900").replace("|", " ").replace(" / ", " ")
    v = dateparser.parse(text, languages=["id", "en"], settings={"DATE_ORDER": "DMY", "TIMEZONE": "Asia/Jakarta",
                                                                 "RETURN_AS_TIMEZONE_AWARE": True, "PREFER_DAY_OF_MONTH": "first"})
    if v is None: return None
    import re; has_time = re.search(r"\d{1,2}[:.]\d{2}(?!\d)", s) is not None
    return v.isoformat() if has_time else v.date().isoformat()
for name, fn in (("dates.py", ours), ("dateparser 1.5", dp)):
    t = time.perf_counter(); got = [fn(s) for s, _ in CASES]; dt = time.perf_counter() - t
    ok = sum(g == e for g, (_, e) in zip(got, CASES))
    print(f"{name}: {ok}/{len(CASES)} right, {dt*1000/len(CASES):.2f} ms per string")
    for g, (s, e) in zip(got, CASES):
        if g != e: print(f"   {s!r}: got {g}, expected {e}")


def dp_raw(s):
    v = dateparser.parse(s, languages=["id", "en"], settings={"DATE_ORDER": "DMY", "TIMEZONE": "Asia/Jakarta",
                                                              "RETURN_AS_TIMEZONE_AWARE": True})
    if v is None: return None
    import re; has_time = re.search(r"\d{1,2}[:.]\d{2}(?!\d)", s) is not None
    return v.isoformat() if has_time else v.date().isoformat()
got = [dp_raw(s) for s, _ in CASES]
print("dateparser 1.5, strings as printed:", sum(g == e for g, (_, e) in zip(got, CASES)), "/", len(CASES),
      "right;", sum(g is None for g in got), "not parsed")
