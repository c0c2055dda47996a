"""The printed portfolio: a gap report with the logs behind its figures, entry by entry."""

import datetime
from datetime import date

from pydantic import Field

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import Amount, Report
from endorse_cli.results.gap import GapReport


class TrainingLine(Strict):
    """One training as it counts toward the training hours."""

    date: datetime.date
    title: str
    hours: Amount = Field(description="Clock hours as logged")
    counted: bool = Field(description="False for an entry repeated word for word (counted once)")
    running_total: Amount = Field(description="Hours counted so far, this entry included")
    areas: list[str] = Field(
        default_factory=empty_list, description="Names of the areas it credits for the category"
    )
    topics: list[str] = Field(
        default_factory=empty_list,
        description="Its topic tags (dei, rsc): the minimums inside the total",
    )
    planned: bool = Field(
        False, description="Not taken yet: counted because the report date is on or after it"
    )


class CourseLine(Strict):
    """One college course and the areas it credits for the category."""

    completed: date
    code: str | None = Field(None, description="e.g. erikson:I370 for a crosswalk course")
    title: str
    areas: list[str] = Field(default_factory=empty_list)
    planned: bool = Field(
        False, description="Not taken yet: counted because the report date is on or after it"
    )


class WorkLine(Strict):
    """One job as one part of the work requirement counts it."""

    part: str = Field(description="The kind of work the part asks for")
    role: str
    start: date
    end: date | None
    ages: str
    kind: str
    months: Amount = Field(
        description="Months credited (overlapping jobs count once, for the earlier one)"
    )
    why_not: str = Field(
        "", description="Why the job, or part of it, does not count ('' when all of it counts)"
    )


class RscLine(Strict):
    """One RSC entry: hours logged, credited inside the best window, and what was left out."""

    provider: str
    endorsement: str | None
    format: str
    start: date
    end: date | None
    hours: Amount
    in_window: Amount = Field(
        description="Qualifying hours inside the best window (these are the report's figure)"
    )
    outside_window: Amount = Field(description="Qualifying hours outside the best window")
    left_out: list[str] = Field(
        default_factory=empty_list, description="Hours not counted, each with why"
    )
    planned: bool = Field(
        False, description="Not taken yet: counted because the report date is on or after it"
    )


class ReferenceLine(Strict):
    """One reference rater."""

    name: str
    role: str
    endorsement: str | None
    vetted: bool = Field(False, description="Accepted by the coordinator as endorsed-equivalent")
    counted: bool = Field(description="False when the same rater is listed again")


class Total(Strict):
    """A log's total next to what the category requires (the same figures as the requirement's)."""

    have: Amount
    required: Amount
    unit: str


class Appendix(Strict):
    """The logs an application needs, from the record, with the totals the report shows."""

    trainings: list[TrainingLine] = Field(default_factory=empty_list)
    training_total: Total | None = None
    courses: list[CourseLine] = Field(default_factory=empty_list)
    work: list[WorkLine] = Field(default_factory=empty_list)
    work_parts: list[str] = Field(
        default_factory=empty_list, description="The kinds of work the category asks for, in order"
    )
    work_total: Total | None = None
    rsc: list[RscLine] = Field(default_factory=empty_list)
    rsc_window: str = Field(
        "", description="The best window, e.g. 'Jul 2023 to Dec 2024' ('' when none)"
    )
    rsc_total: Total | None = None
    references: list[ReferenceLine] = Field(default_factory=empty_list)
    references_total: Total | None = None


class Portfolio(Report):
    """A gap report and its appendix: every figure of the report next to the entries it comes
    from."""

    gap: GapReport
    appendix: Appendix
