"""`endorse check RECORD...`, `endorse validate --format json` and the pre-commit hooks: checks for
CI.

check: exit 0 when every record is valid, 2 when any is not, each problem with file, line, field and
fix. validate --format json: {"valid", "problems": [{file, line, field, message, fix}], ...counts}.
"""

from __future__ import annotations

import json
import re
import shlex

import pytest
import yaml

from support import EXAMPLES, ROOT, copy_pack, replace_first
from test_record_errors import GOOD

PROBLEM_KEYS = {"file", "line", "field", "message", "fix"}


@pytest.fixture
def records(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        GOOD.replace("hours: 14", "hours: 0").replace("level: masters", "level: master"),
        encoding="utf-8",
    )
    return good, bad


def test_every_example_record_is_valid(run):
    paths = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))]
    result = run("check", *paths)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    for path in paths:
        assert f"✔ {path}: valid training record" in result.stdout
    assert f"{len(paths)} checked: {len(paths)} valid, 0 not valid." in result.stdout


def test_one_invalid_record_makes_it_exit_2_and_names_file_line_field_and_fix(run, records):
    good, bad = records
    before = bad.read_bytes()
    result = run("check", str(good), str(bad))
    assert result.exit_code == 2
    assert f"✔ {good}" in result.stdout
    assert "2 checked: 1 valid, 1 not valid." in result.stdout
    assert f"✘ {bad} is not a valid training record (2 problems)" in result.stderr
    assert f"{bad}:3: education[0].level:" in result.stderr
    assert f"{bad}:7: trainings[0].hours:" in result.stderr
    assert "Fix:" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == before


def test_a_missing_file_is_an_invalid_record(run, tmp_path):
    result = run("check", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_dates_after_today_are_problems(run, tmp_path):
    """A training dated next century cannot have happened yet (entries after a past --as-of are
    fine)."""
    path = tmp_path / "future.yaml"
    path.write_text(
        "name: Test Person\ntrainings:\n  - {title: T, date: 2099-01-02, hours: 3}\n",
        encoding="utf-8",
    )
    result = run("check", str(path))
    assert result.exit_code == 2
    assert "after today" in result.stderr


def test_check_json_lists_every_problem_with_its_place(run, records):
    good, bad = records
    result = run("check", str(good), str(bad), "--format", "json")
    assert result.exit_code == 2
    assert result.stderr == ""
    report = json.loads(result.stdout)
    assert (report["valid"], report["checked"], report["invalid"]) == (False, 2, 1)
    assert [r["valid"] for r in report["records"]] == [True, False]
    assert report["records"][0]["name"] == "Test Person"
    assert len(report["problems"]) == 2
    for problem in report["problems"]:
        assert set(problem) == PROBLEM_KEYS
        assert problem["file"] == str(bad) and problem["fix"]
    assert {p["field"] for p in report["problems"]} == {"education[0].level", "trainings[0].hours"}
    assert {p["line"] for p in report["problems"]} == {3, 7}


def test_check_json_of_valid_records_exits_0(run, records):
    good, _bad = records
    result = run("check", str(good), "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["valid"] is True and report["problems"] == []


def test_check_needs_at_least_one_record(run):
    result = run("check")
    assert result.exit_code == 2


def test_validate_json_of_the_shipped_pack(run):
    result = run("validate", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["valid"] is True and report["problems"] == []
    assert (report["areas"], report["categories"], report["domains"]) == (57, 12, 11)
    assert set(report["crosswalks"]) == {"erikson", "coe"}


def test_validate_json_of_a_broken_pack_exits_1_with_problems(run, tmp_path):
    pack = tmp_path / "data"
    copy_pack(pack)
    line = replace_first(
        pack / "crosswalks" / "erikson.yaml",
        "area: pregnancy-early-parenthood",
        "area: pregnancy-early-parenthod",
    )
    result = run("validate", str(pack), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["valid"] is False and report["areas"] is None
    assert all(set(p) == PROBLEM_KEYS for p in report["problems"])
    found = [p for p in report["problems"] if "pregnancy-early-parenthod" in p["message"]]
    assert (
        found and found[0]["file"].endswith("crosswalks/erikson.yaml") and found[0]["line"] == line
    )
    assert "did you mean" in found[0]["message"]


def test_validate_json_of_a_folder_that_does_not_exist_exits_2(run, tmp_path):
    result = run("validate", str(tmp_path / "none"), "--format", "json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "is not a directory" in result.stderr


def test_validate_and_check_take_only_table_or_json(run, records):
    good, _bad = records
    assert run("validate", "--format", "markdown").exit_code == 2
    assert run("check", str(good), "--format", "html").exit_code == 2


# --------------------------------------------------------------------------- pre-commit hooks


@pytest.fixture(scope="module")
def hooks():
    return {
        h["id"]: h
        for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    }


def test_pre_commit_hooks_are_defined(hooks):
    assert set(hooks) == {"endorse-validate", "endorse-check"}
    assert hooks["endorse-validate"]["entry"] == "endorse validate"
    assert hooks["endorse-validate"]["pass_filenames"] is False
    assert hooks["endorse-check"]["entry"] == "endorse check"
    assert hooks["endorse-check"]["pass_filenames"] is True
    for hook in hooks.values():
        assert hook["language"] == "python" and hook["name"]


def test_the_hooks_take_yaml_files_by_type_and_name_the_pre_commit_they_need(hooks):
    # https://pre-commit.com/#hooks-types and #pre-commit-hooks-yaml (minimum_pre_commit_version)
    for hook in hooks.values():
        assert hook["types"] == ["yaml"] and "files" not in hook
        assert tuple(int(n) for n in hook["minimum_pre_commit_version"].split(".")) >= (3, 0, 0)


def test_the_readme_hook_arguments_work(run, records):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    args = re.search(r"`args: \[(--as-of, [0-9-]+)\]` to `endorse-check`", readme)
    assert args, "the README shows args for endorse-check"
    good, _bad = records
    assert run("check", *[a.strip() for a in args.group(1).split(",")], str(good)).exit_code == 0


def test_the_hooks_run_as_pre_commit_would(run, hooks, records):
    good, bad = records
    entry = shlex.split(hooks["endorse-check"]["entry"])[1:]
    assert run(*entry, str(good)).exit_code == 0
    assert run(*entry, str(good), str(bad)).exit_code == 2
    assert run(*shlex.split(hooks["endorse-validate"]["entry"])[1:]).exit_code == 0
