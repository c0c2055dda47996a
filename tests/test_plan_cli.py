"""`endorse plan` from the command line: exit codes, what reaches stdout, conflicts named, catalogs
checked.

Rules cited: PRODUCT.md ("Exit codes"; the plan JSON contract); the Erikson program summary credits
areas only when all seven courses are done (seed 001_47891b3df85a442f.txt, program summary;
PRODUCT.md "a whole program completed ... also credits the program summary"); I375 continues in the
second year beside the I376 capstone seminar (seed 001_47891b3df85a442f.txt, lines 857-858)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import EXAMPLES, run_endorse

RECORD = EXAMPLES / "erikson-graduate-ifs.yaml"
CALENDAR = EXAMPLES / "catalogs" / "lakeshore-aimh-2027.yaml"
WHEN = ["--as-of", "2026-12-04", "--by", "2027-06-30"]


def plan_args(catalog: Path = CALENDAR) -> list[str]:
    """`endorse plan` for the shipped record and target, with one catalog."""
    return ["plan", str(RECORD), "--target", "IFS", *WHEN, "--catalog", str(catalog)]


FIVE_COURSES = """\
name: Five Courses
education: [{degree: BA, level: bachelors, completed: 2018-05-12}]
courses:
  - {crosswalk: erikson, course: I370, completed: 2023-12-15}
  - {crosswalk: erikson, course: I371, completed: 2024-05-10}
  - {crosswalk: erikson, course: I372, completed: 2024-03-15}
  - {crosswalk: erikson, course: I373, completed: 2024-05-10}
  - {crosswalk: erikson, course: I374, completed: 2024-08-09}
