"""A cohort's renewals (pure): each record's own renewal report as rows, then counts over everyone.

Reading the records and checking each renewal is the caller's job (`api.renew`, the same check as
`endorse renew`); here each report becomes rows with a short phrase of what is missing, and
`summarize_renewals` counts requirements and deadlines.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from endorse_cli.engine.renewal import held, held_in
from endorse_cli.models.record import Record
from endorse_cli.results.cohort_renewal import (
    CohortPerson,
    DeadlineCount,
    NotHeld,
    RenewalCohortReport,
    RenewalCount,
    RenewalRow,
)
from endorse_cli.results.renewal import Renewal, RenewalReport, RenewalRequirement
from endorse_cli.vocab import RenewalId, RenewalStatus

SHORT_OF = ("partial", "missing")


@dataclass(frozen=True)
class RenewalOutcome:
    """One record's part in a renewal cohort: its rows, and the statuses the summary counts."""

    rows: tuple[RenewalRow, ...] = ()
    not_endorsed: CohortPerson | None = None
    not_held: tuple[NotHeld, ...] = ()
    statuses: tuple[tuple[tuple[str, str, RenewalStatus], ...], ...] = ()


def short(renewal: Renewal, year: int, expires: date | None) -> str:
    """What a renewal is short of, in a few words ('' when ready); `expires` is the record's
    membership end."""
    parts = [
        _short_part(req, year, expires) for req in renewal.requirements if req.status in SHORT_OF
    ]
    return "; ".join(parts)


def _short_part(req: RenewalRequirement, year: int, expires: date | None) -> str:
    word = RenewalId(req.id).wording.short
    if isinstance(req.have, int | float) and isinstance(req.required, int | float):
        return f"{word} {req.have} of {req.required} h"
    if req.id == "membership":
        if expires is None:
            return "no membership"
        return (
            f"membership ends {expires}"
            if req.status == "partial"
            else f"membership expired {expires}"
        )
    if req.id == "code_of_ethics":
        return f"code of ethics not signed in {year}"
    return f"{word}: {req.status}"


def read_renewals(
    file: str, record: Record, year: int, report: RenewalReport | None, detail: bool
) -> RenewalOutcome:
    """The outcome of a readable record: a row per category held in `year` (from `report`), the rest
    not held."""
    endorsements = held(record)
    if not endorsements:
        return RenewalOutcome(not_endorsed=CohortPerson(name=record.name, file=file))
    later = tuple(
        NotHeld(name=record.name, file=file, category=e.category, earned=e.earned)
        for e in endorsements
        if not held_in(e, year)
    )
    renewals = report.renewals if report is not None else []
    expires = record.membership.expires if record.membership else None
    rows = tuple(_row(file, record.name, year, r, expires, detail) for r in renewals)
    statuses = tuple(tuple((q.id, q.label, q.status) for q in r.requirements) for r in renewals)
    return RenewalOutcome(rows=rows, not_held=later, statuses=statuses)


def _row(
    file: str, name: str, year: int, renewal: Renewal, expires: date | None, detail: bool
) -> RenewalRow:
    return RenewalRow(
        name=name,
        file=file,
        category=renewal.category,
        earned=renewal.earned,
        year=year,
        ready=renewal.ready,
        short=short(renewal, year, expires),
        deadline=renewal.deadline,
        days_left=renewal.days_left,
        requirements={q.id: q.status for q in renewal.requirements} if detail else None,
    )


def unreadable(file: str, error: str) -> RenewalOutcome:
    """The outcome of a record that could not be read: its file and the message `endorse renew`
    gives."""
    return RenewalOutcome(rows=(RenewalRow(name="", file=file, error=error),))


def summarize_renewals(
    year: int, as_of: date, outcomes: Sequence[RenewalOutcome], detail: bool = False
) -> RenewalCohortReport:
    """Every row in the given order, then per requirement and per deadline how many renewals stand
    where."""
    rows = [row for o in outcomes for row in o.rows]
    renewals = [row for row in rows if row.error is None]
    return RenewalCohortReport(
        as_of=as_of,
        year=year,
        records=len(outcomes),
        unreadable=len(rows) - len(renewals),
        people=sum(any(row.error is None for row in o.rows) for o in outcomes),
        renewals=len(renewals),
        ready=sum(bool(row.ready) for row in renewals),
        detail=detail,
        rows=rows,
        not_endorsed=[o.not_endorsed for o in outcomes if o.not_endorsed is not None],
        not_held=[n for o in outcomes for n in o.not_held],
        requirements=_requirement_counts(s for o in outcomes for s in o.statuses),
        deadlines=_deadline_counts(renewals),
        no_deadline=sum(row.deadline is None for row in renewals),
    )


def _requirement_counts(
    renewals: Iterable[tuple[tuple[str, str, RenewalStatus], ...]],
) -> list[RenewalCount]:
    labels: dict[str, str] = {}
    tally: dict[str, dict[str, int]] = {}
    for statuses in renewals:
        for rid, label, status in statuses:
            labels.setdefault(rid, label)
            counts = tally.setdefault(rid, {"met": 0, "short": 0, "not_applicable": 0})
            counts["short" if status in SHORT_OF else status] += 1
    return [RenewalCount(id=rid, label=labels[rid], **tally[rid]) for rid in labels]


def _deadline_counts(rows: Iterable[RenewalRow]) -> list[DeadlineCount]:
    due: dict[tuple[date, int], list[bool]] = {}
    for row in rows:
        if row.deadline is not None and row.days_left is not None:
            due.setdefault((row.deadline, row.days_left), []).append(bool(row.ready))
    return [
        DeadlineCount(deadline=day, days_left=left, renewals=len(ready), ready=sum(ready))
        for (day, left), ready in sorted(due.items())
    ]
