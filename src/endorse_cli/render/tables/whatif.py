"""`--target all` as a table: every category, closest to applying first."""

from __future__ import annotations

from rich import box
from rich.console import RenderableType
from rich.table import Table

from endorse_cli.render.tables.base import to_table
from endorse_cli.results.whatif import WhatIfReport


@to_table.register
def render_whatif_table(report: WhatIfReport) -> RenderableType:
    """All categories side by side, closest to ready first."""
    table = Table(
        title=f"Which category fits {report.person} on {report.as_of} (closest to ready first)",
        title_justify="left",
        box=box.SIMPLE_HEAD,
    )
    table.add_column("#", justify="right")
    table.add_column("Category", no_wrap=True)
    for col in ("Met", "Partial", "Missing", "Requirements", "Progress"):
        table.add_column(col, justify="right", no_wrap=True)
    for row in report.categories:
        name = row.target + (" ✔ ready" if row.ready else "")
        table.add_row(
            str(row.rank),
            name,
            str(row.met),
            str(row.partial),
            str(row.missing),
            f"{row.requirements_met} of {row.requirements_total}",
            f"{row.progress:.0%}",
        )
    return table
