"""Many records at once: one row per person, then counts over the cohort."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from pydantic import Field

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import PrivateRow, Report
from endorse_cli.vocab import DOCUMENT_FORMATS, OutputFormat, Status


class CohortRow(PrivateRow):
    """One record: who, which file, and where they stand (numbers are None when it could not be
    read)."""

    name: str = Field(description="The person's name ('' when the record could not be read)")
    file: str = Field(description="The record's path as found")
    target: str | None = Field(
        description="The category judged (for --target all: the best-fitting one)"
    )
    met: int | None = Field(None, description="Areas met")
    partial: int | None = Field(None, description="Areas partially met")
    missing: int | None = Field(None, description="Areas missing")
    requirements_met: int | None = None
    requirements_total: int | None = None
    ready: bool | None = Field(None, description="Ready to apply (the gap report's summary.ready)")
    blocker: str = Field(
        "", description="What stands first between the person and applying; '' when ready"
    )
    planned: int = Field(0, description="Planned entries (not completed yet) the row counts")
    error: str | None = Field(
        None, description="Why the record could not be read, as `endorse gap` says it"
    )
    requirements: dict[str, Status] | None = Field(
        None, description="Requirement id -> status (--detail only)"
    )


class AreaCount(Strict):
    """How many people meet, partially meet or miss one competency area."""

    domain: str
    domain_name: str
    area: str
    name: str
    people: int = Field(description="People whose category requires the area")
    met: int
    partial: int
    missing: int


class RequirementCount(Strict):
    """How many people meet one requirement."""

    id: str
    label: str
    people: int = Field(description="People whose category has the requirement")
    met: int


class CohortReport(Report):
    """A cohort of records against one category (or each against its best fit), with counts."""

    formats: ClassVar[frozenset[OutputFormat]] = DOCUMENT_FORMATS | {OutputFormat.csv}

    target: str = Field(description="A category id, or 'all'")
    target_name: str
    as_of: date
    records: int = Field(description="Records found")
    unreadable: int = Field(description="Records that could not be read")
    ready: int = Field(description="People ready to apply")
    detail: bool = Field(False, description="Rows carry each requirement's status")
    rows: list[CohortRow]
    areas: list[AreaCount] = Field(default_factory=empty_list)
    requirements: list[RequirementCount] = Field(default_factory=empty_list)
