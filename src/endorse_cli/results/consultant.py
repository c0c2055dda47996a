"""`endorse gap --target coe`: which consultation competencies a record documents."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import Evidence, Report, Summary
from endorse_cli.vocab import Priority, Relation, Status


class CoeResult(Strict):
    """One consultation competency in the consultant gap report (gap-contract keys first)."""

    domain: str = Field(description="CoE section id")
    domain_name: str
    area: str = Field(description="CoE competency id, e.g. 7A.1")
    name: str
    status: Status
    evidence: list[Evidence] = Field(default_factory=empty_list)
    recommendations: list[str] = Field(default_factory=empty_list)
    priority: Priority
    relation: Relation
    unconfirmed: bool = False
    settled: bool = Field(
        True,
        description="False when the data pack does not say how (or from which level) the row maps "
        "and nothing else documents it: 'missing' is then not a finding (shown as 'not settled')",
    )


class ConsultantReport(Report):
    """`endorse gap --target coe`: which consultation competencies the record documents."""

    target: Literal["coe"] = "coe"
    target_name: str
    as_of: date
    person: str
    held: list[str] = Field(description="Endorsement categories the record holds")
    level: str | None = Field(None, description="Highest CoE level held: IFS, MHS or MHM")
    competencies: list[CoeResult]
    requirements: list[str] = Field(
        default_factory=empty_list, description="Always empty: the CoE path has none"
    )
    summary: Summary
    next_steps: list[str] = Field(default_factory=empty_list)
    complete: bool
    coverage_note: str
