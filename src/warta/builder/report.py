"""The Reporter protocol: the build emits events and never prints; the CLI and tests listen."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from warta.errors import Problem
from warta.pickling import FastPickle

if TYPE_CHECKING:
    from warta.model.site import Schedule


class Due(NamedTuple):
    """An article that changes the site on its own at a moment: it goes live, or comes down."""

    path: str
    """The article file, relative to the site root."""
    at: datetime


@dataclass(frozen=True, slots=True)
class ScheduleSummary(FastPickle):
    """What the site's `Schedule` tells the editor, in plain values: a no-op build reports it again
    from the build state without importing the model (issue 22)."""

    drafts: int
    future: int
    expired: int
    next_publish: Due | None
    """The earliest article whose date is still in the future."""
    next_expiry: Due | None
    """The earliest published article that will expire."""

    @classmethod
    def of(cls, schedule: Schedule) -> ScheduleSummary:
        publish, expiry = schedule.next_publish, schedule.next_expiry
        return cls(schedule.drafts, schedule.future, schedule.expired,
                   Due(publish.source.path, publish.source.date) if publish is not None else None,
                   Due(expiry.source.path, expiry.source.expires)
                   if expiry is not None and expiry.source.expires is not None else None)


@dataclass(frozen=True, slots=True)
class BuildReport(FastPickle):
    """What a finished build did."""

    output: Path
    articles: int
    pages: int
    files: int
    changed: int
    """Files whose bytes differ from the previous output."""
    seconds: float
    schedule: ScheduleSummary
    warnings: tuple[Problem, ...]
    rendered: int = 0
    """Pages rendered this time (the others were carried over unchanged)."""
    encoded: int = 0
    """Photo files encoded this time (the others came from the photo cache or the last output)."""
    unchanged_inputs: bool = False
    """Nothing had changed since the last build: the output was left as it was."""


class Reporter(Protocol):
    def stage(self, name: str, seconds: float) -> None:
        """A stage finished."""

    def progress(self, label: str, total: int) -> None:
        """A long step starts, with `total` units of work."""

    def advance(self, units: int = 1) -> None:
        """Units of the current long step are done."""

    def problem(self, problem: Problem) -> None:
        """A warning found on the way (errors are raised, not reported)."""

    def notice(self, text: str) -> None:
        """Something the editor should know while the build goes on (it waits for another build)."""


class NullReporter:
    """Listens to nothing (library use, --quiet)."""

    def stage(self, name: str, seconds: float) -> None:
        pass

    def progress(self, label: str, total: int) -> None:
        pass

    def advance(self, units: int = 1) -> None:
        pass

    def problem(self, problem: Problem) -> None:
        pass

    def notice(self, text: str) -> None:
        pass


@dataclass
class RecordingReporter:
    """Keeps every event, for tests."""

    stages: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    advanced: int = 0

    def stage(self, name: str, seconds: float) -> None:
        self.stages.append(name)

    def progress(self, label: str, total: int) -> None:
        pass

    def advance(self, units: int = 1) -> None:
        self.advanced += units

    def problem(self, problem: Problem) -> None:
        self.problems.append(problem)

    def notice(self, text: str) -> None:
        self.notices.append(text)
