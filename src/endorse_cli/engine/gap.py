"""Gap analysis of one record against one category: requirements, areas, summary, next steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from endorse_cli.engine.asof import as_of_view
from endorse_cli.engine.associations import associations_of
from endorse_cli.engine.blockers import blockers
from endorse_cli.engine.evidence import assess_areas, completed_courses
from endorse_cli.engine.planned import counted_phrase, counts_on, describe, planned_in
from endorse_cli.engine.requirements.common import Context, in_force
from endorse_cli.engine.requirements.education import check_education
from endorse_cli.engine.requirements.flags import check_ethics, check_exam, check_membership
from endorse_cli.engine.requirements.references import check_references
from endorse_cli.engine.requirements.rsc import check_rsc
from endorse_cli.engine.requirements.training import check_training
from endorse_cli.engine.requirements.work import check_work
from endorse_cli.engine.steps import next_steps
from endorse_cli.models.category import Category
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.results.common import Summary
from endorse_cli.results.gap import AreaResult, GapReport, RequirementResult
from endorse_cli.vocab import RequirementId, count_statuses

# One check per requirement id (tests/test_vocab.py fails for an id without one); reports list them
# in the order of RequirementId.
CHECKS: dict[RequirementId, Callable[[Any, Context], RequirementResult]] = {
    RequirementId.education: check_education,
    RequirementId.training_hours: check_training,
    RequirementId.work_experience: check_work,
    RequirementId.reflective_supervision: check_rsc,
    RequirementId.references: check_references,
    RequirementId.code_of_ethics: check_ethics,
    RequirementId.exam: check_exam,
    RequirementId.membership: check_membership,
}


def check_requirements(
    category: Category, record: Record, as_of: date, associations: tuple[str, ...] = ()
) -> list[RequirementResult]:
    """Every requirement in force for the category on `as_of` (flags that are off are left out)."""
    ctx = Context(record, category, as_of, associations)
    results = []
    for rid in RequirementId:
        check = CHECKS[rid]
        rule = in_force(getattr(category.requirements, rid), as_of)
        if rule is not None and rule.asks:
            results.append(check(rule, ctx))
    return results


def summarize(areas: list[AreaResult], requirements: list[RequirementResult]) -> Summary:
    """Area counts, and ready to apply: every area and every application-stage requirement met."""
    counts = count_statuses(a.status for a in areas)
    applying = [r for r in requirements if r.stage == "application"]
    met = sum(r.status == "met" for r in applying)
    ready = counts["met"] == len(areas) and met == len(applying)
    return Summary(**counts, ready=ready, requirements_met=met, requirements_total=len(applying))


def analyze_gaps(pack: Pack, record: Record, target: str, as_of: date) -> GapReport:
    """The full gap report of `record` for the category `target` on `as_of`."""
    category = pack.categories[target]
    planned = [e for e in planned_in(record) if counts_on(e, as_of)]
    record, notes = as_of_view(record, as_of)
    requirements = check_requirements(category, record, as_of, tuple(associations_of(pack, record)))
    areas = assess_areas(pack, record, category, requirements)
    report = GapReport(
        target=category.id,
        target_name=category.name,
        track=category.track,
        as_of=as_of,
        person=record.name,
        competencies=areas,
        requirements=requirements,
        summary=summarize(areas, requirements),
        next_steps=next_steps(pack, areas, requirements),
        notes=notes + _program_notes(pack, record, category),
        planned=[describe(e) for e in planned],
    )
    return report.model_copy(
        update={"verdict": verdict(report, counted_phrase(planned) if planned else "")}
    )


def verdict(report: GapReport, planned: str = "") -> str:
    """Can I apply? 'Ready to apply', 'Ready to apply on D if the 2 planned trainings are
    completed', or 'Not ready to apply yet: ' and what blocks it, slowest first."""
    if report.summary.ready:
        return (
            f"Ready to apply on {report.as_of} if {planned} {_be(planned)} completed"
            if planned
            else "Ready to apply"
        )
    counting = f" (counting {planned})" if planned else ""
    return f"Not ready to apply yet{counting}: " + "; ".join(blockers(report))


def _be(planned: str) -> str:
    return "is" if planned.startswith("the planned") and " and " not in planned else "are"


def _program_notes(pack: Pack, record: Record, category: Category) -> list[str]:
    """What a completed program's own RSC does not give (e.g. a certificate's capstone
    supervision)."""
    if not category.requirements.reflective_supervision:
        return []
    notes = []
    for xw_id in sorted(completed_courses(pack, record)):
        xw = pack.course_crosswalks[xw_id]
        if xw.program_rsc and not xw.program_rsc.counts and xw.program_rsc.note:
            notes.append(f"{xw.name}: {xw.program_rsc.note}")
    return notes
