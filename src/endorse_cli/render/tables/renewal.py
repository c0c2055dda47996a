"""The renewal check as rich tables: one year per category, or several years side by side."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.tables.base import STYLES, legend, status_text, to_table
from endorse_cli.results.renewal import Renewal, RenewalHistory, RenewalReport, RenewalRequirement
from endorse_cli.vocab import STATUS_SYMBOLS as S

LEGEND = legend("met", "partial", "missing", "not_applicable") + "  * confirm with your association"


def _amount(value: object, unit: str | None) -> Text:
    """An amount as plain text (never markup: it may carry text from the record)."""
    if value is None:
        return Text("—")
    return Text(f"{value} h" if unit == "hours" and isinstance(value, int | float) else str(value))


def _requirements(renewal: Renewal) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("Requirement", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Required")
    table.add_column("Have")
    for req in renewal.requirements:
        name = Text(req.label + (" *" if req.confirm else ""))
        if req.status == "not_applicable":
            table.add_row(name, status_text(req.status), "", "")
        else:
            table.add_row(
                name,
                status_text(req.status),
                _amount(req.required, req.unit),
                _amount(req.have, req.unit),
            )
    return table


def _details(renewal: Renewal) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column()
    for req in renewal.requirements:
        grid.add_row(Text(f"{S.get(req.status, '')} {req.label}"), Text(req.detail))
    return grid


def _verdict(renewal: Renewal) -> Text:
    if renewal.ready:
        return Text(f"{S['met']} Ready to renew.", style="bold green")
    short = [r.label for r in renewal.requirements if r.status not in ("met", "not_applicable")]
    return Text(f"{S['missing']} Not ready to renew: {', '.join(short)}.", style="bold red")


def _one(renewal: Renewal, year: int) -> list[RenderableType]:
    earned = f" (earned {renewal.earned})" if renewal.earned else ""
    parts: list[RenderableType] = [
        Text(""),
        Text(f"{renewal.category} — {renewal.name}{earned}", style="bold"),
        Text(f"Deadline for {year}: {renewal.deadline_detail}"),
        _requirements(renewal),
        _verdict(renewal),
    ]
    if renewal.note:
        parts.append(Text(renewal.note))
    return [*parts, Text(""), _details(renewal)]


@to_table.register
def render_renewal_table(report: RenewalReport) -> RenderableType:
    """One renewal year: per category the deadline, the six requirements and whether it is ready."""
    parts: list[RenderableType] = []
    if report.previous is not None:
        prev = report.previous
        still = f"Still open: the {prev.year} renewal — {report.person} — as of {report.as_of}"
        parts.append(Text(still, style="bold"))
        for renewal in prev.renewals:
            parts += _one(renewal, prev.year)
        parts.append(Text(""))
    title = f"Renewal {report.year} — {report.person} — as of {report.as_of}"
    parts.append(Text(title, style="bold"))
    if report.planned:
        planned = f"Counted as planned (not completed yet): {'; '.join(report.planned)}."
        parts.append(Text(planned, style="italic"))
    for renewal in report.renewals:
        parts += _one(renewal, report.year)
    if report.not_held:
        parts.append(Text(f"\nNot yet held in {report.year}: {', '.join(report.not_held)}."))
    parts += [Text(""), Text(LEGEND, style="dim")]
    return Group(*parts)


def _cell(req: RenewalRequirement | None) -> Text:
    if req is None:
        return Text("not held", style="dim")
    symbol = S.get(req.status, "")
    if req.status == "not_applicable":
        text = f"{symbol} n/a"
    elif isinstance(req.have, int | float) and isinstance(req.required, int | float):
        text = f"{symbol} {req.have}/{req.required} h"
    else:
        text = f"{symbol} {req.status}"
    return Text(text + (" *" if req.confirm else ""), style=STYLES.get(req.status, ""))


def _ready_cell(renewal: Renewal | None) -> Text:
    if renewal is None:
        return Text("not held", style="dim")
    return (
        Text(f"{S['met']} ready", style="green")
        if renewal.ready
        else Text(f"{S['missing']} not ready", style="red")
    )


@to_table.register
def render_renewal_history_table(history: RenewalHistory) -> RenderableType:
    """Years as columns, requirements as rows, per category: a lapse shows as a column out of
    line."""
    table = Table(
        title=Text(
            f"Renewal {history.years[0]}-{history.years[-1]} — {history.person} — as of "
            f"{history.as_of}"
        ),
        title_justify="left",
        box=box.SIMPLE_HEAD,
    )
    table.add_column("Requirement")
    for year in history.years:
        table.add_column(str(year), no_wrap=True)
    for category in history.categories:
        by_year = [{r.category: r for r in rep.renewals}.get(category) for rep in history.reports]
        first = next(r for r in by_year if r is not None)
        table.add_row(Text(category, style="bold"), *["" for _ in history.years])
        for i, req in enumerate(first.requirements):
            table.add_row(
                Text(f"  {req.label}"), *[_cell(r.requirements[i] if r else None) for r in by_year]
            )
        table.add_row("  Ready", *[_ready_cell(r) for r in by_year])
        table.add_row("  Deadline", *[_deadline_cell(r) for r in by_year], end_section=True)
    warnings = [Text(w, style="bold red") for w in lapse_warnings(history)]
    days = Text(f"Days left are counted from the report date, {history.as_of}.", style="dim")
    return Group(
        table,
        *warnings,
        days,
        Text(LEGEND, style="dim"),
        Text("Details of one year: endorse renew RECORD --year YEAR"),
    )


def _deadline_cell(renewal: Renewal | None) -> Text:
    """'2026-01-31, 31 days left', '2025-01-31, passed', or '* not on file'."""
    if renewal is None:
        return Text("")
    if renewal.deadline is None or renewal.days_left is None:
        return Text("not on file *", style="dim")
    left = renewal.days_left
    when = f"{left} day{'' if left == 1 else 's'} left" if left >= 0 else "passed"
    return Text(f"{renewal.deadline}\n{when}", style="" if renewal.ready or left >= 0 else "red")


def lapse_warnings(history: RenewalHistory) -> list[str]:
    """For each category: the renewal years not ready by a deadline that has passed (a possible
    lapse)."""
    found = []
    for category in history.categories:
        years = [
            rep.year
            for rep in history.reports
            for r in rep.renewals
            if r.category == category
            and not r.ready
            and r.days_left is not None
            and r.days_left < 0
        ]
        if years:
            which = " and ".join(map(str, years)) + (" renewals" if len(years) > 1 else " renewal")
            found.append(
                f"{category} was not ready by a deadline that has passed for the {which}: unless "
                "you renewed in a way the record does not show, the Endorsement may have lapsed; "
                "check with your association."
            )
    return found
