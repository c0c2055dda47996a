"""Education: a degree at an accepted level, or (where allowed) years of work instead."""

from __future__ import annotations

from datetime import date

from endorse_cli.engine.requirements.common import listing, num, result
from endorse_cli.engine.requirements.work import qualifying_days
from endorse_cli.models.category import EducationRule, WorkPart
from endorse_cli.models.record import Record
from endorse_cli.results.gap import RequirementResult
from endorse_cli.vocab import LEVEL_ORDER

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
    levels = [e.level for e in record.education if e.completed is not None and e.completed <= as_of]
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
