"""An email pasted whole into a text file: its quoted-printable body decoded, its quoted message's "> " marks
taken off (issue 19, nineteenth pass: a release forwarded to a newsroom, copied with its raw source)."""

from __future__ import annotations

import quopri
import re

# The header that says the body is quoted-printable ("=20" at line ends, "=E2=80=94", "ya=" + newline + "ng")
_QUOTED_PRINTABLE = re.compile(r"^content-transfer-encoding\s*:\s*quoted-printable\s*$", re.IGNORECASE | re.MULTILINE)


def decoded(text: str) -> str:
    """The text with what follows a "Content-Transfer-Encoding: quoted-printable" header decoded: "=XX" bytes
    as UTF-8, soft line breaks joined (the lines below one shift up). Unchanged without that header, or when
    the decoded bytes are no UTF-8."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header = _QUOTED_PRINTABLE.search(text)
    if header is None:
        return text
    body = text[header.end():]
    try:
        return text[:header.end()] + quopri.decodestring(body.encode("utf-8")).decode("utf-8")
    except UnicodeError:
        return text


_QUOTE_MARK = re.compile(r">(?: ?>)* ?")
_QUOTED_LINES = 5
"""Lines at least starting with ">" that make an email's quoted message (a story's quote is one or two)."""


def without_quote_marks(lines: list[str]) -> list[str]:
    """The lines of an email's quoted message without their "> " marks ("> Padang, 24 November 2026 - ...", ">"
    alone between its paragraphs becomes a blank line), when `_QUOTED_LINES` lines or more carry one."""
    if sum(line.startswith(">") for line in lines) < _QUOTED_LINES:
        return lines
    return [_QUOTE_MARK.sub("", line, count=1) if line.startswith(">") else line for line in lines]
