"""The yearly renewal check: each endorsement held, its six renewal requirements, the deadline."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import Report, Requirement
from endorse_cli.vocab import RenewalStatus


class RenewalRequirement(Requirement):
    """One renewal requirement for one year: what is required, what the record has, and why."""

    id: str = Field(
        description="training_hours, dei_hours, rsc_hours, rsc_provider_training, membership, "
        "code_of_ethics"
    )
    status: RenewalStatus
    confirm: bool = Field(False, description="The sources leave this rule open or in conflict")
    variant: str | None = Field(None, description="The association variant applied, if any")
    source: list[str] = Field(default_factory=empty_list)


class Renewal(Strict):
    """The renewal of one category held, for one year."""

    category: str
    name: str
    earned: date | None
    association: str | None = Field(
        None, description="The association whose deadline and variants apply"
    )
    deadline: date | None = Field(
        None, description="When the renewal is due, where the association's data says"
    )
    days_left: int | None = Field(
        None, description="Days from the report date to the deadline (negative: passed)"
    )
    deadline_detail: str
    ready: bool = Field(description="Every requirement met or not applicable")
    confirm: bool = Field(
        False,
        description="Some rule or this renewal's timing is open: confirm with the association",
    )
    note: str | None = None
    requirements: list[RenewalRequirement]


class RenewalReport(Report):
    """Every renewal the record holds (or the one asked for) for one calendar year."""

    person: str
    as_of: date
    year: int
    renewals: list[Renewal]
    not_held: list[str] = Field(
        default_factory=empty_list, description="Categories of the record not yet earned that year"
    )
    planned: list[str] = Field(
        default_factory=empty_list,
        description="Planned entries of the year (not yet completed) this report counts",
    )
    previous: RenewalReport | None = Field(
        None,
        description="The previous year's renewal, still open until its deadline (e.g. in January): "
        "shown first",
    )


class RenewalHistory(Report):
    """Several renewal years side by side, oldest first (`--years`)."""

    person: str
    as_of: date
    years: list[int]
    categories: list[str] = Field(
        description="Categories held in any of the years, in the record's order"
    )
    reports: list[RenewalReport] = Field(
        description="One single-year report per year, in the order of `years`"
    )
