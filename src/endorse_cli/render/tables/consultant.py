"""The consultant path as a table: CoE competencies by priority."""

from __future__ import annotations

from itertools import groupby

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.tables.base import next_steps, status_text, to_table
from endorse_cli.render.words import RELATION_LEGEND
from endorse_cli.results.consultant import ConsultantReport
from endorse_cli.vocab import RELATION_SYMBOLS


@to_table.register
def render_consultant_table(report: ConsultantReport) -> RenderableType:
    """The consultant path: CoE competencies by priority, with how each maps, status and why."""
    held = f"holds {', '.join(report.held)}" if report.held else "holds no Endorsement"
    head = Text(
        f"CoE consultation competencies — {report.person} {held} — as of {report.as_of}",
        style="bold",
    )
    table = Table(title="Consultation competencies", title_justify="left", expand=True)
    table.add_column("Id", no_wrap=True)
    table.add_column("Competency", ratio=3)
    table.add_column("Maps", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Why", ratio=2)
    for priority, rows in groupby(report.competencies, key=lambda r: r.priority):
        table.add_row("", Text(priority.capitalize(), style="bold"), "", "", "")
        for r in rows:
            why = (
                ", ".join(f"{e.source} ({e.status})" for e in r.evidence)
                or "; ".join(r.recommendations)
                or "—"
            )
            flag = " (confirm with your association)" if r.unconfirmed else ""
            shown = status_text(r.status) if r.settled else Text("? not settled", style="dim")
            table.add_row(
                r.area, Text(f"{r.name}{flag}"), RELATION_SYMBOLS[r.relation], shown, Text(why)
            )
    legend = Text(f"Maps: {RELATION_LEGEND}", style="dim")
    parts: list[RenderableType] = [head, table, Text(summary_line(report)), legend]
    return Group(*parts, *next_steps(report.next_steps))


def summary_line(report: ConsultantReport) -> str:
    """'1 met · 4 partial · 4 missing · 3 not settled'."""
    unsettled = sum(1 for r in report.competencies if not r.settled)
    s = report.summary
    return (
        f"{s.met} met · {s.partial} partial · {s.missing - unsettled} missing · {unsettled} not "
        "settled"
    )
