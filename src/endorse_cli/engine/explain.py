"""`endorse explain AREA`: an area's place in the Guidelines and every crosswalk row about it."""

from __future__ import annotations

from endorse_cli.engine.coe_view import coe_row, competencies
from endorse_cli.engine.course_views import by_category, recommendation_rows
from endorse_cli.models.pack import Pack
from endorse_cli.results.crosswalk import CoeRow
from endorse_cli.results.explain import AreaExplanation, CourseCredit, ProgramCredit


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
    return [coe_row(pack, s, c) for s, c in competencies(pack.coe) if any(m.area == area for m in c.endorsement)]


def explain_area(pack: Pack, area_id: str, asked: str) -> AreaExplanation:
    """Domain, requiring categories, crediting courses / programs / CoE rows, and recommendations."""
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
        source=list(area.source),
    )
