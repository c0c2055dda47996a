"""The consultant path as a table: CoE competencies by priority."""

from __future__ import annotations

from itertools import groupby

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.tables.base import next_steps, status_text, to_table
from endorse_cli.results.consultant import ConsultantReport


@to_table.register
def render_consultant_table(report: ConsultantReport) -> RenderableType:
    """The consultant path: CoE competencies by priority, with status and why."""
    held = f"holds {', '.join(report.held)} (level {report.level})" if report.held else "holds no Endorsement"
    head = Text(f"CoE consultation competencies — {report.person} {held} — as of {report.as_of}", style="bold")
    table = Table(title="Consultation competencies", title_justify="left", expand=True)
    table.add_column("Id", no_wrap=True)
    table.add_column("Competency", ratio=3)
    table.add_column("Status", no_wrap=True)
    table.add_column("Why", ratio=2)
    for priority, rows in groupby(report.competencies, key=lambda r: r.priority):
        table.add_row("", Text(priority.capitalize(), style="bold"), "", "")
        for r in rows:
            why = ", ".join(f"{e.source} ({e.status})" for e in r.evidence) or "; ".join(r.recommendations) or "—"
            flag = " (confirm with your association)" if r.unconfirmed else ""
            table.add_row(r.area, f"{r.name}{flag}", status_text(r.status), why)
    s = report.summary
    parts: list[RenderableType] = [head, table, Text(f"{s.met} met · {s.partial} partial · {s.missing} missing")]
    return Group(*parts, *next_steps(report.next_steps))
