"""`endorse cohort`: one row per record, counts over the cohort, bad records named but not fatal.

What a coordinator or advisor would notice (../shared/PRODUCT.md, "Who uses it" and "Output
contracts": the csv header; "Exit codes"): every row agrees with that record's own `endorse gap`,
the counts add up, a broken file is listed with the message `gap` gives, and the exit code says so.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from endorse_cli import api
from endorse_cli.engine.blockers import phrase
from endorse_cli.engine.cohort import blocker
from endorse_cli.results.common import Summary
from endorse_cli.results.gap import GapReport, RequirementResult
from endorse_cli.vocab import BLOCKER_ORDER
from support import EXAMPLES, matches_golden

AS_OF = "2025-09-30"
HEADER = (
    "name,file,target,met,partial,missing,requirements_met,requirements_total,ready,blocker,error"
)
N_EXAMPLES = len(list(EXAMPLES.glob("*.yaml")))
BROKEN = "name: Broken Record\ntrainings:\n  - title: DC:0-5\n    date: 2021-03-02\n    hourz: 14\n"


@pytest.fixture
def records(tmp_path) -> Path:
    """The shipped examples in a folder (one in a subfolder, one as .yml)."""
    folder = tmp_path / "records"
    (folder / "west").mkdir(parents=True)
    for example in sorted(EXAMPLES.glob("*.yaml")):
        shutil.copy(example, folder / example.name)
    (folder / "consultant-ecfs.yaml").rename(folder / "west" / "consultant-ecfs.yml")
    return folder


@pytest.fixture
def with_broken(records) -> Path:
    (records / "west" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    return records


def _gap_json(run, path: Path, target: str = "IMHS") -> dict[str, Any]:
    result = run("gap", "--target", target, str(path), "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _files(folder: Path) -> list[Path]:
    return sorted(
        (p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml")), key=lambda p: p.parts
    )


def test_help_has_an_example(run):
    result = run("cohort", "--help")
    assert result.exit_code == 0
    assert "Example: endorse cohort" in result.stdout


def test_a_broken_record_is_named_and_the_rest_reported(run, with_broken):
    result = run("cohort", "--target", "IMHS", str(with_broken), "--as-of", AS_OF)
    assert result.exit_code == 2
    for name in ("Jordan Rivera", "Sam Okonkwo", "Alex Rivera", "Maya Thompson"):
        assert name in result.stdout
    broken = str(with_broken / "west" / "broken.yaml")
    assert "Unreadable records (1)" in result.stdout
    assert f"{broken}:5: trainings[0].hourz: unknown field" in " ".join(result.stdout.split())
    assert f"1 of {N_EXAMPLES + 1} records could not be read" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_error_is_exactly_what_gap_says(run, with_broken):
    broken = with_broken / "west" / "broken.yaml"
    gap = run("gap", "--target", "IMHS", str(broken), "--as-of", AS_OF)
    assert gap.exit_code == 2
    result = run(
        "cohort", "--target", "IMHS", str(with_broken), "--as-of", AS_OF, "--format", "json"
    )
    assert result.exit_code == 2
    rows = {row["file"]: row for row in json.loads(result.stdout)["rows"]}
    assert gap.stderr == f"Error: {rows[str(broken)]['error']}\n"
    assert rows[str(broken)]["met"] is None


def test_csv_reads_back_with_the_contract_header(run, with_broken, tmp_path):
    out = tmp_path / "cohort.csv"
    result = run(
        "cohort",
        "--target",
        "IMHS",
        str(with_broken),
        "--as-of",
        AS_OF,
        "-f",
        "csv",
        "-o",
        str(out),
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    text = out.read_bytes().decode("utf-8")
    assert text.splitlines()[0] == HEADER
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["file"] for r in rows] == [str(p) for p in _files(with_broken)]
    bad = next(r for r in rows if r["error"])
    assert bad["file"].endswith("broken.yaml") and bad["met"] == bad["ready"] == bad["name"] == ""
    for row in (r for r in rows if not r["error"]):
        summary = _gap_json(run, Path(row["file"]))["summary"]
        assert row["ready"] == ("true" if summary["ready"] else "false")
        for key in ("met", "partial", "missing", "requirements_met", "requirements_total"):
            assert int(row[key]) == summary[key], (row["file"], key)
        assert row["target"] == "IMHS"


def test_per_area_counts_are_the_sum_of_the_gap_reports(run, records):
    result = run("cohort", "--target", "IMHS", str(records), "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 0, result.output
    cohort = json.loads(result.stdout)
    expected: dict[str, dict[str, int]] = {}
    requirements: dict[str, list[int]] = {}
    for path in _files(records):
        report = _gap_json(run, path)
        for area in report["competencies"]:
            expected.setdefault(area["area"], {"met": 0, "partial": 0, "missing": 0})[
                area["status"]
            ] += 1
        for req in report["requirements"]:
            tally = requirements.setdefault(req["id"], [0, 0])
            tally[0] += 1
            tally[1] += req["status"] == "met"
    got = {a["area"]: {k: a[k] for k in ("met", "partial", "missing")} for a in cohort["areas"]}
    assert got == expected
    assert all(a["people"] == N_EXAMPLES for a in cohort["areas"])
    assert {q["id"]: [q["people"], q["met"]] for q in cohort["requirements"]} == requirements


def test_best_fit_for_all_is_the_first_what_if_row_not_held(run, records, catalog):
    result = run("cohort", "--target", "all", str(records), "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 0, result.output
    day = date.fromisoformat(AS_OF)
    for row in json.loads(result.stdout)["rows"]:
        whatif = api.whatif(catalog, api.load_record(Path(row["file"]), catalog), day)
        best = next(r for r in whatif.categories if not r.held)
        assert row["target"] == best.target
        assert row["ready"] == best.ready
        assert (row["met"], row["partial"], row["missing"]) == (
            best.met,
            best.partial,
            best.missing,
        )


def test_check_exits_1_when_anyone_is_not_ready(run, records):
    assert run("cohort", "--target", "IMHS", str(records), "--as-of", AS_OF).exit_code == 0
    result = run("cohort", "--target", "IMHS", str(records), "--as-of", AS_OF, "--check")
    assert result.exit_code == 1


def test_an_unreadable_record_wins_over_check(run, with_broken):
    assert (
        run("cohort", "--target", "IMHS", str(with_broken), "--as-of", AS_OF, "--check").exit_code
        == 2
    )


@pytest.mark.parametrize("setup", ["empty folder", "only other files"])
def test_no_records_found_is_a_clear_error(run, tmp_path, setup):
    folder = tmp_path / "records"
    folder.mkdir()
    if setup == "only other files":
        (folder / "notes.txt").write_text("not a record")
        (folder / ".hidden.yaml").write_text("name: Hidden\n")
    result = run("cohort", "--target", "IMHS", str(folder))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        "no records" in result.stderr and str(folder) in result.stderr and "Fix:" in result.stderr
    )


def test_a_missing_path_is_a_usage_error(run, records):
    result = run("cohort", "--target", "IMHS", str(records), str(records / "nobody.yaml"))
    assert result.exit_code == 2
    assert "nobody.yaml: no such file or folder" in result.stderr


def test_files_and_folders_mix_and_each_record_is_read_once(run, records):
    one = records / "clinician-imhs.yaml"
    result = run("cohort", "-t", "IMHS", str(one), str(records), "--as-of", AS_OF, "-f", "json")
    assert result.exit_code == 0, result.output
    files = [row["file"] for row in json.loads(result.stdout)["rows"]]
    assert len(files) == N_EXAMPLES and files == sorted(files, key=lambda f: Path(f).parts)


def test_rows_hold_only_names_files_and_statuses_unless_detail(run, records, tmp_path):
    plain = json.loads(
        run("cohort", "-t", "IMHS", str(records), "--as-of", AS_OF, "-f", "json").stdout
    )
    assert all("requirements" not in row for row in plain["rows"])
    assert "Jordan Rivera" not in json.dumps(plain["areas"] + plain["requirements"])
    detail = json.loads(
        run("cohort", "-t", "IMHS", str(records), "--as-of", AS_OF, "-f", "json", "--detail").stdout
    )
    jordan = next(row for row in detail["rows"] if row["name"] == "Jordan Rivera")
    assert jordan["requirements"]["reflective_supervision"] == "partial"
    csv_text = run(
        "cohort", "-t", "IMHS", str(records), "--as-of", AS_OF, "-f", "csv", "--detail"
    ).stdout
    assert csv_text.splitlines()[0].startswith(HEADER + ",education,")


def test_nothing_is_written_besides_the_output_file(run, records, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = sorted(p for p in tmp_path.rglob("*"))
    result = run(
        "cohort", "-t", "IMHS", str(records), "--as-of", AS_OF, "-f", "markdown", "-o", "out.md"
    )
    assert result.exit_code == 0, result.output
    assert sorted(p for p in tmp_path.rglob("*")) == sorted([*before, tmp_path / "out.md"])
    assert "## Areas across the cohort" in (tmp_path / "out.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "command", [["gap", "--target", "IMHS", str(EXAMPLES / "clinician-imhs.yaml")], ["categories"]]
)
def test_csv_is_only_for_cohort(run, command):
    result = run(*command, "--format", "csv")
    assert result.exit_code == 2
    assert "'csv' is not one of 'table', 'markdown', 'json', 'html'" in " ".join(
        result.stderr.split()
    )
    written = run(*command, "-o", "out.csv")
    assert written.exit_code == 2
    assert (
        "cannot write a .csv file" in written.stderr
        and "--format (table|markdown|json|html)" in written.stderr
    )


def test_coe_is_not_a_cohort_target(run, records):
    result = run("cohort", "--target", "coe", str(records))
    assert result.exit_code == 2
    assert "not available for a cohort" in result.stderr


def test_no_progress_bar_when_piped(run, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):
        shutil.copy(EXAMPLES / "clinician-imhs.yaml", folder / f"r{i:02}.yaml")
    result = run("cohort", "-t", "IMHS", str(folder), "--as-of", AS_OF, "-f", "csv")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 61


def test_progress_bar_only_for_a_long_cohort_on_a_terminal(monkeypatch):
    from endorse_cli.cli import cohort as command

    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    with command._Progress(enabled=True) as progress:
        progress(1, 10)
        assert progress.bar is None
        progress(1, 60)
        assert progress.bar is not None
    with command._Progress(enabled=False) as quiet:
        quiet(1, 60)
        assert quiet.bar is None


def _requirement(rid: str, status: str, stage: str = "application") -> RequirementResult:
    return RequirementResult(id=rid, label=rid, status=status, detail="", stage=stage)  # type: ignore[arg-type]


def _report(requirements: list[RequirementResult], missing: int = 0) -> GapReport:
    met = sum(r.status == "met" for r in requirements)
    ready = missing == 0 and met == len(requirements)
    summary = Summary(
        met=3, partial=0, missing=missing, ready=ready, requirements_met=met, requirements_total=met
    )
    return GapReport(
        target="IMHS",
        target_name="x",
        track="infant",
        as_of=date(2025, 1, 1),
        person="P",
        competencies=[],
        requirements=requirements,
        summary=summary,
    )


def test_the_main_blocker_is_the_slowest_to_change_first():
    """Our decision (docs/rules.md, Cohorts): education, work, RSC, training, references, ethics,
    membership."""
    for i, rid in enumerate(BLOCKER_ORDER):
        later = [_requirement(r, "missing") for r in BLOCKER_ORDER[i:]]
        assert later[0].id == rid and blocker(_report(later)) == phrase(later[0])


def test_blocker_skips_after_review_and_falls_back_to_areas():
    report = _report(
        [_requirement("exam", "missing", "after_review"), _requirement("education", "met")],
        missing=2,
    )
    assert blocker(report) == "areas: 2 missing"
    assert blocker(_report([_requirement("education", "met")])) == ""


# --------------------------------------------------------------------------- property

AREAS = [
    "pregnancy-early-parenthood",
    "cultural-competence",
    "screening-assessment",
    "parallel-process",
]
dates = st.dates(date(2016, 1, 1), date(2024, 12, 31)).map(date.isoformat)


@st.composite
def record_texts(draw: st.DrawFn) -> dict[str, Any]:
    trainings = [
        {
            "title": f"t{i}",
            "date": draw(dates),
            "hours": draw(st.integers(1, 40)),
            "areas": {
                a: draw(st.sampled_from(["met", "partial"]))
                for a in draw(st.lists(st.sampled_from(AREAS)))
            },
        }
        for i in range(draw(st.integers(0, 4)))
    ]
    rsc = [
        {
            "provider": "p",
            "provider_endorsement": draw(st.sampled_from(["IMHM-C", "IFS", "none"])),
            "format": "group",
        }
        | {"start": start, "end": start, "hours": draw(st.integers(1, 30))}
        for start in draw(st.lists(dates, max_size=3))
    ]
    level = draw(st.sampled_from(["bachelors", "masters"]))
    return {
        "name": draw(st.sampled_from(["Ana", "Bo Li", "Zoë Ndlovu"])),
        "education": [{"degree": "d", "level": level, "completed": "2015-06-01"}],
        "trainings": trainings,
        "reflective_supervision": rsc,
        "code_of_ethics_signed": draw(st.one_of(st.none(), dates)),
    }


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.lists(record_texts(), min_size=1, max_size=4),
    target=st.sampled_from(["IFS", "IMHS", "all"]),
)
def test_each_cohort_row_equals_that_records_own_gap_summary(catalog, data, target):
    day = date(2025, 6, 30)
    with tempfile.TemporaryDirectory() as tmp:
        for i, record in enumerate(data):
            (Path(tmp) / f"r{i}.yaml").write_text(json.dumps(record), encoding="utf-8")
        report = api.cohort(catalog, [Path(tmp)], target, day)
        for row in report.rows:
            record = api.load_record(Path(row.file), catalog)
            assert row.target is not None
            own = api.gap(catalog, record, row.target, day).summary
            got = (
                row.met,
                row.partial,
                row.missing,
                row.requirements_met,
                row.requirements_total,
                row.ready,
            )
            assert got == (
                own.met,
                own.partial,
                own.missing,
                own.requirements_met,
                own.requirements_total,
                own.ready,
            )
            assert row.name == record.name and (row.blocker == "") == own.ready


def test_names_are_shown_exactly_as_written_in_the_table(run, tmp_path, monkeypatch):
    """PRODUCT.md: text from records is printed exactly as written (no markup or emoji codes read
    into it)."""
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "a.yaml").write_text("name: '[bold]Ana[/bold] :smile:'\n", encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "200")
    result = run("cohort", "-t", "IFA", str(folder), "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    assert "[bold]Ana[/bold] :smile:" in result.stdout


@pytest.mark.parametrize(
    ("name", "target", "fmt"),
    [
        ("cohort-examples-imhs", "IMHS", "markdown"),
        ("cohort-examples-imhs", "IMHS", "json"),
        ("cohort-examples-all", "all", "csv"),
    ],
)
def test_examples_cohort_matches_golden(run, update_golden, monkeypatch, name, target, fmt):
    """The shipped examples as a cohort, run from the checkout so files read
    examples/<name>.yaml."""
    monkeypatch.chdir(EXAMPLES.parent)
    result = run("cohort", "--target", target, "examples", "--as-of", AS_OF, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert matches_golden(
        result.stdout, f"{name}.{ {'markdown': 'md'}.get(fmt, fmt) }", update_golden
    )
