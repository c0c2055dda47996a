"""`endorse crosswalk` and `endorse explain`, checked against the seeds (tables in seeds.py)."""

from __future__ import annotations

import json

import pytest

from seeds import (
    COLUMNS,
    COURSES,
    CREDITS,
    IFS_ADDRESSED,
    IFS_COMPLETED,
    MATRIX,
    SUMMARY,
    decode_course_code,
    expected_required_for,
    summary_row,
)

# Which categories each seed column speaks for ("IMHM" is the Mentor column: Clinical, Policy,
# Research/Faculty); the summary columns join an infant category with its early-childhood one.
COURSE_COLUMN_CATEGORIES = {
    "IFA": ["IFA"],
    "IFS": ["IFS"],
    "IMHS": ["IMHS"],
    "IMHM": ["IMHM-C", "IMHM-P", "IMHM-R"],
    "ECFA": ["ECFA"],
    "ECFS": ["ECFS"],
    "ECMHS": ["ECMHS"],
    "ECMHM": ["ECMHM-C", "ECMHM-P", "ECMHM-R"],
}
SUMMARY_COLUMN_CATEGORIES = {
    "IFA": ["IFA", "ECFA"],
    "IFS": ["IFS", "ECFS"],
    "IMHS": ["IMHS", "ECMHS"],
    "IMHM": ["IMHM-C", "IMHM-P", "IMHM-R", "ECMHM-C", "ECMHM-P", "ECMHM-R"],
}
RANK = {"met": 2, "partial": 1, "missing": 0}


def seed_statuses(code: str) -> dict[str, str]:
    """A seed course code spread onto the 12 category ids."""
    by_column = decode_course_code(code)
    return {cat: by_column[col] for col in COLUMNS for cat in COURSE_COLUMN_CATEGORIES[col]}


def json_of(run, *args: str):
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# --------------------------------------------------------------------------- one course


@pytest.mark.parametrize("spelling", ["I374", "i374", "IMH I374", " imh i374 "])
def test_i374_lists_exactly_the_eleven_seed_areas_with_their_statuses(run, spelling):
    view = json_of(run, "crosswalk", "erikson", "--course", spelling)
    assert view["crosswalk"] == "erikson"
    assert view["course"] == "I374"
    assert view["credits"] == 2
    got = {row["area"]: row["statuses"] for row in view["areas"]}
    assert len(got) == 11
    assert got == {area: seed_statuses(code) for area, code in COURSES["I374"].items()}


def test_i374_toward_imhs_answers_in_one_command(run):
    view = json_of(run, "crosswalk", "erikson", "--course", "I374", "--category", "imhs")
    got = {row["area"]: row["statuses"] for row in view["areas"]}
    assert got == {
        area: {"IMHS": seed_statuses(code)["IMHS"]} for area, code in COURSES["I374"].items()
    }
    assert got["mental-behavioral-disorders-adults"] == {"IMHS": "partial"}


def test_i370_lists_its_24_seed_areas(run):
    view = json_of(run, "crosswalk", "erikson", "--course", "I370")
    got = {row["area"]: row["statuses"] for row in view["areas"]}
    assert len(got) == 24
    assert got == {area: seed_statuses(code) for area, code in COURSES["I370"].items()}


@pytest.mark.parametrize("course", sorted(COURSES))
def test_every_course_matches_the_seed(run, course):
    view = json_of(run, "crosswalk", "erikson", "--course", course)
    assert view["credits"] == CREDITS[course]
    assert {row["area"]: row["statuses"] for row in view["areas"]} == {
        area: seed_statuses(code) for area, code in COURSES[course].items()
    }


def test_course_table_and_markdown_read_without_color(run):
    table = run("crosswalk", "erikson", "--course", "I374")
    assert table.exit_code == 0
    assert "Parent-Child Relationship Assessment" in table.stdout
    assert "✔ met · ◐ partially met" in table.stdout
    markdown = run("crosswalk", "erikson", "--course", "I374", "--format", "markdown")
    assert markdown.stdout.startswith("# I374 ")
    assert "| Mental and behavioral disorders in adults | - | - | ◐ | ◐ |" in markdown.stdout


def test_unknown_course_exits_2_listing_the_courses(run):
    result = run("crosswalk", "erikson", "--course", "I399")
    assert result.exit_code == 2
    assert "unknown erikson course 'I399'" in result.stderr
    for course in COURSES:
        assert course in result.stderr
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- program summary


