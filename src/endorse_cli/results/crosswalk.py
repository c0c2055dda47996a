"""The crosswalk views: one course, a program summary, the CoE competencies."""

from __future__ import annotations

from typing import get_args

from pydantic import Field

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import Evidence, Report
from endorse_cli.vocab import STATUS_SYMBOLS, CourseStatus, Mark, Priority, Relation, Status


class CourseAreaRow(Strict):
    """What one course gives toward one area, per category id."""

    domain: str
    domain_name: str
    area: str
    name: str
    statuses: dict[str, CourseStatus] = Field(
        description="category id -> met | partial | not_required"
    )


class CourseView(Report):
    """`endorse crosswalk erikson --course I374`."""

    crosswalk: str
    crosswalk_name: str
    course: str
    title: str
    credits: float | int
    category: str | None = Field(None, description="Set when the view is narrowed to one category")
    columns: list[list[str]] = Field(
        description="Category ids per display column (same cells share one)"
    )
    areas: list[CourseAreaRow]
    source: list[str]


class RecommendationRow(Strict):
    """Supplemental training the crosswalk recommends, for the categories it names."""

    categories: list[str]
    track: str | None = None
    text: str


_MARKS = " | ".join(f"{mark} ({STATUS_SYMBOLS[mark]})" for mark in get_args(Mark))


class ProgramRow(Strict):
    """A row of a program summary; with a category, the area's status after the whole program."""

    domain: str
    domain_name: str
    area: str
    name: str
    marks: dict[str, Mark] = Field(description=f"category id -> {_MARKS}")
    status: Status | None = Field(
        None, description="With --category: met, partial or missing after all courses"
    )
    evidence: list[Evidence] = Field(default_factory=empty_list)
    recommendations: list[RecommendationRow] = Field(default_factory=empty_list)


class ProgramView(Report):
    """`endorse crosswalk erikson`: the program summary, optionally for one category."""

    crosswalk: str
    crosswalk_name: str
    courses: list[str]
    credits: float | int
    category: str | None = None
    category_name: str | None = None
    columns: list[list[str]] = Field(
        description="Category ids per display column (same marks share one)"
    )
    areas: list[ProgramRow]
    summary: dict[str, int] | None = Field(
        None, description="With --category: met / partial / missing counts"
    )
    notes: list[str] = Field(default_factory=empty_list)
    source: list[str]


class CoeLink(Strict):
    """An Endorsement domain / area / level a consultation competency maps to."""

    domain: str | None
    domain_name: str | None
    area: str | None
    area_name: str | None
    level: str | None
    priority: str | None
    note: str | None = None


class CoeRow(Strict):
    """A consultation competency as `endorse crosswalk coe` lists it."""

    id: str
    section: str
    section_name: str
    summary: str
    priority: Priority
    relation: Relation
    symbol: str = Field(
        description="* essential, … important, ? unknown; then =, ≈, ≠, ~ (mapped) or ?"
    )
    endorsement: list[CoeLink]
    note: str | None = None


class CoeView(Report):
    """`endorse crosswalk coe` with its filters, legend and coverage."""

    crosswalk: str
    crosswalk_name: str
    complete: bool
    coverage_note: str
    legend: dict[str, str]
    filters: dict[str, str | bool | None]
    competencies: list[CoeRow]
    notes: list[str] = Field(default_factory=empty_list)
    source: list[str]
