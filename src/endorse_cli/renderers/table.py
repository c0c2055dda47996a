"""Rich tables for terminals; status reads by symbol and word, so color is optional."""

from __future__ import annotations

from itertools import groupby

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.renderers.markdown import SYMBOLS
from endorse_cli.results import GapReport, RequirementResult, WhatIfReport

STYLES = {"met": "green", "partial": "yellow", "missing": "red", "not_required": "dim"}


def status_text(status: str) -> Text:
    """'✔ met' in green, '◐ partial' in yellow, '✘ missing' in red."""
    return Text(f"{SYMBOLS.get(status, '')} {status.replace('_', ' ')}", style=STYLES.get(status, ""))


def _amount(req: RequirementResult, value: object) -> str:
    if value is None:
        return "—"
    return f"{value} {req.unit}" if req.unit and isinstance(value, int | float) else str(value)


def _requirements(report: GapReport) -> Table:
    table = Table(title="Requirements", title_justify="left", expand=True, show_lines=False)
    for name, kw in (("Requirement", {"no_wrap": True}), ("Status", {"no_wrap": True}),
                     ("Required", {}), ("Have", {}), ("Detail", {"ratio": 3})):
        table.add_column(name, **kw)  # type: ignore[arg-type]
    for req in report.requirements:
        table.add_row(req.label, status_text(req.status), _amount(req, req.required), _amount(req, req.have), req.detail)
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
    return (f"{s.met} met · {s.partial} partial · {s.missing} missing · "
            f"{s.requirements_met} of {s.requirements_total} requirements met{ready}")


def render_gap_table(report: GapReport) -> RenderableType:
    """The gap report: header, requirements, areas by domain, summary, next steps."""
    head = Text(f"{report.target} — {report.target_name}   {report.person}   as of {report.as_of}", style="bold")
    steps = Table.grid(padding=(0, 1))
    steps.add_column(no_wrap=True)
    steps.add_column()
    for i, step in enumerate(report.next_steps, start=1):
        steps.add_row(f"{i}.", step)
    parts: list[RenderableType] = [head, _requirements(report), _areas(report), Text(summary_line(report), style="bold")]
    if report.next_steps:
        parts += [Text("Next steps", style="bold"), steps]
    return Group(*parts)


def render_whatif_table(report: WhatIfReport) -> RenderableType:
    """All categories side by side, closest to ready first."""
    table = Table(title=f"Which category fits {report.person} on {report.as_of}", title_justify="left")
    for col in ("#", "Category", "Track", "Areas met", "Partial", "Missing", "Requirements met", "Progress"):
        table.add_column(col, justify="right" if col not in ("Category", "Track") else "left")
    for row in report.categories:
        ready = " ✔ ready" if row.ready else ""
        table.add_row(str(row.rank), f"{row.target} {row.name}{ready}", row.track.replace("_", " "),
                      str(row.met), str(row.partial), str(row.missing),
                      f"{row.requirements_met} of {row.requirements_total}", f"{row.progress:.0%}")
    return table
