"""`endorse explain AREA --record FILE`: the area, plus where this record stands on it and how to
raise it.

Statuses come from the gap engine (the same as `endorse gap`); the ways to raise a status follow
docs/rules.md: the best single piece of evidence wins, two partials never make a met, and the skill
areas of some domains are documented by reference ratings (data/competencies/*.yaml
`evidence.kinds`, source: 004_01020ffae024da20.txt and
https://mi-aimh.org/endorsement/tips-regarding-reference-ratings/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import EXAMPLES

CLINICIAN = str(EXAMPLES / "clinician-imhs.yaml")
AS_OF = ("--as-of", "2024-06-30")


def explain(run, *args):
    result = run("explain", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_without_a_record_there_are_no_personal_keys(run):
    report = explain(run, "Cultural humility")
    assert "person" not in report and "raise_by" not in report and "status" not in report


def test_a_partial_area_is_raised_by_a_training_that_covers_it_fully(run):
    report = explain(run, "Cultural humility", "--record", CLINICIAN, "--target", "IMHS", *AS_OF)
    assert (report["person"], report["target"], report["status"]) == (
        "Jordan Rivera",
        "IMHS",
        "partial",
    )
    assert report["target_chosen"] is False
    assert report["evidence"][0]["source"] == "training:Cultural humility in infant mental health"
    assert "`cultural-competence: met`" in report["raise_by"][0]
    assert "two partial trainings never make a met" in report["raise_by"][0]


def test_a_met_area_needs_nothing_more(run):
    report = explain(
        run, "disorders-infancy-early-childhood", "--record", CLINICIAN, "-t", "IMHS", *AS_OF
    )
    assert report["status"] == "met"
    assert report["evidence"][0]["source"] == "training:DC:0-5 Clinical Training"
    assert report["raise_by"] == []


def test_a_skill_area_of_thinking_is_raised_by_reference_ratings(run):
    """The rating forms are the main evidence for Thinking
    (https://mi-aimh.org/endorsement/tips-regarding-reference-ratings/): two of three ratings leave
    it partial, and a complete set is what raises it."""
    graduate = str(EXAMPLES / "erikson-graduate-ifs.yaml")
    report = explain(
        run, "Solving problems", "--record", graduate, "-t", "IFS", "--as-of", "2025-06-30"
    )
    assert report["status"] == "partial"
    assert "reference ratings" in report["raise_by"][0] and "2 of 3" in report["raise_by"][0]


def test_a_complete_reference_set_meets_a_reflection_area(run):
    report = explain(run, "contemplation", "--record", CLINICIAN, "-t", "IMHS", *AS_OF)
    assert report["status"] == "met"
    assert report["raise_by"] == []


def test_an_area_the_target_does_not_require(run):
    report = explain(
        run, "disorders-infancy-early-childhood", "--record", CLINICIAN, "-t", "IFA", *AS_OF
    )
    assert report["status"] == "not_required"
    assert report["evidence"] == []
    assert report["raise_by"][0].startswith("Nothing for IFA: it does not require this area")


def test_the_records_own_target_is_used(run):
    report = explain(run, "disorders-infancy-early-childhood", "--record", CLINICIAN, *AS_OF)
    # The example says target: IMHS.
    assert report["target"] == "IMHS" and report["target_chosen"] is False


def test_without_target_the_best_fitting_category_that_requires_it_is_chosen(run, tmp_path):
    untargeted = tmp_path / "clinician.yaml"
    text = Path(CLINICIAN).read_text(encoding="utf-8")
    untargeted.write_text(
        "".join(ln for ln in text.splitlines(True) if not ln.startswith("target:"))
    )
    report = explain(run, "disorders-infancy-early-childhood", "--record", str(untargeted), *AS_OF)
    assert report["target_chosen"] is True
    assert report["required_for"][report["target"]] != "not_required"
    whatif = json.loads(run("gap", "--target", "all", CLINICIAN, *AS_OF, "-f", "json").stdout)[
        "categories"
    ]
    needing = [r["target"] for r in whatif if report["required_for"][r["target"]] != "not_required"]
    assert report["target"] == needing[0]


def test_markdown_and_table_show_the_record_part(run):
    md = run(
        "explain",
        "Cultural humility",
        "--record",
        CLINICIAN,
        "-t",
        "IMHS",
        *AS_OF,
        "-f",
        "markdown",
    )
    assert md.exit_code == 0
    assert "## Your record: Jordan Rivera" in md.stdout
    assert "What would raise it:" in md.stdout
    table = run("explain", "Cultural humility", "--record", CLINICIAN, "-t", "IMHS", *AS_OF)
    assert table.exit_code == 0
    assert "Your record: Jordan Rivera" in table.stdout and "◐ partial" in table.stdout


@pytest.mark.parametrize("extra", [("--target", "IMHS"), ("--as-of", "2024-06-30")])
def test_record_options_without_a_record_are_a_usage_error(run, extra):
    result = run("explain", "Cultural humility", *extra)
    assert result.exit_code == 2
    assert "only applies with --record" in result.stderr
    assert result.stdout == ""


def test_a_bad_record_exits_2(run, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nhourz: 3\n", encoding="utf-8")
    result = run("explain", "Cultural humility", "--record", str(bad))
    assert result.exit_code == 2
    assert f"{bad}:2" in result.stderr


def test_unknown_target_exits_2(run):
    result = run("explain", "Cultural humility", "--record", CLINICIAN, "--target", "IMSH")
    assert result.exit_code == 2
    assert "did you mean 'IMHS'" in result.stderr
