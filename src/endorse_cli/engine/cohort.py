"""A cohort: one row per record from its own report, then counts of areas and requirements over
everyone.

Pure aggregation over per-record results: reading the records is the caller's job. Each view of a
cohort (today the gap view; a renewal view can be added the same way) turns one record's report into
an `Outcome`, and `summarize` counts whatever the outcomes carry.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from endorse_cli.engine.blockers import blockers, phrase
from endorse_cli.models.pack import Pack
from endorse_cli.results.cohort import AreaCount, CohortReport, CohortRow, RequirementCount
from endorse_cli.results.gap import GapReport
from endorse_cli.vocab import Status

ALL = "all"


@dataclass(frozen=True)
class Outcome:
    """One record's part in a cohort: its row, and the statuses the cohort summary counts."""

    row: CohortRow
    areas: tuple[tuple[str, Status], ...] = ()
    requirements: tuple[tuple[str, str, Status], ...] = ()


def blocker(report: GapReport) -> str:
    """The main thing between the person and applying, as a short phrase; '' when ready."""
    if report.summary.ready:
        return ""
    found = blockers(report)
    later = next((r for r in report.requirements if r.status != "met"), None)
    return found[0] if found else (phrase(later) if later else "not ready yet")


def read(file: str, report: GapReport, detail: bool = False, blocker_text: str = "") -> Outcome:
    """The outcome of a record that was read: its summary, blocker and (with `detail`) requirement
    statuses."""
    row = CohortRow(
        **report.summary.model_dump(),
        name=report.person,
        file=file,
        target=report.target,
        blocker=blocker_text or blocker(report),
        planned=len(report.planned),
        requirements={r.id: r.status for r in report.requirements} if detail else None,
    )
    areas = tuple((a.area, a.status) for a in report.competencies)
    reqs = tuple((r.id, r.label, r.status) for r in report.requirements)
    return Outcome(row, areas, reqs)


def unreadable(file: str, error: str) -> Outcome:
    """The outcome of a record that could not be read: its file and the message `endorse gap`
    gives."""
    return Outcome(CohortRow(name="", file=file, target=None, error=error))


def summarize(
    pack: Pack, target: str, as_of: date, outcomes: Sequence[Outcome], detail: bool = False
) -> CohortReport:
    """Every row in the given order, then per area and per requirement how many people stand
    where."""
    rows = [o.row for o in outcomes]
    name = "Best-fitting category" if target == ALL else pack.categories[target].name
    return CohortReport(
        target=target,
        target_name=name,
        as_of=as_of,
        records=len(rows),
        unreadable=sum(r.error is not None for r in rows),
        ready=sum(bool(r.ready) for r in rows),
        detail=detail,
        rows=rows,
        areas=_area_counts(pack, outcomes),
        requirements=_requirement_counts(outcomes),
    )


def _area_counts(pack: Pack, outcomes: Iterable[Outcome]) -> list[AreaCount]:
    counts: dict[str, dict[str, int]] = {}
    for outcome in outcomes:
        for area, status in outcome.areas:
            tally = counts.setdefault(area, {"met": 0, "partial": 0, "missing": 0})
            tally[status] += 1
    return [
        AreaCount(
            domain=d.id,
            domain_name=d.name,
            area=a.id,
            name=a.name,
            people=sum(counts[a.id].values()),
            **counts[a.id],
        )
        for d in pack.domains
        for a in d.areas
        if a.id in counts
    ]


def _requirement_counts(outcomes: Iterable[Outcome]) -> list[RequirementCount]:
    labels: dict[str, str] = {}
    people: dict[str, int] = {}
    met: dict[str, int] = {}
    for outcome in outcomes:
        for rid, label, status in outcome.requirements:
            labels.setdefault(rid, label)
            people[rid] = people.get(rid, 0) + 1
            met[rid] = met.get(rid, 0) + (status == "met")
    return [
        RequirementCount(id=rid, label=labels[rid], people=people[rid], met=met[rid])
        for rid in labels
    ]