def seed_summary_marks(area: str) -> dict[str, str]:
    """A seed summary row spread onto the category ids of its columns."""
    return {
        cat: mark
        for col, mark in summary_row(area).items()
        for cat in SUMMARY_COLUMN_CATEGORIES[col]
    }


def test_program_summary_has_the_seed_marks_for_every_category(run):
    view = json_of(run, "crosswalk", "erikson")
    assert view["courses"] == sorted(COURSES)
    assert view["credits"] == 18
    got = {row["area"]: row["marks"] for row in view["areas"]}
    assert got == {area: seed_summary_marks(area) for area in SUMMARY}


def test_program_summary_ifs_checks_and_dots(run):
    view = json_of(run, "crosswalk", "erikson")
    ifs = {row["area"]: row["marks"].get("IFS") for row in view["areas"]}
    assert {a for a, m in ifs.items() if m == "completed"} == IFS_COMPLETED
    assert {a for a, m in ifs.items() if m == "addressed"} == IFS_ADDRESSED
    ecfs = {row["area"]: row["marks"].get("ECFS") for row in view["areas"]}
    assert ecfs == ifs


def expected_after_program(
    category: str, infant_column: str, summary_column: str
) -> dict[str, str]:
    """Best of the summary mark and every course statement, for each area the category requires."""
    required = [area for area in MATRIX if expected_required_for(area)[category] == "required"]
    expected = {}
    for area in required:
        best = "missing"
        mark = summary_row(area).get(summary_column)
        candidates = [{"completed": "met", "addressed": "partial"}.get(mark, "missing")]
        candidates += [
            decode_course_code(table[area])[infant_column]
            for table in COURSES.values()
            if area in table
        ]
        for status in candidates:
            if RANK.get(status, 0) > RANK[best]:
                best = status
        expected[area] = best
    return expected


@pytest.mark.parametrize(
    ("category", "column"), [("IFS", "IFS"), ("IMHS", "IMHS"), ("IMHM-C", "IMHM")]
)
def test_program_for_a_category_gives_every_required_area_its_status_after_all_courses(
    run, category, column
):
    view = json_of(run, "crosswalk", "erikson", "--category", category)
    assert view["category"] == category
    got = {row["area"]: row["status"] for row in view["areas"]}
    assert got == expected_after_program(category, column, column)
    counts = {s: sum(v == s for v in got.values()) for s in ("met", "partial", "missing")}
    assert view["summary"] == counts


def test_program_for_mentor_names_what_the_whole_program_leaves_missing(run):
    expected = expected_after_program("IMHM-P", "IMHM", "IMHM")
    missing = sorted(a for a, s in expected.items() if s == "missing")
    view = json_of(run, "crosswalk", "erikson", "--category", "IMHM-P")
    assert sorted(r["area"] for r in view["areas"] if r["status"] == "missing") == missing
    table = run("crosswalk", "erikson", "--category", "IMHM-P")
    if missing:
        assert "Still missing after the whole program" in table.stdout


def test_program_for_imhs_carries_the_seed_recommendations(run):
    view = json_of(run, "crosswalk", "erikson", "--category", "IMHS")
    recs = {row["area"]: row["recommendations"] for row in view["areas"]}
    # Seed 001 recommends further training under the IMHS dots of these rows.
    for area in (
        "pregnancy-early-parenthood",
        "cultural-competence",
        "disorders-infancy-early-childhood",
    ):
        assert recs[area], area
        assert all("IMHS" in r["categories"] for r in recs[area])
    # No advice is printed under a check mark.
    assert recs["family-relationships-dynamics"] == []


def test_program_markdown_is_printable(run):
    result = run("crosswalk", "erikson", "--category", "IFS", "--format", "markdown")
    assert result.exit_code == 0
    assert "## Recommended supplemental training" in result.stdout
    assert "| Ethical practice | ● addressed | ◐ partial |" in result.stdout


# --------------------------------------------------------------------------- CoE crosswalk

# ../shared/sources/coe-crosswalk.yaml: the rows that could be read, with their
# Essential (*) / Important (…) markers; 4A.1 and 5A.2 each have an essential row.
ESSENTIAL = ["4A.1", "5A.2", "6A.1", "7A.1", "7A.2"]
IMPORTANT = ["3A.1", "5A.1", "8A.1", "8A.2", "8A.3"]
NOT_READABLE = ["1A.1", "3A.2"]
UNIQUE = ["7A.1"]


