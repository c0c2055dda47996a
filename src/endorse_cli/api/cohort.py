"""Many records at once: one row per record (or per renewal) and counts over the cohort."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from endorse_cli.api import resolve
from endorse_cli.api.renewal import check_year, renew
from endorse_cli.api.reports import gap, load_record, whatif
from endorse_cli.errors import RecordError

# Only what a call needs is imported, inside it: a command pays only for what it uses.
if TYPE_CHECKING:
    from endorse_cli.engine.cohort import Outcome
    from endorse_cli.engine.cohort_renewal import RenewalOutcome
    from endorse_cli.models.pack import Pack
    from endorse_cli.models.record import Record
    from endorse_cli.results.cohort import CohortReport
    from endorse_cli.results.cohort_renewal import RenewalCohortReport

T = TypeVar("T")
Step = Callable[[int, int], None]


def cohort(
    pack: Pack,
    paths: Sequence[Path],
    target: str,
    on: date,
    *,
    detail: bool = False,
    step: Step | None = None,
) -> CohortReport:
    """Every record under `paths` (files, or folders searched for *.yaml / *.yml) against `target`
    (a category id, or `all` for each person's best fit); a record that cannot be read becomes a row
    with its error. `step(done, total)` is called after each record (for a progress bar)."""
    from endorse_cli.engine.cohort import ALL, summarize, unreadable

    target = target if target == ALL else resolve.category(pack, target)
    view = _best_fit_view(pack, on, detail) if target == ALL else _category_view(pack, target, on, detail)
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
) -> RenewalCohortReport:
    """The renewal of `year` (default: the year of `on`) for every endorsement held by the records under
    `paths`: one row per person and category, each exactly what `renew` gives for that record."""
    from endorse_cli.engine.cohort_renewal import summarize_renewals, unreadable

    year = on.year if year is None else year
    check_year(year, on)
    outcomes = _read_all(pack, paths, _renewal_view(pack, on, year, detail), unreadable, step)
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
    """Each record under `paths` through `view`, or `failed(file, message)` when it cannot be read."""
    from endorse_cli.pack.discover import find_records

    files = find_records(paths)
    outcomes = []
    for done, found in enumerate(files, start=1):
        try:
            record = None if found.problem else load_record(found.path, pack)
        except RecordError as exc:
            outcomes.append(failed(found.label, str(exc)))
        else:
            outcomes.append(view(record, found.label) if record else failed(found.label, found.problem or ""))
        if step is not None:
            step(done, len(files))
    return outcomes


def _category_view(pack: Pack, target: str, on: date, detail: bool) -> CohortView:
    from endorse_cli.engine.cohort import read

    return lambda record, label: read(label, gap(pack, record, target, on), detail)


def _best_fit_view(pack: Pack, on: date, detail: bool) -> CohortView:
    """Each person against the category the what-if ranking puts first among those not yet held."""
    from endorse_cli.engine.cohort import read

    def view(record: Record, label: str) -> Outcome:
        rows = whatif(pack, record, on).categories
        best = next((row for row in rows if not row.held_or_below), rows[0])
        # blocker: the first, as with one --target (the what-if row joins them all)
        return read(label, gap(pack, record, best.target, on), detail, best.blocker if best.held else "")

    return view


def _renewal_view(pack: Pack, on: date, year: int, detail: bool) -> Callable[[Record, str], RenewalOutcome]:
    """Each endorsement held in `year`, checked by `renew` as `endorse renew --year` checks it."""
    from endorse_cli.engine.cohort_renewal import read_renewals
    from endorse_cli.engine.renewal import held, held_in

    def view(record: Record, label: str) -> RenewalOutcome:
        renews = any(held_in(e, year) for e in held(record))
        report = renew(pack, record, on, year, label=label) if renews else None
        return read_renewals(label, record, year, report, detail)

    return view
