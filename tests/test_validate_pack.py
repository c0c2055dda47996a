"""`endorse validate` on broken copies of the shipped data pack.

Each test copies the shipped data folder, breaks one thing (or two), runs the CLI
and checks what a data maintainer sees: exit code 1, the file, the line where it
matters, the bad value and a suggestion, and every problem at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import Result

from support import cli, copy_pack, line_of, replace_first, validate_fails

ERIKSON = "crosswalks/erikson.yaml"
THEORY = "competencies/01-theoretical-foundations.yaml"
LAW = "competencies/02-law-regulation-agency-policy.yaml"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A fresh, writable copy of the shipped data pack."""
    copy = tmp_path / "data"
    copy_pack(copy)
    return copy


def validate(pack: Path) -> Result:
    return cli("validate", str(pack))


def flat(result: Result) -> str:
    """The output (stdout+stderr) with line wrapping undone."""
    return " ".join(result.output.split())


def insert_after_line(path: Path, line_no: int, new_line: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(line_no, new_line + "\n")
    path.write_text("".join(lines), encoding="utf-8")


# --------------------------------------------------------------------------- valid pack


def test_unbroken_copy_is_valid_and_prints_the_counts(pack: Path) -> None:
    result = validate(pack)
    assert result.exit_code == 0, result.output
    out = flat(result)
    assert "57 areas" in out
    assert "12 categories" in out


def test_validate_a_folder_that_does_not_exist_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-pack"
    result = validate(missing)
    assert result.exit_code == 2, result.output
    assert "no-such-pack" in flat(result)
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- one problem each


def test_misspelled_area_in_erikson_crosswalk_is_named_with_a_suggestion(pack: Path) -> None:
    line = replace_first(
        pack / ERIKSON, "area: pregnancy-early-parenthood", "area: pregnancy-early-parenthod"
    )
    validate_fails(
        pack,
        ERIKSON,
        f"erikson.yaml:{line}",
        "'pregnancy-early-parenthod'",
        "did you mean 'pregnancy-early-parenthood'",
    )


def test_duplicate_area_id_across_competency_files_is_reported(pack: Path) -> None:
    # ethical-practice (Law, Regulation, and Agency Policy) takes the id of an area
    # that already exists in Theoretical Foundations.
    line = replace_first(pack / LAW, "- id: ethical-practice", "- id: pregnancy-early-parenthood")
    validate_fails(
        pack,
        LAW,
        f"02-law-regulation-agency-policy.yaml:{line}",
        "duplicate area id 'pregnancy-early-parenthood'",
    )


def test_duplicate_yaml_key_in_a_category_file_reports_its_line(pack: Path) -> None:
    ifa = pack / "categories" / "IFA.yaml"
    name_line = line_of(ifa, "name: Infant Family Associate")
    insert_after_line(ifa, name_line, "name: Infant Family Associate (again)")
    validate_fails(
        pack,
        f"categories/IFA.yaml:{name_line + 1}",
        "duplicate key 'name'",
        f"first on line {name_line}",
    )


def test_unknown_category_in_required_for_is_named_with_a_suggestion(pack: Path) -> None:
    line = replace_first(pack / THEORY, "IMHS: required", "IMHX: required")
    validate_fails(pack, f"01-theoretical-foundations.yaml:{line}", "'IMHX'", "did you mean 'IMHS'")


# --------------------------------------------------------------------------- all at once


def test_problems_in_two_files_are_all_reported_in_one_run(pack: Path) -> None:
    replace_first(
        pack / ERIKSON, "area: pregnancy-early-parenthood", "area: pregnancy-early-parenthod"
    )
    replace_first(pack / "categories" / "IMHS.yaml", "counterpart: ECMHS", "counterpart: ECMHZ")
    validate_fails(pack, ERIKSON, "'pregnancy-early-parenthod'", "categories/IMHS.yaml", "'ECMHZ'")


def test_a_yaml_error_does_not_hide_problems_in_other_files(pack: Path) -> None:
    replace_first(
        pack / ERIKSON, "area: pregnancy-early-parenthood", "area: pregnancy-early-parenthod"
    )
    ifa = pack / "categories" / "IFA.yaml"
    name_line = line_of(ifa, "name: Infant Family Associate")
    insert_after_line(ifa, name_line, "name: again")
    validate_fails(
        pack, "categories/IFA.yaml", "duplicate key 'name'", ERIKSON, "'pregnancy-early-parenthod'"
    )
