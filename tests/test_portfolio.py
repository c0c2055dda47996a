"""The portfolio appendix: each log lists the record's entries with their share, and its totals are
the gap report's figures (PRODUCT.md "Requirements", lines 145-156: each training once, overlapping
work once, RSC only from a qualifying provider and never peer, references by rater)."""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endorse_cli.engine.gap import analyze_gaps
from endorse_cli.engine.periods import days, shares
from endorse_cli.engine.portfolio import build_appendix
from endorse_cli.models.record import Record
from endorse_cli.pack.load import load_pack
from endorse_cli.pack.record import load_record
from support import EXAMPLES

CATALOG = load_pack()
ON = date(2025, 6, 30)
# Read as if today were later: entries after ON are left out by the report.
LOADED = date(2030, 1, 1)
TOTALS = {
    "training_hours": "training_total",
    "work_experience": "work_total",
    "reflective_supervision": "rsc_total",
    "references": "references_total",
}
MASTERS = [{"degree": "Master of Social Work", "level": "masters", "completed": "2015-05-15"}]


def _both(record: Record, target: str, on: date = ON):
    report = analyze_gaps(CATALOG, record, target, on)
    return report, build_appendix(CATALOG, record, report)


def _requirement(report, rid: str):
    return next(r for r in report.requirements if r.id == rid)


@pytest.mark.parametrize("example", sorted(p.stem for p in EXAMPLES.glob("*.yaml")))
def test_totals_are_the_reports_figures_for_every_category(example):
    """Every example against every category: each log's total is the requirement's have and
    required."""
    record = load_record(EXAMPLES / f"{example}.yaml", CATALOG, LOADED)
    for target in CATALOG.categories:
        report, appendix = _both(record, target)
        present = {r.id for r in report.requirements}
        for rid, field in TOTALS.items():
            total = getattr(appendix, field)
            if rid not in present:
                assert total is None, f"{target}: a {rid} log for a category without it"
                continue
            req = _requirement(report, rid)
            assert (total.have, total.required) == (req.have, req.required), (
                f"{example} {target} {rid}"
            )


def test_training_log_runs_its_total_and_counts_a_repeat_once():
    record = Record.model_validate(
        {
            "name": "T",
            "trainings": [
                {
                    "title": "DC:0-5",
                    "date": "2024-03-02",
                    "hours": 14,
                    "areas": {"screening-assessment": "met"},
                },
                {"title": "Conference", "date": "2023-05-01", "hours": 6.5},
                {"title": "DC:0-5", "date": "2024-03-02", "hours": 14},  # the same entry again
            ],
        }
    )
    report, appendix = _both(record, "IFS")
    assert [(t.title, t.running_total, t.counted) for t in appendix.trainings] == [
        ("Conference", 6.5, True),
        ("DC:0-5", 20.5, True),
        ("DC:0-5", 20.5, False),
    ]
    assert appendix.training_total.have == _requirement(report, "training_hours").have == 20.5
    assert appendix.trainings[1].areas == ["Screening and assessment"]


def _job(role: str, start: str, end: str | None, **more: Any) -> dict[str, Any]:
    job = {
        "role": role,
        "start": start,
        "end": end,
        "ages": "infant",
        "with_caregivers": True,
        "kind": "treatment",
    }
    return job | more


def test_overlapping_work_counts_once_for_the_earlier_job_and_says_why_not():
    record = Record.model_validate(
        {
            "name": "W",
            "education": MASTERS,
            "work": [
                _job("Later therapist", "2021-01-01", "2021-12-31"),
                _job("Earlier therapist", "2020-01-01", "2021-06-30"),
                _job("Classroom teacher", "2019-01-01", "2019-12-31", kind="promotion"),
            ],
        }
    )
    report, appendix = _both(record, "IMHS")
    lines = {w.role: w for w in appendix.work}
    assert lines["Earlier therapist"].months == 17.9  # 547 days of 365/12, floored to a tenth
    assert lines["Later therapist"].months == 6  # July-December only: 184 days
    assert lines["Classroom teacher"].months == 0
    assert "promotion work" in lines["Classroom teacher"].why_not
    assert appendix.work_total.have == _requirement(report, "work_experience").have == 2


def test_rsc_log_shows_the_window_share_and_what_was_left_out():
    record = Record.model_validate(
        {
            "name": "R",
            "education": MASTERS,
            "work": [_job("Therapist", "2016-01-01", None)],
            "reflective_supervision": [
                _rsc("A. Smith", "IMHM-C", "individual", "2022-01-01", "2023-06-30", 38),
                _rsc("Circle", None, "peer", "2023-01-01", "2023-12-31", 12),
                _rsc("B. Okafor", "IFS", "group", "2023-07-01", "2024-06-30", 15),
            ],
        }
    )
    report, appendix = _both(record, "IMHS")
    rows = {r.provider: r for r in appendix.rsc}
    assert (rows["A. Smith"].in_window, rows["A. Smith"].left_out) == (38, [])
    assert rows["Circle"].left_out == ["12 hours from peer supervision (never counts)"]
    assert rows["B. Okafor"].left_out == [
        "15 hours from a provider without a qualifying endorsement"
    ]
    assert appendix.rsc_window == "Jan 2022 to Jun 2023"
    assert appendix.rsc_total.have == _requirement(report, "reflective_supervision").have == 38


