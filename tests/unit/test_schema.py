"""content/schema.py: every front matter field, its default and its checks."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from helpers import article
from warta.config import SiteConfig
from warta.content.frontmatter import normalise_text, split_front_matter
from warta.content.schema import MAX_SLUG_BYTES, check_slug, parse_datetime, slug_from_name, validate_article
from warta.yamlmap import parse_mapping

PATH = "articles/judul.md"
CONFIG = SiteConfig(title="X")
JAKARTA = ZoneInfo("Asia/Jakarta")


def validate(text: str, stem: str = "judul", config: SiteConfig = CONFIG):
    """Run a whole article file's text through the real split, parse and validate steps."""
    split, problem = split_front_matter(normalise_text(text), PATH)
    assert problem is None, problem
    mapping, problems = parse_mapping(split.front_matter, PATH, split.front_matter_line)
    assert mapping is not None and problems == [], problems
    return validate_article(PATH, stem, mapping, split.body, split.body_line, config)


def valid(text: str, **kwargs):
    result, problems = validate(text, **kwargs)
    assert result is not None, problems
    assert [p for p in problems if not p.warning] == []
    return result


def only_error(text: str, **kwargs):
    result, problems = validate(text, **kwargs)
    assert result is None
    errors = [p for p in problems if not p.warning]
    assert len(errors) == 1, errors
    return errors[0]


def raw(front: str, body: str = "Isi artikel.") -> str:
    return f"---\n{front}---\n\n{body}\n"


# --- title --------------------------------------------------------------------------------------

def test_accepts_a_minimal_article():
    result = valid(article())
    assert result.title == "Judul Uji"
    assert result.path == PATH
    assert result.slug == "judul"
    assert result.body.strip() == "Isi artikel."
    assert result.authors == () and result.tags == () and result.category is None
    assert result.draft is False and result.updated is None and result.expires is None


def test_rejects_missing_title_with_the_fix():
    problem = only_error(raw("date: 2025-06-15\n"))
    assert (problem.path, problem.line, problem.field) == (PATH, 2, "title")
    assert problem.message == "is missing"
    assert problem.hint == "add `title: …` to the front matter"


@pytest.mark.parametrize("value", ['""', "' '", "~", ""])
def test_rejects_empty_title_on_its_line(value):
    problem = only_error(raw(f"date: 2025-06-15\ntitle: {value}\n"))
    assert (problem.line, problem.field, problem.message) == (3, "title", "is missing or empty")
    assert problem.hint == "write the title after `title:`"


def test_folds_whitespace_in_title():
    assert valid(article(title="  Meta   suntik\tRp230 triliun ")).title == "Meta suntik Rp230 triliun"


def test_accepts_a_number_as_title():
    assert valid(article(title=2025)).title == "2025"


def test_rejects_a_list_as_title():
    problem = only_error(raw("title: [a, b]\ndate: 2025-06-15\n"))
    assert (problem.field, problem.message) == ("title", "must be text, not a list")
    assert problem.hint == "put the value in double quotes"


# --- dates --------------------------------------------------------------------------------------

def test_rejects_missing_date():
    problem = only_error(raw("title: A\n"))
    assert (problem.field, problem.message) == ("date", "is missing")
    assert "YYYY-MM-DD" in problem.hint


def test_keeps_the_written_offset():
    result = valid(article(date="2025-06-15T09:00:00+02:00"))
    assert result.date.utcoffset() == timedelta(hours=2)
    assert result.date == datetime(2025, 6, 15, 7, 0, tzinfo=timezone.utc)


def test_date_without_offset_is_taken_in_asia_jakarta():
    result = valid(article(date="2025-06-15T09:00:00"))
    assert result.date.tzinfo == JAKARTA
    assert result.date == datetime(2025, 6, 15, 2, 0, tzinfo=timezone.utc)


def test_date_without_offset_follows_the_site_time_zone():
    result = valid(article(date="2025-06-15T09:00:00"), config=SiteConfig(title="X", timezone="Asia/Jayapura"))
    assert result.date == datetime(2025, 6, 15, 0, 0, tzinfo=timezone.utc)


