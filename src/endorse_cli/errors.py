"""Exceptions, exit codes, and how problems are shown (at most 50, every echoed value cut short)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from endorse_cli.inert import terminal

MAX_PROBLEMS = 50  # problems listed in one message; the rest are counted
# A value echoed in a message is cut to this many characters, the last an ellipsis.
MAX_VALUE_CHARS = 80

# A value echoed in a message: quoted (from a quote to the first matching quote that ends a word),
# or any run of more than 80 characters without a space (a path, an unquoted value). One pass, left
# to right.
_VALUE = re.compile(
    r"""(?<!\w)(?P<q>['"])(?P<text>.*?)(?P=q)(?=[\s.,;:!?)\]]|$)"""
    rf"""|(?P<run>\S{{{MAX_VALUE_CHARS + 1},}})"""
)


class ExitCode(IntEnum):
    """The exit codes README.md states ("Exit codes"); the CLI help repeats them."""

    OK = 0
    FINDINGS = 1
    CANNOT_RUN = 2
    INTERNAL = 3


def shorten(text: str, limit: int = MAX_VALUE_CHARS) -> str:
    """`text`, or its first `limit - 1` characters and an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


_PATH_MAX = 4096


def file_label(path: os.PathLike[str] | str) -> str:
    r"""A file name as text any output can hold: a byte that is not UTF-8 (kept by the file system
    as a lone surrogate) becomes `\xff`, so JSON and CSV never meet a lone surrogate."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def cut_values(text: str) -> str:
    """Every quoted value, and any run of more than 80 characters without a space, cut to about 80.

    A long value that is a file path (an existing one, or one written with '/' up to the length a
    path may have) is kept whole: a message must name its file.
    """
    return _VALUE.sub(_cut, terminal(text))


def _cut(found: re.Match[str]) -> str:
    if found["run"] is not None:
        return found["run"] if _names_a_path(found["run"]) else shorten(found["run"])
    text = found["text"]
    return f"{found['q']}{text if _names_a_path(text) else shorten(text)}{found['q']}"


def _names_a_path(text: str) -> bool:
    if len(text) <= MAX_VALUE_CHARS:
        return False
    if "/" in text and len(text) <= _PATH_MAX and not any(c.isspace() for c in text):
        return True
    try:
        return os.path.lexists(text.rstrip(".,;:)"))
    except (OSError, ValueError):
        return False


def field_path(loc: Iterable[str | int]) -> str:
    """('trainings', 0, 'hours') -> 'trainings[0].hours'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(top level)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where, which field, what, and how to fix it."""

    file: str
    message: str
    line: int | None = None
    field: str | None = None
    fix: str | None = None
    # A consequence of the problems above (checks skipped), not a problem of its own.
    note: bool = False

    def __str__(self) -> str:
        where = terminal(self.file if self.line is None else f"{self.file}:{self.line}")
        text = cut_values(f"{self.field}: {self.message}" if self.field else self.message)
        return f"{where}: {text} Fix: {cut_values(self.fix)}" if self.fix else f"{where}: {text}"


def count(n: int, noun: str) -> str:
    """'1 problem', '3 problems'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class EndorseError(Exception):
    """Base of every error the CLI reports without a traceback."""

    exit_code: ExitCode = ExitCode.CANNOT_RUN

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems or []

    def __str__(self) -> str:
        """The message and the first 50 problems, then how many more there are."""
        lines = [cut_values(self.message), *(f"  {p}" for p in _listed(self.problems))]
        if len(self.problems) > MAX_PROBLEMS:
            lines.append(f"  … and {len(self.problems) - MAX_PROBLEMS} more.")
        return "\n".join(lines)


def _listed(problems: list[Problem]) -> list[Problem]:
    """At most 50 problems in their order; when there are more, every file's first problems come
    first."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    seen: dict[str, int] = {}
    ranked = []
    for i, problem in enumerate(problems):
        seen[problem.file] = seen.get(problem.file, -1) + 1
        ranked.append((seen[problem.file], i))
    return [problems[i] for i in sorted(i for _rank, i in sorted(ranked)[:MAX_PROBLEMS])]


class DataError(EndorseError):
    """The data pack is invalid (exit 1 from `validate`, 2 elsewhere)."""


class RecordError(EndorseError):
    """The training record cannot be read or is invalid."""


class UsageError(EndorseError):
    """A bad option or argument: unknown category, area, course or section; a path it may not
    write."""


class UnknownCategory(UsageError):
    """A category the data pack does not have (by id or name)."""


class UnknownArea(UsageError):
    """A competency area the data pack does not have (by id, name or alternate spelling)."""


class UnknownCrosswalk(UsageError):
    """A crosswalk the data pack does not have."""


class UnknownCourse(UsageError):
    """A course a crosswalk does not list."""
