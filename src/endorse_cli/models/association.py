"""Models of data/associations/: an infant mental health association and its renewal deadline."""

from datetime import date, timedelta
from typing import Self

from pydantic import Field, model_validator

from endorse_cli.models.common import Sourced, empty_list
from endorse_cli.models.plain import PlainInt, TrueFalse


def days_in(year: int, month: int) -> int:
    """The number of days of `month` in `year` (what calendar.monthrange gives, without importing
    locale)."""
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day


class Deadline(Sourced):
    """When renewal for a year is due: a month and day in the renewal year or in the year after."""

    month: PlainInt = Field(ge=1, le=12)
    day: PlainInt = Field(ge=1, le=31)
    following_year: TrueFalse = Field(
        False, description="True: the date falls in the year after the renewal year"
    )
    lapses: TrueFalse = Field(
        False, description="True: the Endorsement lapses if not renewed by then"
    )

    @model_validator(mode="after")
    def _real_day(self) -> Self:
        if self.day > days_in(2000, self.month):
            raise ValueError(f"month {self.month} has no day {self.day}")
        return self

    def for_year(self, year: int) -> date:
        """The deadline of the renewal for `year` (Feb 29 becomes Feb 28 in other years)."""
        due = year + 1 if self.following_year else year
        return date(due, self.month, min(self.day, days_in(due, self.month)))


class Association(Sourced):
    """An association that endorses and renews (one file of data/associations/)."""

    id: str = Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9-]*$", description="Short id, e.g. MI-AIMH (the file name)"
    )
    name: str = Field(min_length=1)
    alternate_names: list[str] = Field(
        default_factory=empty_list, description="Other names a record may use"
    )
    renewal_deadline: Deadline | None = Field(
        None, description="Left out where no source states one"
    )