def test_date_only_is_midnight_in_the_site_time_zone():
    result = valid(article(date="2025-06-15"))
    assert result.date == datetime(2025, 6, 15, 0, 0, tzinfo=JAKARTA)


def test_accepts_a_space_between_date_and_time():
    assert valid(article(date="2025-06-15 09:30")).date == datetime(2025, 6, 15, 9, 30, tzinfo=JAKARTA)


def test_accepts_z_for_utc():
    assert valid(article(date="2025-06-15T02:00:00Z")).date == datetime(2025, 6, 15, 2, tzinfo=timezone.utc)


def test_rejects_february_30_naming_the_month_and_the_fix():
    problem = only_error(raw("title: A\ndate: 2025-02-30\n"))
    assert (problem.line, problem.field) == (3, "date")
    assert problem.message == '"2025-02-30" is not a date (Februari 2025 has no day 30)'
    assert problem.hint == "check the day and the month"


def test_rejects_month_13():
    problem = only_error(raw("title: A\ndate: 2025-13-01\n"))
    assert problem.message == '"2025-13-01" is not a date (there is no month 13)'


def test_rejects_june_31_written_in_indonesian_saying_june_has_no_day_31():
    problem = only_error(raw("title: A\ndate: 31 Juni 2025\n"))
    assert problem.message == '"31 Juni 2025" is not a date (Juni 2025 has no day 31)'
    assert "YYYY-MM-DD" in problem.hint


def test_suggests_the_iso_form_of_a_written_indonesian_date():
    problem = only_error(raw("title: A\ndate: 19 Juni 2025\n"))
    assert problem.message == '"19 Juni 2025" is not in ISO form (write "2025-06-19")'


def test_suggests_the_iso_form_of_a_written_date_with_weekday():
    problem = only_error(raw("title: A\ndate: Kamis, 19 Juni 2025\n"))
    assert problem.message == '"Kamis, 19 Juni 2025" is not in ISO form (write "2025-06-19")'


def test_suggests_the_iso_form_of_a_written_english_date():
    problem = only_error(raw("title: A\ndate: 5 August 2025\n"))
    assert problem.message == '"5 August 2025" is not in ISO form (write "2025-08-05")'


def test_rejects_free_text_date_with_the_iso_hint():
    problem = only_error(raw("title: A\ndate: kemarin sore\n"))
    assert problem.message == '"kemarin sore" is not a date'
    assert problem.hint == 'use YYYY-MM-DD, or with a time "2025-06-15T09:00:00+07:00"'


@pytest.mark.parametrize("value, message", [
    ("20250615", "20250615 is a number, not a date"),
    ("2025", "2025 is a number, not a date"),
    ("2025.06", "2025.06 is a number, not a date"),
    ("true", "true is true/false, not a date"),
])
def test_rejects_numbers_and_booleans_as_dates(value, message):
    problem = only_error(raw(f"title: A\ndate: {value}\n"))
    assert problem.message == message


def test_rejects_a_list_as_date():
    problem = only_error(raw("title: A\ndate: [2025-06-15]\n"))
    assert problem.field == "date"
    assert "is not a date" in problem.message


def test_parse_datetime_returns_reason_instead_of_raising():
    assert parse_datetime("2025-06-15", JAKARTA) == (datetime(2025, 6, 15, tzinfo=JAKARTA), None)
    assert parse_datetime("", JAKARTA) == (None, "is empty")
    assert parse_datetime(None, JAKARTA) == (None, "is empty")


def test_accepts_updated_after_date():
    result = valid(article(date="2025-06-15T09:00:00+07:00", updated="2025-06-16T10:00:00+07:00"))
    assert result.updated == datetime(2025, 6, 16, 10, tzinfo=JAKARTA)


def test_rejects_updated_before_date_on_the_updated_line():
    problem = only_error(raw("title: A\ndate: 2025-06-15T09:00:00+07:00\nupdated: 2025-06-14\n"))
    assert (problem.line, problem.field) == (4, "updated")
    assert problem.message == "2025-06-14T00:00:00+07:00 is before date 2025-06-15T09:00:00+07:00"
    assert "fix one of them" in problem.hint


