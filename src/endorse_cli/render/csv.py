"""CSV for spreadsheets: one row per record, a header row, no index column (only `endorse cohort` has it)."""

from __future__ import annotations

import csv
from io import StringIO

from pydantic import BaseModel

from endorse_cli.results.cohort import CohortReport, CohortRow

# The header is a contract (PRODUCT.md); --detail adds one column per requirement after these.
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


def to_csv(report: BaseModel) -> str:
    """The cohort's rows as CSV text (UTF-8 when written; empty cells where a record could not be read)."""
    if not isinstance(report, CohortReport):
        raise TypeError(f"no CSV for {type(report).__name__}")
    extra = [r.id for r in report.requirements] if report.detail else []
    out = StringIO()
    writer = csv.writer(out)
    writer.writerow([*HEADER, *extra])
    for row in report.rows:
        writer.writerow([*_cells(row), *_detail(row, extra)])
    return out.getvalue()


def _cells(row: CohortRow) -> list[str]:
    values = [getattr(row, name) for name in HEADER]
    return ["" if v is None else ("true" if v is True else "false" if v is False else str(v)) for v in values]


def _detail(row: CohortRow, ids: list[str]) -> list[str]:
    statuses = row.requirements or {}
    return [statuses.get(rid, "") for rid in ids]
