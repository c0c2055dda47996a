"""Frozen models for the crosswalk views, the consultant path and `explain`."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from endorse_cli.models.common import CourseStatus, Requiredness, Status, Strict
from endorse_cli.results import Evidence, Summary

Mark = Literal["completed", "addressed"]
Priority = Literal["essential", "important", "unknown"]
Relation = Literal["equal", "partial", "unique", "mapped", "unknown"]


class CourseAreaRow(Strict):
    """What one course gives toward one area, per category id."""

    domain: str
    domain_name: str
    area: str
    name: str
    statuses: dict[str, CourseStatus] = Field(description="category id -> met | partial | not_required")


class CourseView(Strict):
    """`endorse crosswalk erikson --course I374`."""

    crosswalk: str
    crosswalk_name: str
    course: str
    title: str
    credits: float | int
    category: str | None = Field(None, description="Set when the view is narrowed to one category")
    columns: list[list[str]] = Field(description="Category ids per display column (same cells share one)")
    areas: list[CourseAreaRow]
    source: list[str]


class RecommendationRow(Strict):
    """Supplemental training the crosswalk recommends, for the categories it names."""

    categories: list[str]
    track: str | None = None
    text: str


class ProgramRow(Strict):
    """A row of a program summary; with a category, the area's status after the whole program."""

    domain: str
    domain_name: str
    area: str
    name: str
    marks: dict[str, Mark] = Field(description="category id -> completed (✔) | addressed (●)")
    status: Status | None = Field(None, description="With --category: met, partial or missing after all courses")
    evidence: list[Evidence] = Field(default_factory=list)
    recommendations: list[RecommendationRow] = Field(default_factory=list)


class ProgramView(Strict):
    """`endorse crosswalk erikson`: the program summary, optionally for one category."""

    crosswalk: str
    crosswalk_name: str
    courses: list[str]
    credits: float | int
    category: str | None = None
    category_name: str | None = None
    columns: list[list[str]] = Field(description="Category ids per display column (same marks share one)")
    areas: list[ProgramRow]
    summary: dict[str, int] | None = Field(None, description="With --category: met / partial / missing counts")
    notes: list[str] = Field(default_factory=list)
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
    symbol: str = Field(description="* essential, … important, ? unknown; then =, ≈, ≠, ~ (mapped) or ?")
    endorsement: list[CoeLink]
    note: str | None = None


class CoeView(Strict):
    """`endorse crosswalk coe` with its filters, legend and coverage."""

    crosswalk: str
    crosswalk_name: str
    complete: bool
    coverage_note: str
    legend: dict[str, str]
    filters: dict[str, str | bool | None]
    competencies: list[CoeRow]
    notes: list[str] = Field(default_factory=list)
    source: list[str]


class CoeResult(Strict):
    """One consultation competency in the consultant gap report (gap-contract keys first)."""

    domain: str = Field(description="CoE section id")
    domain_name: str
    area: str = Field(description="CoE competency id, e.g. 7A.1")
    name: str
    status: Status
    evidence: list[Evidence] = Field(default_factory=list)
    recommendations: list[str] = Field(default_factory=list)
    priority: Priority
    relation: Relation
    unconfirmed: bool = False


class ConsultantReport(Strict):
    """`endorse gap --target coe`: which consultation competencies the record documents."""

    target: Literal["coe"] = "coe"
    target_name: str
    as_of: date
    person: str
    held: list[str] = Field(description="Endorsement categories the record holds")
    level: str | None = Field(None, description="Highest CoE level held: IFS, MHS or MHM")
    competencies: list[CoeResult]
    requirements: list[str] = Field(default_factory=list, description="Always empty: the CoE path has none")
    summary: Summary
    next_steps: list[str] = Field(default_factory=list)
    complete: bool
    coverage_note: str


class CourseCredit(Strict):
    """A course that credits an area, per category id."""

    crosswalk: str
    course: str
    title: str
    statuses: dict[str, CourseStatus]


class ProgramCredit(Strict):
    """A program summary row for an area."""

    crosswalk: str
    crosswalk_name: str
    marks: dict[str, Mark]
    recommendations: list[RecommendationRow]
    note: str | None = None


class AreaExplanation(Strict):
    """`endorse explain AREA`: why an area is in a report and how to earn it."""

    area: str
    name: str
    asked: str = Field(description="What was typed, when it was a name or alternate spelling")
    domain: str
    domain_name: str
    description: str
    alternate_names: list[str]
    required_for: dict[str, Requiredness]
    courses: list[CourseCredit]
    programs: list[ProgramCredit]
    coe: list[CoeRow]
    source: list[str]
