"""The training record: the one YAML file a person keeps about themselves."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, model_validator

from endorse_cli.models.common import Ages, Level, Strict, WorkKind

AreaClaims = list[str] | dict[str, Literal["met", "partial"]]


class Endorsement(Strict):
    """A category the person already holds."""

    category: str
    earned: date | None = None


class Education(Strict):
    """A degree or credential."""

    degree: str
    level: Level
    field: str | None = None
    completed: date


class Course(Strict):
    """College coursework: a crosswalk course, or a course that declares its areas."""

    crosswalk: str | None = None
    course: str | None = None
    title: str | None = None
    completed: date
    areas: AreaClaims | None = None

    @model_validator(mode="after")
    def _crosswalk_or_title(self) -> Course:
        if self.crosswalk is None and self.course is None and self.title is None:
            raise ValueError("give crosswalk and course (e.g. erikson, I370) or a title")
        if (self.crosswalk is None) != (self.course is None):
            raise ValueError("crosswalk and course go together (e.g. crosswalk: erikson, course: I370)")
        return self


class Training(Strict):
    """In-service training, a conference or workshop."""

    title: str
    date: date
    hours: float = Field(gt=0, le=10000)
    areas: AreaClaims | None = None
    topics: list[Literal["dei", "rsc"]] = Field(default_factory=list)


class Work(Strict):
    """A job or internship."""

    role: str
    start: date
    end: date | None = None
    paid: bool = True
    postgraduate: bool = False
    ages: Ages
    with_caregivers: bool = False
    kind: WorkKind
    internship: bool = False
    supervisor_endorsement: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Work:
        if self.end is not None and self.end < self.start:
            raise ValueError("end is before start")
        return self


class Supervision(Strict):
    """Reflective supervision/consultation received."""

    provider: str
    provider_endorsement: str | None = None
    format: Literal["individual", "group", "peer"]
    start: date
    end: date | None = None
    hours: float = Field(gt=0, le=10000)

    @model_validator(mode="after")
    def _ordered(self) -> Supervision:
        if self.end is not None and self.end < self.start:
            raise ValueError("end is before start")
        return self


class Reference(Strict):
    """A reference rater."""

    name: str
    role: Literal["program_supervisor", "rsc_provider", "other"]
    endorsement: str | None = None


class Membership(Strict):
    """Membership in an infant mental health association."""

    association: str
    expires: date


class Record(Strict):
    """A person's whole training record."""

    name: str = Field(min_length=1)
    association: str | None = None
    endorsements: list[Endorsement] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    courses: list[Course] = Field(default_factory=list)
    trainings: list[Training] = Field(default_factory=list)
    work: list[Work] = Field(default_factory=list)
    reflective_supervision: list[Supervision] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    code_of_ethics_signed: date | None = None
    exam_passed: date | None = None
    membership: Membership | None = None
