"""The project's vocabulary, each word defined once: statuses, levels, ladders, symbols, exact
hours."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache
from typing import Any, Literal, get_args

# The report dates (`--as-of`) the engine reckons with: every rule, window and deadline it works out
# lies a few years either side of the report date, well inside what a calendar date can hold
# (date.max is 9999-12-31). A renewal year is one of these dates' years.
FIRST_REPORT_DATE = date(1900, 1, 1)
LAST_REPORT_DATE = date(2999, 12, 31)

# The status family: every status a report shows, each with a symbol and a word (STATUS_SYMBOLS,
# STATUS_WORDS).
Status = Literal["met", "partial", "missing"]  # an area or requirement towards an endorsement
Credit = Literal["met", "partial"]  # what a piece of evidence, or a record's claim, gives an area
CREDITS: tuple[Credit, ...] = get_args(Credit)
# A course's credit for an area, per category.
CourseStatus = Literal["met", "partial", "not_required"]
# A renewal requirement in one year.
RenewalStatus = Literal["met", "partial", "missing", "not_applicable"]
Mark = Literal["completed", "addressed"]  # a program summary's mark for an area
STATUS_FAMILY = (Status, Credit, CourseStatus, RenewalStatus, Mark)
Requiredness = Literal["required", "not_required", "unconfirmed"]
Track = Literal["infant", "early_childhood"]
Level = Literal["none", "cda", "associate", "bachelors", "masters", "doctorate"]
Ages = Literal["infant", "early_childhood", "both"]
WorkKind = Literal["promotion", "prevention", "treatment", "leadership", "policy", "research"]
Stage = Literal["application", "after_review"]
# The kinds of evidence a domain may accept for its areas.
EvidenceKind = Literal["coursework", "training", "references", "rsc"]
# What a training is about, as renewals and training components count it.
Topic = Literal["dei", "rsc"]
ReferenceRole = Literal["program_supervisor", "rsc_provider", "other"]
# How an RSC entry was given; a category accepts some of the first two, never peer.
RscFormat = Literal["individual", "group", "peer"]
CountedRscFormat = Literal["individual", "group"]
KnownPriority = Literal["essential", "important"]  # what the CoE crosswalk's mappings state
Priority = Literal[KnownPriority, "unknown"]
Relation = Literal["equal", "partial", "unique", "mapped", "unknown"]
RELATIONS: tuple[Relation, ...] = get_args(Relation)
CoeRung = Literal["IFS", "MHS", "MHM"]  # the rungs the CoE crosswalk's levels use
Rung = Literal["IFA", CoeRung]
# A CoE consultation competency id: section number, letter, dot, number ('7A.1').
COE_ID = r"^([0-9]+)([A-Z])\.([0-9]+)$"
# Kinds of professional license (data/licenses.yaml says what each means, with sources).
LicenseKind = Literal["mental_health", "teaching", "nursing", "medical", "other"]
LICENSE_WORDS: dict[str, str] = {
    "mental_health": "mental health clinical",
    "teaching": "teaching",
    "nursing": "nursing",
    "medical": "medical",
    "other": "professional",
}


class CohortOrder(StrEnum):
    """How a cohort's rows are ordered (`endorse cohort --sort`)."""

    readiness = "readiness"
    deadline = "deadline"
    name = "name"


# The page of a cohort's folder of checklists (`--html-dir`) that links them; no person's page takes
# its name.
CHECKLIST_INDEX = "index.html"

LEVEL_ORDER: tuple[Level, ...] = ("none", "cda", "associate", "bachelors", "masters", "doctorate")
LEVEL_NAMES: dict[str, str] = {
    "none": "no degree",
    "cda": "CDA credential",
    "associate": "associate degree",
    "bachelors": "bachelor's degree",
    "masters": "master's degree",
    "doctorate": "doctorate",
}
# The rungs categories sit on, from Associate to Mentor (the CoE crosswalk's levels use the last
# three).
LADDER: tuple[Rung, ...] = ("IFA", "IFS", "MHS", "MHM")
WORK_KINDS: tuple[WorkKind, ...] = (
    "promotion",
    "prevention",
    "treatment",
    "leadership",
    "policy",
    "research",
)
AGE_WORDS: dict[str, str] = {
    "infant": "infants/toddlers (birth to 36 months)",
    "early_childhood": "children 3 up to 6",
    "both": "infants and young children",
}

