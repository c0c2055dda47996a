"""`target:` in the record is the category `endorse gap` reports on when --target is not given."""

from __future__ import annotations

import json

from support import GOOD_RECORD


def test_the_records_target_is_used_and_the_flag_wins(run, tmp_path):
    record = tmp_path / "record.yaml"
    record.write_text(GOOD_RECORD + "target: infant family specialist\n")
    by_record = run("gap", str(record), "--format", "json", "--as-of", "2024-06-30")
    assert by_record.exit_code == 0, by_record.stderr
    assert json.loads(by_record.stdout)["target"] == "IFS"
    by_flag = run("gap", str(record), "-t", "IMHS", "--format", "json", "--as-of", "2024-06-30")
    assert json.loads(by_flag.stdout)["target"] == "IMHS"


def test_no_target_anywhere_is_a_usage_error_saying_both_ways(run, tmp_path):
    record = tmp_path / "record.yaml"
    record.write_text(GOOD_RECORD)
    result = run("gap", str(record))
    assert result.exit_code == 2
    assert "--target" in result.stderr and "target: IMHS" in result.stderr
    assert result.stdout == ""


def test_an_unknown_target_in_the_record_is_a_record_problem_with_its_line(run, tmp_path):
    record = tmp_path / "record.yaml"
    record.write_text(GOOD_RECORD + "target: IMSH\n")
    result = run("check", str(record))
    assert result.exit_code == 2
    assert "record.yaml:9: target: unknown category 'IMSH' (did you mean 'IMHS'?)" in result.stderr
