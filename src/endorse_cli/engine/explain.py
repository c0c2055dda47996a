"""`endorse explain AREA`: an area's place in the Guidelines and every crosswalk row about it."""

from __future__ import annotations

from endorse_cli.engine.coe_view import coe_row, competencies
from endorse_cli.engine.course_views import by_category, recommendation_rows
from endorse_cli.engine.requirements.common import listing
from endorse_cli.models.pack import Pack
from endorse_cli.results.crosswalk import CoeRow
from endorse_cli.results.explain import AreaExplanation, CourseCredit, ProgramCredit
from endorse_cli.results.gap import AreaResult, GapReport
from endorse_cli.vocab import CONFIRM


def _courses(pack: Pack, area: str) -> list[CourseCredit]:
    return [
        CourseCredit(
            crosswalk=xw.id,
            course=course.id,
            title=course.title,
            statuses=by_category(pack, xw.columns, dict(entry.statuses)),
        )
        for xw in pack.course_crosswalks.values()
        for course in xw.courses
        for entry in course.areas
        if entry.area == area
    ]


def _programs(pack: Pack, area: str) -> list[ProgramCredit]:
    credits = []
    for xw in pack.course_crosswalks.values():
        row = next((r for r in xw.summary.rows if r.area == area), None) if xw.summary else None
        if xw.summary and row:
            credits.append(
                ProgramCredit(
                    crosswalk=xw.id,
                    crosswalk_name=xw.name,
                    marks=by_category(pack, xw.summary.columns, dict(row.marks)),
                    recommendations=recommendation_rows(pack, xw, row),
                    note=row.note,
                )
            )
    return credits


def _coe(pack: Pack, area: str) -> list[CoeRow]:
    if pack.coe is None:
        return []
    return [
        coe_row(pack, s, c)
        for s, c in competencies(pack.coe)
        if any(m.area == area for m in c.endorsement)
    ]


def explain_area(pack: Pack, area_id: str, asked: str) -> AreaExplanation:
    """Domain, requiring categories, crediting courses / programs / CoE rows, and
    recommendations."""
    area = pack.areas[area_id]
    domain = pack.domain_of[area_id]
    required = {cat: area.required_for.get(cat, "not_required") for cat in pack.categories}
    return AreaExplanation(
        area=area.id,
        name=area.name,
        asked=asked,
        domain=domain.id,
        domain_name=domain.name,
        description=area.description,
        alternate_names=list(area.alternate_names),
        required_for=required,
        courses=_courses(pack, area_id),
        programs=_programs(pack, area_id),
        coe=_coe(pack, area_id),
        source=[pack.cite(s) for s in area.source],
    )


def explain_for_record(
    expl: AreaExplanation, pack: Pack, report: GapReport, chosen: bool
) -> AreaExplanation:
    """`expl` with the record's status, evidence and what would raise it, for the report's
    category."""
    found = next((a for a in report.competencies if a.area == expl.area), None)
    return expl.model_copy(
        update={
            "person": report.person,
            "target": report.target,
            "target_name": report.target_name,
            "target_chosen": chosen,
            "as_of": report.as_of,
            "status": found.status if found else "not_required",
            "evidence": list(found.evidence) if found else [],
            "raise_by": _raise_by(expl, pack, report, found),
        }
    )


def _raise_by(
    expl: AreaExplanation, pack: Pack, report: GapReport, found: AreaResult | None
) -> list[str]:
    """Plain-language ways to raise the area's status for the report's category (none once met)."""
    if found is None:
        needing = [cat for cat, value in expl.required_for.items() if value != "not_required"]
        return [
            f"Nothing for {report.target}: it does not require this area (needed for "
            f"{listing(needing, 'and')})."
        ]
    if found.status == "met":
        return []
    ways = [*_reference_way(pack, expl.area, report), _declared_way(expl.area, found.status)]
    courses = [
        f"{c.crosswalk} {c.course} ({c.title})"
        for c in expl.courses
        if c.statuses.get(report.target) == "met"
    ]
    if courses:
        ways.append(f"A course that meets it for {report.target}: {listing(courses)}.")
    ways += [f"Recommended by the crosswalk: {rec}" for rec in found.recommendations]
    return ways


def _declared_way(area: str, status: str) -> str:
    if status == "partial":
        return (
            f"A training or course that covers it fully, declared `{area}: met` under its `areas` "
            "(two partial trainings never make a met)."
        )
    return (
        f"A training or course that covers it: under its `areas`, `{area}: met` if it covered the "
        f"area fully, `{area}: partial` if in part."
    )


def _reference_way(pack: Pack, area: str, report: GapReport) -> list[str]:
    """Skill areas some domains document by reference ratings: a complete set of them."""
    evidence = pack.domain_of[area].evidence
    rule = next((r for r in report.requirements if r.id == "references"), None)
    if "references" not in evidence.kinds or rule is None:
        return []
    confirm = f" {CONFIRM}" if "references" in evidence.unconfirmed_kinds else ""
    return [
        "A complete set of reference ratings documents this skill area (yours: "
        f"{rule.detail.rstrip('.')}).{confirm}"
    ]
