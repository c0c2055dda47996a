"""`endorse renew` as a user meets it: exit codes, messages, --check, --years, -o, and the JSON
contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import EXAMPLES, READY_TO_RENEW, RENEWAL_IDS

IMHS = str(EXAMPLES / "renewing-imhs-rsc-provider.yaml")
IFS = str(EXAMPLES / "renewing-ifs-lapsed-membership.yaml")
AS_OF = ("--as-of", "2025-11-15")
IDS = RENEWAL_IDS
REQUIREMENT_KEYS = {"id", "status", "required", "have", "unit", "detail"}
RENEWAL_KEYS = {"category", "earned", "deadline", "ready", "requirements"}

READY = READY_TO_RENEW


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "record.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_help_has_an_example(run):
    result = run("renew", "--help")
    assert result.exit_code == 0
    assert "Example: endorse renew" in result.stdout


def test_table_names_the_category_deadline_and_what_is_missing(run):
    result = run("renew", IMHS, *AS_OF)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "IMHS — Infant Mental Health Specialist (earned 2019-09-15)" in out
    deadline = "MI-AIMH: the Endorsement lapses if not renewed by 2026-01-31"
    assert f"{deadline} (77 days left, counted from the report date 2025-11-15)" in " ".join(
        out.split()
    )
    assert "✘ Not ready to renew: Training about RSC." in out
    assert "◐ partial" in out


def test_default_year_is_the_year_of_as_of(run):
    result = run("renew", IFS, "--as-of", "2026-01-10", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["year"] == 2026
    # 2025's hours do not carry over.
    assert data["renewals"][0]["requirements"][0]["status"] == "missing"


def test_check_exits_1_unless_every_renewal_is_ready(run, tmp_path):
    assert run("renew", IMHS, *AS_OF, "--check").exit_code == 1
    assert run("renew", IFS, *AS_OF, "--check").exit_code == 1
    ready = run("renew", write(tmp_path, READY), *AS_OF, "--check")
    assert ready.exit_code == 0, ready.output
    assert "✔ Ready to renew." in ready.stdout


def test_check_over_years_needs_every_year_ready(run):
    assert run("renew", IMHS, *AS_OF, "--year", "2023", "--check").exit_code == 0
    assert run("renew", IMHS, *AS_OF, "--years", "2023-2024", "--check").exit_code == 1


def test_record_without_endorsements_exits_2_and_says_why(run, tmp_path):
    result = run("renew", write(tmp_path, "name: New Applicant\n"), *AS_OF)
    assert result.exit_code == 2
    assert result.stdout == ""
    flat = " ".join(result.stderr.split())
    assert "renewal is for endorsed professionals; add `endorsements:` or use `endorse gap`" in flat
    assert "Traceback" not in result.output


def test_unknown_category_exits_2_with_a_suggestion(run):
    result = run("renew", IMHS, *AS_OF, "--category", "IMSH")
    assert result.exit_code == 2
    assert "unknown category 'IMSH'" in result.stderr
    assert "did you mean" in result.stderr


def test_a_category_the_record_does_not_hold_exits_2_with_a_fix(run):
    result = run("renew", IMHS, *AS_OF, "--category", "Infant Family Specialist")
    assert result.exit_code == 2
    flat = " ".join(result.stderr.split())
    assert "holds no IFS endorsement (it holds IMHS). Fix: use --category IMHS" in flat


def test_category_by_name_any_case(run):
    result = run("renew", IMHS, *AS_OF, "-c", "infant mental health specialist", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert [r["category"] for r in json.loads(result.stdout)["renewals"]] == ["IMHS"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--year", "2026"), "the renewal year 2026 is after the report date 2025-11-15"),
        (
            ("--years", "2025-2023"),
            "the first year is after the last. Fix: write --years 2023-2025",
        ),
        (("--years", "last three"), "is not a span of years"),
        (("--years", "2010-2025"), "at most 10 years"),
        (("--year", "2025", "--years", "2023-2025"), "--year and --years go separately"),
        (("--year", "2018"), "no endorsement was held in 2018 (IMHS earned 2019-09-15)"),
    ],
)
def test_bad_years_exit_2_with_a_fix(run, args, message):
    result = run("renew", IMHS, *AS_OF, *args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
    assert "Fix:" in result.stderr


def test_years_show_each_year_as_a_column(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    result = run("renew", IMHS, *AS_OF, "--years", "2023-2025")
    assert result.exit_code == 0, result.stderr
    header = next(line for line in result.stdout.splitlines() if "Requirement" in line)
    assert header.split()[1:] == ["2023", "2024", "2025"]
    dei = next(line for line in result.stdout.splitlines() if "DEI hour" in line)
    assert dei.split()[2:] == ["✔", "2/1", "h", "✘", "0/1", "h", "✔", "3/1", "h"]
    assert all(len(line) <= 80 for line in result.stdout.splitlines())


def test_years_json_has_one_single_year_report_per_year(run):
    result = run("renew", IMHS, *AS_OF, "--years", "2023-2025", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["years"] == [2023, 2024, 2025]
    assert data["categories"] == ["IMHS"]
    assert [r["year"] for r in data["reports"]] == [2023, 2024, 2025]
    assert [r["renewals"][0]["ready"] for r in data["reports"]] == [True, False, False]


def _contract(report: dict) -> None:
    assert {"person", "as_of", "year", "renewals"} <= set(report)
    for renewal in report["renewals"]:
        assert set(renewal) >= RENEWAL_KEYS
        assert [r["id"] for r in renewal["requirements"]] == IDS
        for req in renewal["requirements"]:
            assert set(req) >= REQUIREMENT_KEYS
            assert req["status"] in ("met", "partial", "missing", "not_applicable")
            assert req["detail"]


@pytest.mark.parametrize("record", [IMHS, IFS])
def test_json_contract_keys_and_the_six_ids_in_every_renewal(run, record):
    result = run("renew", record, *AS_OF, "--format", "json")
    assert result.exit_code == 0, result.stderr
    _contract(json.loads(result.stdout))


def test_json_contract_holds_in_every_year_of_a_history(run):
    data = json.loads(run("renew", IMHS, *AS_OF, "--years", "2023-2025", "-f", "json").stdout)
    for report in data["reports"]:
        _contract(report)


def test_ifs_with_a_lapsed_membership(run):
    data = json.loads(run("renew", IFS, *AS_OF, "-f", "json").stdout)
    renewal = data["renewals"][0]
    statuses = {r["id"]: r["status"] for r in renewal["requirements"]}
    assert statuses["membership"] == "missing"
    assert statuses["rsc_provider_training"] == "not_applicable"
    assert (renewal["deadline"], renewal["days_left"], renewal["ready"]) == (
        "2025-12-31",
        46,
        False,
    )


def test_output_file_is_written_and_the_record_is_never_overwritten(run, tmp_path):
    out = tmp_path / "renewal.md"
    assert run("renew", IMHS, *AS_OF, "-f", "markdown", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Endorsement renewal 2025: Morgan Lee")
    record = write(tmp_path, READY)
    result = run("renew", record, *AS_OF, "-o", record)
    assert result.exit_code == 2
    assert Path(record).read_text(encoding="utf-8") == READY


@pytest.mark.parametrize("span", [(), ("--years", "2023-2025")], ids=["one-year", "years"])
def test_html_is_a_printable_page_for_one_year_and_for_several(run, span):
    """The page itself is looked at in a browser in test_html.py; here: the CLI writes it, exit
    0."""
    result = run("renew", IMHS, *AS_OF, *span, "-f", "html")
    assert result.exit_code == 0, result.stderr
    page = result.stdout
    assert page.lower().startswith("<!doctype html>")
    assert "Morgan Lee" in page
    assert "Training about RSC" in page
    assert "not ready" in page.lower()


@pytest.mark.parametrize("year", ["20x5", "25", "2025.0"])
def test_a_year_that_is_not_four_digits_is_told_how_to_write_it(run, year):
    result = run("renew", str(READY_TO_RENEW), "--year", year)
    assert result.exit_code == 2
    text = " ".join(result.output.replace("│", " ").split())
    assert f"'{year}' is not a year. Fix: write four digits, e.g. 2025." in text
    assert "Input should be" not in text