STATUSES: tuple[Status, ...] = ("met", "partial", "missing")
RANK: dict[str, int] = {"met": 2, "partial": 1, "missing": 0}
PRIORITY_ORDER: tuple[Priority, ...] = ("essential", "important", "unknown")
PRIORITY_SYMBOLS: dict[str, str] = {"essential": "*", "important": "…", "unknown": "?"}
RELATION_SYMBOLS: dict[str, str] = {
    "equal": "=",
    "partial": "≈",
    "unique": "≠",
    "mapped": "=/≈",
    "unknown": "?",
}
STATUS_SYMBOLS: dict[str | None, str] = {
    "met": "✔",
    "partial": "◐",
    "missing": "✘",
    "not_required": "-",
    "not_applicable": "\u2013",  # an en dash: not applicable
    "completed": "✔",
    "addressed": "●",
    None: "",
}
STATUS_WORDS: dict[str, str] = {
    "met": "met",
    "partial": "partial",
    "missing": "missing",
    "not_required": "not required",
    "not_applicable": "not applicable",
    "completed": "completed",
    "addressed": "addressed",
}
CONFIRM = "Confirm with your association."


class OutputFormat(StrEnum):
    """Report formats; each result type claims the ones it has (csv: `endorse cohort` only, one row
    per record)."""

    table = "table"
    markdown = "markdown"
    json = "json"
    html = "html"
    csv = "csv"


# What most reports claim: a terminal table, a Markdown and an HTML page (templates/), and JSON.
DOCUMENT_FORMATS = frozenset(
    {OutputFormat.table, OutputFormat.markdown, OutputFormat.json, OutputFormat.html}
)


def a_or_an(phrase: str) -> str:
    """'a bachelor's degree', 'an associate degree'."""
    return f"{'an' if phrase[:1].lower() in 'aeiou' else 'a'} {phrase}"


def count_statuses(statuses: Iterable[str]) -> dict[str, int]:
    """{'met': n, 'partial': n, 'missing': n} for a run of statuses."""
    found = list(statuses)
    return {s: found.count(s) for s in STATUSES}


def exact(value: float | int | Fraction) -> Fraction:
    """A number as written (1.1 is 11/10, not the nearest binary float), for exact sums."""
    if isinstance(value, Fraction):
        return value
    return _decimal(value) if isinstance(value, float) else Fraction(value)


@lru_cache(maxsize=4096)
def _decimal(value: float) -> Fraction:
    """A float read as the decimal it was written as (hours repeat, so this is cached)."""
    return Fraction(repr(value))


def shown(value: Fraction | float | int) -> float | int:
    """A number floored to one decimal (never rounded up to look met), an int when whole."""
    if type(value) is int:  # most amounts (areas, ratings, years): nothing to round
        return value
    return _from_tenths(_tenths(value, up=False))


def still_needed(value: Fraction | float | int) -> float | int:
    """An amount still to go, rounded up to one decimal (2.95 hours to go is shown as 3, never
    2.9)."""
    return _from_tenths(_tenths(value, up=True))


