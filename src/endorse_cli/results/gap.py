"""The gap report of one record against one category."""

from datetime import date
from typing import Any

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

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


class Component(Strict):
    """A minimum inside a requirement's total (e.g. 3 of the 33 training hours on DEI)."""

    id: str = Field(description="e.g. dei_hours, rsc_provision_hours")
    label: str
    required: float | int
    have: float | int
    status: Status


class RequirementResult(Requirement):
    """A hard requirement with what is required, what the record has, and why."""

    status: Status
    stage: Stage = "application"
    action: str | None = Field(None, description="What to do next, when not met")
    note: str | None = None
    unconfirmed: bool = False
    source: list[str] = Field(default_factory=empty_list)
    shortfall: str | None = Field(
        None, description="What is short, in a few words, when the counts alone would not say it"
    )
    components: list[Component] | None = Field(
        None,
        description="Minimums inside the total (training_hours only, where the category sets them)",
    )

    @model_serializer(mode="wrap")
    def _without_empty_components(self, handler: SerializerFunctionWrapHandler) -> Any:
        """`components` appears only where the category sets minimums inside the total, `shortfall`
        only when set."""
        data = handler(self)
        if isinstance(data, dict):
            for key in ("components", "shortfall"):
                if data.get(key) is None:
                    data.pop(key, None)
        return data


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
    notes: list[str] = Field(
        default_factory=empty_list, description="What was left out of the record, and why"
    )
    planned: list[str] = Field(
        default_factory=empty_list,
        description="Planned entries (not yet completed) counted because the report date reaches "
        "them",
    )
    verdict: str = Field(
        "", description="Can I apply? 'Ready to apply' or 'Not ready to apply yet: ...'"
    )
