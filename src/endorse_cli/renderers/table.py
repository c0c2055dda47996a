"""Rich tables for terminals; status reads by symbol and word, so color is optional."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.renderers.markdown import SYMBOLS
from endorse_cli.results import GapReport, RequirementResult, WhatIfReport

if TYPE_CHECKING:
    from endorse_cli.crosswalk_results import ConsultantReport

STYLES = {"met": "green", "partial": "yellow", "missing": "red", "not_required": "dim"}


def status_text(status: str) -> Text:
    """'✔ met' in green, '◐ partial' in yellow, '✘ missing' in red."""
    return Text(f"{SYMBOLS.get(status, '')} {status.replace('_', ' ')}", style=STYLES.get(status, ""))


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


def next_steps(steps: list[str]) -> list[RenderableType]:
    """'Next steps' and a numbered list, or nothing."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for i, step in enumerate(steps, start=1):
        grid.add_row(f"{i}.", step)
    return [Text("Next steps", style="bold"), grid] if steps else []


def summary_line(report: GapReport) -> str:
    """'12 met · 20 partial · 14 missing · 5 of 8 requirements met'."""
    s = report.summary
    ready = " · ready to apply" if s.ready else ""
    return (
        f"{s.met} met · {s.partial} partial · {s.missing} missing · "
        f"{s.requirements_met} of {s.requirements_total} requirements met{ready}"
    )


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