def test_rejects_impossible_updated_date():
    problem = only_error(raw("title: A\ndate: 2025-06-15\nupdated: 2025-06-31\n"))
    assert (problem.field, problem.message) == ("updated", '"2025-06-31" is not a date (Juni 2025 has no day 31)')


def test_accepts_expires_after_date():
    result = valid(article(expires="2025-07-01"))
    assert result.expires == datetime(2025, 7, 1, tzinfo=JAKARTA)


@pytest.mark.parametrize("expires", ["2025-06-15T09:00:00+07:00", "2025-06-01"])
def test_rejects_expires_not_after_date(expires):
    problem = only_error(raw(f"title: A\ndate: 2025-06-15T09:00:00+07:00\nexpires: {expires}\n"))
    assert (problem.line, problem.field) == (4, "expires")
    assert "is not after date 2025-06-15T09:00:00+07:00" in problem.message
    assert problem.hint == "set expires later than date, or remove it"


@pytest.mark.parametrize("field, value", [
    ("date", "9999-12-31"), ("date", "9999-12-31T23:59:00-12:00"), ("date", "0001-01-01T00:00:00+07:00"),
    ("date", "1899-12-31"), ("date", "3000-01-01"), ("updated", "9999-12-31"), ("expires", "9999-12-31"),
    ("expires", "9999-12-31T23:00:00-12:00"),
])
def test_rejects_a_date_outside_the_years_1900_to_2999_on_its_line(field, value):
    # Issue 21: "9999-12-31" overflowed the calendar in the build (after publishing), "0001-01-01…+07:00"
    # when it was moved to the site's time zone.
    date = "2025-06-15" if field != "date" else value
    extra = f"{field}: \"{value}\"\n" if field != "date" else ""
    problems = [p for p in validate(raw(f'title: A\ndate: "{date}"\n{extra}'))[1] if not p.warning]
    [problem] = [p for p in problems if p.field == field]
    assert problem.line == (3 if field == "date" else 4)
    assert problem.message == f'"{value}" is outside the years 1900 to 2999'
    assert problem.hint == "check the year"


@pytest.mark.parametrize("value", ["!!timestamp 0001-01-01", "!!timestamp 9999-12-31 23:59:00"])
def test_rejects_a_tagged_timestamp_outside_the_years(value):
    problem = only_error(raw(f"title: A\ndate: {value}\n"))
    assert (problem.line, problem.field) == (3, "date") and "is outside the years 1900 to 2999" in problem.message


def test_a_year_that_is_no_year_says_so():
    problem = only_error(raw('title: A\ndate: "0000-01-01"\n'))
    assert problem.message == '"0000-01-01" is not a date (the year 0 is outside the years 1900 to 2999)'
    assert problem.hint == "check the year"


@pytest.mark.parametrize("value", ["1900-01-01", "1900-01-01T00:00:00+14:00", "2999-12-31T23:59:59-12:00"])
def test_accepts_dates_at_the_ends_of_the_years(value):
    result = valid(raw(f'title: A\ndate: "{value}"\n'))
    assert result.date.year in (1900, 2999)
    result.date.astimezone(timezone.utc)  # and it moves between zones without overflowing


def test_parse_datetime_bounds_every_kind_of_date():
    for value in ("9999-12-31", datetime(9999, 12, 31), datetime(1, 1, 1).date()):
        parsed, reason = parse_datetime(value, JAKARTA)
        assert parsed is None and reason.endswith("is outside the years 1900 to 2999")


def test_single_line_fields_collapse_newlines_and_note_keeps_them():
    result = valid(raw('title: "Judul\\nbaris dua"\nsummary: "satu\\n\\ndua"\ndate: 2025-06-15\n'
                       'note: "baris\\nkedua"\n'))
    assert (result.title, result.summary, result.note) == ("Judul baris dua", "satu dua", "baris\nkedua")


