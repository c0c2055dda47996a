"""A cohort as tables: one row per person, unreadable records, then areas and requirements across
everyone."""

from __future__ import annotations

from itertools import groupby

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.tables.base import status_text, to_table
from endorse_cli.results.cohort import CohortReport, CohortRow
from endorse_cli.vocab import STATUS_SYMBOLS as S


def _records(n: int) -> str:
    return f"{n} record" if n == 1 else f"{n} records"


def title(report: CohortReport) -> str:
    """'Cohort: 40 records against IMHS Infant Mental Health Specialist, as of 2024-06-30'."""
    against = (
        "each against its best-fitting category"
        if report.target == "all"
        else f"against {report.target}"
    )
    name = "" if report.target == "all" else f" {report.target_name}"
    return f"Cohort: {_records(report.records)} {against}{name}, as of {report.as_of}"


def counts_line(report: CohortReport) -> str:
    """'40 records · 2 could not be read · 5 ready to apply'."""
    return (
        f"{_records(report.records)} · {report.unreadable} could not be read · {report.ready} "
        "ready to apply"
    )


def _ready(row: CohortRow) -> Text:
    text = (
        Text(f"{S['met']} ready", style="green")
        if row.ready
        else Text(f"{S['missing']} not yet", style="red")
    )
    return text.append(f" ({row.planned} planned)", style="italic") if row.planned else text


def _people(report: CohortReport) -> Table:
    table = Table(title=title(report), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Name", ratio=2, overflow="fold")
    table.add_column("File", ratio=2, overflow="fold")
    if report.target == "all":
        table.add_column("Category", no_wrap=True)
    table.add_column(
        f"Areas {S['met']} {S['partial']} {S['missing']}", justify="right", no_wrap=True
    )
    table.add_column("Requirements", justify="right", no_wrap=True)
    table.add_column("Ready", no_wrap=True)
    table.add_column("Main blocker", ratio=3)
    ids = [r.id for r in report.requirements] if report.detail else []
    for rid in ids:
        table.add_column(rid.replace("_", " "))
    for row in report.rows:
        if row.error is None:
            table.add_row(*_cells(report, row), *_detail(row, ids))
    return table


def _cells(report: CohortReport, row: CohortRow) -> list[RenderableType]:
    target = [row.target or ""] if report.target == "all" else []
    areas = f"{row.met} {row.partial} {row.missing}"
    needs = f"{row.requirements_met} of {row.requirements_total}"
    return [Text(row.name), Text(row.file), *target, areas, needs, _ready(row), Text(row.blocker)]


def _detail(row: CohortRow, ids: list[str]) -> list[RenderableType]:
    statuses = row.requirements or {}
    return [status_text(statuses[rid]) if rid in statuses else Text("—") for rid in ids]


def _unreadable(report: CohortReport) -> list[RenderableType]:
    bad = [row for row in report.rows if row.error is not None]
    if not bad:
        return []
    lines: list[RenderableType] = [Text(f"Unreadable records ({len(bad)})", style="bold")]
    lines += [Text(row.error or "") for row in bad]
    return lines


def _areas(report: CohortReport) -> Table:
    table = Table(title="Areas across the cohort", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Area")
    for col, sym in (("Met", "met"), ("Partial", "partial"), ("Missing", "missing")):
        table.add_column(f"{S[sym]} {col}", justify="right", no_wrap=True)
    table.add_column("Of", justify="right", no_wrap=True)
    for domain, areas in groupby(report.areas, key=lambda a: a.domain_name):
        table.add_row(Text(domain, style="bold"), "", "", "", "")
        for a in areas:
            table.add_row(f"  {a.name}", str(a.met), str(a.partial), str(a.missing), str(a.people))
    return table


def _requirements(report: CohortReport) -> Table:
    table = Table(title="Requirements across the cohort", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Requirement")
    table.add_column("Met", justify="right", no_wrap=True)
    for req in report.requirements:
        table.add_row(req.label, f"{req.met} of {req.people}")
    return table


@to_table.register
def render_cohort_table(report: CohortReport) -> RenderableType:
    """Everyone's row, the records that could not be read, then the per-area and per-requirement
    counts."""
    parts: list[RenderableType] = [_people(report), *_unreadable(report)]
    if report.areas:
        parts.append(_areas(report))
    if report.requirements:
        parts.append(_requirements(report))
    parts.append(Text(counts_line(report), style="bold"))
    return Group(*parts)
