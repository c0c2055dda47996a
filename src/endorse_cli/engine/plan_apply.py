"""Picks become record entries, and the gap engine judges the record with them: the one way a plan's
"after" is worked out, so the plan can never say more than `endorse gap` would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from endorse_cli.engine.gap import analyze_gaps
from endorse_cli.engine.plan_offers import Candidate
from endorse_cli.models.catalog import Session
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Course, Record, Training
from endorse_cli.results.gap import GapReport


@dataclass(frozen=True)
class Chosen:
    """A candidate in one session (None: self-paced)."""

    cand: Candidate
    session: Session | None


def entry_date(chosen: Chosen, by: date) -> date:
    """The day a pick counts from: its session's last day, or the plan's date for a self-paced
    one."""
    return chosen.cand.finish(chosen.session, by)


def as_entry(chosen: Chosen, category: str, by: date) -> tuple[str, Any]:
    """('trainings' | 'courses', the record entry) for one pick, marked planned."""
    offering = chosen.cand.offering
    day = entry_date(chosen, by)
    marks = offering.marks_for(category) or None
    if offering.kind == "training":
        entry = {"title": offering.title, "date": day, "hours": offering.hours, "areas": marks}
        return "trainings", Training.model_validate({**entry, "topics": list(offering.topics)})
    if offering.crosswalk is not None:
        return "courses", Course.model_validate(
            {"crosswalk": offering.crosswalk, "course": offering.course, "completed": day}
        )
    return "courses", Course.model_validate(
        {"title": offering.title, "completed": day, "areas": marks}
    )


def with_picks(record: Record, picks: list[Chosen], category: str, by: date) -> Record:
    """The record with every pick added as a planned entry dated when it ends (on or before
    `by`)."""
    added: dict[str, list[Any]] = {"trainings": [], "courses": []}
    for chosen in picks:
        key, entry = as_entry(chosen, category, by)
        added[key].append(entry)
    return record.model_copy(
        update={
            "trainings": [*record.trainings, *added["trainings"]],
            "courses": [*record.courses, *added["courses"]],
        }
    )


def evaluate(pack: Pack, record: Record, category: str, by: date, picks: list[Chosen]) -> GapReport:
    """`endorse gap` on the record with the picks added as planned entries, judged on `by`."""
    return analyze_gaps(pack, with_picks(record, picks, category, by), category, by)
