"""Reports in plain words: counts that agree in number, one column order, lists that read as lists,
the consultant report without internal terms, and one meaning of a cohort's blocker."""

from __future__ import annotations

import csv
import io
import json

from support import EXAMPLES, GOOD_RECORD


def _gap(run, tmp_path, text: str, *args: str):
    record = tmp_path / "record.yaml"
    record.write_text(text)
    result = run("gap", str(record), "--as-of", "2024-06-30", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_one_reference_and_one_rater_read_in_the_singular(run, tmp_path):
    # data/categories/IMHS.yaml: 3 reference ratings, at least 1 rater endorsed
    text = _gap(
        run,
        tmp_path,
        GOOD_RECORD + "references:\n  - {name: B, role: other}\n",
        "-t",
        "IMHS",
        "-f",
        "markdown",
    )
    assert "| 1 reference |" in text and "| 3 references |" in text
    assert "(s)" not in text and "1 references" not in text
    assert "1 rater must be endorsed" in text


def test_no_work_yet_is_not_told_to_keep_going(run, tmp_path):
    steps = json.loads(_gap(run, tmp_path, GOOD_RECORD, "-t", "IMHS", "-f", "json"))["next_steps"]
    assert not any(step.startswith("Keep going: 0 of") for step in steps)
    assert any("Add your jobs under work:" in step for step in steps)


def test_area_lists_are_joined_so_each_name_stays_one_area(run, tmp_path):
    steps = json.loads(_gap(run, tmp_path, GOOD_RECORD, "-t", "IMHS", "-f", "json"))["next_steps"]
    listed = next(step for step in steps if step.startswith("Find training or coursework"))
    # Two areas of data/competencies/, not one called "Life skills and Safety".
    assert "Life skills; Safety" in listed


def test_required_comes_before_have_in_every_requirements_table(run, tmp_path):
    for args in (["gap", "-t", "IMHS"], ["renew"]):
        record = EXAMPLES / (
            "clinician-imhs.yaml" if args[0] == "gap" else "renewing-imhs-rsc-provider.yaml"
        )
        for fmt in ("markdown", "html", "table"):
            out = run(*args, str(record), "--as-of", "2025-11-15", "-f", fmt).stdout
            assert out.index("Required") < out.index("Have"), (args, fmt)


def test_the_consultant_report_speaks_plainly_and_shows_the_marks(run):
    record = str(EXAMPLES / "endorsed-consultant-coe.yaml")
    for fmt in ("table", "markdown"):
        out = run("gap", "-t", "coe", record, "--as-of", "2025-06-30", "-f", fmt).stdout
        assert "level is" not in out and "(level IFS)" not in out
        assert "=/≈" in out and "≠" in out  # the marks the legend explains
    data = json.loads(run("gap", "-t", "coe", record, "--as-of", "2025-06-30", "-f", "json").stdout)
    # data/crosswalks/coe.yaml: 1A.1 and 3A.2 have no row data ("relation: unknown")
    unknown = [c for c in data["competencies"] if c["area"] in ("1A.1", "3A.2")]
    assert unknown and all(not c["settled"] for c in unknown)
    table = run("gap", "-t", "coe", record, "--as-of", "2025-06-30").stdout
    row = next(line for line in table.splitlines() if "1A.1" in line)
    assert "not settled" in row and "missing" not in row


def test_the_cohort_blocker_is_the_first_one_for_a_category_and_for_all(run):
    def rows(target: str) -> dict[str, dict[str, str]]:
        out = run(
            "cohort", "-t", target, str(EXAMPLES), "-q", "-f", "csv", "--as-of", "2025-06-30"
        ).stdout
        return {r["name"]: r for r in csv.DictReader(io.StringIO(out))}

    best = rows("all")
    by_target = {target: rows(target) for target in {row["target"] for row in best.values()}}
    for name, row in best.items():
        alone = by_target[row["target"]][name]
        assert row["blocker"] == alone["blocker"], name
        assert "; " not in row["blocker"]