# --- author, source, dateline, note ---------------------------------------------------------------

def test_author_as_text_is_one_name():
    assert valid(article(author="Rina  Wulandari")).authors == ("Rina Wulandari",)


def test_author_as_list_keeps_order_and_drops_duplicates():
    result = valid(article(author=["Rina Wulandari", "Budi Santoso", "Rina  Wulandari"]))
    assert result.authors == ("Rina Wulandari", "Budi Santoso")


def test_rejects_author_list_with_non_names():
    problem = only_error(raw("title: A\ndate: 2025-06-15\nauthor: [Rina, 5]\n"))
    assert (problem.line, problem.field, problem.message) == (4, "author", "must be a name or a list of names")


def test_rejects_author_mapping():
    problem = only_error(raw("title: A\ndate: 2025-06-15\nauthor: {name: Rina}\n"))
    assert (problem.field, problem.message) == ("author", "must be text, not a mapping")


def test_site_author_is_the_default_only_without_author_and_source():
    config = SiteConfig(title="X", author="Redaksi")
    assert valid(article(), config=config).authors == ("Redaksi",)
    assert valid(article(author="Rina"), config=config).authors == ("Rina",)
    with_source = valid(article(source="Antara"), config=config)
    assert (with_source.authors, with_source.source) == ((), "Antara")


def test_keeps_dateline_and_multiline_note():
    result = valid(raw("title: A\ndate: 2025-06-15\ndateline: JAKARTA\nnote: |\n  Baris satu.\n  Baris dua.\n"))
    assert result.dateline == "JAKARTA"
    assert result.note == "Baris satu.\nBaris dua."


# --- tags and category ----------------------------------------------------------------------------

@pytest.mark.parametrize("value, kind", [("Meta, Scale AI", "text"), ("2025", "a number"), ("{a: b}", "a mapping")])
def test_rejects_tags_that_are_not_a_list(value, kind):
    problem = only_error(raw(f"title: A\ndate: 2025-06-15\ntags: {value}\n"))
    assert (problem.line, problem.field) == (4, "tags")
    assert problem.message == f"must be a list, not {kind}"
    assert "tags: [Meta" in problem.hint


def test_accepts_numbers_in_the_tag_list():
    assert valid(raw("title: A\ndate: 2025-06-15\ntags: [Meta, 2025, 3.5]\n")).tags == ("Meta", "2025", "3.5")


def test_removes_duplicate_tags_keeping_the_first_order():
    result = valid(raw("title: A\ndate: 2025-06-15\ntags: [Meta, Scale AI, Meta, ' Scale   AI ', OpenAI]\n"))
    assert result.tags == ("Meta", "Scale AI", "OpenAI")


def test_empty_tag_list_is_no_tags():
    assert valid(raw("title: A\ndate: 2025-06-15\ntags: []\n")).tags == ()


@pytest.mark.parametrize("entry", ["''", "~", "[x]", "true"])
def test_rejects_tag_entries_that_are_not_names(entry):
    problem = only_error(raw(f"title: A\ndate: 2025-06-15\ntags: [Meta, {entry}]\n"))
    assert problem.field == "tags"
    assert problem.message.startswith("has an entry that is not a tag name")


def test_rejects_tag_without_letters_or_digits():
    problem = only_error(raw("title: A\ndate: 2025-06-15\ntags: ['!!!']\n"))
    assert problem.message == '"!!!" has no letters or digits to make a URL from'


def test_keeps_category_as_folded_text():
    assert valid(article(category=" Ekonomi  Bisnis ")).category == "Ekonomi Bisnis"


def test_rejects_category_without_letters_or_digits():
    problem = only_error(raw("title: A\ndate: 2025-06-15\ncategory: '???'\n"))
    assert (problem.line, problem.field) == (4, "category")
    assert "no letters or digits" in problem.message


def test_rejects_category_list():
    problem = only_error(raw("title: A\ndate: 2025-06-15\ncategory: [a, b]\n"))
    assert (problem.field, problem.message) == ("category", "must be text, not a list")


# --- summary --------------------------------------------------------------------------------------