def test_coe_lists_essential_first_then_important(run):
    view = json_of(run, "crosswalk", "coe")
    ids = [c["id"] for c in view["competencies"]]
    assert ids == ESSENTIAL + IMPORTANT + NOT_READABLE
    assert view["complete"] is False
    assert "--data-dir" in view["coverage_note"]


def test_coe_essential_filter(run):
    view = json_of(run, "crosswalk", "coe", "--essential")
    assert [c["id"] for c in view["competencies"]] == ESSENTIAL
    assert all(c["symbol"].startswith("*") for c in view["competencies"])


@pytest.mark.parametrize("spelling", ["unique", "≠", "UNIQUE"])
def test_coe_relation_filter(run, spelling):
    view = json_of(run, "crosswalk", "coe", "--relation", spelling)
    assert [c["id"] for c in view["competencies"]] == UNIQUE
    assert view["competencies"][0]["symbol"] == "* ≠"


def test_coe_relation_filter_explains_an_empty_result(run):
    view = json_of(run, "crosswalk", "coe", "--relation", "equal")
    assert view["competencies"] == []
    assert any("--relation mapped" in note for note in view["notes"])


def test_coe_section_filter(run):
    assert [
        c["id"] for c in json_of(run, "crosswalk", "coe", "--section", "8")["competencies"]
    ] == [
        "8A.1",
        "8A.2",
        "8A.3",
    ]
    section2 = json_of(run, "crosswalk", "coe", "--section", "2")
    assert section2["competencies"] == []
    assert any("Section 2" in n for n in section2["notes"])


def test_coe_filters_combine(run):
    view = json_of(run, "crosswalk", "coe", "--essential", "--section", "7")
    assert [c["id"] for c in view["competencies"]] == ["7A.1", "7A.2"]


def test_coe_table_has_the_legend_and_says_it_is_partial(run):
    result = run("crosswalk", "coe")
    assert result.exit_code == 0
    assert "Legend" in result.stdout
    assert "≈" in result.stdout and "≠" in result.stdout
    assert "Coverage:" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("crosswalk", "coe", "--section", "9"), "unknown CoE section '9'"),
        (("crosswalk", "coe", "--relation", "similar"), "unknown relation 'similar'"),
        (("crosswalk", "coe", "--course", "I374"), "--course does not apply"),
        (("crosswalk", "erikson", "--essential"), "--essential does not apply"),
        (("crosswalk", "eriksen"), "did you mean 'erikson'"),
    ],
)
def test_bad_crosswalk_arguments_exit_2_with_the_choices(run, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Fix:" in result.stderr


# --------------------------------------------------------------------------- explain


def test_explain_an_alternate_spelling(run):
    view = json_of(run, "explain", "cultural HUMILITY")
    assert view["area"] == "cultural-competence"
    assert view["asked"] == "cultural HUMILITY"
    assert view["domain"] == "theoretical-foundations"
    assert view["required_for"] == dict.fromkeys(view["required_for"], "required")
    assert len(view["required_for"]) == 12
    seed_courses = sorted(
        course for course, table in COURSES.items() if "cultural-competence" in table
    )
    assert sorted(c["course"] for c in view["courses"]) == seed_courses
    program = view["programs"][0]
    assert program["marks"]["IFS"] == "completed"
    assert program["marks"]["IMHS"] == "addressed"
    assert any("IMHS" in r["categories"] for r in program["recommendations"])


def test_explain_lists_the_coe_rows_that_map_to_an_area(run):
    view = json_of(run, "explain", "Emotional Response")
    assert [c["id"] for c in view["coe"]] == ["4A.1"]
    table = run("explain", "emotional-response")
    assert "CoE consultation competencies mapped to it" in table.stdout
    markdown = run("explain", "emotional-response", "--format", "markdown")
    assert markdown.stdout.startswith("# Emotional response (`emotional-response`)")


def test_explain_an_area_only_mentors_need(run):
    view = json_of(run, "explain", "statistics")
    required = {cat for cat, v in view["required_for"].items() if v == "required"}
    assert required == {"IMHM-C", "IMHM-P", "IMHM-R", "ECMHM-C", "ECMHM-P", "ECMHM-R"}


def test_explain_unknown_area_exits_2_listing_the_areas(run):
    result = run("explain", "cultural humilty")
    assert result.exit_code == 2
    assert "did you mean" in result.stderr
    assert "pregnancy-early-parenthood" in result.stderr
