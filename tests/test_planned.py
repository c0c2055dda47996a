"""The one rule for planned entries (`engine.planned.counts_on`), which `gap`, `renew` and the
what-if all use.

Issue text (planned entries): a training, course or RSC entry with `planned: true` may carry any
date and is counted only when the report date is on or after it; a completed entry counts from its
date (RSC: from its first day, its hours spread up to the report date)."""

from __future__ import annotations

from datetime import date

import pytest

from endorse_cli.engine.planned import counted_phrase, counts_on, describe, entry_date, planned_in
from endorse_cli.models.record import Course, Record, Supervision, Training

TRAINING = Training(title="Equity in practice", date=date(2027, 3, 5), hours=3, planned=True)
COURSE = Course(title="Child Development 501", completed=date(2027, 5, 20), planned=True)
RSC = Supervision(
    provider="L. Grant",
    format="individual",
    start=date(2026, 6, 1),
    end=date(2027, 5, 31),
    hours=24,
    planned=True,
)


@pytest.mark.parametrize(
    ("entry", "day"),
    [(TRAINING, date(2027, 3, 5)), (COURSE, date(2027, 5, 20)), (RSC, date(2027, 5, 31))],
)
def test_a_planned_entry_counts_from_its_date_on(entry, day):
    assert entry_date(entry) == day
    assert not counts_on(entry, date.fromordinal(day.toordinal() - 1))
    assert counts_on(entry, day)


def test_a_completed_rsc_entry_counts_from_its_first_day():
    done = RSC.model_copy(update={"planned": False})
    assert counts_on(done, date(2026, 6, 1))
    assert not counts_on(RSC, date(2026, 6, 1))


def test_a_planned_rsc_entry_needs_its_end():
    with pytest.raises(ValueError, match="needs an end date"):
        Supervision(provider="X", format="group", start=date(2026, 1, 1), hours=5, planned=True)


def test_the_report_names_what_rests_on_planned_entries():
    record = Record(
        name="A",
        trainings=[TRAINING, TRAINING.model_copy(update={"title": "B"})],
        reflective_supervision=[RSC],
    )
    found = planned_in(record)
    assert counted_phrase(found) == "the 2 planned trainings and the planned RSC entry"
    assert describe(TRAINING) == 'training "Equity in practice" (2027-03-05)'