def _rsc(
    provider: str, endorsement: str | None, kind: str, start: str, end: str, hours: float
) -> dict[str, Any]:
    entry = {"provider": provider, "provider_endorsement": endorsement, "format": kind}
    return entry | {"start": start, "end": end, "hours": hours}


def test_a_rater_listed_twice_counts_once():
    record = Record.model_validate(
        {
            "name": "F",
            "references": [
                {"name": "B. Jones", "role": "program_supervisor", "endorsement": "IFS"},
                {"name": "b. jones", "role": "other"},
            ],
        }
    )
    report, appendix = _both(record, "IFS")
    assert [r.counted for r in appendix.references] == [False, True]
    assert appendix.references_total.have == _requirement(report, "references").have == 1


_day = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))
_period = st.tuples(_day, _day).map(sorted).map(tuple)


@settings(max_examples=200, deadline=None)
@given(st.lists(_period, max_size=12))
def test_shares_of_overlapping_periods_add_up_to_the_days_covered(periods):
    """Each period's share is what it adds to those that started before it; together, every day
    once."""
    found = shares(periods)
    assert sum(found) == days(periods)
    assert all(
        0 <= s <= (end - start).days + 1 for s, (start, end) in zip(found, periods, strict=True)
    )


def test_work_years_in_the_appendix_add_up_to_the_total():
    """Months credited, job by job (floored to a tenth), add up to the years the report shows."""
    record = load_record(EXAMPLES / "clinician-imhs.yaml", CATALOG, LOADED)
    _report, appendix = _both(record, "IMHS")
    months = sum(Fraction(str(w.months)) for w in appendix.work)
    assert abs(months / 12 - Fraction(str(appendix.work_total.have))) <= Fraction(2, 10)


def test_a_completed_program_has_its_own_line_with_what_its_summary_credits():
    """PRODUCT.md, "How evidence becomes a status": all seven Erikson courses credit the program
    summary."""
    record = load_record(EXAMPLES / "erikson-graduate-ifs.yaml", CATALOG, LOADED)
    report, appendix = _both(record, "IFS")
    program = [c for c in appendix.courses if c.code == "erikson:program"]
    assert len(program) == 1 and program[0].title.endswith("(all courses)")
    credited = {
        a.name
        for a in report.competencies
        if any(e.source == "erikson:program" for e in a.evidence)
    }
    assert set(program[0].areas) == credited and credited


def test_record_text_in_the_markdown_appendix_is_shown_as_written():
    """PRODUCT.md, exit codes and output: Markdown shows text from a record as text (no HTML, links
    or images); the appendix repeats titles, roles and names, each escaped like the report's."""
    from endorse_cli.inert import markdown
    from endorse_cli.render.markdown import to_markdown
    from endorse_cli.results.portfolio import Portfolio

    evil = "<img src=x onerror=alert(1)> [click](http://evil.example) | **bold**"
    record = Record.model_validate(
        {
            "name": "M",
            "trainings": [{"title": evil, "date": "2024-03-02", "hours": 3}],
            "work": [_job(evil, "2020-01-01", "2021-01-01")],
            "references": [{"name": evil, "role": "other"}],
        }
    )
    report, appendix = _both(record, "IFS")
    text = to_markdown(Portfolio(gap=report, appendix=appendix))
    appendix_text = text[text.index("## Appendix") :]
    assert appendix_text.count(markdown(evil)) == 3
    assert not re.search(r"(?<!\\)<img|(?<!\\)\]\(http", appendix_text)  # only as escaped text


def test_planned_entries_and_vetted_raters_are_marked_in_the_logs():
    """PRODUCT.md, the record: `planned: true` counts on reports dated on or after it, and every
    report says what rests on it; `vetted: true` is a rater the coordinator accepted."""
    record = Record.model_validate(
        {
            "name": "P",
            "trainings": [
                {"title": "Done", "date": "2025-01-10", "hours": 6},
                {"title": "Booked", "date": "2025-06-01", "hours": 4, "planned": True},
            ],
            "references": [{"name": "C. Lee", "role": "other", "vetted": True}],
        }
    )
    report, appendix = _both(record, "IFS")
    assert [(t.title, t.planned, t.running_total) for t in appendix.trainings] == [
        ("Done", False, 6),
        ("Booked", True, 10),
    ]
    assert appendix.training_total.have == _requirement(report, "training_hours").have == 10
    assert appendix.references[0].vetted is True
