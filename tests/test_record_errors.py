"""Every bad record exits 2 with file, line, field and a fix, no traceback, file untouched."""

from __future__ import annotations

import pytest

from support import GOOD_RECORD

GOOD = GOOD_RECORD

CASES = {
    "unknown key": (
        GOOD.replace("    hours: 14", "    hourz: 14"),
        ["trainings[0].hourz", "did you mean 'hours'", ":7"],
    ),
    "unknown area": (
        GOOD.replace("disorders-infancy-early-childhood", "disorders-infancy"),
        ["unknown area 'disorders-infancy'", "did you mean", ":8"],
    ),
    "zero hours": (
        GOOD.replace("hours: 14", "hours: 0"),
        ["trainings[0].hours", "greater than 0", ":7"],
    ),
    "negative hours": (GOOD.replace("hours: 14", "hours: -3"), ["greater than 0"]),
    "wrong type": (GOOD.replace("hours: 14", "hours: many"), ["trainings[0].hours", "number"]),
    "comma inside a flow mapping": (
        GOOD + "reflective_supervision:\n  - "
        "{provider: D. Kim (MSW, IFS), format: group, start: 2022-01-01}\n",
        ["unknown field 'IFS)'", 'put it in quotes, e.g. provider: "D. Kim (MSW, IFS)"'],
    ),
    "words, not spelling": (
        GOOD.replace("disorders-infancy-early-childhood", "infant development"),
        ["did you mean 'Infant/young child development and behavior'"],
    ),
    "a domain's words": (
        GOOD.replace("disorders-infancy-early-childhood", "reflective practice"),
        ["did you mean an area of Reflection: Contemplation, Self-awareness"],
    ),
    "the credential, not a category": (
        GOOD + "endorsements:\n  - {category: IMH-E, earned: 2019-06-01}\n",
        ["IMH-E names the credential itself, not a category", "IFS"],
    ),
    "bad date": (GOOD.replace("2021-03-02", "2021-13-02"), ["trainings[0].date", "YYYY-MM-DD"]),
    "date after today": (GOOD.replace("2021-03-02", "2031-03-02"), ["after today"]),
    "end before start": (
        GOOD + "work:\n  - "
        "{role: x, start: 2022-01-01, end: 2021-01-01, ages: infant, kind: treatment}\n",
        ["end is before start", "work[0]"],
    ),
    "unknown category": (
        GOOD + "references:\n  - {name: A, role: other, endorsement: IMSH}\n",
        ["unknown category 'IMSH'", "did you mean 'IMHS'"],
    ),
    "unknown course": (
        GOOD + "courses:\n  - {crosswalk: erikson, course: I379, completed: 2020-01-01}\n",
        ["unknown course 'I379' in crosswalk 'erikson'", "I370"],
    ),
    "empty file": ("", ["the file is empty"]),
    "invalid yaml": ("name: [unclosed\n", ["invalid YAML", ":2"]),
    "duplicate key": (GOOD + "name: Again\n", ["duplicate key 'name'", ":9"]),
    "object tag": (
        GOOD + "extra: !!python/object/apply:os.system ['echo hi']\n",
        ["is not allowed"],
    ),
    "alias bomb": (
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"b{i}: &b{i} [{', '.join(['*a' if i == 0 else f'*b{i - 1}'] * 10)}]\n"
            for i in range(9)
        )
        + "name: x\n",
        ["aliases (*name) expand to more than 200,000"],
    ),
    "missing name": (
        GOOD.replace("name: Test Person\n", ""),
        ["name", "required field is missing"],
    ),
    "not a mapping": ("- just\n- a list\n", ["must be a mapping"]),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_record_exits_2_with_a_clear_message(run, tmp_path, case):
    text, expected = CASES[case]
    record = tmp_path / "record.yaml"
    record.write_text(text)
    result = run("gap", "--target", "IMHS", str(record), "--as-of", "2024-06-30")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert str(record) in result.stderr
    for part in expected:
        assert part in result.stderr
    assert "Fix:" in result.stderr
    assert record.read_text() == text


def test_all_problems_are_reported_at_once(run, tmp_path):
    record = tmp_path / "record.yaml"
    record.write_text(
        GOOD.replace("hours: 14", "hours: 0").replace("level: masters", "level: master")
    )
    result = run("gap", "--target", "IMHS", str(record), "--as-of", "2024-06-30")
    assert result.exit_code == 2
    assert "2 problems" in result.stderr
    assert "education[0].level" in result.stderr and "trainings[0].hours" in result.stderr


def test_unknown_names_come_in_the_same_run_as_structural_problems(run, tmp_path):
    """One run lists a wrong type, an unknown area and an unknown category together, in line
    order."""
    text = GOOD.replace("hours: 14", "hours: many").replace(
        "disorders-infancy-early-childhood", "disorders-infancy"
    )
    text += "references:\n  - {name: A, role: other, endorsement: IMSH}\n"
    path = tmp_path / "record.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("gap", "--target", "IMHS", str(path))
    assert result.exit_code == 2
    assert "(3 problems)" in result.stderr
    lines = [line for line in result.stderr.splitlines() if "record.yaml:" in line]
    assert ["hours" in lines[0], "disorders-infancy" in lines[1], "IMSH" in lines[2]] == [
        True,
        True,
        True,
    ]


def test_bytes_that_are_not_utf8(run, tmp_path):
    record = tmp_path / "record.yaml"
    record.write_bytes(b"name: Jos\xe9\n")
    result = run("gap", "--target", "IMHS", str(record))
    assert result.exit_code == 2
    assert "not UTF-8" in result.stderr and ":1" in result.stderr


def test_missing_file(run, tmp_path):
    result = run("gap", "--target", "IMHS", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_areas_by_name_or_spelling_any_case(run, tmp_path):
    record = tmp_path / "record.yaml"
    record.write_text(
        GOOD.replace("disorders-infancy-early-childhood: met", "Cultural Humility: met")
    )
    result = run(
        "gap", "--target", "IMHS", str(record), "--as-of", "2024-06-30", "--format", "json"
    )
    assert result.exit_code == 0
    assert '"area": "cultural-competence"' in result.stdout
