"""A cohort's renewals as tables: who is ready and who is short of what, then requirements and
deadlines."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.tables.base import STYLES, legend, to_table
from endorse_cli.results.cohort_renewal import RenewalCohortReport, RenewalRow
from endorse_cli.vocab import STATUS_SYMBOLS as S
from endorse_cli.vocab import RenewalId

LEGEND = legend("met", "partial", "missing", "not_applicable")


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def title(report: RenewalCohortReport) -> str:
    """'Renewals 2025: 7 records, as of 2025-11-15'."""
    return f"Renewals {report.year}: {_n(report.records, 'record')}, as of {report.as_of}"


def counts_line(report: RenewalCohortReport) -> str:
    """'3 renewals, 1 ready · 7 records: 3 not endorsed, 1 could not be read' (fits 80 columns)."""
    return (
        f"{_n(report.renewals, 'renewal')}, {report.ready} ready · {_n(report.records, 'record')}: "
        f"{len(report.not_endorsed)} not endorsed, {report.unreadable} could not be read"
    )


def days(left: int | None) -> str:
    """'77 days left', 'due today', 'passed 3 days ago'."""
    if left is None:
        return ""
    if left == 0:
        return "due today"
    return f"{_n(left, 'day')} left" if left > 0 else f"passed {_n(-left, 'day')} ago"


def _deadline(row: RenewalRow) -> Text:
    if row.deadline is None:
        return Text("not on file", style="dim")
    return Text(
        f"{row.deadline}\n{days(row.days_left)}", style="red" if (row.days_left or 0) < 0 else ""
    )


def _ready(row: RenewalRow) -> Text:
    return (
        Text(f"{S['met']} ready", style="green")
        if row.ready
        else Text(f"{S['missing']} not yet", style="red")
    )


def _people(report: RenewalCohortReport) -> Table:
    table = Table(title=title(report), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Name / file", ratio=3, overflow="fold")
    table.add_column("Held", no_wrap=True)
    table.add_column("Ready", no_wrap=True)
    table.add_column("Short of", ratio=3)
    table.add_column("Deadline", no_wrap=True)
    for row in report.rows:
        if row.error is None:
            who = Text(row.name)
            who.append(f"\n{row.file}", style="dim")
            table.add_row(
                who,
                row.category or "",
                _ready(row),
                Text(row.short),
                _deadline(row),
                end_section=True,
            )
    return table


def _detail(report: RenewalCohortReport) -> list[RenderableType]:
    """--detail: each renewal's status per requirement, by symbol (narrow enough for 80 columns)."""
    table = Table(
        title="Each renewal by requirement", title_justify="left", box=box.SIMPLE_HEAD, expand=True
    )
    table.add_column("Name", ratio=2, overflow="fold")
    table.add_column("Held", no_wrap=True)
    for req in report.requirements:
        table.add_column(RenewalId(req.id).wording.column, justify="center")
    for row in report.rows:
        if row.error is None:
            statuses = row.requirements or {}
            cells = [_symbol(statuses.get(req.id)) for req in report.requirements]
            table.add_row(Text(row.name), row.category or "", *cells)
    return [table, Text(LEGEND, style="dim")]


def _symbol(status: str | None) -> Text:
    return Text(S.get(status, "—"), style=STYLES.get(status or "", ""))


def _listed(heading: str, lines: list[str]) -> list[RenderableType]:
    return (
        [Text(""), Text(f"{heading} ({len(lines)})", style="bold"), *(Text(line) for line in lines)]
        if lines
        else []
    )


def _requirements(report: RenewalCohortReport) -> Table:
    table = Table(
        title="Renewal requirements across the cohort", title_justify="left", box=box.SIMPLE_HEAD
    )
    table.add_column("Requirement")
    table.add_column(f"{S['met']} Met", justify="right", no_wrap=True)
    table.add_column(f"{S['missing']} Short", justify="right", no_wrap=True)
    table.add_column(f"{S['not_applicable']} N/a", justify="right", no_wrap=True)
    for req in report.requirements:
        table.add_row(req.label, str(req.met), str(req.short), str(req.not_applicable))
    return table


def _deadlines(report: RenewalCohortReport) -> Table:
    table = Table(title="Deadlines, soonest first", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Deadline", no_wrap=True)
    table.add_column("When", no_wrap=True)
    table.add_column("Renewals", justify="right", no_wrap=True)
    table.add_column("Not ready", justify="right", no_wrap=True)
    for due in report.deadlines:
        table.add_row(
            str(due.deadline), days(due.days_left), str(due.renewals), str(due.renewals - due.ready)
        )
    if report.no_deadline:
        table.add_row("none on file", "confirm", str(report.no_deadline), "")
    return table


@to_table.register
def render_renewal_cohort_table(report: RenewalCohortReport) -> RenderableType:
    """Each renewal's row, the records left out and why, then counts per requirement and per
    deadline."""
    parts: list[RenderableType] = (
        [_people(report)] if report.renewals else [Text(title(report), style="bold")]
    )
    if not report.renewals:
        parts.append(Text(f"No endorsement to renew in {report.year}."))
    if report.detail and report.renewals:
        parts += _detail(report)
    parts += _listed(
        "Unreadable records", [row.error or "" for row in report.rows if row.error is not None]
    )
    parts += _listed("Not endorsed", [f"{p.name} ({p.file})" for p in report.not_endorsed])
    parts += _listed(
        f"Not held in {report.year}",
        [f"{n.name} ({n.file}): {n.category}, earned {n.earned}" for n in report.not_held],
    )
    if report.requirements:
        parts += [Text(""), _requirements(report)]
    if report.deadlines or report.no_deadline:
        parts.append(_deadlines(report))
    if not report.renewals:
        parts.append(Text(""))
    parts.append(Text(counts_line(report), style="bold"))
    return Group(*parts)
