"""The shipped data pack, checked against the source documents.

Every expected value below was typed in by reading the sources, never read from
data/: seed 001 (Erikson IECMH Certificate crosswalk), seed 004 (IMHS/ECMHS
requirements) and ../shared/sources/competency-areas.yaml (area ids, the
area-by-category matrix, and the placements for summary rows whose column
positions the text extraction lost). Neither the seeds nor ../shared are read at
test time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

import pytest

from endorse_cli.models.category import Category
from endorse_cli.models.common import Dated
from endorse_cli.models.crosswalk import CourseCrosswalk
from endorse_cli.models.pack import Pack
from endorse_cli.pack.load import load_pack
from seeds import (
    COURSES,
    CREDITS,
    EC_MIRROR,
    IFS_ADDRESSED,
    IFS_COMPLETED,
    MATRIX,
    MATRIX_COLUMNS,
    SUMMARY,
    SUMMARY_COLUMNS,
    decode_course_code,
    expected_required_for,
    summary_row,
)

D = TypeVar("D", bound=Dated)

BEFORE_2025 = date(2024, 6, 30)
LAST_DAY_OF_2024 = date(2024, 12, 31)
FIRST_DAY_OF_2025 = date(2025, 1, 1)


@pytest.fixture(scope="module")
def catalog() -> Pack:
    return load_pack()


@pytest.fixture(scope="module")
def erikson(catalog: Pack) -> CourseCrosswalk:
    return catalog.course_crosswalks["erikson"]


def in_force(versions: Sequence[D], on: date) -> D:
    """The single rule version in force on `on`."""
    matching = [v for v in versions if v.in_force(on)]
    assert len(matching) == 1, f"expected exactly one version in force on {on}, got {len(matching)}"
    return matching[0]


# =========================================================================== Erikson courses
#
# Seed 001, one table per course. Each row reads "Skill area met / partially met /
# is not required for ..." once for the infant columns and once for the
# early-childhood columns. Code: 8 letters, infant "IFA IFS IMHS IMHM" then
# "/" then early childhood "ECFA ECFS ECMHS ECMHM"; M = met, P = partially met,
# N = not required.


def course_table(erikson: CourseCrosswalk, course_id: str) -> dict[str, dict[str, str]]:
    course = next(c for c in erikson.courses if c.id == course_id)
    return {a.area: dict(a.statuses) for a in course.areas}


def test_erikson_has_exactly_the_seven_certificate_courses(erikson: CourseCrosswalk) -> None:
    assert [c.id for c in erikson.courses] == sorted(COURSES)


@pytest.mark.parametrize("course_id", sorted(CREDITS))
def test_erikson_course_credit_hours_match_the_seed(
    erikson: CourseCrosswalk, course_id: str
) -> None:
    course = next(c for c in erikson.courses if c.id == course_id)
    assert course.credits == CREDITS[course_id]


def test_erikson_certificate_totals_18_credit_hours(erikson: CourseCrosswalk) -> None:
    # "The IECMH Certificate Program is 18 credit hours"
    assert sum(c.credits for c in erikson.courses) == 18


@pytest.mark.parametrize("course_id", sorted(COURSES))
def test_erikson_course_lists_exactly_the_seed_areas(
    erikson: CourseCrosswalk, course_id: str
) -> None:
    got = course_table(erikson, course_id)
    assert sorted(got) == sorted(COURSES[course_id])


def test_erikson_area_counts_for_i370_and_i374(erikson: CourseCrosswalk) -> None:
    assert len(course_table(erikson, "I370")) == 24
    assert len(course_table(erikson, "I374")) == 11


@pytest.mark.parametrize("course_id", sorted(COURSES))
def test_erikson_course_statuses_match_the_seed_for_every_column(
    erikson: CourseCrosswalk, course_id: str
) -> None:
    got = course_table(erikson, course_id)
    expected = {area: decode_course_code(code) for area, code in COURSES[course_id].items()}
    wrong = {
        area: {"data": got.get(area), "seed": want}
        for area, want in expected.items()
        if got.get(area) != want
    }
    assert not wrong, f"{course_id}: statuses differ from seed 001: {wrong}"


def test_erikson_course_columns_name_the_categories_they_credit(erikson: CourseCrosswalk) -> None:
    # The Mentor column covers "Clinical, Policy, and Research/Faculty".
    assert {k: set(v) for k, v in erikson.columns.items()} == {
        "IFA": {"IFA"},
        "IFS": {"IFS"},
        "IMHS": {"IMHS"},
        "IMHM": {"IMHM-C", "IMHM-P", "IMHM-R"},
        "ECFA": {"ECFA"},
        "ECFS": {"ECFS"},
        "ECMHS": {"ECMHS"},
        "ECMHM": {"ECMHM-C", "ECMHM-P", "ECMHM-R"},
    }


# =========================================================================== Erikson summary
#
# Seed 001, "IECMH Program/Competency Guidelines" table: one mark per column
# IFA/ECFA, IFS/ECFS, IMHS/ECMHS, IMHM/ECMHM. C = ✔ completed, A = ● addressed,
# . = no mark. Rows with fewer than four marks are placed as
# competency-areas.yaml `erikson_summary_table_resolution` says.


def summary_marks(erikson: CourseCrosswalk) -> dict[str, dict[str, str]]:
    assert erikson.summary is not None
    return {row.area: dict(row.marks) for row in erikson.summary.rows}


def expected_column(column: str, mark: str) -> set[str]:
    return {area for area in SUMMARY if summary_row(area).get(column) == mark}


def test_program_summary_has_one_row_per_seed_row(erikson: CourseCrosswalk) -> None:
    assert erikson.summary is not None
    areas = [row.area for row in erikson.summary.rows]
    assert len(areas) == len(set(areas)), "an area appears twice in the summary"
    assert sorted(areas) == sorted(SUMMARY)


@pytest.mark.parametrize("mark", ["completed", "addressed"])
@pytest.mark.parametrize("column", SUMMARY_COLUMNS)
def test_program_summary_marked_areas_per_column(
    erikson: CourseCrosswalk, column: str, mark: str
) -> None:
    got = {area for area, marks in summary_marks(erikson).items() if marks.get(column) == mark}
    want = expected_column(column, mark)
    assert got == want, f"only in data: {sorted(got - want)}; only in seed: {sorted(want - got)}"


def test_program_summary_ifs_column_exactly(erikson: CourseCrosswalk) -> None:
    # Spelled out for the column an Erikson graduate most often targets.
    marks = {area: m["IFS"] for area, m in summary_marks(erikson).items() if "IFS" in m}
    completed = {a for a, m in marks.items() if m == "completed"}
    addressed = {a for a, m in marks.items() if m == "addressed"}
    assert completed == IFS_COMPLETED
    assert addressed == IFS_ADDRESSED


def test_program_summary_columns_join_infant_and_early_childhood_categories(
    erikson: CourseCrosswalk,
) -> None:
    # Column headings: "Infant Family Associate or Early Childhood Family Associate", ...
    assert erikson.summary is not None
    assert {k: set(v) for k, v in erikson.summary.columns.items()} == {
        "IFA": {"IFA", "ECFA"},
        "IFS": {"IFS", "ECFS"},
        "IMHS": {"IMHS", "ECMHS"},
        "IMHM": {"IMHM-C", "IMHM-P", "IMHM-R", "ECMHM-C", "ECMHM-P", "ECMHM-R"},
    }


@pytest.mark.parametrize(
    "area",
    [
        # Rows where the seed prints "Recommend additional training ..." / "Recommend
        # attending full DC: 0-5 ..." under the two ● marks (IMHS and IMHM columns).
        "pregnancy-early-parenthood",
        "infant-young-child-development-behavior",
        "attachment-separation-trauma-grief-loss",
        "cultural-competence",
        "disorders-infancy-early-childhood",
    ],
)
def test_program_summary_carries_the_seed_recommendations(
    erikson: CourseCrosswalk, area: str
) -> None:
    assert erikson.summary is not None
    row = next(r for r in erikson.summary.rows if r.area == area)
    covered = {column for rec in row.recommendations for column in rec.columns}
    assert {"IMHS", "IMHM"} <= covered


def test_capstone_rsc_does_not_count_toward_rsc_hours(erikson: CourseCrosswalk) -> None:
    # "participants cannot count the hours of RSC received toward the supervision
    #  requirements within their Endorsement application"
    assert erikson.program_rsc is not None
    assert erikson.program_rsc.counts is False


# =========================================================================== seed 004: IMHS / ECMHS

MHS = ("IMHS", "ECMHS")
ALL_ENDORSED_FROM_IFS = {
    "IFS",
    "ECFS",
    "IMHS",
    "ECMHS",
    "IMHM-C",
    "IMHM-P",
    "IMHM-R",
    "ECMHM-C",
    "ECMHM-P",
    "ECMHM-R",
}


def category(catalog: Pack, cat_id: str) -> Category:
    return catalog.categories[cat_id]


@pytest.mark.parametrize("cat_id", MHS)
def test_mhs_education_is_a_masters_or_doctorate(catalog: Pack, cat_id: str) -> None:
    # "Master of Arts (MA), ... Doctor of Philosophy (PhD), Medical Doctor (MD) ..."
    rule = in_force(category(catalog, cat_id).requirements.education, BEFORE_2025)
    assert set(rule.levels) == {"masters", "doctorate"}


@pytest.mark.parametrize("cat_id", MHS)
@pytest.mark.parametrize("on", [BEFORE_2025, LAST_DAY_OF_2024])
def test_mhs_training_minimum_30_typical_75_before_2025(
    catalog: Pack, cat_id: str, on: date
) -> None:
    # "Minimum 30 clock hours required"; "an average of 75 or more hours"
    rule = in_force(category(catalog, cat_id).requirements.training_hours, on)
    assert rule.minimum == 30
    assert rule.typical == 75


@pytest.mark.parametrize(("cat_id", "ages"), [("IMHS", "infant"), ("ECMHS", "early_childhood")])
def test_mhs_work_is_two_paid_postgraduate_treatment_years_with_caregivers(
    catalog: Pack, cat_id: str, ages: str
) -> None:
    # "Two years of postgraduate, supervised paid work experiences ... with both the
    #  infant/toddler ... and his/her ... parent(s)" (ECMHS: "children 3 years up to 6")
    rule = in_force(category(catalog, cat_id).requirements.work_experience, BEFORE_2025)
    assert len(rule.parts) == 1
    part = rule.parts[0]
    assert part.years == 2
    assert part.paid is True
    assert part.postgraduate is True
    assert part.with_caregivers is True
    assert part.kinds == ["treatment"]
    assert ages in part.ages


@pytest.mark.parametrize(
    ("cat_id", "supervisors"),
    [
        # "if the supervisor of the internship is an Endorsed professional (IMHM or IMHS)"
        ("IMHS", {"IMHS", "IMHM-C", "IMHM-P", "IMHM-R"}),
        # "(IMHS, ECMHS, IMHM- C or ECMHM- C)"
        ("ECMHS", {"IMHS", "ECMHS", "IMHM-C", "ECMHM-C"}),
    ],
)
def test_mhs_internship_counts_at_most_one_year_under_an_endorsed_supervisor(
    catalog: Pack, cat_id: str, supervisors: set[str]
) -> None:
    rule = in_force(category(catalog, cat_id).requirements.work_experience, BEFORE_2025)
    internship = rule.parts[0].internship
    assert internship is not None
    assert internship.max_years == 1
    assert set(internship.supervisor_endorsements) == supervisors


@pytest.mark.parametrize("cat_id", MHS)
def test_mhs_rsc_is_50_hours_within_two_years_after_a_masters(catalog: Pack, cat_id: str) -> None:
    # "individually or in a group, post-Masters"; "Provider ... IMHS, ECMHS, IMHM-C, or
    #  ECMHM-C"; "Minimum 50 clock hours required within a one- to two-year timeframe"
    rule = in_force(category(catalog, cat_id).requirements.reflective_supervision, BEFORE_2025)
    assert rule.hours == 50
    assert rule.window_months == 24
    assert rule.after_level == "masters"
    assert set(rule.providers) == {"IMHS", "ECMHS", "IMHM-C", "ECMHM-C"}
    assert set(rule.formats) == {"individual", "group"}


@pytest.mark.parametrize("cat_id", MHS)
def test_mhs_three_references_incl_supervisor_rsc_provider_and_an_endorsed_rater(
    catalog: Pack, cat_id: str
) -> None:
    # "Total of three required: 1. One from current program supervisor 2. One from
    #  person providing reflective supervision/consultation"; "At least one ... IFS,
    #  ECFS, IMHS, ECMHS, IMHM, or ECMHM"
    rule = in_force(category(catalog, cat_id).requirements.references, BEFORE_2025)
    assert rule.count == 3
    assert {"program_supervisor", "rsc_provider"} <= set(rule.roles)
    assert rule.endorsed_min == 1
    assert set(rule.endorsed_categories) == ALL_ENDORSED_FROM_IFS


@pytest.mark.parametrize("cat_id", MHS)
def test_mhs_code_of_ethics_and_membership_required(catalog: Pack, cat_id: str) -> None:
    reqs = category(catalog, cat_id).requirements
    assert in_force(reqs.code_of_ethics, BEFORE_2025).required is True
    assert in_force(reqs.membership, BEFORE_2025).required is True


@pytest.mark.parametrize("cat_id", MHS)
def test_mhs_exam_required_until_end_of_2024(catalog: Pack, cat_id: str) -> None:
    # "Successful completion of the IMH Endorsement written examination"
    exam = category(catalog, cat_id).requirements.exam
    assert in_force(exam, BEFORE_2025).required is True
    assert in_force(exam, LAST_DAY_OF_2024).required is True


@pytest.mark.parametrize("cat_id", MHS)
def test_mhs_exam_not_required_from_2025(catalog: Pack, cat_id: str) -> None:
    exam = category(catalog, cat_id).requirements.exam
    assert in_force(exam, FIRST_DAY_OF_2025).required is False


@pytest.mark.parametrize("cat_id", MHS)
def test_mhs_renewal_15_training_12_rsc_3_about_rsc(catalog: Pack, cat_id: str) -> None:
    # "Minimum of 15 clock hours per year"; "at least three of the hours ... about
    #  reflective supervision/consultation"; "a minimum of 12 hours of reflective
    #  supervision/consultation annually"
    rule = in_force(category(catalog, cat_id).renewal, BEFORE_2025)
    assert rule.training_hours == 15
    assert rule.rsc_hours == 12
    assert rule.rsc_provider_training_hours == 3


# =========================================================================== area x category matrix
#
# competency-areas.yaml `matrix_compact`, typed in: R = required, - = not required,
# columns IFA IFS IMHS IMHM-C IMHM-P IMHM-R. EC categories mirror the infant ones.


def test_pack_has_exactly_the_57_areas_of_the_matrix(catalog: Pack) -> None:
    assert len(MATRIX) == 57
    assert sorted(catalog.areas) == sorted(MATRIX)


def test_pack_has_the_12_categories(catalog: Pack) -> None:
    assert sorted(catalog.categories) == sorted([*MATRIX_COLUMNS, *EC_MIRROR.values()])


@pytest.mark.parametrize("area", sorted(MATRIX))
def test_area_required_for_matches_the_matrix_in_all_12_categories(
    catalog: Pack, area: str
) -> None:
    assert dict(catalog.areas[area].required_for) == expected_required_for(area)


# =========================================================================== spellings


@pytest.mark.parametrize(
    ("spelling", "area"),
    [
        # named in the brief
        ("Cultural humility", "cultural-competence"),
        ("Relationship-based therapeutic practice", "relationship-focused-practice"),
        ("Coaching & Mentoring", "coaching-mentoring"),
        # case-insensitive
        ("CULTURAL HUMILITY", "cultural-competence"),
        ("relationship-BASED therapeutic PRACTICE", "relationship-focused-practice"),
        ("coaching and mentoring", "coaching-mentoring"),
        # seed 001 per-course spellings that differ from the Guidelines names
        ("Relationship-focused therapeutic practice", "relationship-focused-practice"),
        (
            "Infant/young child family-centered practice",
            "infant-young-child-family-centered-practice",
        ),
        (
            "Parent-infant/young child relationship-based therapies and practices",
            "parent-infant-relationship-based-therapies",
        ),
        ("Advocacy", "advocacy"),
        # seed 001 summary spellings
        ("Relationship-focused practice", "relationship-focused-practice"),
        (
            "Infant/young child and family-centered practice",
            "infant-young-child-family-centered-practice",
        ),
        ("Research and evaluation", "research-evaluation-knowledge"),
        # seed 004 spelling
        ("Self awareness", "self-awareness"),
        # ids themselves
        ("pregnancy-early-parenthood", "pregnancy-early-parenthood"),
        ("PARALLEL-PROCESS", "parallel-process"),
    ],
)
def test_crosswalk_spellings_resolve_to_area_ids(catalog: Pack, spelling: str, area: str) -> None:
    assert catalog.find_area(spelling) == area


@pytest.mark.parametrize(
    "spelling",
    [
        "Pregnancy and early parenthood",
        "Infant/young child development and behavior",
        "Family relationships and dynamics",
        "Attachment, separation, trauma, grief, and loss",
        "Disorders of infancy/early childhood",
        "Psychotherapeutic and behavioral theories of change",
        "Mental and behavioral disorders in adults",
        "Observation and listening",
        "Screening and assessment",
        "Responding with empathy",
        "Intervention/treatment planning",
        "Developmental guidance",
        "Supportive counseling",
        "Safety",
        "Reflective supervision",
        "Building and maintaining relationships",
        "Empathy and compassion",
        "Collaborating",
        "Listening",
        "Speaking",
        "Writing",
        "Group process",
        "Analyzing information",
        "Exercising sound judgment",
        "Maintaining perspective",
        "Planning and organizing",
        "Contemplation",
        "Self-awareness",
        "Curiosity",
        "Professional/personal development",
        "Emotional response",
        "Parallel process",
    ],
)
def test_every_erikson_per_course_row_name_resolves(catalog: Pack, spelling: str) -> None:
    assert catalog.find_area(spelling) is not None
