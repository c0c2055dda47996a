"""The consultant path: `endorse gap --target coe` for a record that holds an Endorsement.

Expected values come from ../shared/sources/coe-crosswalk.yaml (the level each readable row
names: no tag = IFS, "(MHS)", "(MHM)") and the rule of the consultant path: = at or below the
held level is documented, ≈ or a mapped row without its symbol partly, ≠ not at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import copy_pack

# Endorsement level of each readable row (the lowest level any of its mappings names).
LEVEL = {
    "4A.1": "IFS",
    "5A.1": "IFS",
    "8A.1": "IFS",
    "3A.1": "MHS",
    "6A.1": "MHS",
    "5A.2": "MHM",
    "7A.2": "MHM",
    "8A.2": "MHM",
}
LADDER = ("IFA", "IFS", "MHS", "MHM")
EVERY_ROW = {*LEVEL, "7A.1", "8A.3", "1A.1", "3A.2"}


def record(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "record.yaml"
    path.write_text("name: Casey Morgan\n" + body, encoding="utf-8")
    return path


def consultant(run, path: Path, *extra: str) -> dict:
    result = run(
        "gap", "--target", "coe", str(path), "--as-of", "2024-06-30", "--format", "json", *extra
    )
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def statuses(report: dict) -> dict[str, str]:
    return {row["area"]: row["status"] for row in report["competencies"]}


@pytest.mark.parametrize("held", ["IFS", "ECFS", "IMHS", "ECMHM-C", "IFA"])
def test_mapped_rows_at_or_below_the_held_level_are_partly_documented(run, tmp_path, held):
    report = consultant(
        run, record(tmp_path, f"endorsements:\n  - {{category: {held}, earned: 2020-01-01}}\n")
    )
    level = {"IFS": "IFS", "ECFS": "IFS", "IMHS": "MHS", "ECMHM-C": "MHM", "IFA": "IFA"}[held]
    reached = {cid for cid, lvl in LEVEL.items() if LADDER.index(lvl) <= LADDER.index(level)}
    got = statuses(report)
    assert set(got) == EVERY_ROW
    assert {cid for cid, s in got.items() if s == "partial"} == reached
    assert {cid for cid, s in got.items() if s == "met"} == set()
    assert got["7A.1"] == "missing"  # ≠: specific to consultation


def test_ifs_record_answers_which_essential_competencies_are_not_documented(run, tmp_path):
    report = consultant(
        run, record(tmp_path, "endorsements:\n  - {category: IFS, earned: 2019-06-01}\n")
    )
    assert report["target"] == "coe"
    assert report["level"] == "IFS"
    rows = report["competencies"]
    priorities = [r["priority"] for r in rows]
    assert priorities == sorted(priorities, key=("essential", "important", "unknown").index)
    essential_missing = {
        r["area"] for r in rows if r["priority"] == "essential" and r["status"] == "missing"
    }
    assert essential_missing == {"5A.2", "6A.1", "7A.1", "7A.2"}
    wanted = "essential competencies are not documented: 5A.2, 6A.1, 7A.1 and 7A.2"
    assert any(wanted in step for step in report["next_steps"])
    summary = report["summary"]
    assert (summary["met"], summary["partial"], summary["missing"]) == (0, 3, 9)
    for row in rows:  # the keys of the gap contract, with CoE ids as `area`
        assert {"domain", "area", "name", "status", "evidence", "recommendations"} <= set(row)


def test_a_training_naming_a_coe_id_documents_it(run, tmp_path):
    body = """endorsements:
  - {category: IFS, earned: 2019-06-01}
trainings:
  - title: Consultation agreements workshop
    date: 2023-04-01
    hours: 6
    areas: {coe:7a.1: met, "COE:6A.1": partial}
  - title: Systems thinking
    date: 2023-05-01
    hours: 3
    areas: [coe:8A.2]
