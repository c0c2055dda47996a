"""Many records at once: one row per record and counts over the cohort."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from endorse_cli.api.reports import gap, load_record, whatif
from endorse_cli.errors import RecordError

# Only what a call needs is imported, inside it: a command pays only for what it uses.
if TYPE_CHECKING:
    from endorse_cli.engine.cohort import Outcome
    from endorse_cli.models.pack import Pack
    from endorse_cli.models.record import Record
    from endorse_cli.results.cohort import CohortReport

if TYPE_CHECKING:
    pass


def cohort(
    pack: Pack,
    paths: Sequence[Path],
    target: str,
    on: date,
    *,
    detail: bool = False,
    step: Callable[[int, int], None] | None = None,
) -> CohortReport:
    """Every record under `paths` (files, or folders searched for *.yaml / *.yml) against `target`
    (a category id, or `all` for each person's best fit); a record that cannot be read becomes a row
    with its error. `step(done, total)` is called after each record (for a progress bar)."""
    from endorse_cli.engine.cohort import ALL, summarize
    from endorse_cli.pack.discover import find_records

    view = _best_fit_view(pack, on, detail) if target == ALL else _category_view(pack, target, on, detail)
    files = find_records(paths)
    outcomes = []
    for done, path in enumerate(files, start=1):
        outcomes.append(_cohort_outcome(pack, path, on, view))
        if step is not None:
            step(done, len(files))
    return summarize(pack, target, on, outcomes, detail)


# A cohort view turns one readable record (and its file label) into its outcome; a renewal view
# would be one more of these, with its own summary.


CohortView = Callable[["Record", str], "Outcome"]


def _cohort_outcome(pack: Pack, path: Path, on: date, view: CohortView) -> Outcome:
    from endorse_cli.engine.cohort import unreadable

    try:
        record = load_record(path, pack)
    except RecordError as exc:
        return unreadable(str(path), str(exc))
    return view(record, str(path))


def _category_view(pack: Pack, target: str, on: date, detail: bool) -> CohortView:
    from endorse_cli.engine.cohort import read

    return lambda record, label: read(label, gap(pack, record, target, on), detail)


def _best_fit_view(pack: Pack, on: date, detail: bool) -> CohortView:
    """Each person against the category the what-if ranking puts first among those not yet held."""
    from endorse_cli.engine.cohort import read

    def view(record: Record, label: str) -> Outcome:
        rows = whatif(pack, record, on).categories
        best = next((row for row in rows if not row.held), rows[0])
        return read(label, gap(pack, record, best.target, on), detail, best.blocker)

    return view
