"""Helpers shared by the requirement checks."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from endorse_cli.models.common import Dated
from endorse_cli.results.common import Amount
from endorse_cli.results.gap import RequirementResult
from endorse_cli.vocab import Status

D = TypeVar("D", bound=Dated)
CONFIRM = "Confirm with your association."

LABELS = {
    "education": "Education",
    "training_hours": "Training hours",
    "work_experience": "Specialized work experience",
    "reflective_supervision": "Reflective supervision/consultation",
    "references": "Reference ratings",
    "code_of_ethics": "Code of ethics",
    "exam": "Exam",
    "membership": "Membership",
}


def in_force(versions: Sequence[D], on: date) -> D | None:
    """The rule version that applies on `on`, if any."""
    return next((v for v in versions if v.in_force(on)), None)


def num(value: float) -> float | int:
    """A number floored to one decimal (never rounds up to look met), int when whole."""
    floored = math.floor(value * 10 + 1e-6) / 10
    return int(floored) if floored == int(floored) else floored


def listing(items: Sequence[str], joiner: str = "or") -> str:
    """'a', 'a or b', 'a, b or c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {joiner} {items[-1]}"


def of(have: float, need: float, unit: str) -> str:
    """'38 of 50 hours' while short, '47 hours (30 needed)' once reached."""
    if have + 1e-6 >= need:
        return f"{num(have)} {unit} ({num(need)} needed)"
    return f"{num(have)} of {num(need)} {unit}"


def grade(have: float, required: float) -> Status:
    """met when have reaches required, partial when some, missing when none."""
    if have + 1e-6 >= required:
        return "met"
    return "partial" if have > 0 else "missing"


def result(
    rid: str,
    rule: Dated,
    status: Status,
    detail: str,
    required: Amount = None,
    have: Amount = None,
    unit: str | None = None,
) -> RequirementResult:
    """A RequirementResult carrying the rule's note, sources and confirmation flag."""
    if rule.unconfirmed:
        detail = f"{detail} {CONFIRM}"
    return RequirementResult(
        id=rid,
        label=LABELS.get(rid, rid),
        status=status,
        required=required,
        have=have,
        unit=unit,
        detail=detail,
        note=rule.note,
        unconfirmed=rule.unconfirmed,
        source=list(rule.source),
    )