def test_summary_over_200_characters_is_a_warning_not_an_error():
    long = "kata " * 50  # 249 characters after folding
    result, problems = validate(article(summary=long))
    assert result is not None
    assert result.summary == long.strip()
    [problem] = problems
    assert problem.warning
    assert (problem.line, problem.field) == (4, "summary")
    assert problem.message == f"is {len(long.strip())} characters, more than 200"
    assert "160" in problem.hint


def test_summary_of_exactly_200_characters_gives_no_warning():
    result, problems = validate(article(summary="a" * 200))
    assert result is not None and problems == []


def test_summary_warning_length_comes_from_the_config():
    _, problems = validate(article(summary="a" * 60), config=SiteConfig(title="X", summary_warn_length=50))
    assert [p.message for p in problems] == ["is 60 characters, more than 50"]


# --- slug -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("slug", ["../x", "a/b", "UPPER", "dua kata", "a--b", "-a", "a-", "ó"])
def test_rejects_slugs_that_are_not_lower_case_words_and_hyphens(slug):
    problem = only_error(article(slug=slug))
    assert problem.field == "slug"
    assert problem.message == f'"{slug}" may contain only a-z, 0-9 and single hyphens (no "/", "..", spaces or capitals)'
    assert "slug: investasi-meta" in problem.hint


def test_rejects_slug_longer_than_200_bytes():
    problem = only_error(article(slug="a" * (MAX_SLUG_BYTES + 1)))
    assert problem.message == "is longer than 200 bytes"


def test_accepts_slug_of_exactly_200_bytes():
    assert valid(article(slug="a" * MAX_SLUG_BYTES)).slug == "a" * MAX_SLUG_BYTES


def test_rejects_slug_with_nul_showing_it_escaped():
    # Since issue 21 the YAML stage refuses the NUL written as an escape in any field (test_yamlmap.py);
    # check_slug still refuses it, and shows it escaped, for slugs that come from elsewhere.
    split, _ = split_front_matter(raw('title: A\ndate: 2025-06-15\nslug: "a\\0b"\n'), PATH)
    _, [problem] = parse_mapping(split.front_matter, PATH, split.front_matter_line)
    assert (problem.line, problem.field) == (4, "slug")
    assert problem.message == "contains the control character U+0000"
    assert check_slug("a\x00b").startswith('"a\\x00b" may contain only')
    assert "\x00" not in problem.format()


@pytest.mark.parametrize("value", ["''", "5", "[a]", "~"])
def test_rejects_empty_or_non_text_slug(value):
    problem = only_error(raw(f"title: A\ndate: 2025-06-15\nslug: {value}\n"))
    assert (problem.field, problem.message) == ("slug", "must be non-empty text")


def test_explicit_slug_wins_over_the_file_name():
    assert valid(article(slug="investasi-meta"), stem="2025-06-15-meta").slug == "investasi-meta"


def test_valid_file_stem_is_the_slug():
    assert valid(article(), stem="2025-06-15-meta-scale-ai").slug == "2025-06-15-meta-scale-ai"


@pytest.mark.parametrize("stem, slug", [
    ("Judul Baru", "judul-baru"),
    ("Ekonomi_2025 Naik!", "ekonomi-2025-naik"),
    ("Berita Ekonomi — Rupiah Menguat", "berita-ekonomi-rupiah-menguat"),
])
def test_file_stem_is_slugified(stem, slug):
    assert valid(article(), stem=stem).slug == slug


def test_rejects_file_name_without_letters_or_digits():
    problem = only_error(article(), stem="!!!")
    assert (problem.line, problem.field) == (None, "slug")
    assert problem.message == "file name gives no usable URL (must be non-empty text)"
    assert "rename the file" in problem.hint


def test_check_slug_and_slug_from_name():
    assert check_slug("investasi-meta-2025") is None
    assert check_slug(None) == "must be non-empty text"
    assert slug_from_name("Judul Artikel Baru") == "judul-artikel-baru"
    assert slug_from_name("!!!") == ""


# --- draft, extra, unknown fields, body -----------------------------------------------------------

