"""Exceptions and exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of PRODUCT.md."""

    OK = 0
    FINDINGS = 1
    CANNOT_RUN = 2
    INTERNAL = 3


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where, which field, what, and how to fix it."""

    file: str
    message: str
    line: int | None = None
    field: str | None = None
    fix: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        return f"{text} Fix: {self.fix}" if self.fix else text


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
        if not self.problems:
            return self.message
        lines = [f"  {p}" for p in self.problems]
        return "\n".join([self.message, *lines])


class DataError(EndorseError):
    """The data pack is invalid (exit 1 from `validate`, 2 elsewhere)."""


class RecordError(EndorseError):
    """The training record cannot be read or is invalid."""


class UsageError(EndorseError):
    """A bad option or argument: unknown category, area, course or section."""
