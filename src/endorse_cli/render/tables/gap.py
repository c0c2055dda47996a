"""The gap report as rich tables: requirements, areas by domain, summary, next steps."""

from __future__ import annotations

from itertools import groupby

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.tables.base import next_steps, status_text, to_table
from endorse_cli.results.gap import GapReport, RequirementResult


def _amount(req: RequirementResult, value: object) -> str:
    if value is None:
        return "—"
    return f"{value} {req.unit}" if req.unit and isinstance(value, int | float) else str(value)


def _requirements(report: GapReport) -> Table:
    table = Table(title="Requirements", title_justify="left", expand=True, show_lines=True)
    table.add_column("Requirement", ratio=1)
    table.add_column("Status", no_wrap=True)
    table.add_column("Have / required", ratio=1)
    table.add_column("Detail", ratio=3)
    for req in report.requirements:
        amounts = f"{_amount(req, req.have)} / {_amount(req, req.required)}"
        table.add_row(req.label, status_text(req.status), amounts, req.detail)
    return table


def _areas(report: GapReport) -> Table:
    table = Table(title="Competency areas", title_justify="left", expand=True)
    table.add_column("Area", ratio=2)
    table.add_column("Status", no_wrap=True)
    table.add_column("Evidence (best first)", ratio=3)
    for domain, areas in groupby(report.competencies, key=lambda a: a.domain_name):
        table.add_row(Text(domain, style="bold"), "", "", end_section=False)
        for area in areas:
            evidence = ", ".join(f"{e.source} ({e.status})" for e in area.evidence) or "—"
            name = f"  {area.name}" + (" (confirm with your association)" if area.unconfirmed else "")
            table.add_row(name, status_text(area.status), evidence)
    return table


def summary_line(report: GapReport) -> str:
    """'12 met · 20 partial · 14 missing · 5 of 8 requirements met'."""
    s = report.summary
    ready = " · ready to apply" if s.ready else ""
    return (
        f"{s.met} met · {s.partial} partial · {s.missing} missing · "
        f"{s.requirements_met} of {s.requirements_total} requirements met{ready}"
    )


@to_table.register
def render_gap_table(report: GapReport) -> RenderableType:
    """The gap report: header, requirements, areas by domain, summary, next steps."""
    head = Text(f"{report.target} — {report.target_name}   {report.person}   as of {report.as_of}", style="bold")
    parts: list[RenderableType] = [
        head,
        _requirements(report),
        _areas(report),
        Text(summary_line(report), style="bold"),
    ]
    return Group(*parts, *next_steps(report.next_steps))
