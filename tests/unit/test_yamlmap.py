"""yamlmap.py: YAML mappings with the line of every key, and syntax errors with lines."""

from __future__ import annotations

import pytest
import yaml

from warta import yamlmap
from warta.yamlmap import MAX_ALIAS_NODES, bad_character, parse_mapping

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
    assert problem.message == "the YAML tag !!python/object/apply:os.system is not allowed here"


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


# --- issue 21: tags, numbers, aliases, depth and control characters ---------------------------------

@pytest.mark.parametrize("value, message", [
    ("!!float abc", '"abc" is not a valid !!float'),
    ("!!int 0xZZ", '"0xZZ" is not a valid !!int'),
    ("!!int ''", '"" is not a valid !!int'),
    ("!!bool maybe", '"maybe" is not a valid !!bool'),
    ("!!timestamp garbage", '"garbage" is not a valid !!timestamp'),
    ("!!timestamp 2025-13-45", '"2025-13-45" is not a valid !!timestamp'),
    ("7" * 5000, "a number of 5000 digits is too long to read"),
])
def test_a_tagged_value_that_cannot_be_read_is_a_problem_on_its_line(value, message):
    # Issue 21: these raised ValueError, KeyError or AttributeError out of the loader.
    for text, line, field in ((f"title: A\nsummary: {value}\n", 3, "summary"),
                              (f"title: A\nextra:\n  a: 1\n  b: [x, {value}]\n", 5, "extra")):
        problem = only_problem(text)
        assert (problem.line, problem.field, problem.message) == (line, field, message)
        assert problem.hint


@pytest.mark.parametrize("tag", ["!!binary aGFsbw==", "!!set {a, b}", "!!omap [a: 1]", "!!pairs [a: 1]", "!lokal x",
                                 "!!python/name:os.system", "!!python/object:object {}"])
def test_tags_warta_does_not_take_are_not_allowed(tag):
    problem = only_problem(f"title: A\nextra:\n  nilai: {tag}\n")
    assert problem.line == 4 and problem.field == "extra"
    assert problem.message.startswith("the YAML tag ") and problem.message.endswith(" is not allowed here")


def test_plain_tags_of_the_kinds_warta_takes_still_work():
    mapping, problems = parse("a: !!str 12\nb: !!int '7'\nc: !!float 1.5\nd: !!bool true\ne: !!null ''\n"
                              "f: !!seq [1]\ng: !!map {x: 1}\nh: =\ni: <<\n")
    assert problems == []
    assert mapping.data == {"a": "12", "b": 7, "c": 1.5, "d": True, "e": None, "f": [1], "g": {"x": 1},
                            "h": "=", "i": "<<"}


def test_merge_keys_and_a_few_aliases_are_fine():
    mapping, problems = parse("extra:\n  dasar: &d {warna: merah}\n  kartu:\n    <<: *d\n    ukuran: 2\n"
                              "  lagi: *d\n")
    assert problems == []
    assert mapping.data["extra"]["kartu"] == {"warna": "merah", "ukuran": 2}


def billion_laughs(indent: str = "") -> str:
    """The classic: nine levels of nine aliases, 452 bytes for 9^9 strings."""
    lines = [f'{indent}a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        name, previous = "abcdefghi"[level], "abcdefghi"[level - 1]
        lines.append(f"{indent}{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("text, line, field", [
    (billion_laughs(), 6, "e"),  # 9^5 values under `e`: the first field past the limit
    ("title: A\nextra:\n" + billion_laughs("  "), 3, "extra"),
])
def test_alias_bomb_is_refused_after_measuring_each_written_node_once(text, line, field, monkeypatch):
    measured, constructed = [], []
    walk_measure, construct = yamlmap._Walk.measure, yaml.constructor.BaseConstructor.construct_object

    def count_measure(self, node):
        result = walk_measure(self, node)
        measured.append(self.distinct)
        return result

    def count_construct(self, node, deep=False):
        constructed.append(node)
        return construct(self, node, deep)

    monkeypatch.setattr(yamlmap._Walk, "measure", count_measure)
    monkeypatch.setattr(yaml.constructor.BaseConstructor, "construct_object", count_construct)
    problem = only_problem(text)
    assert (problem.line, problem.field) == (line, field)
    assert problem.message == f"YAML aliases (*name) make this more than {MAX_ALIAS_NODES:,} values"
    # Bounded by what is written, not by what the aliases stand for: each of the block's
    # 9 + 8 * 10 + 17 nodes (and the keys) is measured once, and nothing is constructed.
    written = sum(1 for event in yaml.parse(text) if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent,
                                                                         yaml.MappingStartEvent)))
    assert max(measured) <= written
    assert constructed == []


