"""Planned entries: trainings, courses and RSC not yet completed, written down to plan an
application date.

One rule, used by every report: an entry counts on a report date when that date is on or after the
entry's date (a planned RSC entry: its last day). A planned entry the report date has reached
counts, and the report says what rests on it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from endorse_cli.models.record import Course, Record, Supervision, Training

Plannable = Training | Course | Supervision

_NOUNS = {Training: "training", Course: "course", Supervision: "RSC entry"}


def entry_date(entry: Plannable) -> date:
    """The date an entry happens: a training's date, a course's completion, an RSC entry's last day
    (its first day when it has no end)."""
    if isinstance(entry, Training):
        return entry.date
    if isinstance(entry, Course):
        return entry.completed
    return entry.end or entry.start


def counts_on(entry: Plannable, on: date) -> bool:
    """Whether the entry is counted in a report dated `on`: reached by then (a planned RSC entry
    only once its last day is reached; a completed one from its first day, hours spread up to
    `on`)."""
    if entry.planned:
        return entry_date(entry) <= on
    return (entry.start if isinstance(entry, Supervision) else entry_date(entry)) <= on


def planned_in(record: Record) -> list[Plannable]:
    """Every planned entry of the record, in the record's order (trainings, courses, RSC)."""
    entries: Iterable[Plannable] = [
        *record.trainings,
        *record.courses,
        *record.reflective_supervision,
    ]
    return [e for e in entries if e.planned]


def describe(entry: Plannable) -> str:
    """'training "DEI basics" (2027-01-20)'."""
    noun = _NOUNS[type(entry)]
    title = (
        entry.title
        if isinstance(entry, Training)
        else _course_title(entry)
        if isinstance(entry, Course)
        else entry.provider
    )
    return f'{noun} "{title}" ({entry_date(entry)})'


def _course_title(course: Course) -> str:
    return course.title or f"{course.crosswalk}:{course.course}"


def counted_phrase(entries: list[Plannable]) -> str:
    """'the 2 planned trainings', 'the planned training and the planned RSC entry'."""
    groups: dict[str, int] = {}
    for e in entries:
        groups[_NOUNS[type(e)]] = groups.get(_NOUNS[type(e)], 0) + 1
    parts = [
        f"the planned {noun}" if n == 1 else f"the {n} planned {_plural(noun)}"
        for noun, n in groups.items()
    ]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" and {parts[-1]}"


def _plural(noun: str) -> str:
    return "RSC entries" if noun == "RSC entry" else f"{noun}s"
