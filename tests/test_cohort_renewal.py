"""`endorse cohort --renewal`: every endorsement held across a cohort, ready or short of what, and
when due.

What a coordinator would notice (../shared/PRODUCT.md, "Who uses it", "Exit codes"; docs/rules.md,
"Cohorts" and "Renewal"): each row is exactly what `endorse renew --category C --year Y` says for
that record, records without an endorsement are counted but are not rows, a broken file is named
with the message `gap` gives and the report is still written, and the csv header is the documented
one."""

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
from endorse_cli.vocab import RenewalId
from support import EXAMPLES, READY_TO_RENEW, RENEWAL_IDS, markdown_cells, matches_golden

AS_OF = "2025-11-15"
HEADER = "name,file,category,earned,year,ready,short,deadline,days_left,error"
IDS = RENEWAL_IDS
BROKEN = "name: Broken Record\ntrainings:\n  - title: DC:0-5\n    date: 2021-03-02\n    hourz: 14\n"
READY = READY_TO_RENEW
# Two categories held: each renewed on its own rules (docs/rules.md, Renewal: "categories are not a
# ladder").
TWO = READY.replace("name: Ready Person", "name: Two Categories").replace(
    "endorsements: [{category: IFA, earned: 2020-03-01}]",
    "endorsements: [{category: IFS, earned: 2022-05-01}, {category: IFA, earned: 2020-03-01}]",
)
LATER = "name: New This Year\nendorsements: [{category: IFA, earned: 2025-12-01}]\n"


def _examples() -> list[Path]:
    return sorted(EXAMPLES.glob("*.yaml"))


@pytest.fixture
def records(tmp_path) -> Path:
    folder = tmp_path / "records"
    folder.mkdir()
    for example in _examples():
        shutil.copy(example, folder / example.name)
    return folder


@pytest.fixture
def with_broken(records) -> Path:
    (records / "zz-broken.yaml").write_text(BROKEN, encoding="utf-8")
    return records


def _cohort(run, *args: str, fmt: str = "json") -> Any:
    result = run("cohort", "--renewal", *args, "--as-of", AS_OF, "--format", fmt)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if fmt == "json" else result.stdout


