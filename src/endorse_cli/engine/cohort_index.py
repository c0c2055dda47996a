"""A cohort's order (readiness, deadline, name) and its folder of checklists: safe page names,
linked rows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import PurePath
from typing import Any, TypeVar

from endorse_cli.results.cohort import CohortReport, CohortRow
from endorse_cli.results.cohort_renewal import RenewalCohortReport, RenewalRow
from endorse_cli.vocab import CHECKLIST_INDEX, CohortOrder

R = TypeVar("R", CohortReport, RenewalCohortReport)

INDEX = CHECKLIST_INDEX
# Long enough to tell records apart, short enough for every file system (255 bytes) with a suffix
# added.
MAX_STEM = 60
_UNSAFE = re.compile(r"[^a-z0-9]+")


def _gap_key(order: CohortOrder, row: CohortRow) -> tuple[Any, ...]:
    who = (row.name.casefold(), row.file)
    if order is CohortOrder.name:
        return (row.error is not None, *who)
    # Ready first; then those with the most requirements met and the fewest areas missing.
    return (
        row.error is not None,
        not row.ready,
        -(row.requirements_met or 0),
        row.missing or 0,
        *who,
    )


def _renewal_key(order: CohortOrder, row: RenewalRow) -> tuple[Any, ...]:
    who = (row.name.casefold(), row.file, row.category or "")
    due = row.deadline or date.max  # no deadline on file: last
    if order is CohortOrder.name:
        return (row.error is not None, *who)
    if order is CohortOrder.deadline:
        return (row.error is not None, due, not row.ready, *who)
    return (row.error is not None, not row.ready, due, *who)


def sort_rows(report: R, order: CohortOrder) -> R:
    """The report with its rows in `order`, unreadable records last (a cohort without deadlines,
    sorted by deadline, keeps the order of readiness)."""
    if isinstance(report, CohortReport):
        return report.model_copy(
            update={"rows": sorted(report.rows, key=lambda r: _gap_key(order, r))}
        )
    return report.model_copy(
        update={"rows": sorted(report.rows, key=lambda r: _renewal_key(order, r))}
    )


def page_names(files: Sequence[str]) -> dict[str, str]:
    """A safe, distinct page name for each record file: its stem in lower-case letters, digits and
    dashes (no folder, no dot file, never `index.html`); a name taken already (case-blind) gets -2,
    -3, ... in the order given, so the same files always get the same names."""
    names: dict[str, str] = {}
    taken = {INDEX}
    for file in files:
        if file in names:
            continue
        stem = (
            _UNSAFE.sub("-", PurePath(file).stem.casefold()).strip("-")[:MAX_STEM].strip("-")
            or "record"
        )
        name, n = f"{stem}.html", 1
        while name in taken:
            n += 1
            name = f"{stem}-{n}.html"
        taken.add(name)
        names[file] = name
    return names


def link_pages(report: R, pages: dict[str, str]) -> R:
    """The report with each row pointing at its person's page (rows of records without one:
    none)."""
    rows = [row.model_copy(update={"page": pages.get(row.file)}) for row in report.rows]
    return report.model_copy(update={"rows": rows})
