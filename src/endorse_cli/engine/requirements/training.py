"""Training hours: clock hours of in-service training, each training once, with topic components."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from endorse_cli.engine.requirements.common import Context, of, result
from endorse_cli.models.category import TrainingRule
from endorse_cli.models.record import Record, Training
from endorse_cli.results.gap import Component, RequirementResult
from endorse_cli.vocab import RequirementId, exact, grade, shown, still_needed

TOPIC_WORDS = {
    "dei": "diversity, equity and inclusion",
    "rsc": "providing reflective supervision/consultation",
}
# A component's id and short label, by topic tag (the JSON contract: training_hours.components).
COMPONENTS = {
    "dei": ("dei_hours", "DEI hours"),
    "rsc": ("rsc_provision_hours", "hours on providing RSC"),
}


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


def hours(trainings: list[Training], topic: str | None = None) -> Fraction:
    """Exact clock hours of the trainings (those tagged `topic`, when given)."""
    return sum(
        (exact(t.hours) for t in trainings if topic is None or topic in t.topics), Fraction(0)
    )


def check_training(rule: TrainingRule, ctx: Context) -> RequirementResult:
    """Clock hours of training, each training once; topic components where the rule has them."""
    trainings = unique_trainings(ctx.record, ctx.as_of)
    total, minimum = hours(trainings), exact(rule.minimum)
    parts = [of(total, minimum, "clock hours")]
    todo = [f"{still_needed(minimum - total)} clock hours of training"] if total < minimum else []
    components = []
    for comp in rule.components:
        got, need = hours(trainings, comp.topic), exact(comp.hours)
        parts.append(of(got, need, f"hours on {TOPIC_WORDS[comp.topic]} (topics: [{comp.topic}])"))
        cid, label = COMPONENTS[comp.topic]
        components.append(
            Component(
                id=cid, label=label, required=shown(need), have=shown(got), status=grade(got, need)
            )
        )
        if got < need:
            more = still_needed(need - got)
            within = " (they count toward the total too)" if total < minimum else ""
            todo.append(
                f"{more} hours on {TOPIC_WORDS[comp.topic]}, tagged topics: [{comp.topic}]{within}"
            )
    detail = "; ".join(parts)
    if rule.typical:
        detail += f" (successful applications average {shown(exact(rule.typical))})"
    detail += "; each training counts once; college courses add no clock hours"
    dropped = len([t for t in ctx.record.trainings if t.date <= ctx.as_of]) - len(trainings)
    if dropped:
        detail += f"; {dropped} repeated entr{'y' if dropped == 1 else 'ies'} not counted twice"
    status = grade(total, minimum) if not todo or total == 0 else "partial"
    action = "Add " + " and ".join(todo) + "." if todo else None
    found = result(
        RequirementId.training_hours,
        rule,
        status,
        detail + ".",
        (shown(minimum), shown(total), "hours"),
        action,
    )
    return found.model_copy(update={"components": components}) if components else found
