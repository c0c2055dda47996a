"""Listings of the data pack for `categories`, `areas` and `validate` (pure, no I/O)."""

from __future__ import annotations

from endorse_cli.models.pack import Pack
from endorse_cli.results.listings import AreaList, AreaRow, CategoryList, CategoryRow, PackSummary


def list_categories(pack: Pack) -> CategoryList:
    """Every category, infant track first, each track from Associate to Mentor."""
    cats = list(pack.categories.values())
    return CategoryList(
        rows=[
            CategoryRow(
                id=c.id,
                name=c.name,
                track=c.track,
                scope=c.scope,
                rung=c.rung,
                counterpart=c.counterpart,
            )
            for c in cats
        ]
    )


def list_areas(pack: Pack, category: str | None) -> AreaList:
    """Every area (or those `category` requires), grouped by domain."""
    rows = []
    for domain in pack.domains:
        for area in domain.areas:
            required = dict(area.required_for)
            if category:
                if required.get(category, "not_required") == "not_required":
                    continue
                required = {category: required[category]}
            rows.append(
                AreaRow(
                    domain=domain.id,
                    domain_name=domain.name,
                    area=area.id,
                    name=area.name,
                    alternate_names=list(area.alternate_names),
                    description=area.description,
                    required_for=required,
                )
            )
    return AreaList(category=category, rows=rows)


def summarize_pack(pack: Pack) -> PackSummary:
    """Counts for the `validate` summary."""
    rows = {x.id: sum(len(c.areas) for c in x.courses) for x in pack.course_crosswalks.values()}
    note = None
    if pack.coe:
        rows[pack.coe.id] = sum(len(s.competencies) for s in pack.coe.sections)
        note = pack.coe.coverage.note
    return PackSummary(
        data_dir=str(pack.root),
        domains=len(pack.domains),
        areas=len(pack.areas),
        categories=len(pack.categories),
        associations=len(pack.associations),
        crosswalks=rows,
        coverage_note=note,
    )
