"""Views of the course crosswalks: one course, or the whole program's summary (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from endorse_cli.engine.evidence import course_evidence, gather, pick_best, program_evidence
from endorse_cli.models.crosswalk import CourseCrosswalk, CrosswalkCourse, SummaryRow
from endorse_cli.models.pack import Pack
from endorse_cli.results.common import Evidence
from endorse_cli.results.crosswalk import (
    CourseAreaRow,
    CourseView,
    ProgramRow,
    ProgramView,
    RecommendationRow,
)
from endorse_cli.vocab import Mark, shown

V = TypeVar("V")
INFERRED = (
    "Some marks of the program summary were placed by reading the per-course statements, because "
    "the published table's layout does not show their columns (the data pack's note says which): "
    "confirm with your association."
)


def by_category(pack: Pack, columns: dict[str, list[str]], values: dict[str, V]) -> dict[str, V]:
    """Column-keyed values spread onto category ids, in catalog order."""
    spread = {cat: values[col] for col, cats in columns.items() if col in values for cat in cats}
    return {cat: spread[cat] for cat in pack.categories if cat in spread}


def column_groups(
    pack: Pack, columns: dict[str, list[str]], cells: Sequence[Mapping[str, str]]
) -> list[list[str]]:
    """The crosswalk's columns as category ids; a column and its other-track counterpart share one
    column when every row gives them the same cell."""
    groups = [[c for c in cats if c in pack.categories] for cats in columns.values()]
    groups = [g for g in groups if g]
    merged: list[list[str]] = []
    for group in groups:
        partner = next((m for m in merged if _counterparts(pack, m[0], group[0])), None)
        if partner is not None and all(row.get(partner[0]) == row.get(group[0]) for row in cells):
            partner.extend(group)
        else:
            merged.append(list(group))
    return merged


def _counterparts(pack: Pack, a: str, b: str) -> bool:
    return pack.categories[a].counterpart == b or pack.categories[b].counterpart == a


def course_view(
    pack: Pack, crosswalk: CourseCrosswalk, course: CrosswalkCourse, category: str | None
) -> CourseView:
    """What one course gives toward each category (or one), area by area."""
    rows = []
    for entry in course.areas:
        statuses = by_category(pack, crosswalk.columns, dict(entry.statuses))
        if category:
            statuses = {category: statuses.get(category, "not_required")}
        domain = pack.domain_of[entry.area]
        rows.append(
            CourseAreaRow(
                domain=domain.id,
                domain_name=domain.name,
                area=entry.area,
                name=pack.areas[entry.area].name,
                statuses=statuses,
            )
        )
    return CourseView(
        crosswalk=crosswalk.id,
        crosswalk_name=crosswalk.name,
        course=course.id,
        title=course.title,
        credits=shown(course.credits),
        category=category,
        columns=[[category]]
        if category
        else column_groups(pack, crosswalk.columns, [r.statuses for r in rows]),
        areas=_in_catalog_order(pack, rows),
        source=[pack.cite(s) for s in course.source],
    )


def _in_catalog_order(pack: Pack, rows: list[CourseAreaRow]) -> list[CourseAreaRow]:
    order = {area: i for i, area in enumerate(pack.areas)}
    return sorted(rows, key=lambda r: order[r.area])


def recommendation_rows(
    pack: Pack, crosswalk: CourseCrosswalk, row: SummaryRow
) -> list[RecommendationRow]:
    """A summary row's recommendations, each with the category ids it is meant for."""
    assert crosswalk.summary is not None
    columns = crosswalk.summary.columns
    result = []
    for rec in row.recommendations:
        cats = list(by_category(pack, columns, {col: col for col in rec.columns}))
        if rec.track:
            cats = [c for c in cats if pack.categories[c].track == rec.track]
        result.append(RecommendationRow(categories=cats, track=rec.track, text=rec.text))
    return result


def program_view(pack: Pack, crosswalk: CourseCrosswalk, category: str | None) -> ProgramView:
    """The program summary (✔ completed / ● addressed); with a category, every area it requires."""
    assert crosswalk.summary is not None
    rows = _category_rows(pack, crosswalk, category) if category else _summary_rows(pack, crosswalk)
    counts = None
    if category:
        counts = {s: sum(r.status == s for r in rows) for s in ("met", "partial", "missing")}
    notes = [INFERRED] if crosswalk.summary.note or crosswalk.summary.unconfirmed else []
    if crosswalk.program_rsc and not crosswalk.program_rsc.counts and crosswalk.program_rsc.note:
        notes.append(crosswalk.program_rsc.note)
    return ProgramView(
        crosswalk=crosswalk.id,
        crosswalk_name=crosswalk.name,
        courses=[c.id for c in crosswalk.courses],
        credits=shown(sum(c.credits for c in crosswalk.courses)),
        category=category,
        category_name=pack.categories[category].name if category else None,
        columns=[[category]]
        if category
        else column_groups(pack, crosswalk.summary.columns, [r.marks for r in rows]),
        areas=rows,
        summary=counts,
        notes=notes,
        source=[pack.cite(s) for s in crosswalk.summary.source],
    )


def _marks(pack: Pack, crosswalk: CourseCrosswalk, row: SummaryRow | None) -> dict[str, Mark]:
    if row is None or crosswalk.summary is None:
        return {}
    return by_category(pack, crosswalk.summary.columns, dict(row.marks))


def _summary_rows(pack: Pack, crosswalk: CourseCrosswalk) -> list[ProgramRow]:
    assert crosswalk.summary is not None
    order = {area: i for i, area in enumerate(pack.areas)}
    rows = sorted(crosswalk.summary.rows, key=lambda r: order[r.area])
    return [
        _program_row(
            pack, r.area, _marks(pack, crosswalk, r), recommendation_rows(pack, crosswalk, r)
        )
        for r in rows
    ]


def _program_row(
    pack: Pack,
    area: str,
    marks: dict[str, Mark],
    recs: list[RecommendationRow],
    evidence: list[Evidence] | None = None,
) -> ProgramRow:
    domain = pack.domain_of[area]
    # No evidence list: a plain summary row, which carries no status.
    best = pick_best(evidence) if evidence is not None else []
    status = None if evidence is None else best[0].status if best else "missing"
    return ProgramRow(
        domain=domain.id,
        domain_name=domain.name,
        area=area,
        name=pack.areas[area].name,
        marks=marks,
        status=status,
        evidence=best,
        recommendations=recs,
    )


def _category_rows(pack: Pack, crosswalk: CourseCrosswalk, category: str) -> list[ProgramRow]:
    """Every area the category requires, credited as if every course of the program were
    completed."""
    assert crosswalk.summary is not None
    done = {crosswalk.id: {c.id for c in crosswalk.courses}}
    found = gather(course_evidence(pack, done, category), program_evidence(pack, done, category))
    summary = {r.area: r for r in crosswalk.summary.rows}
    track = pack.categories[category].track
    rows = []
    for _domain, area in pack.required_areas(category):
        row = summary.get(area.id)
        marks = {k: v for k, v in _marks(pack, crosswalk, row).items() if k == category}
        recs = recommendation_rows(pack, crosswalk, row) if row else []
        recs = [r for r in recs if category in r.categories and r.track in (None, track)]
        rows.append(_program_row(pack, area.id, marks, recs, found.get(area.id, [])))
    return rows
