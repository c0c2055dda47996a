"""`endorse explain AREA`: an area's place in the Guidelines and every crosswalk row about it."""

from __future__ import annotations

from pydantic import Field

from endorse_cli.models.common import Strict
from endorse_cli.results.crosswalk import CoeRow, RecommendationRow
from endorse_cli.vocab import CourseStatus, Mark, Requiredness


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
