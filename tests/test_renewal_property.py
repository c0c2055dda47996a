"""Property: adding a training never lowers a renewal status (seed 004 lines 306-318: hours add up
toward the yearly minimums; https://ct-aimh.org/important-changes-to-the-endorsement-requirements:
the DEI hour)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from endorse_cli.engine.renewal import check_renewals
from endorse_cli.models.record import Record, Training

RANK = {"missing": 0, "partial": 1, "met": 2}

trainings = st.builds(
    Training,
    title=st.sampled_from(["Conference", "Workshop", "Reading group"]),
    date=st.dates(min_value=date(2022, 11, 1), max_value=date(2026, 2, 28)),
    hours=st.integers(min_value=1, max_value=40).map(lambda n: n / 4),
    topics=st.lists(st.sampled_from(["dei", "rsc"]), unique=True, max_size=2),
)


def _record(category: str, provides_rsc: bool, items: list[Training]) -> Record:
    return Record(
        name="Property",
        association="MI-AIMH",
        endorsements=[{"category": category, "earned": date(2018, 1, 1)}],  # type: ignore[list-item]
        trainings=items,
        provides_rsc=provides_rsc,
    )


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    category=st.sampled_from(["IFA", "IFS", "IMHS", "IMHM-C", "ECMHS"]),
    provides_rsc=st.booleans(),
    year=st.sampled_from([2022, 2023, 2025]),
    items=st.lists(trainings, max_size=6),
    extra=trainings,
)
def test_adding_a_training_never_lowers_a_renewal_status(
    catalog, category, provides_rsc, year, items, extra
):
    as_of = date(year, 12, 31) + timedelta(days=30)
    before = check_renewals(
        catalog, _record(category, provides_rsc, items), year, as_of, [category]
    ).renewals[0]
    after = check_renewals(
        catalog, _record(category, provides_rsc, [*items, extra]), year, as_of, [category]
    )
    for old, new in zip(before.requirements, after.renewals[0].requirements, strict=True):
        assert old.id == new.id
        if old.status == "not_applicable":
            assert new.status == "not_applicable", old.id
        else:
            assert RANK[new.status] >= RANK[old.status], (old.id, old.status, new.status)
    assert after.renewals[0].ready or not before.ready