"""


def _catalog(tmp_path: Path, body: str, name: str = "cat.yaml") -> Path:
    path = tmp_path / name
    path.write_text(
        "catalog: mine\nname: My calendar\nsource: https://example.org/calendar\noffering" + body
    )
    return path


def test_json_parses_and_no_solver_text_reaches_stdout():
    """HiGHS writes a banner below Python's stdout; a real process shows whether it leaks."""
    done = run_endorse(*plan_args(), "--format", "json", env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == 0, done.stderr
    assert "HiGHS" not in done.stdout + done.stderr
    plan = json.loads(done.stdout)
    assert plan["optimal"] is True and plan["objective"] == "hours"
    assert {"target", "as_of", "by", "picks", "totals", "after", "uncovered", "other_steps"} <= set(
        plan
    )
    assert plan["after"]["missing"] == 0 and plan["after"]["partial"] == 0
    first = plan["picks"][0]
    assert set(first["adds"]) >= {"training_hours", "dei_hours", "rsc_training_hours"}
    assert first["says"].startswith("meets ")


def test_the_table_names_each_pick_and_what_stays(run):
    result = run(*plan_args())
    assert result.exit_code == 0, result.stderr
    assert "Safety on Home Visits" in result.stdout
    assert "meets Safety" in result.stdout
    assert "Other steps" in result.stdout and "Reflective" in result.stdout


def test_check_exits_1_when_nothing_can_close_a_gap(run, tmp_path):
    cat = _catalog(
        tmp_path, "s:\n  - {id: one, title: Safety day, hours: 6, areas: {safety: met}}\n"
    )
    result = run(*plan_args(cat), "--check", "-f", "markdown")
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "no offering in the catalogs meets it" in result.stdout  # the areas are partial already
    plain = run(*plan_args(cat))
    assert plain.exit_code == 0


def test_check_exits_0_when_the_catalogs_close_every_gap(run):
    result = run(*plan_args(), "--check")
    assert result.exit_code == 0, result.stdout + result.stderr


def test_overlapping_includes_are_a_conflict_named(run):
    args = ["--include", "lakeshore-aimh-2027:thinking-under-pressure", "--include", "systems-map"]
    result = run(*plan_args(), *args)
    assert result.exit_code == 2
    assert "thinking-under-pressure" in result.stderr and "systems-map" in result.stderr
    assert "overlap" in result.stderr


def test_a_budget_below_the_includes_is_a_conflict(run):
    args = ["--include", "dc05-clinical", "--budget", "100"]
    result = run(*plan_args(), *args)
    assert result.exit_code == 2
    assert "--budget 100" in result.stderr


def test_a_budget_that_leaves_gaps_is_a_conflict(run):
    result = run(*plan_args(), "--budget", "200")
    assert result.exit_code == 2
    assert "--budget 200 (cost)" in result.stderr


def test_a_budget_holds_and_unknown_costs_are_left_out_and_listed(run, tmp_path):
    cat = _catalog(
        tmp_path,
        "s:\n  - {id: free, title: Safety A, hours: 6, areas: {safety: met}}\n  - {id: paid, "
        "title: Safety B, hours: 8, cost: 50, areas: {safety: met}}\n",
    )
    result = run(*plan_args(cat), "--budget", "60", "-f", "json")
    assert result.exit_code == 0, result.stderr
    plan = json.loads(result.stdout)
    assert [p["offering"] for p in plan["picks"]] == ["paid"]
    assert [row["offering"] for row in plan["left_out"]] == ["free"]
    assert plan["totals"]["cost"] <= 60


def test_an_unknown_include_suggests_the_id(run):
    result = run(*plan_args(), "--include", "systems-mpa")
    assert result.exit_code == 2
    assert "did you mean 'lakeshore-aimh-2027:systems-map'" in result.stderr


def test_an_excluded_or_late_include_is_refused(run):
    args = ["--include", "program-leadership"]
    result = run(*plan_args(), *args)
    assert result.exit_code == 2
    assert "no session ends by 2027-06-30" in result.stderr


def test_the_last_two_erikson_courses_are_planned_together_and_complete_the_program(run, tmp_path):
    record = tmp_path / "five.yaml"
    record.write_text(FIVE_COURSES)
    result = run(
        "plan", str(record), "--target", "IFS", "--as-of", "2026-12-04", "--format", "json"
    )
    assert result.exit_code == 0, result.stderr
    plan = json.loads(result.stdout)
    courses = sorted(p["offering"] for p in plan["picks"] if p["catalog"] == "erikson")
    assert courses == ["I375", "I376"]
    gained = [a for p in plan["picks"] for a in p["closes"]]
    assert plan["after"]["met"] - plan["before"]["met"] == len(gained) > 0
    assert all(p["hours"] == 0 for p in plan["picks"] if p["kind"] == "course")


def test_excluding_one_corequisite_keeps_the_other_out(run, tmp_path):
    record = tmp_path / "five.yaml"
    record.write_text(FIVE_COURSES)
    result = run(
        "plan",
        str(record),
        "--target",
        "IFS",
        "--as-of",
        "2026-12-04",
        "-f",
        "json",
        "--exclude",
        "I376",
    )
    assert result.exit_code == 0, result.stderr
    assert not [p for p in json.loads(result.stdout)["picks"] if p["offering"] in ("I375", "I376")]


def test_a_bad_catalog_lists_every_problem_with_its_line(run, tmp_path):
    cat = _catalog(
        tmp_path,
        "s:\n  - {id: a, title: A, hours: 6, areas: {saftey: met}}\n  - {id: a, title: B, hours: "
        "3}\n  - {id: c, title: C, hours: -2}\n  - {id: d, title: D, hours: 2, dates: [{start: "
        "2027-02-30}]}\n",
    )
    result = run("plan", str(RECORD), "--target", "IFS", "--catalog", str(cat))
    assert result.exit_code == 2
    err = result.stderr
    assert f"{cat}:7: offerings[2].hours" in err
    assert f"{cat}:8: offerings[3].dates[0].start" in err
    assert "Traceback" not in err
    fixed = cat.read_text().replace("hours: -2", "hours: 2").replace("2027-02-30", "2027-02-28")
    cat.write_text(fixed)
    again = run("plan", str(RECORD), "--target", "IFS", "--catalog", str(cat))
    assert again.exit_code == 2
    assert (
        f"{cat}:5: offerings[0].areas.saftey" in again.stderr
        and "did you mean 'safety'" in again.stderr
    )
    assert (
        f"{cat}:6: offerings[1].id" in again.stderr and "duplicate offering id 'a'" in again.stderr
    )


def test_by_before_the_report_date_is_a_usage_error(run):
    result = run(
        "plan", str(RECORD), "--target", "IFS", "--as-of", "2026-12-04", "--by", "2026-01-01"
    )
    assert result.exit_code == 2
    assert "--by 2026-01-01 is before" in result.stderr


def test_the_training_components_are_reached(run, tmp_path):
    """ECMHM-C from 2024: the training minimum holds 15 hours about providing RSC and 3 on DEI
    (data/categories/ECMHM-C.yaml,
    https://www.infancyonward.org/i-ecmh-endorsement/early-childhood-mental-health-mentor-ecmhm/).
    Offerings that add no area are still picked when a component needs them."""
    record = tmp_path / "mentor.yaml"
    record.write_text(
        "name: Mentor\ntrainings:\n  - {title: Years of workshops, date: 2025-01-10, hours: 200}\n",
        encoding="utf-8",
    )
    cat = _catalog(
        tmp_path,
        "s:\n  - {id: rsc-day, title: Providing RSC, hours: 15, topics: [rsc]}\n  - {id: dei-day, "
        "title: Equity, hours: 3, topics: [dei]}\n  - {id: plain, title: Plain day, hours: 30}\n",
    )
    result = run(
        "plan",
        str(record),
        "--target",
        "ECMHM-C",
        "--as-of",
        "2026-12-04",
        "--catalog",
        str(cat),
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    plan = json.loads(result.stdout)
    assert sorted(p["offering"] for p in plan["picks"] if p["catalog"] == "mine") == [
        "dei-day",
        "rsc-day",
    ]
    adds = {p["offering"]: p["adds"] for p in plan["picks"]}
    assert adds["rsc-day"]["rsc_training_hours"] == 15 and adds["dei-day"]["dei_hours"] == 3
    assert "training_hours" not in [s["requirement"] for s in plan["other_steps"]]


def test_what_stays_open_says_why(run, tmp_path):
    """A missing area no offering covers, and one that an offering ending after --by would meet."""
    record = tmp_path / "new.yaml"
    record.write_text("name: New Person\n", encoding="utf-8")
    cat = _catalog(
        tmp_path,
        "s:\n  - {id: late, title: Late safety day, hours: 6, areas: {safety: met}, dates: "
        "[{start: 2028-01-10}]}\n",
    )
    args = [
        "plan",
        str(record),
        "--target",
        "IMHS",
        *WHEN,
        "--catalog",
        str(cat),
        "-f",
        "json",
        "--exclude",
        "I370",
    ]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    why = {row["area"]: row["why"] for row in json.loads(result.stdout)["uncovered"]}
    assert why["safety"] == "Late safety day would meet it, but no session ends by 2027-06-30"
    assert "no offering in the catalogs covers it" in why.values()


def test_a_plan_written_with_o_works_with_stdout_closed(tmp_path):
    """The solver's silencing of descriptor 1 copes with a process started without one."""
    out = tmp_path / "plan.json"
    args = [*plan_args(), "-f", "json", "-o", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "endorse_cli", *args],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.close(1),  # the child starts with descriptor 1 closed
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["optimal"] is True


def test_o_never_writes_over_a_catalog_it_reads(run, tmp_path):
    cat = tmp_path / "calendar.yaml"
    cat.write_text(CALENDAR.read_text(encoding="utf-8"), encoding="utf-8")
    before = cat.read_bytes()
    result = run(*plan_args(cat), "-o", str(cat))
    assert result.exit_code == 2
    assert "a catalog being read" in result.stderr
    assert cat.read_bytes() == before


def test_the_record_s_target_is_the_default_and_the_flag_wins(run):
    """PRODUCT.md, record format: `target:` is the category aimed at when no --target is given."""
    default = run("plan", str(RECORD), "--catalog", str(CALENDAR), *WHEN, "--format", "json")
    assert default.exit_code == 0, default.stderr
    assert json.loads(default.stdout)["target"] == "IFS"
    flag = run(
        "plan", "-t", "IFA", str(RECORD), "--catalog", str(CALENDAR), *WHEN, "--format", "json"
    )
    assert flag.exit_code == 0, flag.stderr
    assert json.loads(flag.stdout)["target"] == "IFA"


def test_a_by_date_that_does_not_exist_says_why(run):
    """--by reads dates like --as-of: 2027-02-29 is no date, and the message says February has 28
    days."""
    result = run("plan", str(RECORD), "--catalog", str(CALENDAR), "--by", "2027-02-29")
    assert result.exit_code == 2
    assert "February has 28 days in 2027" in result.stderr
    assert "%Y" not in result.stderr


@pytest.mark.parametrize("budget", ["abc", "nan", "inf", "1e400"])
def test_a_budget_that_is_not_a_number_is_told_how_to_write_it(run, budget):
    result = run(*plan_args(), "--budget", budget)
    assert result.exit_code == 2
    text = " ".join(result.output.replace("│", " ").split())
    assert f"'{budget}' is not a number. Fix: write one, e.g. 500 or 12.5." in text
    assert "Input should be" not in text


def test_a_negative_budget_is_refused_by_the_library_check(run):
    result = run(*plan_args(), "--budget", "-5")
    assert result.exit_code == 2
    assert "--budget -5 is negative. Fix: give an amount of 0 or more." in result.stderr
