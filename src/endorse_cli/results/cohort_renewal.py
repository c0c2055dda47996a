"""A cohort's renewals (`endorse cohort --renewal`): one row per person and category held, then
counts."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from pydantic import Field

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import PrivateRow, Report
from endorse_cli.vocab import DOCUMENT_FORMATS, OutputFormat, RenewalStatus


class RenewalRow(PrivateRow):
    """One category one person holds, renewed for the year (or a record that could not be read)."""

    name: str = Field(description="The person's name ('' when the record could not be read)")
    file: str = Field(description="The record's path as found")
    category: str | None = Field(
        None, description="The category held (None when the record could not be read)"
    )
    earned: date | None = Field(
        None, description="When the category was earned, as the record says"
    )
    year: int | None = Field(None, description="The renewal year")
    ready: bool | None = Field(
        None, description="Ready to renew: every requirement met or not applicable"
    )
    short: str = Field("", description="What is short, in a few words ('' when ready)")
    deadline: date | None = Field(
        None, description="The association's renewal deadline, where one is on file"
    )
    days_left: int | None = Field(
        None, description="Days from the report date to the deadline (negative: passed)"
    )
    error: str | None = Field(
        None, description="Why the record could not be read, as `endorse renew` says it"
    )
    requirements: dict[str, RenewalStatus] | None = Field(
        None, description="Renewal requirement id -> status (--detail only)"
    )


class CohortPerson(Strict):
    """A readable record with nothing to renew: who and which file."""

    name: str
    file: str


class NotHeld(Strict):
    """A category a person holds but had not earned yet in the renewal year."""

    name: str
    file: str
    category: str
    earned: date | None


class RenewalCount(Strict):
    """How many renewals meet one renewal requirement, are short of it, or do not need it."""

    id: str = Field(description="A renewal requirement id (training_hours, dei_hours, ...)")
    label: str
    met: int
    short: int = Field(description="Renewals where it is partial or missing")
    not_applicable: int


class DeadlineCount(Strict):
    """One renewal deadline and how many renewals are due then, and how many of them are ready."""

    deadline: date
    days_left: int = Field(description="Days from the report date (negative: passed)")
    renewals: int
    ready: int


class RenewalCohortReport(Report):
    """Every renewal held across a cohort for one year, with counts per requirement and deadline."""

    formats: ClassVar[frozenset[OutputFormat]] = DOCUMENT_FORMATS | {OutputFormat.csv}

    as_of: date
    year: int
    records: int = Field(description="Records found")
    unreadable: int = Field(description="Records that could not be read")
    people: int = Field(description="People with at least one endorsement to renew this year")
    renewals: int = Field(description="Renewal rows (one per person and category held)")
    ready: int = Field(description="Renewals ready")
    detail: bool = Field(False, description="Rows carry each renewal requirement's status")
    rows: list[RenewalRow]
    not_endorsed: list[CohortPerson] = Field(
        default_factory=empty_list, description="Readable records with no endorsement"
    )
    not_held: list[NotHeld] = Field(
        default_factory=empty_list, description="Categories earned after the renewal year"
    )
    requirements: list[RenewalCount] = Field(default_factory=empty_list)
    deadlines: list[DeadlineCount] = Field(default_factory=empty_list, description="Soonest first")
    no_deadline: int = Field(
        0, description="Renewals with no deadline on file (confirm with the association)"
    )
