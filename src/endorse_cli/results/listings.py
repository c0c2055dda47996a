"""Listings of the data pack: categories, areas, and what `validate` reports."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from endorse_cli.models.common import Strict
from endorse_cli.results.common import Report
from endorse_cli.vocab import OutputFormat


class CategoryRow(Strict):
    """A category as `endorse categories` lists it."""

    id: str
    name: str
    track: str
    scope: str
    rung: str = Field(description="Place on the track: IFA < IFS < MHS < MHM")
    counterpart: str | None = None


class AreaRow(Strict):
    """An area as `endorse areas` lists it."""

    domain: str
    domain_name: str
    area: str
    name: str
    alternate_names: list[str]
    description: str
    required_for: dict[str, str]


class PackSummary(Report):
    """What `endorse validate` reports for a valid data pack."""

    formats: ClassVar[frozenset[OutputFormat]] = frozenset({OutputFormat.table})

    data_dir: str
    domains: int
    areas: int
    categories: int
    associations: int = 0
    crosswalks: dict[str, int] = Field(
        description="crosswalk id -> rows (course areas or competencies)"
    )
    coverage_note: str | None = None


class CategoryList(Report):
    """`endorse categories` (its JSON is the plain list of rows)."""

    json_as_rows: ClassVar[bool] = True
    rows: list[CategoryRow]


class AreaList(Report):
    """`endorse areas [--category C]` (its JSON is the plain list of rows)."""

    json_as_rows: ClassVar[bool] = True
    category: str | None = None
    rows: list[AreaRow]
