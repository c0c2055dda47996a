"""Engine tests for the consultant path, with records built in Python."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from endorse_cli.engine.consultant import analyze_coe, held_level
from endorse_cli.models.record import Record
from support import shipped_pack

CATALOG = shipped_pack()
ON = date(2025, 6, 30)
ORDER = {"missing": 0, "partial": 1, "met": 2}
IDS = [
    "1A.1",
    "3A.1",
    "3A.2",
    "4A.1",
    "5A.1",
    "5A.2",
    "6A.1",
    "7A.1",
    "7A.2",
    "8A.1",
    "8A.2",
    "8A.3",
]


def make_record(**fields: Any) -> Record:
    return Record.model_validate({"name": "Casey Morgan", **fields})


def statuses(record: Record) -> dict[str, str]:
    return {r.area: r.status for r in analyze_coe(CATALOG, record, ON).competencies}


def test_the_highest_endorsement_held_sets_the_level() -> None:
    record = make_record(
        endorsements=[{"category": "IFS"}, {"category": "ECMHS"}, {"category": "IFA"}]
    )
    assert held_level(CATALOG, record) == ("ECMHS", "MHS")
    assert held_level(CATALOG, make_record()) == (None, None)


def test_evidence_names_the_endorsement_that_documents_a_row() -> None:
    report = analyze_coe(CATALOG, make_record(endorsements=[{"category": "IMHS"}]), ON)
    row = next(r for r in report.competencies if r.area == "6A.1")
    assert row.status == "partial"
    assert [e.source for e in row.evidence] == ["endorsement:IMHS"]
    assert row.unconfirmed is True  # a mapped row: = or ≈ not shown


def test_a_unique_row_is_documented_only_by_training() -> None:
    record = make_record(endorsements=[{"category": "IMHM-C"}])
    assert statuses(record)["7A.1"] == "missing"
    trained = make_record(
        endorsements=[{"category": "IMHM-C"}],
        trainings=[
            {"title": "Agreements", "date": "2024-01-01", "hours": 2, "areas": {"coe:7A.1": "met"}}
        ],
    )
    assert statuses(trained)["7A.1"] == "met"


@settings(max_examples=40, deadline=None)
@given(
    held=st.sampled_from([None, "IFA", "IFS", "ECFS", "IMHS", "IMHM-R"]),
    claims=st.dictionaries(st.sampled_from(IDS), st.sampled_from(["met", "partial"]), max_size=5),
)
def test_adding_a_training_never_lowers_a_status(held: str | None, claims: dict[str, str]) -> None:
    base: dict[str, Any] = {"endorsements": [{"category": held}] if held else []}
    before = statuses(make_record(**base))
    areas = {f"coe:{cid}": status for cid, status in claims.items()}
    training = {"title": "Consultation", "date": "2024-01-01", "hours": 1, "areas": areas}
    after = statuses(make_record(**base, trainings=[training]))
    assert all(ORDER[after[cid]] >= ORDER[before[cid]] for cid in before)
    assert all(ORDER[after[cid]] >= ORDER[status] for cid, status in claims.items())