def _tenths(value: Fraction | float | int, up: bool) -> int:
    """`value` in whole tenths, rounded down (or up), in integers: no binary fraction creeps in."""
    number = exact(value)
    if up:
        return -(-number.numerator * 10 // number.denominator)
    return number.numerator * 10 // number.denominator


def _from_tenths(tenths: int) -> float | int:
    return tenths // 10 if tenths % 10 == 0 else tenths / 10


def grade(have: Fraction, required: Fraction) -> Status:
    """met when `have` reaches `required` exactly, partial when some, missing when none."""
    if have >= required:
        return "met"
    return "partial" if have > 0 else "missing"


@dataclass(frozen=True)
class Wording:
    """How reports name a requirement: `label` in reports, `short` in a one-line phrase (a cohort's
    blocker, a renewal's shortfall), `unit` of its amounts in that phrase, `heading` of a narrow
    column."""

    label: str
    short: str
    unit: str | None = None
    heading: str | None = None

    @property
    def column(self) -> str:
        """The heading of its column (the label unless a narrower heading is given)."""
        return self.heading or self.label


class _Worded(StrEnum):
    """A requirement id, worded by its enum's table below (REQUIREMENT_WORDING, RENEWAL_WORDING)."""

    @property
    def wording(self) -> Wording:
        """Its label, short word, unit and column heading."""
        return _WORDING[type(self)][self]

    @property
    def label(self) -> str:
        return self.wording.label


class RequirementId(_Worded):
    """The requirements for applying, in the order reports list them (the JSON `id`s of
    PRODUCT.md)."""

    education = "education"
    training_hours = "training_hours"
    work_experience = "work_experience"
    reflective_supervision = "reflective_supervision"
    references = "references"
    code_of_ethics = "code_of_ethics"
    exam = "exam"
    membership = "membership"


class RenewalId(_Worded):
    """The yearly renewal requirements, in the order reports list them (the JSON `id`s of
    PRODUCT.md)."""

    training_hours = "training_hours"
    dei_hours = "dei_hours"
    rsc_hours = "rsc_hours"
    rsc_provider_training = "rsc_provider_training"
    membership = "membership"
    code_of_ethics = "code_of_ethics"


# A short word for a flag is the phrase of it not being met: 'code of ethics not signed'.
REQUIREMENT_WORDING: dict[RequirementId, Wording] = {
    RequirementId.education: Wording("Education", "education"),
    RequirementId.training_hours: Wording("Training hours", "training hours", "training hours"),
    RequirementId.work_experience: Wording(
        "Specialized work experience", "work", "years of qualifying work"
    ),
    RequirementId.reflective_supervision: Wording(
        "Reflective supervision/consultation", "RSC", "RSC hours"
    ),
    RequirementId.references: Wording("Reference ratings", "references", "reference ratings"),
    RequirementId.code_of_ethics: Wording("Code of ethics", "code of ethics not signed"),
    RequirementId.exam: Wording("Exam", "exam"),
    RequirementId.membership: Wording("Membership", "membership not current"),
}
# The order in which unmet application-stage requirements are named: a degree takes years, a
# signature a day (the exam is not named: it comes after review).
BLOCKER_ORDER: tuple[RequirementId, ...] = (
    RequirementId.education,
    RequirementId.work_experience,
    RequirementId.reflective_supervision,
    RequirementId.training_hours,
    RequirementId.references,
    RequirementId.code_of_ethics,
    RequirementId.membership,
)
# Headings narrow enough for six status columns in 80 columns.
RENEWAL_WORDING: dict[RenewalId, Wording] = {
    RenewalId.training_hours: Wording("Training hours", "training", "h", "Training"),
    RenewalId.dei_hours: Wording("DEI hour", "DEI", "h", "DEI"),
    RenewalId.rsc_hours: Wording("RSC received", "RSC", "h", "RSC"),
    RenewalId.rsc_provider_training: Wording(
        "Training about RSC", "training about RSC", "h", "RSC\ntraining"
    ),
    RenewalId.membership: Wording("Membership", "membership", None, "Member"),
    RenewalId.code_of_ethics: Wording("Code of ethics", "code of ethics", None, "Ethics"),
}
_WORDING: dict[type[_Worded], Mapping[Any, Wording]] = {
    RequirementId: REQUIREMENT_WORDING,
    RenewalId: RENEWAL_WORDING,
}


# Why a text written like a date is not one, in words a person can act on (the command line's
# --as-of
# and a record's dates say the same).
_DATE_SHAPE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def why_not_a_date(text: str) -> str:
    """'2025-02-30 is not a date: February has 28 days in 2025' (or how to write one)."""
    shape = _DATE_SHAPE.fullmatch(text.strip())
    if shape is None:
        return f"{text} is not a date: write it YYYY-MM-DD, e.g. 2025-06-30"
    import calendar

    year, month, day = (int(part) for part in shape.groups())
    if not 1 <= month <= 12:
        return f"{text} is not a date: there is no month {month} (months go from 01 to 12)"
    if day < 1:
        return f"{text} is not a date: days start at 01"
    days = calendar.monthrange(year, month)[1]
    return f"{text} is not a date: {calendar.month_name[month]} has {days} days in {year}"
