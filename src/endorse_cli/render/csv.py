"""CSV for spreadsheets: one row per record, a header row, no index column (only `endorse cohort`
has it).

Every text cell (names, file names, error and blocker text: anything a record, a pack or a folder
could put there) goes through `inert.csv_cell`: on one line, and a `'` first when it would start a
formula. Numbers, dates and true/false are the tool's own and stay as they are (`days_left` -3).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import singledispatch
from io import StringIO

from pydantic import BaseModel

from endorse_cli.inert import csv_cell
from endorse_cli.results.cohort import CohortReport
from endorse_cli.results.cohort_renewal import RenewalCohortReport
from endorse_cli.results.common import Report

# The headers are contracts (README.md's tour and docs/rules.md "Cohorts"); --detail adds one column
# per requirement after these.
HEADER = (
    "name",
    "file",
    "target",
    "met",
    "partial",
    "missing",
    "requirements_met",
    "requirements_total",
    "ready",
    "blocker",
    "error",
)
RENEWAL_HEADER = (
    "name",
    "file",
    "category",
    "earned",
    "year",
    "ready",
    "short",
    "deadline",
    "days_left",
    "error",
)


@singledispatch
def to_csv(report: Report) -> str:
    """The cohort's rows as CSV text (UTF-8 when written; empty cells where a record could not be
    read)."""
    raise TypeError(f"no CSV for {type(report).__name__}")


@to_csv.register
def _cohort(report: CohortReport) -> str:
    return _table(HEADER, report.rows, [r.id for r in report.requirements] if report.detail else [])


@to_csv.register
def _renewal_cohort(report: RenewalCohortReport) -> str:
    return _table(
        RENEWAL_HEADER, report.rows, [r.id for r in report.requirements] if report.detail else []
    )


def _table(header: Sequence[str], rows: Sequence[BaseModel], extra: list[str]) -> str:
    """A header row, then each row's cells for `header` and its requirement statuses for `extra`."""
    out = StringIO()
    writer = csv.writer(out)
    writer.writerow([*header, *extra])
    for row in rows:
        statuses = getattr(row, "requirements", None) or {}
        writer.writerow(
            [
                *(_text(getattr(row, name)) for name in header),
                *(statuses.get(rid, "") for rid in extra),
            ]
        )
    return out.getvalue()


def _text(value: object) -> str:
    if isinstance(value, str):
        return csv_cell(value)
    return (
        ""
        if value is None
        else ("true" if value is True else "false" if value is False else str(value))
    )
