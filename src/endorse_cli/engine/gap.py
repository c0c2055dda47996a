"""Gap analysis of one record against one category, and against all of them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from endorse_cli.engine.evidence import assess_areas, completed_courses
from endorse_cli.engine.requirements.common import in_force
from endorse_cli.engine.requirements.education import check_education
from endorse_cli.engine.requirements.flags import check_flag
from endorse_cli.engine.requirements.references import check_references
from endorse_cli.engine.requirements.rsc import check_rsc
from endorse_cli.engine.requirements.training import check_training
from endorse_cli.engine.requirements.work import check_work
from endorse_cli.engine.steps import next_steps
from endorse_cli.models.category import Category
from endorse_cli.models.crosswalk import CourseCrosswalk
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.results.common import Summary
from endorse_cli.results.gap import GapReport, RequirementResult

_CHECKS: dict[str, Callable[[Any, Record, date], RequirementResult]] = {
    "education": check_education,
    "training_hours": check_training,
    "work_experience": check_work,
    "reflective_supervision": check_rsc,
    "references": lambda rule, record, _as_of: check_references(rule, record),
    "code_of_ethics": lambda rule, record, as_of: check_flag("code_of_ethics", rule, record, as_of),
    "exam": lambda rule, record, as_of: check_flag("exam", rule, record, as_of),
    "membership": lambda rule, record, as_of: check_flag("membership", rule, record, as_of),
}


def check_requirements(category: Category, record: Record, as_of: date) -> list[RequirementResult]:
    """Every requirement in force for the category on `as_of` (flags that are off are left out)."""
    results = []
    for rid, check in _CHECKS.items():
        rule = in_force(getattr(category.requirements, rid), as_of)
        if rule is None or getattr(rule, "required", True) is False:
            continue
        results.append(check(rule, record, as_of))
    return results


def analyze_gaps(pack: Pack, record: Record, target: str, as_of: date) -> GapReport:
    """The full gap report of `record` for the category `target` on `as_of`."""
    category = pack.categories[target]
    areas = assess_areas(pack, record, category)
    requirements = check_requirements(category, record, as_of)
    for xw_id in sorted(completed_courses(pack, record)):
        requirements = [_note_program_rsc(pack.course_crosswalks[xw_id], r) for r in requirements]
    req_met = sum(r.status == "met" for r in requirements)
    counts = {s: sum(a.status == s for a in areas) for s in ("met", "partial", "missing")}
    ready = counts["met"] == len(areas) and req_met == len(requirements)
    summary = Summary(**counts, ready=ready, requirements_met=req_met, requirements_total=len(requirements))
    return GapReport(
        target=category.id,
        target_name=category.name,
        track=category.track,
        as_of=as_of,
        person=record.name,
        competencies=areas,
        requirements=requirements,
        summary=summary,
        next_steps=next_steps(areas, requirements),
    )


def _note_program_rsc(crosswalk: CourseCrosswalk, req: RequirementResult) -> RequirementResult:
    credit = crosswalk.program_rsc
    if req.id != "reflective_supervision" or credit is None or credit.counts:
        return req
    extra = f" {crosswalk.name}: {credit.note}" if credit.note else ""
    return req.model_copy(update={"detail": req.detail + extra})