"""
    got = statuses(consultant(run, record(tmp_path, body)))
    assert got["7A.1"] == "met"
    assert got["6A.1"] == "partial"
    assert got["8A.2"] == "partial"  # list form: partial


def test_a_record_without_endorsement_is_told_so(run, tmp_path):
    report = consultant(run, record(tmp_path, ""))
    assert set(statuses(report).values()) == {"missing"}
    assert "lists no Endorsement" in report["next_steps"][0]


def test_a_competency_outside_the_shipped_rows_is_kept_and_flagged(run, tmp_path):
    body = (
        "trainings:\n  - {title: Foundations, date: 2023-01-01, hours: 2, areas: {coe:2A.1: met}}\n"
    )
    row = next(
        r for r in consultant(run, record(tmp_path, body))["competencies"] if r["area"] == "2A.1"
    )
    assert row["status"] == "met"
    assert row["unconfirmed"] is True


def test_a_malformed_coe_id_exits_2_naming_the_line(run, tmp_path):
    body = "trainings:\n  - {title: Foundations, date: 2023-01-01, hours: 2, areas: [coe:7A]}\n"
    result = run("gap", "--target", "coe", str(record(tmp_path, body)), "--as-of", "2024-06-30")
    assert result.exit_code == 2
    assert "record.yaml:3" in result.stderr
    assert "'coe:7A' is not a CoE competency id" in result.stderr


def test_coe_ids_do_not_disturb_a_category_gap_report(run, tmp_path):
    body = (
        "trainings:\n  - {title: Consulting, date: 2023-01-01, hours: 2, areas: {coe:7A.1: met, "
        "consulting: met}}\n"
    )
    result = run(
        "gap",
        "--target",
        "IMHS",
        str(record(tmp_path, body)),
        "--as-of",
        "2024-06-30",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    areas = {a["area"]: a["status"] for a in json.loads(result.stdout)["competencies"]}
    assert areas["consulting"] == "met"
    assert "7A.1" not in areas


@pytest.fixture
def pack_with_equal_rows(tmp_path):
    """The shipped pack with 5A.1 (IFS) and 6A.1 (MHS) marked '=' and 8A.1 marked '≈'."""
    pack = tmp_path / "pack"
    copy_pack(pack)
    coe = pack / "crosswalks" / "coe.yaml"
    text = coe.read_text(encoding="utf-8")
    for cid, relation in (("5A.1", "equal"), ("6A.1", "equal"), ("8A.1", "partial")):
        head, sep, rest = text.partition(f'- id: "{cid}"')
        rest = rest.replace("relation: mapped", f"relation: {relation}", 1)
        text = head + sep + rest
    coe.write_text(text, encoding="utf-8")
    return pack


@pytest.mark.parametrize(
    ("held", "five_a1", "six_a1"), [("IFS", "met", "missing"), ("IMHS", "met", "met")]
)
def test_equal_rows_count_as_documented_only_at_or_below_the_held_level(
    run, tmp_path, pack_with_equal_rows, held, five_a1, six_a1
):
    path = record(tmp_path, f"endorsements:\n  - {{category: {held}, earned: 2020-01-01}}\n")
    got = statuses(consultant(run, path, "--data-dir", str(pack_with_equal_rows)))
    assert got["5A.1"] == five_a1
    assert got["6A.1"] == six_a1
    assert got["8A.1"] == "partial"  # ≈ stays partial at any level


def test_consultant_table_and_markdown(run, tmp_path):
    path = record(tmp_path, "endorsements:\n  - {category: IFS, earned: 2019-06-01}\n")
    table = run("gap", "--target", "coe", str(path), "--as-of", "2024-06-30")
    assert table.exit_code == 0
    assert "Essential" in table.stdout
    # 3 rows with no mapping in the pack.
    assert "0 met · 3 partial · 6 missing · 3 not settled" in table.stdout
    markdown = run(
        "gap", "--target", "coe", str(path), "--as-of", "2024-06-30", "--format", "markdown"
    )
    assert "## Essential (*)" in markdown.stdout
    assert "| 7A.1 |" in markdown.stdout
    check = run("gap", "--target", "coe", str(path), "--as-of", "2024-06-30", "--check")
    assert check.exit_code == 1
