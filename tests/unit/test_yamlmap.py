"""yamlmap.py: YAML mappings with the line of every key, and syntax errors with lines."""

from __future__ import annotations

import pytest

from warta.yamlmap import parse_mapping

PATH = "articles/a.md"


def parse(text: str, first_line: int = 2):
    return parse_mapping(text, PATH, first_line)


def only_problem(text: str, first_line: int = 2):
    mapping, problems = parse(text, first_line)
    assert mapping is None
    assert len(problems) == 1, problems
    return problems[0]


def test_records_the_file_line_of_every_key():
    mapping, problems = parse("title: A\n\n# komentar\ndate: 2025-06-15\ntags:\n  - x\nslug: a\n")
    assert problems == []
    assert mapping.lines == {"title": 2, "date": 5, "tags": 6, "slug": 8}
    assert mapping.line_of("date") == 5


def test_line_of_a_missing_key_is_the_first_line():
    mapping, _ = parse("title: A\n", first_line=7)
    assert mapping.first_line == 7
    assert mapping.line_of("date") == 7


def test_empty_or_comment_only_text_is_an_empty_mapping():
    for text in ("", "\n", "# hanya komentar\n"):
        mapping, problems = parse(text)
        assert problems == []
        assert mapping.data == {}


def test_reports_duplicate_keys_with_both_lines_and_keeps_the_last_value():
    mapping, problems = parse("title: Pertama\ndate: 2025-06-15\ntitle: Kedua\n")
    assert mapping is not None
    assert mapping.data["title"] == "Kedua"
    [problem] = problems
    assert (problem.line, problem.field) == (4, "title")
    assert problem.message == "appears twice (first on line 2)"
    assert problem.hint == "keep one of them"
    assert not problem.warning


def test_tab_indentation_is_a_syntax_error_with_the_tab_line_and_advice():
    problem = only_problem("title: A\ntags:\n\t- Meta\n")
    assert problem.line == 4
    assert problem.message.startswith("YAML syntax error:")
    assert problem.hint == "indent with spaces, not tabs"


def test_colon_in_unquoted_value_points_at_its_line_and_suggests_quotes():
    problem = only_problem("date: 2025-06-15\ntitle: Meta: investasi baru\n")
    assert problem.line == 3
    assert problem.message == "YAML syntax error: mapping values are not allowed here"
    assert "double quotes" in problem.hint


def test_syntax_error_lines_count_from_the_first_line():
    problem = only_problem("a: 1\nb: 2\nc: d: e\n", first_line=10)
    assert problem.line == 12


def test_unclosed_quote_points_at_the_line_that_opens_it():
    problem = only_problem('date: 2025-06-15\ntitle: "Meta suntik\ntags: [a]\nslug: x\n')
    assert problem.line == 3
    assert "quoted scalar" in problem.message
    assert problem.hint == "close the quote or bracket opened on this line"


def test_unclosed_bracket_points_at_the_line_that_opens_it():
    problem = only_problem("title: A\ntags: {Meta\n")
    assert problem.line == 3
    assert problem.hint == "close the quote or bracket opened on this line"


def test_undefined_alias_is_a_syntax_error_on_its_line():
    problem = only_problem("title: A\nsummary: *ringkas\n")
    assert problem.line == 3
    assert "undefined alias" in problem.message


def test_control_character_is_reported_with_its_line_not_raised():
    problem = only_problem("title: A\nsummary: a\x01b\n")
    assert problem.line == 3
    assert problem.message == "contains the control character U+0001"


def test_refuses_python_object_tags():
    problem = only_problem("title: !!python/object/apply:os.system [ls]\n")
    assert problem.line == 2
    assert "constructor" in problem.message


def test_list_front_matter_is_not_a_mapping():
    problem = only_problem("- title: A\n- date: 2025-06-15\n")
    assert problem.line == 2
    assert problem.message == "front matter is a list, not a set of fields"
    assert "`field: value`" in problem.hint


def test_scalar_front_matter_is_not_a_mapping():
    problem = only_problem("Judul saja\n")
    assert problem.message == "front matter is a single value, not a set of fields"


def test_names_the_block_in_messages():
    _, [problem] = parse_mapping("- a\n", "warta.yaml", what="the config")
    assert problem.message == "the config is a list, not a set of fields"


def test_list_as_a_field_name_is_reported_not_raised():
    problem = only_problem("title: A\n[a, b]: c\n")
    assert problem.line == 3
    assert "field name" in problem.message


@pytest.mark.parametrize("value", ["2025-06-15", "2025-06-15T09:00:00+07:00", "2025-06-15 09:00:00"])
def test_timestamps_stay_strings(value):
    mapping, problems = parse(f"date: {value}\n")
    assert problems == []
    assert mapping.data["date"] == value
    assert isinstance(mapping.data["date"], str)


def test_other_scalars_keep_their_yaml_types():
    mapping, _ = parse("draft: true\nper_page: 5\nratio: 1.5\nnothing: ~\ntags: [a, 1]\n")
    assert mapping.data == {"draft": True, "per_page": 5, "ratio": 1.5, "nothing": None, "tags": ["a", 1]}


def test_keys_are_strings():
    mapping, _ = parse("1: satu\n")
    assert mapping.data == {"1": "satu"}
    assert mapping.lines == {"1": 2}
