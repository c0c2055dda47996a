"""The portfolio in a terminal: its gap report (the appendix is for print: HTML and Markdown)."""

from __future__ import annotations

from rich.console import RenderableType

from endorse_cli.render.tables.base import to_table
from endorse_cli.render.tables.gap import render_gap_table
from endorse_cli.results.portfolio import Portfolio


@to_table.register
def _portfolio(report: Portfolio) -> RenderableType:
    return render_gap_table(report.gap)
