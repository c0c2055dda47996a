"""Many records at once: one row per record (or per renewal) and counts over the cohort."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from endorse_cli.api import resolve
from endorse_cli.api.renewal import check_year, renew
from endorse_cli.api.reports import gap, load_record, portfolio, whatif
from endorse_cli.errors import RecordError, UsageError
from endorse_cli.vocab import CohortOrder

# Only what a call needs is imported, inside it: a command pays only for what it uses.
if TYPE_CHECKING:
    from endorse_cli.engine.cohort import Outcome
    from endorse_cli.engine.cohort_renewal import RenewalOutcome
    from endorse_cli.models.pack import Pack
    from endorse_cli.models.record import Record
    from endorse_cli.results.cohort import CohortReport
    from endorse_cli.results.cohort_renewal import RenewalCohortReport
    from endorse_cli.results.common import Report

T = TypeVar("T")
R = TypeVar("R", "CohortReport", "RenewalCohortReport")
Step = Callable[[int, int], None]
# Called with each readable record's file and its printable checklist (a portfolio, or a renewal
# report).
Keep = Callable[[str, "Report"], None]


def cohort(
    pack: Pack,
    paths: Sequence[Path],
    target: str,
    on: date,
    *,
    detail: bool = False,
    step: Step | None = None,
    keep: Keep | None = None,
) -> CohortReport:
    """Every record under `paths` (files, or folders searched for *.yaml / *.yml) against `target`
    (a category id, or `all` for each person's best fit); a record that cannot be read becomes a row
    with its error. `step(done, total)` is called after each record (for a progress bar);
    `keep(file, checklist)` gets each readable record's printable portfolio."""
    from endorse_cli.engine.cohort import ALL, summarize, unreadable

    target = target if target == ALL else resolve.category(pack, target)
    view = (
        _best_fit_view(pack, on, detail, keep)
        if target == ALL
        else _category_view(pack, target, on, detail, keep)
    )
    outcomes = _read_all(pack, paths, view, unreadable, step)
    return summarize(pack, target, on, outcomes, detail)


def cohort_renewal(
    pack: Pack,
    paths: Sequence[Path],
    on: date,
    year: int | None = None,
    *,
    detail: bool = False,
    step: Step | None = None,
    keep: Keep | None = None,
) -> RenewalCohortReport:
    """The renewal of `year` (default: the year of `on`) for every endorsement held by the records
    under `paths`: one row per person and category, each exactly what `renew` gives for that record
    (`keep(file, report)` gets each such renewal report, the person's printable checklist)."""
    from endorse_cli.engine.cohort_renewal import summarize_renewals, unreadable

    year = on.year if year is None else year
    check_year(year, on)
    outcomes = _read_all(pack, paths, _renewal_view(pack, on, year, detail, keep), unreadable, step)
    return summarize_renewals(year, on, outcomes, detail)


# A cohort view turns one readable record (and its file label) into its outcome: the gap view
# (`CohortView`), the best fit, and the renewal view; each has its own summary.


CohortView = Callable[["Record", str], "Outcome"]


def _read_all(
    pack: Pack,
    paths: Sequence[Path],
    view: Callable[[Record, str], T],
    failed: Callable[[str, str], T],
    step: Step | None,
) -> list[T]:
    """Each record under `paths` through `view`, or `failed(file, message)` when it cannot be
    read."""
    from endorse_cli.pack.discover import find_records

    files = find_records(paths)
    outcomes = []
    for done, found in enumerate(files, start=1):
        try:
            record = None if found.problem else load_record(found.path, pack)
        except RecordError as exc:
            outcomes.append(failed(found.label, str(exc)))
        else:
            outcomes.append(
                view(record, found.label) if record else failed(found.label, found.problem or "")
            )
        if step is not None:
            step(done, len(files))
    return outcomes


def _category_view(
    pack: Pack, target: str, on: date, detail: bool, keep: Keep | None
) -> CohortView:
    from endorse_cli.engine.cohort import read

    def view(record: Record, label: str) -> Outcome:
        report = gap(pack, record, target, on)
        if keep is not None:
            keep(label, portfolio(pack, record, report))
        return read(label, report, detail)

    return view


def _best_fit_view(pack: Pack, on: date, detail: bool, keep: Keep | None) -> CohortView:
    """Each person against the category the what-if ranking puts first among those not yet held."""
    from endorse_cli.engine.cohort import read

    def view(record: Record, label: str) -> Outcome:
        rows = whatif(pack, record, on).categories
        best = next((row for row in rows if not row.held_or_below), rows[0])
        report = gap(pack, record, best.target, on)
        if keep is not None:
            keep(label, portfolio(pack, record, report))
        # blocker: the first, as with one --target (the what-if row joins them all)
        return read(label, report, detail, best.blocker if best.held else "")

    return view


def _renewal_view(
    pack: Pack, on: date, year: int, detail: bool, keep: Keep | None
) -> Callable[[Record, str], RenewalOutcome]:
    """Each endorsement held in `year`, checked by `renew` as `endorse renew --year` checks it."""
    from endorse_cli.engine.cohort_renewal import read_renewals
    from endorse_cli.engine.renewal import held, held_in

    def view(record: Record, label: str) -> RenewalOutcome:
        renews = any(held_in(e, year) for e in held(record))
        report = renew(pack, record, on, year, label=label) if renews else None
        if keep is not None and report is not None:
            keep(label, report)
        return read_renewals(label, record, year, report, detail)

    return view


def sort_cohort(report: R, order: CohortOrder | str) -> R:
    """The cohort's rows by `order`: readiness (ready first; renewals then by deadline), deadline
    (renewals only) or name; unreadable records last. UsageError for an order that does not
    apply."""
    from endorse_cli.engine.cohort_index import sort_rows
    from endorse_cli.results.cohort import CohortReport

    known = {o.value: o for o in CohortOrder}
    if str(order) not in known:
        raise UsageError(f"unknown order {order!r}. Fix: use {', '.join(known)}.")
    chosen = known[str(order)]
    if chosen is CohortOrder.deadline and isinstance(report, CohortReport):
        raise UsageError(
            "--sort deadline: only renewals have deadlines. Fix: use --sort readiness or name, or "
            "--renewal."
        )
    return sort_rows(report, chosen)


def checklist_names(files: Sequence[str]) -> dict[str, str]:
    """A safe, distinct page file name for each record file (never index.html), the same on every
    run."""
    from endorse_cli.engine.cohort_index import page_names

    return page_names(files)


def link_checklists(report: R, pages: dict[str, str]) -> R:
    """The cohort with each row pointing at its person's page."""
    from endorse_cli.engine.cohort_index import link_pages

    return link_pages(report, pages)


def everyone_ready(report: CohortReport | RenewalCohortReport) -> bool:
    """Whether every record of a cohort (every renewal, for a renewal cohort) is ready."""
    from endorse_cli.results.cohort import CohortReport

    return report.ready == (report.records if isinstance(report, CohortReport) else report.renewals)
