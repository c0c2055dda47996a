"""The gap report of one record against one category."""

from datetime import date

from pydantic import Field

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import Evidence, Report, Requirement, Summary
from endorse_cli.vocab import Stage, Status


class AreaResult(Strict):
    """A required competency area with its status, evidence and recommendations."""

    domain: str
    domain_name: str
    area: str
    name: str
    status: Status
    evidence: list[Evidence] = Field(default_factory=empty_list)
    recommendations: list[str] = Field(default_factory=empty_list)
    unconfirmed: bool = False


class RequirementResult(Requirement):
    """A hard requirement with what is required, what the record has, and why."""

    status: Status
    stage: Stage = "application"
    action: str | None = Field(None, description="What to do next, when not met")
    note: str | None = None
    unconfirmed: bool = False
    source: list[str] = Field(default_factory=empty_list)


class GapReport(Report):
    """The gap analysis of one record against one category."""

    target: str
    target_name: str
    track: str
    as_of: date
    person: str
    competencies: list[AreaResult]
    requirements: list[RequirementResult]
    summary: Summary
    next_steps: list[str] = Field(default_factory=empty_list)
    notes: list[str] = Field(default_factory=empty_list, description="What was left out of the record, and why")
