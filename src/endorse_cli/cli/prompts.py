"""The questions `endorse init --interactive` asks; each answer is checked before the next
question."""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import typer

from endorse_cli.api.files import character_name
from endorse_cli.api.types import Pack, StarterDegree
from endorse_cli.errors import UsageError
from endorse_cli.vocab import LEVEL_ORDER, Level


@dataclass
class Answers:
    """What the person told `init` (nothing, without --interactive)."""

    name: str | None = None
    association: str | None = None
    target: str | None = None
    education: list[StarterDegree] = field(default_factory=list)


def ask(pack: Pack) -> Answers:
    """Ask for name, association, target category and degrees; UsageError (exit 2) when stdin is
    closed or ends before every question is answered."""
    if sys.stdin is None or sys.stdin.closed:
        raise UsageError(f"{_NO_ANSWERS} stdin is closed. {_FIX}")
    try:
        return _ask(pack)
    # typer.Abort is a RuntimeError, as is input()'s lost stdin.
    except (
        EOFError,
        RuntimeError,
    ) as exc:
        if isinstance(exc.__context__, KeyboardInterrupt):
            raise
        raise UsageError(
            f"{_NO_ANSWERS} stdin ended before every question was answered. {_FIX}"
        ) from None


_NO_ANSWERS = "init --interactive asks its questions on the terminal, but"
_FIX = "Fix: run it in a terminal, or leave out --interactive and fill in the record it writes."


def _ask(pack: Pack) -> Answers:
    name = typer.prompt("Your name", value_proc=_required)
    association = typer.prompt(
        "Your association, e.g. MI-AIMH (Enter to skip)",
        default="",
        show_default=False,
        value_proc=_plain,
    )
    target = typer.prompt(
        f"Category you aim at ({', '.join(pack.categories)}; Enter to skip)",
        default="",
        show_default=False,
        value_proc=lambda text: _category(pack, text),
    )
    education: list[StarterDegree] = []
    question = "Add a degree or credential (a CDA counts)?"
    while typer.confirm(question, default=not education):
        education.append(_degree())
        question = "Add another degree?"
    return Answers(
        name=name,
        association=association.strip() or None,
        target=target or None,
        education=education,
    )


def _degree() -> StarterDegree:
    degree = typer.prompt(
        "  Degree, as on the diploma (e.g. Master of Social Work)", value_proc=_required
    )
    level = typer.prompt(f"  Level ({', '.join(LEVEL_ORDER)})", value_proc=_level)
    completed = typer.prompt(
        "  Finished on (YYYY-MM-DD; Enter if still studying)",
        default="",
        show_default=False,
        value_proc=_day,
    )
    return StarterDegree(degree=degree, level=level, completed=completed)


def _required(text: str) -> str:
    if not text.strip():
        raise typer.BadParameter("please type something.")
    return _plain(text).strip()


def _plain(text: str) -> str:
    """What was typed, unless it holds a control character (an escape sequence from a key, a pasted
    terminal code): a record cannot hold one, so it is asked again rather than written."""
    found = next(
        (ch for ch in text if unicodedata.category(ch) in ("Cc", "Cs") or ch in "\ufffe\uffff"),
        None,
    )
    if found is not None:
        raise typer.BadParameter(
            f"that holds a control character ({character_name(found)}); please type it again."
        )
    return text


def _category(pack: Pack, text: str) -> str:
    if not _plain(text).strip():
        return ""
    found = pack.find_category(text)
    if found is None:
        raise typer.BadParameter(f"unknown category '{text}'{pack.category_hint(text)}.")
    return found


def _level(text: str) -> Level:
    found = next((level for level in LEVEL_ORDER if level == _plain(text).strip().lower()), None)
    if found is not None:
        return found
    raise typer.BadParameter(f"'{text}' is not a level; type one of {', '.join(LEVEL_ORDER)}.")


def _day(text: str) -> date | None:
    if not _plain(text).strip():
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise typer.BadParameter(
            f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2019-05-15."
        ) from None
    if day > date.today():
        raise typer.BadParameter(
            "that date is in the future; leave it empty while you are still studying."
        )
    return day
