"""Catalogs of offerings (trainings and college courses) that `endorse plan` chooses from."""

from __future__ import annotations

from datetime import date
from typing import Literal, Self

from pydantic import Field, model_validator

from endorse_cli.models.common import AreaClaims, Strict, empty_list
from endorse_cli.models.plain import PlainFloat
from endorse_cli.vocab import Credit, Topic

_ID = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"


class Session(Strict):
    """One run of an offering: its first and last day."""

    start: date = Field(description="First day (YYYY-MM-DD)", examples=["2026-03-02"])
    end: date | None = Field(
        None, description="Last day; left out for a one-day session", examples=["2026-04-20"]
    )

    @property
    def last(self) -> date:
        """The day the session ends."""
        return self.end or self.start

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end is not None and self.end < self.start:
            raise ValueError("end is before start")
        return self


class Offering(Strict):
    """A training or college course someone can take."""

    id: str = Field(
        pattern=_ID, description="Unique within the catalog; named as catalog:id", examples=["o4"]
    )
    title: str = Field(
        min_length=1, description="The title as published", examples=["Reflective practice basics"]
    )
    provider: str | None = Field(
        None, description="Who runs it", examples=["Lakeshore AIMH (fictional)"]
    )
    kind: Literal["training", "course"] = Field(
        "training", description="training (clock hours) or course (college credit; no clock hours)"
    )
    hours: PlainFloat | None = Field(
        None,
        ge=0,
        le=10000,
        description="Clock hours (trainings; a college course's are not counted)",
        examples=[6],
    )
    credits: PlainFloat | None = Field(
        None, ge=0, le=100, description="College credits (courses)", examples=[3]
    )
    cost: PlainFloat | None = Field(
        None, ge=0, le=10_000_000, description="Price, in the catalog's currency", examples=[100]
    )
    currency: str | None = Field(
        None, description="Currency of the cost (default: the catalog's)", examples=["USD"]
    )
    dates: list[Session] | None = Field(
        None, description="Sessions to choose from (one is taken); left out = self-paced, any time"
    )
    areas: AreaClaims | None = Field(
        None,
        description="Areas it covers: area -> met | partial (a list: each partial), for every "
        "category",
    )
    areas_by_category: dict[str, AreaClaims] | None = Field(
        None, description="Areas it covers per category id (instead of `areas`)"
    )
    topics: list[Topic] = Field(
        default_factory=empty_list, description="dei, rsc: training components"
    )
    categories: list[str] | None = Field(
        None, description="Only for these category ids (default: every category)"
    )
    prerequisites: list[str] = Field(
        default_factory=empty_list, description="Offering ids of this catalog taken before"
    )
    corequisites: list[str] = Field(
        default_factory=empty_list, description="Offering ids of this catalog taken with it"
    )
    source: str | None = Field(
        None, description="Where this offering is published (default: the catalog's)"
    )
    crosswalk: str | None = Field(
        None, description="The crosswalk that maps this course (e.g. erikson)"
    )
    course: str | None = Field(None, description="Its course id in that crosswalk (e.g. I370)")

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.kind == "training" and not self.hours:
            raise ValueError("a training needs hours: its clock hours, more than 0")
        if self.areas is not None and self.areas_by_category is not None:
            raise ValueError("give areas or areas_by_category, not both")
        if (self.crosswalk is None) != (self.course is None):
            raise ValueError(
                "crosswalk and course go together (e.g. crosswalk: erikson, course: I370)"
            )
        return self

    def marks_for(self, category: str) -> dict[str, Credit]:
        """Area -> met | partial this offering gives toward `category` (areas named as written)."""
        if self.categories is not None and category not in self.categories:
            return {}
        marks = (
            self.areas if self.areas_by_category is None else self.areas_by_category.get(category)
        )
        if marks is None:
            return {}
        return dict.fromkeys(marks, "partial") if isinstance(marks, list) else dict(marks)


class Catalog(Strict):
    """A published list of offerings (a training calendar, a certificate program)."""

    catalog: str = Field(pattern=_ID, description="The catalog's id", examples=["mi-aimh-2026"])
    name: str = Field(min_length=1, description="Its name", examples=["Training calendar 2026"])
    source: str = Field(min_length=1, description="Where it was published (a URL or document)")
    currency: str | None = Field(
        None, description="Currency of every cost unless an offering says", examples=["USD"]
    )
    note: str | None = Field(
        None, description="Anything a reader should know (e.g. that it is fictional)"
    )
    offerings: list[Offering] = Field(min_length=1, description="The trainings and courses")

    def find(self, offering: str) -> Offering | None:
        """The offering with this id (any case)."""
        wanted = offering.casefold()
        return next((o for o in self.offerings if o.id.casefold() == wanted), None)
