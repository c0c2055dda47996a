"""`--target all` as a table: every category, closest to applying first, each with what blocks it."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.tables.base import to_table
from endorse_cli.results.whatif import CategoryFit, WhatIfReport
from endorse_cli.vocab import STATUS_SYMBOLS as S


def _standing(row: CategoryFit) -> str:
    if row.held:
        return "held"
    return f"{S['met']} ready to apply" if row.ready else row.blocker


@to_table.register
def render_whatif_table(report: WhatIfReport) -> RenderableType:
    """All categories side by side, closest to applying first; held categories last."""
    table = Table(
        title=f"Which category fits {report.person} on {report.as_of} (closest to applying first)",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        expand=True,
    )
    table.add_column("#", justify="right")
    table.add_column("Category", no_wrap=True)
    table.add_column("Areas met/partial/missing", justify="right")
    table.add_column("Requirements", justify="right", no_wrap=True)
    table.add_column("Standing", ratio=1)
    for row in report.categories:
        areas = f"{row.met}/{row.partial}/{row.missing}"
        needs = f"{row.requirements_met} of {row.requirements_total}"
        table.add_row(str(row.rank), row.target, areas, needs, Text(_standing(row)))
    notes = [Text(n, style="italic") for n in report.notes]
    hint = Text("Run endorse gap --target ID record.yaml for the full report of one category.", style="dim")
    return Group(*notes, table, hint)
