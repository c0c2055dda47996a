"""Where did I stand then? The record as it was on the report date: later entries left out, with a note."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from endorse_cli.models.record import Record

# list field -> the date that says when the entry happened
_DATED: dict[str, Callable[[Any], date | None]] = {
    "endorsements": lambda e: e.earned,
    "education": lambda e: e.completed,
    "courses": lambda c: c.completed,
    "trainings": lambda t: t.date,
    "work": lambda w: w.start,
    "reflective_supervision": lambda s: s.start,
    "exams": lambda e: e.passed,
}
_WORDS = {
    "endorsements": "endorsement",
    "education": "degree",
    "courses": "course",
    "trainings": "training",
    "work": "job",
    "reflective_supervision": "RSC entry",
    "exams": "exam",
}


def as_of_view(record: Record, as_of: date) -> tuple[Record, list[str]]:
    """The record without what happened after `as_of`, and a note naming what was left out."""
    update: dict[str, Any] = {}
    left: list[str] = []
    for name, when in _DATED.items():
        items: Sequence[Any] = getattr(record, name)
        kept = [item for item in items if (when(item) or date.min) <= as_of]
        if len(kept) < len(items):
            update[name] = kept
            left.append(_count(len(items) - len(kept), _WORDS[name]))
    signed = record.ethics_dates()
    if any(d > as_of for d in signed):
        update["code_of_ethics_signed"] = [d for d in signed if d <= as_of] or None
        left.append("a code of ethics signature")
    if record.exam_passed and record.exam_passed > as_of:
        update["exam_passed"] = None
        left.append("an exam")
    if not left:
        return record, []
    note = f"Judged as of {as_of}: left out as later than that date: {', '.join(left)}."
    return record.model_copy(update=update), [note]


def _count(n: int, noun: str) -> str:
    return f"1 {noun}" if n == 1 else f"{n} {noun.replace('entry', 'entrie')}s"