def test_draft_defaults_to_false_and_accepts_true():
    assert valid(article()).draft is False
    assert valid(article(draft=True)).draft is True


@pytest.mark.parametrize("value, shown", [('"ya"', "'ya'"), ("1", "1"), ("[true]", "[True]")])
def test_rejects_draft_that_is_not_true_or_false(value, shown):
    problem = only_error(raw(f"title: A\ndate: 2025-06-15\ndraft: {value}\n"))
    assert (problem.line, problem.field) == (4, "draft")
    assert problem.message == f"must be true or false, not {shown}"


def test_unknown_field_is_a_warning_suggesting_the_close_name():
    result, problems = validate(raw("title: A\ndate: 2025-06-15\ntittle: B\n"))
    assert result is not None and result.title == "A"
    [problem] = problems
    assert problem.warning
    assert (problem.line, problem.field, problem.message) == (4, "tittle", "is not a known field")
    assert problem.hint == "did you mean 'title'?"
    assert problem.format() == "articles/judul.md:4: warning: tittle: is not a known field — did you mean 'title'?"


def test_unknown_field_without_close_name_points_to_extra():
    _, [problem] = validate(raw("title: A\ndate: 2025-06-15\nharga_saham: 5\n"))
    assert problem.hint == "put free-form values under `extra:`"


def test_extra_holds_free_form_values():
    result = valid(raw("title: A\ndate: 2025-06-15\nextra:\n  harga: 5\n  sumber_asli: [a, b]\n"))
    assert result.extra == {"harga": 5, "sumber_asli": ["a", "b"]}


def test_rejects_extra_that_is_not_a_mapping():
    problem = only_error(raw("title: A\ndate: 2025-06-15\nextra: [a]\n"))
    assert (problem.field, problem.message) == ("extra", "must be a mapping of free-form values")


@pytest.mark.parametrize("body", ["", "\n\n", "   \n\t\n"])
def test_rejects_empty_body_at_the_line_after_the_fence(body):
    problem = only_error(f"---\ntitle: A\ndate: 2025-06-15\n---\n{body}")
    assert (problem.line, problem.field, problem.message) == (5, "body", "is empty")
    assert problem.hint == "write the article below the closing `---`"


def test_reports_every_problem_of_one_article_at_once():
    result, problems = validate(raw("date: 2025-02-30\ntags: Meta\ndraft: ya\nslug: A/B\nfoo: 1\n"))
    assert result is None
    assert sorted(p.field for p in problems) == ["date", "draft", "foo", "slug", "tags", "title"]
    assert [p.field for p in problems if p.warning] == ["foo"]


# --- aliases (issue 8) --------------------------------------------------------------------------

def test_aliases_are_kept_as_written_with_the_line_of_each():
    result = valid(raw("title: X\ndate: 2025-06-15\naliases:\n  - /2025/06/lama.html\n  - lama/judul\n"))
    assert result.aliases == ("/2025/06/lama.html", "lama/judul")
    assert result.alias_lines == (5, 6)


def test_a_single_alias_may_be_written_as_text():
    result = valid(raw("title: X\ndate: 2025-06-15\naliases: /lama/\n"))
    assert (result.aliases, result.alias_lines) == (("/lama/",), (4,))


@pytest.mark.parametrize("value, message", [
    ("../rahasia", '"../rahasia" may not contain empty, "." or ".." segments (it would leave the output folder)'),
    ("/a//b/", '"/a//b/" may not contain empty, "." or ".." segments (it would leave the output folder)'),
    ("/", '"/" is the home page'),
    ("https://lama.id/a/", '"https://lama.id/a/" is a full URL; only paths on this site can be redirected'),
    ("//lama.id/a/", '"//lama.id/a/" is a full URL; only paths on this site can be redirected'),
    ("/cari?q=1", '"/cari?q=1" may not contain a query string (?)'),
    ("/a#b", '"/a#b" may not contain a fragment (#)'),
    ("/berita lama/", '"/berita lama/" may not contain \' \''),
    ("/lama/*", '"/lama/*" may not contain \'*\''),
    ("C:\\lama", '"C:\\lama" may not contain \':\''),
])
def test_alias_that_is_not_a_path_on_the_site_is_an_error_on_its_line(value, message):
    text = raw(f"title: X\ndate: 2025-06-15\naliases:\n  - /baik/\n  - {json.dumps(value)}\n")
    problem = only_error(text)
    assert (problem.line, problem.field, problem.message) == (6, "aliases", message)


