"""A plan: the offerings that close a record's gaps best, each with what it closes, and where that
leaves the person."""

import datetime
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Field

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import Report, Summary


def _whole(value: float | None) -> float | int | None:
    """6.0 -> 6: amounts read as people write them (JSON too); 1.5 stays 1.5."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


Amount = Annotated[int | float, AfterValidator(_whole)]


class Adds(Strict):
    """Clock hours a pick adds: in all, on DEI, on providing RSC."""

    training_hours: Amount = 0
    dei_hours: Amount = 0
    rsc_training_hours: Amount = 0


class Pick(Strict):
    """One offering of the plan, with what it closes."""

    catalog: str
    offering: str
    title: str
    provider: str | None = None
    kind: str = Field(description="training or course")
    date: datetime.date | None = Field(
        description="The session's last day; null for a self-paced offering"
    )
    start: datetime.date | None = None
    hours: Amount = Field(description="Clock hours (0 for a college course)")
    credits: Amount | None = None
    cost: Amount | None = Field(
        description="Price in the catalog's currency; null when the catalog gives none"
    )
    currency: str | None = None
    closes: list[str] = Field(description="Area ids this pick makes met")
    partial: list[str] = Field(description="Area ids this pick makes partial")
    adds: Adds
    says: str = Field(description="What the pick does, in words")
    forced: bool = Field(False, description="Chosen with --include")


class Totals(Strict):
    """What the whole plan takes."""

    hours: Amount
    cost: Amount
    count: int
    cost_unknown: int = Field(
        0, description="Picks whose cost the catalog does not give (not in `cost`)"
    )


class Uncovered(Strict):
    """A required area the plan leaves short of met, and why."""

    area: str
    name: str
    status: str = Field(description="Its status after the plan: partial or missing")
    why: str


class OtherStep(Strict):
    """A requirement no catalog offering closes, with its own next step."""

    requirement: str
    label: str
    status: str
    action: str


class LeftOut(Strict):
    """An offering the plan could not consider, and why (e.g. no cost under a cost budget)."""

    catalog: str
    offering: str
    title: str
    why: str


class PlanReport(Report):
    """The plan for one record and category: picks, totals, the standing after, and what stays
    open."""

    target: str
    target_name: str
    person: str
    as_of: date
    by: date
    objective: str = Field(description="hours, cost or count: what the plan keeps least")
    budget: Amount | None = None
    budget_measure: str | None = None
    optimal: bool = True
    catalogs: list[str] = Field(description="Ids of the catalogs chosen from")
    offerings_considered: int
    picks: list[Pick]
    totals: Totals
    before: Summary
    after: Summary
    closes_every_gap: bool = Field(
        description="No area or training hour the catalogs could close stays open"
    )
    uncovered: list[Uncovered]
    other_steps: list[OtherStep]
    left_out: list[LeftOut] = Field(default_factory=empty_list)
    notes: list[str] = Field(default_factory=empty_list)
