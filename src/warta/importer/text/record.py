"""A crawler's JSON record pasted whole into a text file: the story's paragraphs and its headline taken out of
their quotes, one a line where they stood; the record's other fields left for the junk rules (issue 19,
thirty-ninth pass: a record of a crawl job with "title", "body": [...], "tags", "related")."""

from __future__ import annotations

import json
import re

_FIELD = re.compile(r'\s*"(?P<key>[\w-]+)"\s*:\s*(?P<value>"(?:[^"\\]|\\.)*")\s*,?\s*')
_ARRAY_OPENS = re.compile(r'\s*"(?P<key>[\w-]+)"\s*:\s*\[\s*')
_ITEM = re.compile(r'\s*(?P<value>"(?:[^"\\]|\\.)*")\s*,?\s*')
_HEADLINES = frozenset({"title", "headline", "judul"})
_STORIES = frozenset({"body", "content", "paragraphs", "text", "isi", "konten", "article_body", "articlebody"})


def without_json_syntax(lines: list[str]) -> list[str]:
    """`lines` with a JSON record's headline field and the strings of its body's array as plain lines, when
    the text is one JSON object (after comment lines starting with "#"); unchanged otherwise."""
    if not _one_object(lines):
        return lines
    out, array = [], None
    for line in lines:
        field, opens, item = _FIELD.fullmatch(line), _ARRAY_OPENS.fullmatch(line), _ITEM.fullmatch(line)
        if opens:
            array = opens["key"].casefold()
        elif line.strip() in ("]", "],"):
            array = None
        if field and field["key"].casefold() in _HEADLINES:
            line = json.loads(field["value"])
        elif item and array in _STORIES:
            line = json.loads(item["value"])
        out.append(line)
    return out


def _one_object(lines: list[str]) -> bool:
    text = "\n".join(line for line in lines if not line.startswith("#")).strip()
    if not (text.startswith("{") and text.endswith("}")):
        return False
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False
