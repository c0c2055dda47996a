"""Training hours: clock hours of in-service training, each training once, with topic components."""

from __future__ import annotations

from datetime import date

from endorse_cli.engine.requirements.common import grade, num, of, result
from endorse_cli.models.category import TrainingRule
from endorse_cli.models.record import Record, Training
from endorse_cli.results.gap import RequirementResult


def unique_trainings(record: Record, as_of: date) -> list[Training]:
    """Trainings up to `as_of`, an entry repeated word for word counted once."""
    seen: set[tuple[str, date, float]] = set()
    kept = []
    for t in record.trainings:
        key = (t.title.casefold(), t.date, t.hours)
        if t.date <= as_of and key not in seen:
            seen.add(key)
            kept.append(t)
    return kept


def check_training(rule: TrainingRule, record: Record, as_of: date) -> RequirementResult:
    """Clock hours of training, each training once; topic components where the rule has them."""
    trainings = unique_trainings(record, as_of)
    total = sum(t.hours for t in trainings)
    parts = [of(total, rule.minimum, "clock hours")]
    short = grade(total, rule.minimum) != "met"
    for comp in rule.components:
        got = sum(t.hours for t in trainings if comp.topic in t.topics)
        parts.append(of(got, comp.hours, f"hours tagged '{comp.topic}'"))
        short = short or got + 1e-6 < comp.hours
    detail = "; ".join(parts)
    if rule.typical:
        detail += f" (successful applications average {num(rule.typical)})"
    dropped = len([t for t in record.trainings if t.date <= as_of]) - len(trainings)
    detail += "; each training counts once; college courses add no clock hours"
    if dropped:
        detail += f"; {dropped} repeated entr{'y' if dropped == 1 else 'ies'} not counted twice"
    status = grade(total, rule.minimum) if not short or total == 0 else "partial"
    return result("training_hours", rule, status, detail + ".", num(rule.minimum), num(total), "hours")
