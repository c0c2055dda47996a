"""Dates after today in a training record, found on the raw YAML data: a date is checked wherever it
is readable, even when other fields of the record (or of the same entry) are wrong, so one run shows
all."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from endorse_cli.errors import Problem, field_path
from endorse_cli.pack.yamlsafe import Document
from endorse_cli.vocab import LAST_REPORT_DATE

Where = tuple[str | int, ...]
_FIELDS = (
    ("endorsements", "earned"),
    ("education", "completed"),
    ("courses", "completed"),
    ("trainings", "date"),
    ("work", "start"),
    ("work", "end"),
    ("reflective_supervision", "start"),
    ("reflective_supervision", "end"),
    ("exams", "passed"),
)


def future_dates(doc: Document, label: str, today: date) -> Iterator[Problem]:
    """A Problem for each readable date after `today` (or after the last date endorse reckons
    with)."""
    for where, day in _dates(doc.data):
        fix = "correct the date."
        if day > LAST_REPORT_DATE:  # planned entries too
            msg = f"{day} is after {LAST_REPORT_DATE}, the last date endorse reckons with."
        elif day > today and not _planned(doc.data, where):
            msg = f"{day} is after today ({today})."
            if where[0] in PLANNABLE:
                fix = (
                    "correct the date, or add planned: true to the entry if it is not completed "
                    "yet."
                )
        else:
            continue
        yield Problem(label, msg, doc.line_of(where), field_path(where), fix)


PLANNABLE = ("trainings", "courses", "reflective_supervision")


def _planned(data: dict[str, Any], where: Where) -> bool:
    """Whether the date at `where` belongs to a planned entry (any date up to the last one is
    allowed)."""
    entries = data.get(str(where[0]))
    if where[0] not in PLANNABLE or not isinstance(entries, list) or not isinstance(where[1], int):
        return False
    entry = entries[where[1]]
    return isinstance(entry, dict) and entry.get("planned") is True


def _dates(data: dict[str, Any]) -> Iterator[tuple[Where, date]]:
    for key, attr in _FIELDS:
        items = data.get(key)
        for i, item in enumerate(items if isinstance(items, list) else []):
            day = _as_date(item.get(attr)) if isinstance(item, dict) else None
            if day is not None:
                yield (key, i, attr), day
    signed = data.get("code_of_ethics_signed")
    for i, value in enumerate(signed if isinstance(signed, list) else []):
        if (day := _as_date(value)) is not None:
            yield ("code_of_ethics_signed", i), day
    for key in ("code_of_ethics_signed", "exam_passed"):
        if (day := _as_date(data.get(key))) is not None:
            yield (key,), day


def _as_date(value: Any) -> date | None:
    """The date `value` spells (YYYY-MM-DD), or None: a wrong date is the model's to report."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None
