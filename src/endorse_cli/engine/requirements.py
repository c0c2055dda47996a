"""Requirement checks other than work and RSC: education, training, references, flags."""

from __future__ import annotations

from datetime import date

from endorse_cli.engine.common import grade, listing, num, of, result
from endorse_cli.engine.work import qualifying_days
from endorse_cli.models.catalog import EducationRule, FlagRule, ReferenceRule, TrainingRule, WorkPart
from endorse_cli.models.common import LEVEL_ORDER, Status
from endorse_cli.models.record import Record, Training
from endorse_cli.results import RequirementResult

_LEVEL_NAMES = {
    "none": "no degree",
    "cda": "CDA",
    "associate": "associate degree",
    "bachelors": "bachelor's degree",
    "masters": "master's degree",
    "doctorate": "doctorate",
}


def check_education(rule: EducationRule, record: Record, as_of: date) -> RequirementResult:
    """A degree at an accepted level, or (where allowed) years of qualifying work instead."""
    accepted = listing([_LEVEL_NAMES[lv] for lv in rule.levels])
    levels = [e.level for e in record.education if e.completed <= as_of]
    top = max(levels, key=LEVEL_ORDER.index, default=None)
    have = _LEVEL_NAMES[top] if top else None
    if any(lv in rule.levels for lv in levels):
        return result("education", rule, "met", f"Has a {have}; accepted: {accepted}.", accepted, have)
    detail = f"Needs a {accepted}; the record has {'a ' + have if have else 'no degree'}."
    if rule.alternative_work_years:
        part = WorkPart(
            label="paid work with this age group",
            years=rule.alternative_work_years,
            paid=True,
            ages=rule.alternative_work_ages,
            kinds=["promotion", "prevention", "treatment", "leadership", "policy", "research"],
        )
        years = qualifying_days(part, record, as_of).days / 365
        if years + 1e-6 >= rule.alternative_work_years:
            detail = f"No accepted degree, but {num(years)} years of paid work with this age group stand in."
            return result("education", rule, "met", detail, accepted, have)
        alt = num(rule.alternative_work_years)
        detail += f" Instead, {alt} years of paid work with this age group also count ({num(years)} so far)."
    return result("education", rule, "missing", detail, accepted, have)


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


def check_references(rule: ReferenceRule, record: Record) -> RequirementResult:
    """Count, required roles and endorsed raters."""
    refs = list({r.name.casefold(): r for r in record.references}.values())
    gaps = []
    roles = {r.role for r in refs}
    missing_roles = [role.replace("_", " ") for role in rule.roles if role not in roles]
    if missing_roles:
        gaps.append(f"no rater with the role {listing(missing_roles, 'and')}")
    endorsed = [r for r in refs if r.endorsement in rule.endorsed_categories]
    if len(endorsed) < rule.endorsed_min:
        gaps.append(
            f"{rule.endorsed_min} rater(s) must be endorsed as {listing(rule.endorsed_categories)} "
            f"({len(endorsed)} so far)"
        )
    detail = f"{len(refs)} of {rule.count} reference ratings"
    if len(record.references) > len(refs):
        detail += " (the same rater listed twice counts once)"
    detail += "; " + "; ".join(gaps) if gaps else ""
    status: Status = "met" if len(refs) >= rule.count and not gaps else ("partial" if refs else "missing")
    return result("references", rule, status, detail + ".", rule.count, len(refs), "references")


def check_flag(rid: str, rule: FlagRule, record: Record, as_of: date) -> RequirementResult:
    """Code of ethics signed, exam passed, membership current."""
    if rid == "membership":
        return _membership(rule, record, as_of)
    done = record.code_of_ethics_signed if rid == "code_of_ethics" else record.exam_passed
    what = "signed" if rid == "code_of_ethics" else "passed"
    if done and done <= as_of:
        return result(rid, rule, "met", f"{what.capitalize()} on {done}.", what, done.isoformat())
    return result(rid, rule, "missing", f"Not {what} yet.", what, None)


def _membership(rule: FlagRule, record: Record, as_of: date) -> RequirementResult:
    member = record.membership
    if member is None:
        return result("membership", rule, "missing", "No membership in the record.", "current", None)
    if member.expires < as_of:
        detail = f"{member.association} membership expired on {member.expires}; renew it."
        return result("membership", rule, "missing", detail, "current", f"expired {member.expires}")
    detail = f"{member.association} membership current until {member.expires}."
    return result("membership", rule, "met", detail, "current", f"until {member.expires}")
