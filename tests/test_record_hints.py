"""One run shows every mistake of a record, each with a hint in the words people use."""

from __future__ import annotations

import re

import pytest

from support import GOOD_RECORD

# A record with the mistakes people make, each on its own line; the structural ones (a mixed areas
# list, `end: present`) must not hide the date checks (a date after today, an end before its start).
MANY = (
    GOOD_RECORD
    + """\
courses:
  - {title: Dev, completed: 2030-01-01, areas: [pregnancy-and-early-parenthod]}
  - {title: Obs, completed: 2020-01-01, areas: {Pregnancy and early parenthod: met}}
work:
  - {role: therapist, start: 2022-01-01, end: present, ages: infant, kind: treatment}
  - {role: visitor, start: 2022-01-01, end: 2021-01-01, ages: infant, kind: treatmnt}
reflective_supervision:
  - {provider: A, provider_endorsement: IMHM, format: individual, start: 2022-01-01, hours: 3}
references:
  - {name: B, role: program supervisr}
code_of_ethics_signed: yes
"""
)


@pytest.fixture
def errors(run, tmp_path):
    def check(text: str) -> str:
        record = tmp_path / "record.yaml"
        record.write_text(text)
        result = run("check", str(record))
        assert result.exit_code == 2, result.output
        return result.stderr

    return check


def test_every_problem_in_one_run_in_line_order(errors):
    text = errors(MANY)
    lines = [int(n) for n in re.findall(r"record\.yaml:(\d+):", text)]
    assert lines == sorted(lines)
    expected = {
        10: "2030-01-01 is after today",
        11: "did you mean 'Pregnancy and early parenthood'?",  # a name-like typo gets the name
        13: "leave `end` out while it is ongoing",
        14: "end is before start",
        16: "IMHM comes in 3 designations: IMHM-C",
        18: "did you mean 'program_supervisor'?",
        19: "must be the date you signed, not yes or no",
    }
    for line, part in expected.items():
        found = [row for row in text.splitlines() if f"record.yaml:{line}:" in row]
        assert any(part in row for row in found), (line, part, text)
    assert "did you mean 'treatment'?" in text  # the same entry's other mistake is there too
    assert "did you mean 'pregnancy-early-parenthood'?" in text  # an id-like typo gets the id
    assert text.count("record.yaml:19:") == 1  # code_of_ethics_signed: one message, not two
    assert "IMHM-R'?" not in text  # no guess among the three Mentor designations


def test_mixed_areas_list_and_mapping_is_one_message_saying_both_are_fine(errors):
    text = errors(
        GOOD_RECORD.replace(
            "areas: {disorders-infancy-early-childhood: met}",
            "areas:\n      - relationship-focused-practice\n      - screening-assessment: met",
        )
    )
    assert text.count("trainings[0].areas") == 1
    assert "both forms are fine" in text
    assert "must be a mapping" not in text


@pytest.mark.parametrize(
    ("written", "field"),
    [
        ("format: Individual", "format"),
        ("format: GROUP", "format"),
        ("role: program supervisor", "role"),
        ("role: RSC provider", "role"),
        ("ages: Early childhood", "ages"),
        ("kind: Treatment", "kind"),
    ],
)
def test_choice_values_in_any_case_or_in_words_are_read(run, tmp_path, written, field):
    entry = {
        "format": "reflective_supervision:\n  - {provider: A, %s, start: 2022-01-01, hours: 3}\n",
        "role": "references:\n  - {name: B, %s}\n",
        "ages": "work:\n  - {role: r, start: 2022-01-01, %s, kind: treatment}\n",
        "kind": "work:\n  - {role: r, start: 2022-01-01, ages: infant, %s}\n",
    }[field]
    record = tmp_path / "record.yaml"
    record.write_text(GOOD_RECORD + entry % written)
    result = run("check", str(record))
    assert result.exit_code == 0, result.stderr


def test_an_exact_course_title_finds_the_course(run, tmp_path):
    # data/crosswalks/erikson.yaml: I371 is "Infant Observation"
    record = tmp_path / "record.yaml"
    record.write_text(
        GOOD_RECORD
        + "courses:\n  - {crosswalk: erikson, course: Infant observation, completed: 2020-01-01}\n"
    )
    result = run("gap", "-t", "IFS", str(record), "--format", "json", "--as-of", "2024-06-30")
    assert result.exit_code == 0, result.stderr
    assert '"erikson:I371"' in result.stdout


def test_a_date_that_does_not_exist_says_why(errors):
    text = errors(GOOD_RECORD.replace("2021-03-02", "2021-02-29"))
    assert "2021-02-29 is not a date: February has 28 days in 2021" in text


def test_a_course_without_a_name_is_reported_beside_its_bad_date(errors):
    text = errors(GOOD_RECORD + "courses:\n  - {completed: 2020-13-01}\n")
    assert (
        "record.yaml:10: courses[0].completed: 2020-13-01 is not a date: there is no month 13"
        in text
    )
    assert "record.yaml:10: courses[0]: names no course" in text


@pytest.mark.parametrize("written", ["true", "yes", "Signed"])
def test_code_of_ethics_signed_without_a_date_is_one_message(errors, written):
    text = errors(GOOD_RECORD + f"code_of_ethics_signed: {written}\n")
    assert "(1 problem)" in text
    assert "must be the date you signed, not yes or no" in text
