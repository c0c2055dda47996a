"""Models of data/categories/: a category, its requirement rules (dated) and its renewal rules."""

from typing import Literal

from pydantic import Field

from endorse_cli.models.common import Dated, Rule, Sourced, Strict, empty_list
from endorse_cli.models.plain import PlainFloat, PlainInt, TrueFalse
from endorse_cli.models.renewal import RenewalRule
from endorse_cli.vocab import (
    Ages,
    CountedRscFormat,
    Level,
    LicenseKind,
    ReferenceRole,
    Rung,
    Topic,
    Track,
    WorkKind,
)


def _infant_ages() -> list[Ages]:
    return ["infant", "both"]


def _rsc_formats() -> list[CountedRscFormat]:
    return ["individual", "group"]


class EducationRule(Rule):
    """Accepted education, optionally with a work route instead of a degree."""

    levels: list[Level] = Field(min_length=1, description="Accepted record education levels")
    alternative_work_years: PlainFloat | None = Field(
        None, gt=0, description="Years of qualifying work accepted instead of a degree"
    )
    alternative_work_ages: list[Ages] = Field(default_factory=_infant_ages)
    licenses: list[LicenseKind] = Field(
        default_factory=empty_list,
        description="Kinds of current professional license accepted instead of a degree",
    )
    licenses_unconfirmed: TrueFalse = Field(
        False, description="The sources leave the license route open"
    )


class TrainingComponent(Strict):
    """Hours that must carry a topic tag (e.g. dei, rsc) within the training minimum."""

    topic: Topic
    hours: PlainFloat = Field(gt=0)


class TrainingRule(Rule):
    """Minimum clock hours of in-service training."""

    minimum: PlainFloat = Field(gt=0)
    typical: PlainFloat | None = Field(None, gt=0, description="Average in successful applications")
    components: list[TrainingComponent] = Field(default_factory=empty_list)


class InternshipRule(Strict):
    """A supervised graduate internship standing in for part of the work years."""

    max_years: PlainFloat = Field(gt=0)
    supervisor_endorsements: list[str] = Field(min_length=1)


class WorkPart(Strict):
    """One block of specialized work the category asks for, with its conditions."""

    label: str
    years: PlainFloat = Field(gt=0)
    paid: TrueFalse | None = Field(None, description="True: only paid work counts; None: any")
    postgraduate: TrueFalse | None = None
    after_level: Level | None = Field(
        None, description="Postgraduate means after this degree level"
    )
    ages: list[Ages] = Field(min_length=1)
    with_caregivers: TrueFalse | None = None
    kinds: list[WorkKind] = Field(min_length=1)
    internship: InternshipRule | None = None
    min_families: PlainInt | None = Field(
        None, gt=0, description="Families the counted work must have served"
    )


class WorkRule(Rule):
    """Specialized work experience: every part must be met."""

    parts: list[WorkPart] = Field(min_length=1)


class ProviderVariant(Dated):
    """An association's extra qualifying RSC provider (e.g. a master's-prepared IFS)."""

    association: str
    endorsement: str = Field(description="Category the provider holds")
    provider_level: Level = Field(description="Lowest degree level the provider must have")
    applicant_levels: list[Level] = Field(
        default_factory=empty_list,
        description="Only for applicants whose highest degree is one of these (empty: all)",
    )


class RscRule(Rule):
    """Reflective supervision/consultation received."""

    hours: PlainFloat = Field(gt=0)
    window_months: PlainInt = Field(gt=0, description="Hours must fall within this many months")
    min_span_months: PlainInt = Field(
        0, ge=0, description="Counted RSC must stretch over this long"
    )
    providers: list[str] = Field(min_length=1, description="Qualifying provider endorsements")
    after_level: Level | None = Field(None, description="Counts only after this degree level")
    ages: list[Ages] = Field(
        default_factory=_infant_ages, description="Received while serving these ages"
    )
    formats: list[CountedRscFormat] = Field(default_factory=_rsc_formats)
    variants: list[ProviderVariant] = Field(default_factory=empty_list)


class ReferenceRule(Rule):
    """Reference ratings: count, required roles, endorsed raters."""

    count: PlainInt = Field(gt=0)
    roles: list[ReferenceRole] = Field(
        default_factory=empty_list, description="Roles that must each appear at least once"
    )
    endorsed_min: PlainInt = Field(0, ge=0)
    endorsed_categories: list[str] = Field(default_factory=empty_list)


class FlagRule(Rule):
    """A yes/no requirement (code of ethics, exam, membership)."""

    required: TrueFalse

    @property
    def asks(self) -> bool:
        return self.required


class Requirements(Strict):
    """Every requirement of a category; each a list of dated versions."""

    education: list[EducationRule] = Field(default_factory=empty_list)
    training_hours: list[TrainingRule] = Field(default_factory=empty_list)
    work_experience: list[WorkRule] = Field(default_factory=empty_list)
    reflective_supervision: list[RscRule] = Field(default_factory=empty_list)
    references: list[ReferenceRule] = Field(default_factory=empty_list)
    code_of_ethics: list[FlagRule] = Field(default_factory=empty_list)
    exam: list[FlagRule] = Field(default_factory=empty_list)
    membership: list[FlagRule] = Field(default_factory=empty_list)


class Category(Sourced):
    """An Endorsement category (one file of data/categories/)."""

    id: str = Field(pattern=r"^[A-Z][A-Z0-9-]*$")
    name: str
    alternate_names: list[str] = Field(default_factory=empty_list)
    track: Track
    scope: Literal["promotion", "prevention", "treatment", "macro"]
    scope_detail: str
    rung: Rung = Field(
        description="Where the category sits on its track: IFA (Associate) < IFS (Family "
        "Specialist) < MHS (Mental Health Specialist) < MHM (Mentor); the CoE crosswalk uses the "
        "last three"
    )
    scope_kinds: list[WorkKind] = Field(
        default_factory=empty_list,
        description="The kinds of work (a record's work.kind) this category's scope names",
    )
    counterpart: str | None = Field(None, description="Same category on the other age track")
    requirements: Requirements
    renewal: list[RenewalRule] = Field(default_factory=empty_list)
