"""Listings of the catalog for `categories`, `areas` and `validate` (pure, no I/O)."""

from __future__ import annotations

from endorse_cli.catalog import Catalog
from endorse_cli.results import AreaRow, CategoryRow, PackSummary


def list_categories(catalog: Catalog) -> list[CategoryRow]:
    """Every category, infant track first, each track from Associate to Mentor."""
    cats = list(catalog.categories.values())
    return [
        CategoryRow(id=c.id, name=c.name, track=c.track, scope=c.scope, level=c.level, counterpart=c.counterpart)
        for c in cats
    ]


def list_areas(catalog: Catalog, category: str | None) -> list[AreaRow]:
    """Every area (or those `category` requires), grouped by domain."""
    rows = []
    for domain in catalog.domains:
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
    return rows


def summarize_pack(catalog: Catalog) -> PackSummary:
    """Counts for the `validate` summary."""
    rows = {x.id: sum(len(c.areas) for c in x.courses) for x in catalog.course_crosswalks.values()}
    note = None
    if catalog.coe:
        rows[catalog.coe.id] = sum(len(s.competencies) for s in catalog.coe.sections)
        note = catalog.coe.coverage.note
    return PackSummary(
        data_dir=str(catalog.root),
        domains=len(catalog.domains),
        areas=len(catalog.areas),
        categories=len(catalog.categories),
        crosswalks=rows,
        coverage_note=note,
    )
