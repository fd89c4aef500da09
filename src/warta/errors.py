"""The WartaError family: problems an editor can fix, each able to format itself."""

from __future__ import annotations

from dataclasses import dataclass

from warta.pickling import FastPickle


def printable(text: str) -> str:
    """`text` on one line with its control and invisible formatting characters written as escapes:
    a value quoted in a message cannot start a forged message line, move the terminal's cursor
    (ESC sequences) or reverse the text around it (U+202E)."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


@dataclass(frozen=True, slots=True)
class Problem(FastPickle):
    """One thing wrong (or doubtful) in the site's input, pointing at where it is."""

    path: str
    """Path relative to the site root, with forward slashes (`articles/a.md`)."""
    line: int | None
    """1-based line in that file, or None when the problem is the whole file."""
    field: str | None
    """The front matter or config field concerned, if any."""
    message: str
    """What is wrong, in one phrase."""
    hint: str | None = None
    """What to do about it."""
    warning: bool = False
    """A warning does not stop the build (unless `--strict`)."""

    def format(self) -> str:
        """Render as `path:line: field: what is wrong — what to do`."""
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        label = "warning: " if self.warning else ""
        field = f"{self.field}: " if self.field else ""
        hint = f" — {self.hint}" if self.hint else ""
        return printable(f"{where}: {label}{field}{self.message}{hint}")

    def sort_key(self) -> tuple:
        return (self.path, self.line or 0, self.field or "", self.message)


class WartaError(Exception):
    """Base of every error Warta reports to the user without a traceback."""

    exit_code = 1

    def format(self) -> str:
        return str(self)


class ProblemsError(WartaError):
    """One or more input problems, all reported together."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(sorted(problems, key=Problem.sort_key))
        super().__init__(self.format())

    def format(self) -> str:
        return "\n".join(p.format() for p in self.problems)

    @property
    def error_count(self) -> int:
        return sum(not p.warning for p in self.problems)


class ConfigError(ProblemsError):
    """The site config is missing, unreadable or invalid."""


class ContentError(ProblemsError):
    """One or more articles are invalid."""


class TemplateError(WartaError):
    """A template is missing or fails to render."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None, source: str | None = None,
                 hint: str | None = None):
        self.message, self.path, self.line, self.source, self.hint = message, path, line, source, hint
        where = ""
        if path:
            where = f"{path}:{line}: " if line else f"{path}: "
        text = f"{where}{message}"
        if source:
            text += f"\n    {source.strip()}"
        super().__init__(text)

    def problem(self) -> Problem:
        """The error as a Problem (what a build collects from its worker processes)."""
        hint = self.hint
        if self.source and self.source.strip():
            shown = " ".join(self.source.split())
            shown = shown if len(shown) <= 120 else shown[:119] + "…"
            hint = f"the line reads `{shown}`" + (f"; {hint}" if hint else "")
        return Problem(self.path or "templates", self.line, None, self.message, hint)


class OutputError(WartaError):
    """The output folder cannot be written, or two pages claim one path."""


class CommandError(WartaError):
    """A CLI command cannot do what was asked (the file exists, the port is taken)."""


class UsageError(CommandError):
    """An option, argument or SOURCE_DATE_EPOCH has a value the command cannot use."""

    exit_code = 2  # wrong usage, as for argparse's own errors (issue 21: a bad --now gave 1)


class BuildLockedError(WartaError):
    """Another build of the same site holds the build lock (`--no-wait`)."""

    exit_code = 75  # EX_TEMPFAIL: nothing is wrong with the site; try again later


class CacheLost(Exception):
    """A row of the state that a build counted on (an article's body, read when a page shows it) cannot be
    had any more: the database was damaged or replaced since it was read. The build starts again from
    scratch (`builder/pipeline.py`): the cache can cost a build time, never the build."""
