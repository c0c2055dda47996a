"""`endorse explain AREA`: an area's place in the Guidelines and every crosswalk row about it."""

from __future__ import annotations

from endorse_cli.catalog import Catalog
from endorse_cli.crosswalk_results import AreaExplanation, CoeRow, CourseCredit, ProgramCredit
from endorse_cli.engine.coe import coe_row, competencies
from endorse_cli.engine.crosswalks import by_category, recommendation_rows


def _courses(catalog: Catalog, area: str) -> list[CourseCredit]:
    return [
        CourseCredit(
            crosswalk=xw.id,
            course=course.id,
            title=course.title,
            statuses=by_category(catalog, xw.columns, dict(entry.statuses)),
        )
        for xw in catalog.course_crosswalks.values()
        for course in xw.courses
        for entry in course.areas
        if entry.area == area
    ]


def _programs(catalog: Catalog, area: str) -> list[ProgramCredit]:
    credits = []
    for xw in catalog.course_crosswalks.values():
        row = next((r for r in xw.summary.rows if r.area == area), None) if xw.summary else None
        if xw.summary and row:
            credits.append(
                ProgramCredit(
                    crosswalk=xw.id,
                    crosswalk_name=xw.name,
                    marks=by_category(catalog, xw.summary.columns, dict(row.marks)),
                    recommendations=recommendation_rows(catalog, xw, row),
                    note=row.note,
                )
            )
    return credits


def _coe(catalog: Catalog, area: str) -> list[CoeRow]:
    if catalog.coe is None:
        return []
    return [coe_row(catalog, s, c) for s, c in competencies(catalog.coe) if any(m.area == area for m in c.endorsement)]


def explain_area(catalog: Catalog, area_id: str, asked: str) -> AreaExplanation:
    """Domain, requiring categories, crediting courses / programs / CoE rows, and recommendations."""
    area = catalog.areas[area_id]
    domain = catalog.domain_of[area_id]
    required = {cat: area.required_for.get(cat, "not_required") for cat in catalog.categories}
    return AreaExplanation(
        area=area.id,
        name=area.name,
        asked=asked,
        domain=domain.id,
        domain_name=domain.name,
        description=area.description,
        alternate_names=list(area.alternate_names),
        required_for=required,
        courses=_courses(catalog, area_id),
        programs=_programs(catalog, area_id),
        coe=_coe(catalog, area_id),
        source=list(area.source),
    )
