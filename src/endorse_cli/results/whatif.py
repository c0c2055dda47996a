"""`--target all`: every category side by side, closest to applying first."""

from datetime import date
from typing import Literal

from pydantic import Field

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import Report


class CategoryFit(Strict):
    """One row of the what-if comparison."""

    rank: int
    target: str
    name: str
    track: str
    rung: str = Field("", description="Place on the track: IFA < IFS < MHS < MHM")
    met: int
    partial: int
    missing: int
    requirements_met: int
    requirements_total: int
    ready: bool
    held: bool = Field(False, description="The record already holds this category")
    held_or_below: bool = Field(
        False,
        description="Held, or at or below a rung held on the same track: listed last, never "
        "suggested",
    )
    progress: float = Field(description="0-1: half areas (partial counts half), half requirements")
    months_to_go: float = Field(
        0.0,
        description="An estimate: rough months of work, study and supervision still ahead "
        "(docs/rules.md)",
    )
    blocker: str = Field(
        "", description="What stands between the person and applying, most lasting first"
    )
    why: str = Field("", description="Why the row stands where it does in the ranking")
    planned: list[str] = Field(
        default_factory=empty_list, description="Planned entries this row's counts rest on"
    )


class WhatIfReport(Report):
    """All categories side by side, best fit first."""

    target: Literal["all"] = "all"
    as_of: date
    person: str
    categories: list[CategoryFit]
    notes: list[str] = Field(default_factory=empty_list)
