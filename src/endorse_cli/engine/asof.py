"""Where did I stand then? The record as it was on the report date: later entries left out, with a
note."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from endorse_cli.engine.planned import counts_on
from endorse_cli.models.record import Record

# list field -> the date that says when the entry happened (courses, trainings and RSC: `counts_on`)
_DATED: dict[str, Callable[[Any], date | None]] = {
    "endorsements": lambda e: e.earned,
    "education": lambda e: e.completed,
    "work": lambda w: w.start,
    "exams": lambda e: e.passed,
}
_PLANNABLE = ("courses", "trainings", "reflective_supervision")
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
    planned: list[str] = []
    for name in _WORDS:
        items: Sequence[Any] = getattr(record, name)
        if name in _PLANNABLE:
            kept = [item for item in items if counts_on(item, as_of)]
        else:
            kept = [item for item in items if (_DATED[name](item) or date.min) <= as_of]
        if len(kept) < len(items):
            update[name] = kept
            # By identity: comparing models field by field is slow.
            kept_ids = {id(item) for item in kept}
            later = [item for item in items if id(item) not in kept_ids]
            done = sum(not getattr(item, "planned", False) for item in later)
            if done:
                left.append(_count(done, _WORDS[name]))
            if len(later) > done:
                planned.append(_count(len(later) - done, "planned " + _WORDS[name]))
    signed = record.ethics_dates()
    if any(d > as_of for d in signed):
        update["code_of_ethics_signed"] = [d for d in signed if d <= as_of] or None
        left.append("a code of ethics signature")
    if record.exam_passed and record.exam_passed > as_of:
        update["exam_passed"] = None
        left.append("an exam")
    notes = (
        [f"Judged as of {as_of}: left out as later than that date: {', '.join(left)}."]
        if left
        else []
    )
    if planned:
        notes.append(f"Not counted yet (planned for after {as_of}): {', '.join(planned)}.")
    return (record.model_copy(update=update) if update else record), notes


def _count(n: int, noun: str) -> str:
    return f"1 {noun}" if n == 1 else f"{n} {noun.replace('entry', 'entrie')}s"