def _renew(run, file: str, category: str, year: int) -> dict[str, Any]:
    result = run(
        "renew",
        file,
        "--category",
        category,
        "--year",
        str(year),
        "--as-of",
        AS_OF,
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    [renewal] = json.loads(result.stdout)["renewals"]
    return renewal


def _not_endorsed(catalog) -> list[str]:
    return [p.name for p in _examples() if not api.load_record(p, catalog).endorsements]


def test_help_names_the_renewal_view(run):
    result = run("cohort", "--help")
    assert result.exit_code == 0
    assert "--renewal" in result.stdout and "endorse cohort --renewal" in result.stdout


def test_a_broken_record_is_named_and_the_rest_reported(run, with_broken):
    result = run("cohort", "--renewal", str(with_broken), "--as-of", AS_OF)
    assert result.exit_code == 2
    flat = " ".join(result.stdout.split())
    for name in ("Morgan Lee", "Sam Ortiz", "Alex Rivera"):
        assert name in flat
    assert "Unreadable records (1)" in flat
    assert f"{with_broken / 'zz-broken.yaml'}:5: trainings[0].hourz: unknown field" in flat
    assert f"1 of {len(_examples()) + 1} records could not be read" in result.stderr
    assert "Traceback" not in result.output


def test_the_error_is_exactly_what_gap_says(run, with_broken):
    broken = with_broken / "zz-broken.yaml"
    gap = run("gap", "--target", "IMHS", str(broken), "--as-of", AS_OF)
    result = run("cohort", "--renewal", str(with_broken), "--as-of", AS_OF, "--format", "json")
    assert (gap.exit_code, result.exit_code) == (2, 2)
    rows = {row["file"]: row for row in json.loads(result.stdout)["rows"]}
    assert gap.stderr == f"Error: {rows[str(broken)]['error']}\n"
    assert rows[str(broken)]["ready"] is None and rows[str(broken)]["category"] is None


def test_csv_reads_back_and_each_row_is_that_records_own_renewal(run, with_broken, tmp_path):
    """Each row: `endorse renew --category C --year Y` for its file (ready, deadline, days left,
    what is short)."""
    out = tmp_path / "renewals.csv"
    result = run(
        "cohort", "--renewal", str(with_broken), "--as-of", AS_OF, "-f", "csv", "-o", str(out)
    )
    assert result.exit_code == 2 and result.stdout == ""
    text = out.read_bytes().decode("utf-8")
    assert text.splitlines()[0] == HEADER
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    bad = [r for r in rows if r["error"]]
    assert [r["file"] for r in bad] == [str(with_broken / "zz-broken.yaml")]
    assert bad[0]["name"] == bad[0]["ready"] == bad[0]["category"] == bad[0]["year"] == ""
    good = [r for r in rows if not r["error"]]
    assert {(Path(r["file"]).name, r["category"]) for r in good} == {
        ("endorsed-consultant-coe.yaml", "IFS"),
        ("renewing-ifs-lapsed-membership.yaml", "IFS"),
        ("renewing-imhs-rsc-provider.yaml", "IMHS"),
    }
    for row in good:
        own = _renew(run, row["file"], row["category"], int(row["year"]))
        assert row["year"] == "2025"  # the year of --as-of
        assert row["ready"] == ("true" if own["ready"] else "false")
        assert (row["earned"], row["deadline"], row["days_left"]) == (
            own["earned"],
            own["deadline"],
            str(own["days_left"]),
        )
        short = [q["id"] for q in own["requirements"] if q["status"] in ("partial", "missing")]
        parts = row["short"].split("; ") if row["short"] else []
        assert len(parts) == len(short), (row["short"], short)
        assert all(
            part.startswith(RenewalId(rid).wording.short + " ")
            for part, rid in zip(parts, short, strict=True)
        )


def test_the_short_phrases_a_coordinator_reads(run, records):
    """docs/rules.md, Renewal: 15 h of training, 12 h RSC for IFS, ethics signed in the year,
    membership through December 31 (https://mi-aimh.org/endorsement/endorsement-policies-2/)."""
    rows = {Path(r["file"]).name: r for r in _cohort(run, str(records))["rows"]}
    assert rows["endorsed-consultant-coe.yaml"]["short"] == (
        "training 9 of 15 h; RSC 0 of 12 h; code of ethics not signed in 2025"
    )
    assert rows["renewing-ifs-lapsed-membership.yaml"]["short"] == "membership expired 2025-06-30"
    assert rows["renewing-imhs-rsc-provider.yaml"]["short"] == "training about RSC 2 of 3 h"


def test_detail_rows_hold_every_requirement_status_of_renew(run, records, tmp_path):
    (records / "two.yaml").write_text(TWO, encoding="utf-8")
    report = _cohort(run, str(records), "--detail")
    two = [r for r in report["rows"] if r["name"] == "Two Categories"]
    assert [r["category"] for r in two] == ["IFS", "IFA"]  # the record's order
    for row in report["rows"]:
        own = _renew(run, row["file"], row["category"], 2025)
        assert row["requirements"] == {q["id"]: q["status"] for q in own["requirements"]}
        assert row["ready"] == own["ready"]
    header = _cohort(run, str(records), "--detail", fmt="csv").splitlines()[0]
    assert header == ",".join([HEADER, *IDS])


def test_rows_hold_only_names_files_and_statuses_unless_detail(run, records):
    report = _cohort(run, str(records))
    assert all("requirements" not in row for row in report["rows"])
    summary = json.dumps([report["requirements"], report["deadlines"]])
    assert "Morgan Lee" not in summary and "examples" not in summary


def test_not_endorsed_records_are_counted_not_rows(run, records, catalog):
    expected = _not_endorsed(catalog)
    assert expected, "the examples include applicants who hold no endorsement"
    report = _cohort(run, str(records))
    assert [Path(p["file"]).name for p in report["not_endorsed"]] == expected
    assert not {Path(r["file"]).name for r in report["rows"]} & set(expected)
    assert report["records"] == len(_examples()) and report["unreadable"] == 0
    assert report["people"] == report["renewals"] == len(_examples()) - len(expected)
    table = _cohort(run, str(records), fmt="table")
    assert f"Not endorsed ({len(expected)})" in table
    assert f"{len(expected)} not endorsed" in table


def test_a_category_earned_after_the_year_is_listed_not_renewed(run, tmp_path):
    """docs/rules.md, Renewal: a category earned after a renewal year is not held that year."""
    (tmp_path / "later.yaml").write_text(LATER, encoding="utf-8")
    result = run(
        "cohort", "--renewal", str(tmp_path), "--year", "2024", "--as-of", AS_OF, "-f", "json"
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["rows"] == [] and report["not_endorsed"] == []
    assert report["not_held"] == [
        {
            "name": "New This Year",
            "file": str(tmp_path / "later.yaml"),
            "category": "IFA",
            "earned": "2025-12-01",
        }
    ]


def test_counts_per_requirement_and_deadline_add_up_from_each_renewal(run, records):
    report = _cohort(run, str(records))
    counts: dict[str, dict[str, int]] = {
        rid: {"met": 0, "short": 0, "not_applicable": 0} for rid in IDS
    }
    due: dict[str, list[int]] = {}
    for row in report["rows"]:
        own = _renew(run, row["file"], row["category"], 2025)
        for q in own["requirements"]:
            counts[q["id"]]["short" if q["status"] in ("partial", "missing") else q["status"]] += 1
        due.setdefault(own["deadline"], [0, 0])[0] += 1
        due[own["deadline"]][1] += own["ready"]
    assert {
        q["id"]: {k: q[k] for k in ("met", "short", "not_applicable")}
        for q in report["requirements"]
    } == counts
    assert [q["id"] for q in report["requirements"]] == IDS
    assert [[d["deadline"], d["renewals"], d["ready"]] for d in report["deadlines"]] == [
        [day, n, ready] for day, (n, ready) in sorted(due.items())
    ]
    assert report["ready"] == sum(row["ready"] for row in report["rows"])


def test_check_exits_1_when_any_renewal_is_not_ready(run, records, tmp_path):
    assert run("cohort", "--renewal", str(records), "--as-of", AS_OF).exit_code == 0
    assert run("cohort", "--renewal", str(records), "--as-of", AS_OF, "--check").exit_code == 1
    ready = tmp_path / "ready"
    ready.mkdir()
    (ready / "ready.yaml").write_text(READY, encoding="utf-8")
    # Not endorsed: nothing to renew, not a finding.
    shutil.copy(EXAMPLES / "clinician-imhs.yaml", ready)
    result = run("cohort", "--renewal", str(ready), "--as-of", AS_OF, "--check")
    assert result.exit_code == 0, result.output


def test_an_unreadable_record_wins_over_check(run, with_broken):
    assert run("cohort", "--renewal", str(with_broken), "--as-of", AS_OF, "--check").exit_code == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--renewal", "--target", "IMHS"], "--target and --renewal go separately"),
        (["--target", "IMHS", "--year", "2025"], "--year is for the renewal view"),
        ([], "say which view"),
        (
            ["--renewal", "--year", "2026"],
            "the renewal year 2026 is after the report date 2025-11-15",
        ),
    ],
)
def test_options_that_do_not_go_together_are_usage_errors(run, records, args, message):
    result = run("cohort", *args, str(records), "--as-of", AS_OF)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in " ".join(result.stderr.split()) and "Fix:" in result.stderr


