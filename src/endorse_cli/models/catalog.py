"""Models of the data pack: competency areas, categories and their requirements, crosswalks."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from endorse_cli.models.common import (
    Ages,
    CourseStatus,
    Dated,
    Level,
    Requiredness,
    Sourced,
    Strict,
    Track,
    WorkKind,
)

# --------------------------------------------------------------------------- competencies


class Area(Sourced):
    """A knowledge/skill area of the Competency Guidelines."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str
    alternate_names: list[str] = Field(default_factory=list, description="Other spellings")
    description: str = Field(description="Short description in our own words")
    required_for: dict[str, Requiredness] = Field(description="Category id -> requiredness")
    inferred: bool = Field(False, description="Some cell was derived by reasoning, not read")


class Domain(Sourced):
    """A competency domain grouping areas."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str
    alternate_names: list[str] = Field(default_factory=list)
    kind: Literal["knowledge", "skill"]
    areas: list[Area] = Field(default_factory=list)


class CompetencyFile(Strict):
    """One file of data/competencies/."""

    domains: list[Domain]


# --------------------------------------------------------------------------- categories

RscFormat = Literal["individual", "group"]


def _infant_ages() -> list[Ages]:
    return ["infant", "both"]


def _rsc_formats() -> list[RscFormat]:
    return ["individual", "group"]


class EducationRule(Dated):
    """Accepted education, optionally with a work route instead of a degree."""

    levels: list[Level] = Field(min_length=1, description="Accepted record education levels")
    alternative_work_years: float | None = Field(
        None, gt=0, description="Years of qualifying work accepted instead of a degree"
    )
    alternative_work_ages: list[Ages] = Field(default_factory=_infant_ages)


class TrainingComponent(Strict):
    """Hours that must carry a topic tag (e.g. dei, rsc) within the training minimum."""

    topic: Literal["dei", "rsc"]
    hours: float = Field(gt=0)


class TrainingRule(Dated):
    """Minimum clock hours of in-service training."""

    minimum: float = Field(gt=0)
    typical: float | None = Field(None, gt=0, description="Average in successful applications")
    components: list[TrainingComponent] = Field(default_factory=list)


class InternshipRule(Strict):
    """A supervised graduate internship standing in for part of the work years."""

    max_years: float = Field(gt=0)
    supervisor_endorsements: list[str] = Field(min_length=1)


class WorkPart(Strict):
    """One block of specialized work the category asks for, with its conditions."""

    label: str
    years: float = Field(gt=0)
    paid: bool | None = Field(None, description="True: only paid work counts; None: any")
    postgraduate: bool | None = None
    ages: list[Ages] = Field(min_length=1)
    with_caregivers: bool | None = None
    kinds: list[WorkKind] = Field(min_length=1)
    internship: InternshipRule | None = None


class WorkRule(Dated):
    """Specialized work experience: every part must be met."""

    parts: list[WorkPart] = Field(min_length=1)


class RscRule(Dated):
    """Reflective supervision/consultation received."""

    hours: float = Field(gt=0)
    window_months: int = Field(gt=0, description="Hours must fall within this many months")
    min_span_months: int = Field(0, ge=0, description="Counted RSC must stretch over this long")
    providers: list[str] = Field(min_length=1, description="Qualifying provider endorsements")
    after_level: Level | None = Field(None, description="Counts only after this degree level")
    formats: list[RscFormat] = Field(default_factory=_rsc_formats)


class ReferenceRule(Dated):
    """Reference ratings: count, required roles, endorsed raters."""

    count: int = Field(gt=0)
    roles: list[Literal["program_supervisor", "rsc_provider", "other"]] = Field(
        default_factory=list, description="Roles that must each appear at least once"
    )
    endorsed_min: int = Field(0, ge=0)
    endorsed_categories: list[str] = Field(default_factory=list)


class FlagRule(Dated):
    """A yes/no requirement (code of ethics, exam, membership)."""

    required: bool


class Requirements(Strict):
    """Every requirement of a category; each a list of dated versions."""

    education: list[EducationRule] = Field(default_factory=list)
    training_hours: list[TrainingRule] = Field(default_factory=list)
    work_experience: list[WorkRule] = Field(default_factory=list)
    reflective_supervision: list[RscRule] = Field(default_factory=list)
    references: list[ReferenceRule] = Field(default_factory=list)
    code_of_ethics: list[FlagRule] = Field(default_factory=list)
    exam: list[FlagRule] = Field(default_factory=list)
    membership: list[FlagRule] = Field(default_factory=list)


class RenewalRule(Dated):
    """Yearly renewal: training hours, the DEI hour, RSC hours, RSC-provider hours."""

    training_hours: float = Field(gt=0)
    dei_hours: float = Field(0, ge=0)
    rsc_hours: float = Field(0, ge=0)
    rsc_provider_training_hours: float = Field(0, ge=0)


class Category(Sourced):
    """An Endorsement category (one file of data/categories/)."""

    id: str = Field(pattern=r"^[A-Z][A-Z0-9-]*$")
    name: str
    alternate_names: list[str] = Field(default_factory=list)
    track: Track
    scope: Literal["promotion", "prevention", "treatment", "macro"]
    scope_detail: str
    level: Literal["IFA", "IFS", "MHS", "MHM"] = Field(
        description="Rung used by the CoE crosswalk levels (IFS < MHS < MHM)"
    )
    counterpart: str | None = Field(None, description="Same category on the other age track")
    requirements: Requirements
    renewal: list[RenewalRule] = Field(default_factory=list)


# --------------------------------------------------------------------------- crosswalks


class CourseArea(Strict):
    """What one course gives toward one area, per crosswalk column."""

    area: str
    statuses: dict[str, CourseStatus]


class Course(Sourced):
    """A course of a course crosswalk."""

    id: str = Field(pattern=r"^[A-Z0-9]+$")
    title: str
    credits: float = Field(gt=0)
    aliases: list[str] = Field(default_factory=list, description="Other ways to write the id")
    areas: list[CourseArea]


class Recommendation(Strict):
    """Supplemental training a crosswalk recommends for an area, per column and track."""

    columns: list[str] = Field(min_length=1)
    track: Track | None = None
    text: str


class SummaryRow(Strict):
    """A program-summary row: completed (met) or addressed (partial) per summary column."""

    area: str
    marks: dict[str, Literal["completed", "addressed"]]
    recommendations: list[Recommendation] = Field(default_factory=list)
    note: str | None = Field(None, description="How the row's marks were placed, if inferred")


class ProgramSummary(Sourced):
    """Credit for completing every course of the crosswalk."""

    columns: dict[str, list[str]] = Field(description="Summary column -> category ids")
    rows: list[SummaryRow]


class RscCredit(Sourced):
    """Whether RSC received inside the program counts toward RSC hours."""

    counts: bool


class CourseCrosswalk(Sourced):
    """A college program mapped onto the competency areas (e.g. Erikson)."""

    kind: Literal["courses"]
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str
    columns: dict[str, list[str]] = Field(description="Course column -> category ids")
    courses: list[Course] = Field(min_length=1)
    summary: ProgramSummary | None = None
    program_rsc: RscCredit | None = None


class EndorsementMapping(Strict):
    """An Endorsement domain/area/level a consultation competency maps to."""

    domain: str | None = Field(None, description="Domain id; null where the source was cut off")
    area: str | None = Field(None, description="Area id; null where the source was cut off")
    level: Literal["IFS", "MHS", "MHM"] | None = None
    priority: Literal["essential", "important"] | None = None
    note: str | None = None


class CoeCompetency(Strict):
    """A consultation competency row of the CoE crosswalk."""

    id: str = Field(pattern=r"^[0-9]+[A-Z]\.[0-9]+$")
    summary: str = Field(description="Short paraphrase of the competency")
    priority: Literal["essential", "important", "unknown"]
    relation: Literal["equal", "partial", "unique", "mapped", "unknown"]
    endorsement: list[EndorsementMapping] = Field(default_factory=list)
    source: list[str] = Field(default_factory=list)
    note: str | None = None


class CoeSection(Sourced):
    """A section of the CoE crosswalk."""

    id: str = Field(pattern=r"^[0-9]+$")
    name: str
    competencies: list[CoeCompetency] = Field(default_factory=list)


class Coverage(Strict):
    """How much of the published crosswalk the file holds."""

    complete: bool
    note: str


class CoeCrosswalk(Sourced):
    """The CoE consultation-competency crosswalk."""

    kind: Literal["consultation"]
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str
    coverage: Coverage
    legend: dict[str, str]
    sections: list[CoeSection]
