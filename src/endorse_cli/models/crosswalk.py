"""Models of data/crosswalks/: course crosswalks (e.g. a certificate program), and CoE competency
ids.

The CoE consultation crosswalk's models live in models/coe.py: most reports never need them."""

import re
from typing import Literal

from pydantic import Field

from endorse_cli.models.common import Sourced, Strict, empty_list
from endorse_cli.models.plain import PlainFloat, TrueFalse
from endorse_cli.vocab import COE_ID, CourseStatus, Mark, Track

_COE_ID = re.compile(COE_ID)


def coe_key(text: str) -> str | None:
    """'coe:7a.1' -> '7A.1'; None when `text` does not name a CoE competency."""
    head, sep, rest = text.partition(":")
    return rest.strip().upper() if sep and head.strip().casefold() == "coe" else None


def well_formed(coe_id: str) -> bool:
    """Whether `coe_id` looks like a CoE competency id (section number, letter, dot, number)."""
    return _COE_ID.match(coe_id) is not None


def section_of(coe_id: str) -> str:
    """'7A.1' -> '7'."""
    match = _COE_ID.match(coe_id)
    return match[1] if match else ""


def id_key(coe_id: str) -> tuple[int, str, int]:
    """'10A.2' sorts after '9B.1': (10, 'A', 2)."""
    match = _COE_ID.match(coe_id)
    return (int(match[1]), match[2], int(match[3])) if match else (10**6, coe_id, 0)


class CourseArea(Strict):
    """What one course gives toward one area, per crosswalk column."""

    area: str
    statuses: dict[str, CourseStatus]


class CrosswalkCourse(Sourced):
    """A course of a course crosswalk."""

    id: str = Field(pattern=r"^[A-Z0-9]+$")
    title: str
    credits: PlainFloat = Field(gt=0)
    aliases: list[str] = Field(default_factory=empty_list, description="Other ways to write the id")
    corequisites: list[str] = Field(
        default_factory=empty_list,
        description="Courses of the crosswalk taken in the same term (a plan takes them together)",
    )
    areas: list[CourseArea]


class Recommendation(Strict):
    """Supplemental training a crosswalk recommends for an area, per column and track."""

    columns: list[str] = Field(min_length=1)
    track: Track | None = None
    text: str


class SummaryRow(Strict):
    """A program-summary row: completed (met) or addressed (partial) per summary column."""

    area: str
    marks: dict[str, Mark]
    recommendations: list[Recommendation] = Field(default_factory=empty_list)
    note: str | None = Field(None, description="How the row's marks were placed, if inferred")


class ProgramSummary(Sourced):
    """Credit for completing every course of the crosswalk."""

    columns: dict[str, list[str]] = Field(description="Summary column -> category ids")
    rows: list[SummaryRow]


class RscCredit(Sourced):
    """Whether RSC received inside the program counts toward RSC hours."""

    counts: TrueFalse


class CourseCrosswalk(Sourced):
    """A college program mapped onto the competency areas (e.g. Erikson)."""

    kind: Literal["courses"]
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str
    columns: dict[str, list[str]] = Field(description="Course column -> category ids")
    courses: list[CrosswalkCourse] = Field(min_length=1)
    id_prefixes: list[str] = Field(
        default_factory=empty_list,
        description="Prefixes people write before a course id (IMH in 'IMH I374')",
    )
    summary: ProgramSummary | None = None
    program_rsc: RscCredit | None = None

    def find_course(self, text: str) -> CrosswalkCourse | None:
        """The course for an id or alias in any case, with or without a prefix ('IMH I374', 'i374'),
        or for its exact title in any case ('infant observation')."""
        wanted = self._bare(text)
        found = next(
            (c for c in self.courses if wanted in {c.id, *(self._bare(a) for a in c.aliases)}), None
        )
        title = " ".join(text.casefold().split())
        return found or next(
            (c for c in self.courses if " ".join(c.title.casefold().split()) == title), None
        )

    def _bare(self, text: str) -> str:
        folded = "".join(text.upper().split())
        for prefix in self.id_prefixes:
            folded = folded.removeprefix("".join(prefix.upper().split()))
        return folded