def test_aliases_just_under_the_limit_are_fine():
    # 3 levels of 20: 1 + 20 + 400 + 8000 values reached through aliases.
    text = ('a: &a [' + ",".join(["x"] * 20) + "]\nb: &b [" + ",".join(["*a"] * 20) + "]\n"
            "c: [" + ",".join(["*b"] * 20) + "]\n")
    mapping, problems = parse(text)
    assert problems == [] and len(mapping.data["c"]) == 20


def test_an_alias_inside_its_own_anchor_is_refused():
    problem = only_problem("title: A\nextra: &diri\n  - *diri\n")
    assert (problem.line, problem.field) == (3, "extra")
    assert "stands for the list or mapping it is in" in problem.message


def test_nesting_deeper_than_the_limit_is_refused_and_very_deep_nesting_does_not_raise():
    problem = only_problem("title: A\nextra: " + "[" * 150 + "]" * 150 + "\n")
    assert (problem.line, problem.field, problem.message) == (3, "extra", "is nested more than 100 levels deep")
    problem = only_problem("title: A\nextra: " + "[" * 20000 + "]" * 20000 + "\n")
    assert problem.message == "front matter is nested too deeply to read"
    mapping, problems = parse("extra: " + "[" * 100 + "]" * 100 + "\n")
    assert problems == [] and mapping is not None


@pytest.mark.parametrize("escape, code", [("\\0", "U+0000"), ("\\x1b", "U+001B"), ("\\x7f", "U+007F"),
                                          ("\\r", "U+000D"), ("\\N", "U+0085"), ("\\u0007", "U+0007")])
def test_a_control_character_written_as_an_escape_is_refused_in_any_value(escape, code):
    # Issue 21: `source: "x\u0000y"` reached the HTML raw.
    mapping, problems = parse(f'title: A\nsource: "x{escape}y"\nextra:\n  daftar: [ok, "a{escape}"]\n'
                              f'"kun{escape}ci": 1\n')
    assert mapping is not None  # the other fields are still checked, so all problems come at once
    assert [(p.line, p.field, p.message) for p in problems] == [
        (3, "source", f"contains the control character {code}"),
        (5, "extra", f"contains the control character {code}"),
        (6, f"kun{chr(int(code[2:], 16))}ci", f"contains the control character {code}"),
    ]
    assert all(chr(int(code[2:], 16)) not in p.format() for p in problems)
    assert all(not p.warning and "escape" in p.hint for p in problems)


@pytest.mark.parametrize("escape, shown", [("\\ud800", "U+D800, which is not a character"),
                                           ("\\ufffe", "U+FFFE, which is not a character"),
                                           ("\\uffff", "U+FFFF, which is not a character")])
def test_lone_surrogates_and_non_characters_are_refused(escape, shown):
    [problem] = parse(f'title: "a{escape}"\n')[1]
    assert (problem.line, problem.field, problem.message) == (2, "title", f"contains {shown}")


def test_tabs_and_newlines_in_values_are_fine():
    mapping, problems = parse('note: "baris satu\\nbaris\\tdua"\nsummary: |\n  satu\n  dua\n')
    assert problems == []
    assert mapping.data["note"] == "baris satu\nbaris\tdua"


def test_bad_character_names_what_it_found():
    assert bad_character("Judul biasa — é 日本 \u202e\t\n") is None
    assert bad_character("a\x1bb") == "the control character U+001B"
    assert bad_character("\udcff") == "U+DCFF, which is not a character"


def test_a_blank_field_name_is_quoted_in_messages():
    [problem] = parse('"   ": "a\\x08b"\n')[1]
    assert problem.field == '"   "' and problem.format().startswith('articles/a.md:2: "   ": contains the control')


def test_records_the_lines_two_levels_below_a_key():
    """`line_at` (issue 18): a problem in `organization:` or in an author's `same_as` list names its
    own line, not the top-level key's."""
    mapping, problems = parse("organization:\n  masthead: redaksi\n\n  same_as:\n    - https://a\n"
                              "    - https://b\nRina:\n  links:\n    - x:\n        deep: 1\n")
    assert problems == []
    assert mapping.line_at("organization", "masthead") == 3
    assert mapping.line_at("organization", "same_as", 1) == 7
    assert mapping.line_at("Rina", "links", 0) == 10
    # Deeper than two levels, or a key not there: the nearest line known.
    assert mapping.line_at("Rina", "links", 0, "x") == 10
    assert mapping.line_at("organization", "email") == 2
    assert mapping.line_at("title") == 2
