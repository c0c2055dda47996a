"""The CLI as a user meets it: formats, exit codes, stdout vs stderr, -o, --check."""

from __future__ import annotations

import json

import pytest

from support import EXAMPLES, REQUIREMENT_IDS

CLINICIAN = str(EXAMPLES / "clinician-imhs.yaml")
GRADUATE = str(EXAMPLES / "erikson-graduate-ifs.yaml")


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("endorse ")


@pytest.mark.parametrize(
    "command",
    [
        "validate",
        "categories",
        "areas",
        "gap",
        "crosswalk",
        "explain",
        "renew",
        "init",
        "check",
        "schema",
    ],
)
def test_every_command_has_help_with_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example: endorse" in result.stdout


def test_categories_json_lists_the_twelve_categories(run):
    result = run("categories", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == [
        "IFA",
        "IFS",
        "IMHS",
        "IMHM-C",
        "IMHM-P",
        "IMHM-R",
        "ECFA",
        "ECFS",
        "ECMHS",
        "ECMHM-C",
        "ECMHM-P",
        "ECMHM-R",
    ]
    assert (
        rows[2]
        | {"name": "Infant Mental Health Specialist", "track": "infant", "scope": "treatment"}
        == rows[2]
    )


def test_areas_for_a_category_lists_only_what_it_requires(run):
    result = run("areas", "--category", "ifa", "--format", "json")
    assert result.exit_code == 0
    ids = {r["area"] for r in json.loads(result.stdout)}
    assert "pregnancy-early-parenthood" in ids
    assert "disorders-infancy-early-childhood" not in ids  # IFA does not list it


def test_unknown_category_exits_2_with_suggestion(run):
    result = run("gap", "--target", "IMSH", CLINICIAN)
    assert result.exit_code == 2
    assert "unknown category 'IMSH'" in result.stderr
    assert "did you mean" in result.stderr
    assert result.stdout == ""


def test_gap_json_follows_the_contract(run):
    result = run("gap", "--target", "IMHS", CLINICIAN, "--as-of", "2024-06-30", "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["target"] == "IMHS" and report["as_of"] == "2024-06-30"
    first = report["competencies"][0]
    assert set(first) >= {"domain", "area", "name", "status", "evidence", "recommendations"}
    ids = [r["id"] for r in report["requirements"]]
    assert ids == REQUIREMENT_IDS
    rsc = report["requirements"][3]
    assert (rsc["status"], rsc["required"], rsc["have"], rsc["unit"]) == (
        "partial",
        50,
        38,
        "hours",
    )
    assert "12 hours from peer supervision" in rsc["detail"]
    assert set(report["summary"]) >= {"met", "partial", "missing", "ready"}


def test_gap_table_shows_summary_line_and_words(run):
    result = run("gap", "--target", "IMHS", CLINICIAN, "--as-of", "2024-06-30")
    assert result.exit_code == 0
    assert "6 of 7 requirements for applying met" in result.stdout
    assert "After your application is reviewed" in result.stdout  # the IMHS exam before 2025
    assert "✘ missing" in result.stdout and "◐ partial" in result.stdout
    assert "\x1b[" not in result.stdout  # no color codes when not a terminal


def test_gap_markdown_is_a_printable_report(run):
    result = run(
        "gap", "--target", "IFS", GRADUATE, "--as-of", "2025-06-30", "--format", "markdown"
    )
    assert result.exit_code == 0
    assert result.stdout.startswith("# Endorsement gap report: IFS")
    assert "## Requirements" in result.stdout and "## Next steps" in result.stdout


def test_check_exits_1_when_something_is_missing(run):
    result = run("gap", "--target", "IMHS", CLINICIAN, "--as-of", "2024-06-30", "--check")
    assert result.exit_code == 1


def test_target_all_ranks_every_category(run):
    result = run("gap", "--target", "all", CLINICIAN, "--as-of", "2024-06-30", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)["categories"]
    assert [r["rank"] for r in rows] == list(range(1, 13))
    assert len({r["target"] for r in rows}) == 12


def test_output_file_is_written_and_the_record_is_never_overwritten(run, tmp_path):
    record = tmp_path / "record.yaml"
    record.write_text((EXAMPLES / "clinician-imhs.yaml").read_text())
    before = record.read_bytes()
    # --format given: a .yaml name alone would be refused earlier, as a format endorse cannot write
    refused = run(
        "gap", "-t", "IMHS", str(record), "--as-of", "2024-06-30", "-f", "table", "-o", str(record)
    )
    assert refused.exit_code == 2
    assert "refusing to overwrite" in refused.stderr
    assert record.read_bytes() == before
    out = tmp_path / "report.md"
    done = run(
        "gap",
        "--target",
        "IMHS",
        str(record),
        "--as-of",
        "2024-06-30",
        "-f",
        "markdown",
        "-o",
        str(out),
    )
    assert done.exit_code == 0
    assert out.read_text().startswith("# Endorsement gap report: IMHS")


def test_data_dir_env_points_at_another_pack(run, monkeypatch, tmp_path):
    monkeypatch.setenv("ENDORSE_DATA_DIR", str(tmp_path / "nowhere"))
    result = run("categories")
    assert result.exit_code == 2
    assert "ENDORSE_DATA_DIR" in result.stderr