def test_aliases_must_be_a_list_of_text():
    assert only_error(raw("title: X\ndate: 2025-06-15\naliases: {a: 1}\n")).message == (
        "must be a list of old paths, not a mapping")
    assert only_error(raw("title: X\ndate: 2025-06-15\naliases: [12]\n")).message == (
        "has an entry that is not a path (12)")


# --- editor and source_url (issue 17) ----------------------------------------------------------

def test_editor_is_a_name_or_a_list_of_names_never_an_author():
    one = valid(raw('title: Judul\ndate: 2025-06-15\nauthor: Rina\neditor: "Budi  Santoso"\n'))
    assert (one.authors, one.editors) == (("Rina",), ("Budi Santoso",))
    several = valid(raw('title: Judul\ndate: 2025-06-15\neditor: [Budi, Sari, Budi]\n'))
    assert several.editors == ("Budi", "Sari")
    assert valid(raw('title: Judul\ndate: 2025-06-15\n')).editors == ()


@pytest.mark.parametrize("value", ["[Budi, 3]", "{nama: Budi}", '[""]'])
def test_rejects_an_editor_that_is_not_names_on_its_line(value):
    problem = only_error(raw(f'title: Judul\ndate: 2025-06-15\neditor: {value}\n'))
    assert problem.line == 4 and "editor" in problem.message and "Budi Santoso" in problem.hint


def test_source_url_is_an_http_or_https_address():
    meta = valid(raw('title: Judul\ndate: 2025-06-15\nsource: Antara\nsource_url: https://www.antaranews.com/berita/1\n'))
    assert meta.source_url == "https://www.antaranews.com/berita/1"
    assert valid(raw('title: Judul\ndate: 2025-06-15\nsource: Contoh\nsource_url: http://contoh.id/a\n')).source_url == \
        "http://contoh.id/a"


def test_a_source_url_without_a_source_is_a_warning_on_its_line():
    """The address is shown only as the link of "Sumber: <source>": without a source it would be lost unsaid."""
    result, problems = validate(raw('title: Judul\ndate: 2025-06-15\nauthor: Rina\n'
                                    'source_url: https://antara.example/berita/123\n'))
    assert result is not None
    [warning] = problems
    assert (warning.warning, warning.line, warning.field) == (True, 5, "source_url")
    assert "no `source`" in warning.message and "Sumber:" in warning.hint


@pytest.mark.parametrize("value", ["javascript:alert(1)", "data:text/html,x", "//contoh.id/a", "contoh.id/a",
                                   "https://", "https://contoh.id/a b", "[https://contoh.id/]"])
def test_rejects_a_source_url_that_is_not_a_web_address(value):
    problem = only_error(raw(f'title: Judul\ndate: 2025-06-15\nsource_url: "{value}"\n'))
    assert problem.line == 4 and "source_url" in problem.message and "https://" in problem.hint


def test_editor_and_source_url_written_under_extra_by_older_imports_are_still_read():
    meta = valid(raw('title: Judul\ndate: 2025-06-15\nextra:\n  editor: [Budi]\n  source_url: https://contoh.id/a\n'))
    assert (meta.editors, meta.source_url) == (("Budi",), "https://contoh.id/a")
    # The field itself wins over the old place.
    meta = valid(raw('title: Judul\ndate: 2025-06-15\neditor: Sari\nextra:\n  editor: Budi\n'))
    assert meta.editors == ("Sari",)
    problem = only_error(raw('title: Judul\ndate: 2025-06-15\nextra:\n  source_url: "javascript:x"\n'))
    assert "source_url" in problem.message
