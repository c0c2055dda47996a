"""`endorse explain AREA`: an area's place in the Guidelines and every crosswalk row about it."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import Evidence, Report
from endorse_cli.results.crosswalk import CoeRow, RecommendationRow
from endorse_cli.vocab import CourseStatus, Mark, Requiredness, Status

# Keys only an explanation for a record has (`endorse explain AREA --record FILE`).
PERSONAL = (
    "person",
    "target",
    "target_name",
    "target_chosen",
    "as_of",
    "status",
    "evidence",
    "raise_by",
)


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


class AreaExplanation(Report):
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
    person: str | None = Field(None, description="With --record: whose record")
    target: str | None = Field(
        None, description="With --record: the category the area is judged for"
    )
    target_name: str | None = None
    target_chosen: bool = Field(
        False, description="The target was chosen as the record's best fit, not given"
    )
    as_of: date | None = None
    status: Status | Literal["not_required"] | None = Field(
        None, description="With --record: the area's status"
    )
    evidence: list[Evidence] = Field(
        default_factory=empty_list, description="With --record: what documents it, best first"
    )
    raise_by: list[str] = Field(
        default_factory=empty_list, description="With --record: what would raise the status"
    )

    @model_serializer(mode="wrap")
    def _without_record(self, handler: SerializerFunctionWrapHandler) -> Any:
        """Without a record, the personal keys are left out (the output is what it was before
        them)."""
        data = handler(self)
        if self.person is None and isinstance(data, dict):
            for key in PERSONAL:
                data.pop(key, None)
        return data
