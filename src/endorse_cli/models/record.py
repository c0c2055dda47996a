"""The training record: the one YAML file a person keeps about themselves."""

import datetime
from datetime import date
from typing import Any, Self

from pydantic import (
    Field,
    ModelWrapValidatorHandler,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from endorse_cli.models.common import AreaClaims, Strict, empty_list
from endorse_cli.models.plain import PlainFloat, PlainInt, TrueFalse
from endorse_cli.models.record_rules import after_start, course_shape, one_form
from endorse_cli.vocab import (
    Ages,
    Level,
    LicenseKind,
    ReferenceRole,
    RscFormat,
    Topic,
    WorkKind,
)

_YES_NO = {"yes", "no", "y", "n", "true", "false", "signed", "done", "x"}


def _planned(day: str) -> Any:
    """The `planned` flag of an entry, naming the day from which a planned entry counts."""
    return Field(
        False,
        description=f"Not yet completed: counts only in reports dated on or after {day}; every "
        "report says what rests on planned entries",
        examples=[False],
    )


_AREAS = (
    "Competency areas this covers: a list (each counts as partially met) or a mapping area: met | "
    "partial. Use area ids, names or listed spellings (`endorse areas`)."
)
_AREA_EXAMPLES: list[Any] = [
    {"disorders-infancy-early-childhood": "met", "screening-assessment": "partial"},
    ["infant-young-child-development-behavior"],
]


class Endorsement(Strict):
    """A category the person already holds."""

    category: str = Field(
        description="The category you hold: its id (IFS, IMHS, ...) or full name", examples=["IFS"]
    )
    earned: date | None = Field(
        None, description="When you earned it (YYYY-MM-DD)", examples=["2019-06-01"]
    )


class Education(Strict):
    """A degree or credential."""

    degree: str = Field(
        description="The degree as written on the diploma", examples=["Master of Social Work"]
    )
    level: Level = Field(
        description="The kind of degree: none, cda, associate, bachelors, masters or doctorate",
        examples=["masters"],
    )
    field: str | None = Field(None, description="What you studied", examples=["Social work"])
    completed: date | None = Field(
        None,
        description="When you finished it (YYYY-MM-DD); work and reflective supervision after this "
        "date count as postgraduate",
        examples=["2019-05-15"],
    )


class Course(Strict):
    """College coursework: a crosswalk course, or a course that declares its areas."""

    crosswalk: str | None = Field(
        None,
        description="For a course of a published program: the crosswalk id, e.g. erikson",
        examples=["erikson"],
    )
    course: str | None = Field(
        None, description="The course number in that program, e.g. I370", examples=["I370"]
    )
    title: str | None = Field(
        None, description="The title of any other college course", examples=["Child Development"]
    )
    completed: date = Field(
        description="When you finished the course (YYYY-MM-DD)", examples=["2023-12-15"]
    )
    areas: AreaClaims | None = Field(None, description=_AREAS, examples=_AREA_EXAMPLES)
    planned: TrueFalse = _planned("its completion date")

    _areas_form = field_validator("areas", mode="before")(one_form)

    @model_validator(mode="wrap")
    @classmethod
    def _crosswalk_or_title(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        """Checked on the entry as written, and reported beside any mistake in its fields."""
        shape = course_shape(data)
        try:
            course = handler(data)
        except ValidationError as exc:
            if shape is None:
                raise
            details: list[Any] = [
                {k: e[k] for k in ("type", "loc", "input", "ctx") if k in e} for e in exc.errors()
            ]
            details.append(
                {"type": PydanticCustomError("value_error", shape), "loc": (), "input": data}
            )
            raise ValidationError.from_exception_data(exc.title, details) from None
        if shape is not None:
            raise ValueError(shape)
        return course


class Training(Strict):
    """In-service training, a conference or workshop."""

    title: str = Field(description="Title of the training", examples=["DC:0-5 Clinical Training"])
    date: datetime.date = Field(
        description="When it took place (the last day, for a series)", examples=["2024-03-02"]
    )
    hours: PlainFloat = Field(gt=0, le=10000, description="Clock hours, more than 0", examples=[14])
    areas: AreaClaims | None = Field(None, description=_AREAS, examples=_AREA_EXAMPLES)
    topics: list[Topic] = Field(
        default_factory=empty_list,
        description="dei: diversity, equity and inclusion; rsc: about providing reflective "
        "supervision",
        examples=[["dei"]],
    )
    planned: TrueFalse = _planned("its date")

    _areas_form = field_validator("areas", mode="before")(one_form)


class Work(Strict):
    """A job or internship."""

    role: str = Field(description="Job title", examples=["Infant mental health therapist"])
    start: date = Field(description="First day", examples=["2020-01-06"])
    end: date | None = Field(
        None, description="Last day; leave out while the job goes on", examples=["2022-08-31"]
    )
    paid: TrueFalse = Field(
        True,
        description="Paid work (false for volunteering or an unpaid internship)",
        examples=[True],
    )
    postgraduate: TrueFalse | None = Field(
        None,
        description="Only read when the record has no dated degree: whether the job came after "
        "your degree (otherwise worked out from the education dates)",
        examples=[True],
    )
    ages: Ages = Field(
        description="infant (0-36 months), early_childhood (3 up to 6) or both", examples=["infant"]
    )
    with_caregivers: TrueFalse = Field(
        False,
        description="You work with the child and caregiver together, on their relationship",
        examples=[True],
    )
    kind: WorkKind = Field(
        description="promotion, prevention, treatment, leadership (incl. giving RSC), policy or "
        "research",
        examples=["treatment"],
    )
    internship: TrueFalse = Field(
        False, description="A supervised graduate internship", examples=[False]
    )
    supervisor_endorsement: str | None = Field(
        None,
        description="For an internship: the category its supervisor holds",
        examples=["IMHM-C"],
    )
    families: PlainInt | None = Field(
        None, ge=0, description="Families served in this job", examples=[12]
    )

    _ordered = field_validator("end")(after_start)


class Supervision(Strict):
    """Reflective supervision/consultation received."""

    provider: str = Field(description="Who gave it", examples=["A. Smith"])
    provider_endorsement: str | None = Field(
        None, description="The provider's category, or none", examples=["IMHM-C"]
    )
    provider_degree: Level | None = Field(
        None, description="The provider's degree level", examples=["masters"]
    )
    format: RscFormat = Field(
        description="individual, group or peer (peer never counts)", examples=["individual"]
    )
    start: date = Field(description="First session", examples=["2022-01-01"])
    end: date | None = Field(
        None, description="Last session; leave out while it goes on", examples=["2023-06-30"]
    )
    hours: PlainFloat = Field(
        gt=0, le=10000, description="Clock hours over the whole period", examples=[38]
    )
    serving: Ages | None = Field(
        None,
        description="Ages you served meanwhile (hours count only while serving the category's "
        "ages); worked out from your work when left out",
        examples=["infant"],
    )
    planned: TrueFalse = _planned("its last day (end)")

    _ordered = field_validator("end")(after_start)

    @model_validator(mode="after")
    def _planned_has_end(self) -> Self:
        if self.planned and self.end is None:
            raise ValueError("a planned RSC entry needs an end date (the day it will be completed)")
        return self


class Reference(Strict):
    """A reference rater."""

    name: str = Field(description="The rater's name", examples=["B. Jones"])
    role: ReferenceRole = Field(
        description="program_supervisor, rsc_provider or other", examples=["program_supervisor"]
    )
    endorsement: str | None = Field(
        None, description="The rater's category, if endorsed", examples=["IFS"]
    )
    vetted: TrueFalse = Field(
        False,
        description="The Endorsement coordinator vetted this rater as meeting the endorsed-rater "
        "rule (counts as endorsed, marked confirm)",
        examples=[False],
    )
    vetted_on: date | None = Field(
        None, description="When the coordinator vetted the rater", examples=["2024-05-01"]
    )


class Exam(Strict):
    """An Endorsement exam passed."""

    category: str = Field(description="The category whose exam you passed", examples=["IMHS"])
    passed: date = Field(description="When you passed it (YYYY-MM-DD)", examples=["2024-11-09"])


class Membership(Strict):
    """Membership in an infant mental health association."""

    association: str = Field(description="The association", examples=["MI-AIMH"])
    expires: date = Field(description="Paid through this date", examples=["2025-12-31"])


class License(Strict):
    """A professional license."""

    kind: LicenseKind = Field(
        description="mental_health (a clinical mental health license), teaching, nursing, medical "
        "or other",
        examples=["mental_health"],
    )
    title: str | None = Field(
        None, description="The license as written, e.g. LMSW", examples=["LMSW"]
    )
    state: str | None = Field(None, description="Issuing state", examples=["MI"])
    issued: date | None = Field(None, description="When it was issued", examples=["2021-03-01"])
    expires: date | None = Field(
        None,
        description="When it expires; an expired license does not count",
        examples=["2027-03-01"],
    )

    def current_on(self, on: date) -> bool:
        """Issued by `on` (or undated) and not expired before it."""
        return (self.issued is None or self.issued <= on) and (
            self.expires is None or on <= self.expires
        )


class Record(Strict):
    """A person's whole training record."""

    name: str = Field(min_length=1, description="Your name", examples=["Jordan Rivera"])
    target: str | None = Field(
        None,
        description="The category you aim at (id or name): `endorse gap` without --target reports "
        "on it",
        examples=["IMHS"],
    )
    association: str | None = Field(
        None, description="Your infant mental health association", examples=["MI-AIMH"]
    )
    endorsements: list[Endorsement] = Field(
        default_factory=empty_list,
        description="Categories you already hold",
        examples=[[{"category": "IFS", "earned": "2019-06-01"}]],
    )
    education: list[Education] = Field(
        default_factory=empty_list,
        description="Degrees and credentials",
        examples=[
            [{"degree": "Master of Social Work", "level": "masters", "completed": "2019-05-15"}]
        ],
    )
    courses: list[Course] = Field(
        default_factory=empty_list,
        description="College coursework",
        examples=[[{"crosswalk": "erikson", "course": "I370", "completed": "2023-12-15"}]],
    )
    trainings: list[Training] = Field(
        default_factory=empty_list,
        description="In-service training, conferences",
        examples=[[{"title": "DC:0-5 Clinical Training", "date": "2024-03-02", "hours": 14}]],
    )
    work: list[Work] = Field(
        default_factory=empty_list,
        description="Jobs, internships, volunteering",
        examples=[
            [
                {
                    "role": "Home visitor",
                    "start": "2020-01-06",
                    "ages": "infant",
                    "kind": "prevention",
                }
            ]
        ],
    )
    reflective_supervision: list[Supervision] = Field(
        default_factory=empty_list,
        description="Reflective supervision/consultation you received: one entry per provider and "
        "period",
        examples=[
            [{"provider": "A. Smith", "format": "individual", "start": "2022-01-01", "hours": 38}]
        ],
    )
    references: list[Reference] = Field(
        default_factory=empty_list,
        description="Your reference raters",
        examples=[[{"name": "B. Jones", "role": "program_supervisor", "endorsement": "IFS"}]],
    )
    code_of_ethics_signed: date | list[date] | None = Field(
        None,
        description="When you signed the code of ethics (a list: each yearly signing)",
        examples=["2024-05-01"],
    )
    exams: list[Exam] = Field(
        default_factory=empty_list,
        description="Endorsement exams passed, each for its category",
        examples=[[{"category": "IMHS", "passed": "2024-10-01"}]],
    )
    exam_passed: date | None = Field(
        None,
        description="Older form, no longer counted: write exams: [{category: ..., passed: ...}] "
        "instead",
        examples=["2024-10-01"],
    )
    provides_rsc: TrueFalse = Field(
        False,
        description="You give reflective supervision/consultation to others",
        examples=[False],
    )
    membership: Membership | None = Field(
        None,
        description="Your current association membership",
        examples=[{"association": "MI-AIMH", "expires": "2025-12-31"}],
    )
    licenses: list[License] = Field(
        default_factory=empty_list,
        description="Professional licenses",
        examples=[
            [{"kind": "mental_health", "title": "LMSW", "state": "MI", "issued": "2021-03-01"}]
        ],
    )

    @field_validator(
        "endorsements",
        "education",
        "courses",
        "trainings",
        "work",
        "reflective_supervision",
        "references",
        "exams",
        "licenses",
        mode="before",
    )
    @classmethod
    def _empty_list(cls, value: object) -> object:
        """A list key left empty (`trainings:` with nothing under it) means no entries yet."""
        return [] if value is None else value

    @field_validator("code_of_ethics_signed", mode="before")
    @classmethod
    def _signed_on(cls, value: object) -> object:
        """`yes` or `true` gets one message asking for the date, not one per accepted form."""
        said = value.strip().casefold() if isinstance(value, str) else None
        if isinstance(value, bool) or said in _YES_NO:
            raise ValueError(
                "must be the date you signed, not yes or no -- fix: write the date, e.g. "
                "code_of_ethics_signed: 2024-05-01 (a list for each signing); leave it out until "
                "you sign"
            )
        return value

    def ethics_dates(self) -> list[date]:
        """Every date the code of ethics was signed, oldest first."""
        signed = self.code_of_ethics_signed
        return sorted(signed if isinstance(signed, list) else [signed] if signed else [])