def test_year_picks_another_renewal_year(run, records):
    report = _cohort(run, str(records), "--year", "2024")
    assert report["year"] == 2024 and {row["year"] for row in report["rows"]} == {2024}
    for row in report["rows"]:
        assert row["ready"] == _renew(run, row["file"], row["category"], 2024)["ready"]


def test_the_table_reads_at_80_columns(run, with_broken, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    result = run("cohort", "--renewal", str(with_broken), "--as-of", AS_OF, "--detail")
    assert result.exit_code == 2
    body = [
        line for line in result.stdout.splitlines() if "hourz" not in line and "broken" not in line
    ]
    assert max(len(line.rstrip()) for line in body) <= 80
    assert "membership expired" in result.stdout and "46 days left" in result.stdout
    flat = " ".join(result.stdout.split())
    assert "Deadlines, soonest first" in flat
    assert "3 renewals, 0 ready · 7 records: 3 not endorsed, 1 could not be read" in result.stdout


def test_names_are_printed_as_written(run, tmp_path, monkeypatch):
    """PRODUCT.md: record text is printed exactly as written (no markup, emoji codes or table
    breaks)."""
    name = "Ana | Li [bold]x[/bold] :smile:"
    (tmp_path / "a.yaml").write_text(READY.replace("Ready Person", f"'{name}'"), encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "200")
    table = run("cohort", "--renewal", str(tmp_path), "--as-of", AS_OF)
    assert table.exit_code == 0, table.output
    assert name in table.stdout
    markdown = _cohort(run, str(tmp_path), fmt="markdown")
    assert name in markdown_cells(markdown)


def test_html_is_self_contained_and_record_text_is_text(run, records, tmp_path):
    (records / "evil.yaml").write_text(
        READY.replace("Ready Person", "<script>alert(1)</script> [b]x[/b]"), encoding="utf-8"
    )
    out = tmp_path / "renewals.html"
    result = run(
        "cohort", "--renewal", str(records), "--as-of", AS_OF, "-f", "html", "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.lower().startswith("<!doctype html>")
    for banned in ("<script", "<link", "<img", "url(", "@import"):
        assert banned not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [b]x[/b]" in page
    assert "Renewals 2025" in page and "membership expired 2025-06-30" in page


def test_the_gap_cohort_writes_a_page(run, records):
    result = run("cohort", "--target", "IMHS", str(records), "--as-of", AS_OF, "-f", "html")
    assert result.exit_code == 0, result.output
    assert result.stdout.lower().startswith("<!doctype html>")


@pytest.mark.parametrize("fmt", ["markdown", "json", "csv"])
def test_examples_renewals_match_golden(run, update_golden, monkeypatch, fmt):
    """The shipped examples as a cohort, run from the checkout so files read
    examples/<name>.yaml."""
    monkeypatch.chdir(EXAMPLES.parent)
    result = run("cohort", "--renewal", "examples", "--as-of", AS_OF, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert matches_golden(
        result.stdout,
        f"cohort-examples-renewal.{ {'markdown': 'md'}.get(fmt, fmt) }",
        update_golden,
    )


# --------------------------------------------------------------------------- property

dates = st.dates(date(2023, 6, 1), date(2025, 11, 15)).map(date.isoformat)


@st.composite
def renewing(draw: st.DrawFn) -> dict[str, Any]:
    cats = draw(
        st.lists(
            st.sampled_from(["IFA", "IFS", "IMHS", "IMHM-C"]), min_size=0, max_size=2, unique=True
        )
    )
    trainings = [
        {"title": f"t{i}", "date": draw(dates), "hours": draw(st.integers(1, 12))}
        | {"topics": draw(st.lists(st.sampled_from(["dei", "rsc"]), max_size=2, unique=True))}
        for i in range(draw(st.integers(0, 4)))
    ]
    rsc = [
        {
            "provider": "p",
            "provider_endorsement": draw(st.sampled_from(["IMHS", "IFS"])),
            "format": "group",
        }
        | {"start": start, "end": start, "hours": draw(st.integers(1, 12))}
        for start in draw(st.lists(dates, max_size=2))
    ]
    record: dict[str, Any] = {
        "name": draw(st.sampled_from(["Ana", "Bo Li", "Zoë Ndlovu"])),
        "association": draw(st.sampled_from(["MI-AIMH", "First3Years", "Elsewhere"])),
        "endorsements": [{"category": c, "earned": draw(dates)} for c in cats],
        "trainings": trainings,
        "reflective_supervision": rsc,
        "provides_rsc": draw(st.booleans()),
        "code_of_ethics_signed": draw(st.lists(dates, max_size=2)),
    }
    if draw(st.booleans()):
        record["membership"] = {"association": "MI-AIMH", "expires": draw(dates)}
    return record


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.lists(renewing(), min_size=1, max_size=4), year=st.sampled_from([2024, 2025]))
def test_each_row_equals_that_records_own_renewal(catalog, data, year):
    """Whatever the record, its rows are `api.renew` per category held that year, nothing more or
    less."""
    day = date.fromisoformat(AS_OF)
    with tempfile.TemporaryDirectory() as tmp:
        for i, record in enumerate(data):
            (Path(tmp) / f"r{i}.yaml").write_text(json.dumps(record), encoding="utf-8")
        report = api.cohort_renewal(catalog, [Path(tmp)], day, year, detail=True)
        assert report.unreadable == 0
        expected = []
        for path in sorted(Path(tmp).glob("*.yaml")):
            record = api.load_record(path, catalog)
            if any(e.earned is None or e.earned.year <= year for e in record.endorsements):
                expected += [(str(path), r) for r in api.renew(catalog, record, day, year).renewals]
        assert len(report.rows) == len(expected) == report.renewals
        for row, (file, own) in zip(report.rows, expected, strict=True):
            assert (row.file, row.category, row.ready, row.deadline) == (
                file,
                own.category,
                own.ready,
                own.deadline,
            )
            assert row.requirements == {q.id: q.status for q in own.requirements}
            assert (row.short == "") == own.ready
        assert len(report.not_endorsed) == sum(not r["endorsements"] for r in data)
