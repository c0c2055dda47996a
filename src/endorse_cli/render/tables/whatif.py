"""`--target all` as a table: the next credential first, each row with why it stands there and what
blocks it; categories held or below what the person holds are listed apart, never suggested."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.tables.base import to_table
from endorse_cli.results.whatif import CategoryFit, WhatIfReport
from endorse_cli.vocab import STATUS_SYMBOLS as S


def _standing(row: CategoryFit) -> Text:
    if row.held_or_below:
        return Text(row.why)
    first = f"{S['met']} ready to apply" if row.ready else f"Still needed: {row.blocker}"
    text = Text(first, style="green" if row.ready else "")
    text.append(f"\nWhy here: {row.why}", style="dim")
    if row.planned:
        text.append(f"\nCounts planned entries: {'; '.join(row.planned)}", style="italic")
    return text


def _table(title: str, rows: list[CategoryFit], ranked: bool) -> Table:
    table = Table(
        title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True, show_lines=ranked
    )
    table.add_column("#", justify="right")
    table.add_column("Category", no_wrap=True)
    table.add_column(
        f"Areas {S['met']}/{S['partial']}/{S['missing']}", justify="right", no_wrap=True
    )
    table.add_column("Require-\nments", justify="right", no_wrap=True)
    table.add_column("Standing", ratio=1)
    for row in rows:
        areas = f"{row.met}/{row.partial}/{row.missing}"
        needs = f"{row.requirements_met} of {row.requirements_total}"
        rank = str(row.rank) if ranked else "\u2013"  # an en dash: no rank
        table.add_row(rank, row.target, areas, needs, _standing(row))
    return table


@to_table.register
def render_whatif_table(report: WhatIfReport) -> RenderableType:
    """The categories to aim at, the next credential first; then those held or below what is
    held."""
    suggested = [row for row in report.categories if not row.held_or_below]
    below = [row for row in report.categories if row.held_or_below]
    parts: list[RenderableType] = [Text(n, style="italic") for n in report.notes]
    title = f"Which category fits {report.person} on {report.as_of} (the next credential first)"
    parts.append(_table(title, suggested, ranked=True))
    if below:
        parts.append(_table("Held or below what you hold (not suggested)", below, ranked=False))
    parts.append(
        Text("Months to go are an estimate (docs/rules.md says how it is made).", style="dim")
    )
    parts.append(
        Text(
            "Run endorse gap --target ID record.yaml for the full report of one category.",
            style="dim",
        )
    )
    return Group(*parts)
