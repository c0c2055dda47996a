"""Gap analysis of one record against one category, and against all of them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from endorse_cli.catalog import Catalog
from endorse_cli.engine.areas import assess_areas, completed_courses
from endorse_cli.engine.common import in_force
from endorse_cli.engine.requirements import check_education, check_flag, check_references, check_training
from endorse_cli.engine.rsc import check_rsc
from endorse_cli.engine.steps import next_steps
from endorse_cli.engine.work import check_work
from endorse_cli.models.catalog import Category
from endorse_cli.models.record import Record
from endorse_cli.results import CategoryFit, GapReport, RequirementResult, Summary, WhatIfReport

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


def analyze_gaps(catalog: Catalog, record: Record, target: str, as_of: date) -> GapReport:
    """The full gap report of `record` for the category `target` on `as_of`."""
    category = catalog.categories[target]
    areas = assess_areas(catalog, record, category)
    requirements = check_requirements(category, record, as_of)
    if "erikson" in completed_courses(catalog, record):
        requirements = [_note_program_rsc(catalog, r) for r in requirements]
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


def _note_program_rsc(catalog: Catalog, req: RequirementResult) -> RequirementResult:
    credit = catalog.course_crosswalks["erikson"].program_rsc
    if req.id != "reflective_supervision" or credit is None or credit.counts:
        return req
    extra = f" {catalog.course_crosswalks['erikson'].name}: {credit.note}" if credit.note else ""
    return req.model_copy(update={"detail": req.detail + extra})


def analyze_all(catalog: Catalog, record: Record, as_of: date) -> WhatIfReport:
    """Every category side by side, the closest to ready first."""
    fits = [_fit(analyze_gaps(catalog, record, cid, as_of)) for cid in catalog.categories]
    own = _own_track(record)
    order = sorted(
        range(len(fits)), key=lambda i: (not fits[i]["ready"], -fits[i]["progress"], fits[i]["track"] != own, i)
    )
    rows = [CategoryFit(rank=rank, **fits[i]) for rank, i in enumerate(order, start=1)]
    return WhatIfReport(as_of=as_of, person=record.name, categories=rows)


def _own_track(record: Record) -> str:
    """The age track most of the record's work is in (ties and no work: infant)."""
    infant = sum(1 for w in record.work if w.ages in ("infant", "both"))
    early = sum(1 for w in record.work if w.ages in ("early_childhood", "both"))
    return "early_childhood" if early > infant else "infant"


def _fit(report: GapReport) -> dict[str, Any]:
    s = report.summary
    areas = s.met + s.partial + s.missing
    area_part = (s.met + 0.5 * s.partial) / areas if areas else 1.0
    req_part = s.requirements_met / s.requirements_total if s.requirements_total else 1.0
    return {
        "target": report.target,
        "name": report.target_name,
        "track": report.track,
        "met": s.met,
        "partial": s.partial,
        "missing": s.missing,
        "requirements_met": s.requirements_met,
        "requirements_total": s.requirements_total,
        "ready": s.ready,
        "progress": round((area_part + req_part) / 2, 3),
    }
