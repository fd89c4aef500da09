"""Property: whatever front matter and Markdown an editor (or a fuzzer) writes, `warta build` gives
either a clean build, whose every page passes the hostile-content checks, or exit 1 with nothing
but `path:line: …` problem lines and the "build stopped" line, the old output untouched. Never a
traceback, never another exit status, never a half-written site.

WARTA_FUZZ_EXAMPLES raises the number of examples for a long run (default 150)."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from helpers import CONFIG, NOW, snapshot, previous_output
from hostile import PAYLOADS, YAML_TRICKS, billion_laughs, check_site
from warta.cli import main
from warta.content.schema import KNOWN_FIELDS

EXAMPLES = int(os.environ.get("WARTA_FUZZ_EXAMPLES", "150"))
MARKER = b"<!doctype html><p>previous build</p>\n"
PROBLEM_LINE = re.compile(r"^(articles/[^:]+|warta\.yaml|_site/[^:]+)(:\d+)?: \S")
STOPPED_LINE = re.compile(r"^build stopped \(\d+ errors?(, \d+ warnings?)?\); the output folder was not changed$")

words = st.sampled_from([*YAML_TRICKS, "Meta", "Scale AI", "investasi", "Rp230 triliun", "2025-06-15", "31 Juni 2025", "ya",
                         "null", "~", "1e3", "0x1F", "-", "..", "../..", "/", "\\", "é", "日本", "\u202e", "\x00",
                         "\t", "  ", ":", "#", "&a", "*a", "!!int", "%", "@", "`", "'", '"', *PAYLOADS])
text = st.one_of(words, st.text(max_size=30), st.lists(words, max_size=6).map(" ".join))
scalars = st.one_of(text, st.integers(-10**12, 10**12), st.floats(allow_nan=True), st.booleans(), st.none(),
                    st.dates(min_value=dt.date(1, 1, 1)), st.datetimes(), st.sampled_from(["2025-02-30", "2025-06-15",
                    "2025-06-15T09:00:00+07:00", "2025-06-15 09:00", "15 Juni 2025", "2025-13-01", "9999-12-31",
                    "0001-01-01T00:00:00+07:00", "9999-12-31T23:59:00-12:00"]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(text, inner, max_size=3)), max_leaves=8)
keys = st.one_of(st.sampled_from(sorted(KNOWN_FIELDS)), text)
mappings = st.fixed_dictionaries({}, optional={"title": values, "date": values}).flatmap(
    lambda base: st.dictionaries(keys, values, max_size=6).map(lambda extra: {**extra, **base}))


def dump(mapping: dict) -> str:
    try:
        return yaml.safe_dump(mapping, allow_unicode=True, sort_keys=False)
    except yaml.YAMLError:
        return yaml.safe_dump({"title": "x"})


# What an editor writes: usually valid, with hostile payloads in every text field.
safe = st.sampled_from(["Meta", "Scale AI", "investasi", "Rp230 triliun", "é", "日本", "..", "/", "#", "&a", "'", '"',
                        "\u202e", *PAYLOADS])
safe_text = st.lists(safe, min_size=1, max_size=4).map(" ".join)
plausible = st.fixed_dictionaries(
    {"title": safe_text, "date": st.sampled_from(["2025-06-15", "2025-06-15T09:00:00+07:00", "2024-02-29",
                                                  "2025-06-15 09:00", dt.date(2025, 1, 2), "2025-02-30",
                                                  "2025-06-15", "2025-06-15T09:00:00+07:00", "2025-06-15 09:00",
                                                  "9999-12-31T23:59:00-12:00", dt.datetime(1, 1, 1)])},
    optional={"tags": st.lists(safe_text, max_size=5), "author": st.one_of(safe_text, st.lists(safe_text, max_size=3)),
              "category": safe_text, "summary": safe_text, "note": safe_text, "dateline": safe_text,
              "source": safe_text, "image_alt": safe_text,
              "slug": st.sampled_from(["berita-x", "berita-y", "Bad Slug", "../x"]), "draft": st.booleans(),
              "aliases": st.lists(st.sampled_from(["/lama/berita/", "lama.html", "../x", "/"]), max_size=2),
              "image": st.sampled_from(["/gambar/a.jpg", "https://contoh.id/a.jpg", "javascript:alert(1)"]),
              "updated": st.sampled_from(["2025-06-16", "2025-06-14"]),
              "expires": st.sampled_from(["2030-01-01", "2030-01-01", "2030-01-01", "9999-12-31T23:59:59-12:00"]),
              "extra": st.dictionaries(text, values)})
# YAML's own tricks (issue 21): tags, anchors and aliases, escapes of control characters, numbers too long
# to read and dates outside the calendar, as the value of a known field or nested under `extra:`.
trick_lines = st.tuples(st.sampled_from(sorted(KNOWN_FIELDS)), st.sampled_from(YAML_TRICKS)).map(
    lambda pair: f"{pair[0]}: {pair[1]}") | st.sampled_from(YAML_TRICKS).map(lambda trick: f"extra:\n  x: {trick}")
tricky = st.tuples(plausible.map(dump), st.lists(trick_lines, min_size=1, max_size=4),
                   st.sampled_from(["", "", billion_laughs(), "extra:\n" + billion_laughs("  ")])).map(
    lambda parts: parts[0] + "\n".join(parts[1]) + "\n" + parts[2])
front_matter = st.one_of(
    plausible.map(dump),  # the fields an editor writes, often valid, with hostile values
    plausible.map(dump),
    mappings.map(dump),  # well-formed YAML, any fields and values
    tricky,  # valid fields, then tags, aliases, escapes and odd dates (later keys win, duplicates are reported)
    st.lists(st.one_of(text, words.map(lambda w: f"{w}: {w}"), st.just("title: [unclosed"),
                       st.just("  - item"), st.just("date: 2025-06-15"), st.just("\t tab: x")),
             max_size=6).map("\n".join).map(lambda s: s + "\n"),  # YAML-ish lines, often broken
)
blocks = st.sampled_from([
    "# Judul", "## Bagian", "### Sub", "> kutipan", "> > dalam", "- butir", "  - anak", "1. satu", "```", "~~~",
    "    kode", "| a | b |\n|---|:-:|\n| 1 | 2 |", "[tautan](https://contoh.id/)", "[js](javascript:alert(1))",
    "![g](data:image/png;base64,AAAA)", "<script>alert(1)</script>", "<div onclick=x>", "[^1]\n\n[^1]: catatan",
    "***", "---", "<!--", "-->", "&amp; &#0; &#x110000;", "[a]: /tujuan", "[a][]", "*miring* **tebal** ~~coret~~",
    "\\", "`", "<https://contoh.id>", "<javascript:alert(1)>", "[](#)", "#", ">", "-", "   ", "\t",
])
bodies = st.lists(st.one_of(blocks, blocks, text), min_size=1, max_size=12).map("\n".join)
wrappers = st.sampled_from(["---\n{fm}---\n\n{body}\n", "---\n{fm}---\n\nIsi.\n{body}\n", "---\n{fm}---\n{body}", "{fm}\n{body}",
                            "---\n{fm}\n{body}", "\ufeff---\r\n{fm}---\r\n\r\n{body}\r\n", "---\n{fm}---\n"])
names = st.sampled_from(["berita.md", "Berita Baru.md", "berita-baru.md", "rubrik/berita.md", "a.md", "ü.md"])
well_formed = st.tuples(names, st.just("---\n{fm}---\n\n{body}\n"), plausible.map(dump), bodies)
anything = st.tuples(names, wrappers, front_matter, bodies)
articles = st.lists(st.one_of(well_formed, well_formed, anything), min_size=1, max_size=3)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])
@given(articles=articles)
def test_any_input_builds_cleanly_or_is_reported(articles, capsys):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        (root / "articles/rubrik").mkdir(parents=True)
        (root / "warta.yaml").write_text(CONFIG, encoding="utf-8")
        for name, wrapper, fm, body in articles:
            (root / "articles" / name).write_text(wrapper.format(fm=fm, body=body), encoding="utf-8",
                                                  errors="surrogatepass")
        previous_output(root / "_site", {"marker.html": MARKER})
        before = snapshot(root)
        capsys.readouterr()
        cwd = os.getcwd()
        os.chdir(folder)  # a relative --source: messages name articles/… as editors see them
        try:
            status = main(["build", "--source", "site", "--now", NOW, "--no-search", "--quiet"])
        finally:
            os.chdir(cwd)
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        lines = err.splitlines()
        event(f"exit {status}")
        if status == 1:
            assert lines and STOPPED_LINE.match(lines[-1]), err
            assert all(PROBLEM_LINE.match(line) for line in lines[:-1]), err
            assert snapshot(root) == before
        else:
            assert status == 0, err
            assert all(PROBLEM_LINE.match(line) and ": warning: " in line for line in lines), err
            check_site(root / "_site")


config_lines = st.one_of(
    st.tuples(st.sampled_from(["title", "description", "footer", "per_page", "allow_html", "timezone", "language",
                               "base_url", "extra", "author", "cname"]),
              st.sampled_from(YAML_TRICKS) | st.sampled_from(["Warta", "12", "true", "{a: 1}", "[a, b]", '"x\\ty"'])).map(
        lambda pair: f"{pair[0]}: {pair[1]}"),
    st.sampled_from(["extra:\n" + billion_laughs("  "), "extra: " + "[" * 150 + "]" * 150, "extra: &a [*a]"]),
)


@settings(max_examples=max(EXAMPLES // 3, 20), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(lines=st.lists(config_lines, min_size=1, max_size=3))
def test_any_config_builds_or_is_reported_by_every_command(lines, capsys):
    """warta.yaml with YAML's tricks: build, check and new give exit 0 or a clean exit 1, never a traceback."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        (root / "articles").mkdir(parents=True)
        (root / "warta.yaml").write_text("title: Uji\n" + "\n".join(lines) + "\n", encoding="utf-8")
        (root / "articles/a.md").write_text('---\ntitle: A\ndate: "2025-06-15"\n---\n\nIsi.\n', encoding="utf-8")
        previous_output(root / "_site", {"marker.html": MARKER})
        before = snapshot(root)
        capsys.readouterr()
        cwd = os.getcwd()
        os.chdir(folder)
        try:
            statuses = [main(["build", "--source", "site", "--now", NOW, "--no-search", "--quiet"]),
                        main(["new", "Judul Baru", "--source", "site", "--slug", "baru"])]
        finally:
            os.chdir(cwd)
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        event(f"exit {statuses}")
        assert statuses in ([0, 0], [1, 1]), err
        if statuses == [1, 1]:
            assert snapshot(root) == before
            problems = [line for line in err.splitlines() if not line.startswith(("build stopped", "no article"))]
            assert problems and all(PROBLEM_LINE.match(line) for line in problems), err
