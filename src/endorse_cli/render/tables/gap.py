"""The gap report as rich tables: requirements for applying, after review, notes, areas, next
steps."""

from __future__ import annotations

from itertools import groupby

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.tables.base import next_steps, requirement_status, status_text, to_table
from endorse_cli.render.words import evidence_text, unit_for
from endorse_cli.results.gap import GapReport, RequirementResult
from endorse_cli.vocab import STATUS_SYMBOLS


def _amount(req: RequirementResult, value: object) -> str:
    if value is None:
        return "—"
    return (
        f"{value} {unit_for(req.unit, value)}"
        if req.unit and isinstance(value, int | float)
        else str(value)
    )


def _noted(report: GapReport) -> list[RequirementResult]:
    """Requirements with a note, in the order they are shown (applying first, then after review)."""
    ordered = sorted(report.requirements, key=lambda r: r.stage != "application")
    return [r for r in ordered if r.note]


def _requirements(
    title: str, rows: list[RequirementResult], noted: list[RequirementResult]
) -> Table:
    table = Table(title=title, title_justify="left", expand=True, show_lines=True)
    table.add_column("Requirement", ratio=1, overflow="fold")
    table.add_column("Status", no_wrap=True)
    table.add_column("Required", ratio=1)
    table.add_column("Have", ratio=1)
    table.add_column("Detail", ratio=3)
    for req in rows:
        label = req.label + (f" [{noted.index(req) + 1}]" if req in noted else "")
        amounts = (Text(_amount(req, req.required)), Text(_amount(req, req.have)))
        table.add_row(
            Text(label), requirement_status(req.status, req.stage), *amounts, Text(req.detail)
        )
    return table


def _footnotes(noted: list[RequirementResult]) -> list[RenderableType]:
    return [Text(f"[{i}] {r.label}: {r.note}", style="dim") for i, r in enumerate(noted, start=1)]


def _areas(report: GapReport) -> Table:
    table = Table(title="Competency areas", title_justify="left", expand=True)
    table.add_column("Area", ratio=2)
    table.add_column("Status", no_wrap=True)
    table.add_column("Evidence (best first)", ratio=3)
    for domain, areas in groupby(report.competencies, key=lambda a: a.domain_name):
        table.add_row(Text(domain, style="bold"), "", "", end_section=False)
        for area in areas:
            evidence = ", ".join(evidence_text(e) for e in area.evidence) or "—"
            name = f"  {area.name}" + (
                " (confirm with your association)" if area.unconfirmed else ""
            )
            table.add_row(Text(name), status_text(area.status), Text(evidence))
    return table


def summary_line(report: GapReport) -> str:
    """'12 met · 20 partial · 14 missing · 5 of 7 requirements for applying met'."""
    s = report.summary
    ready = " · ready to apply" if s.ready else ""
    return (
        f"{s.met} met · {s.partial} partial · {s.missing} missing · {s.requirements_met} of "
        f"{s.requirements_total} requirements for applying met{ready}"
    )


@to_table.register
def render_gap_table(report: GapReport) -> RenderableType:
    """The gap report: header, notes, requirements, after review, footnotes, areas, summary, next
    steps."""
    head = Text(
        f"{report.target} — {report.target_name}   {report.person}   as of {report.as_of}",
        style="bold",
    )
    noted = _noted(report)
    applying = [r for r in report.requirements if r.stage == "application"]
    later = [r for r in report.requirements if r.stage == "after_review"]
    parts: list[RenderableType] = [head, *(Text(n, style="italic") for n in report.notes)]
    if report.planned:
        parts.append(
            Text(
                f"Counted as planned (not completed yet): {'; '.join(report.planned)}.",
                style="italic",
            )
        )
    parts.append(_requirements("Requirements for applying", applying, noted))
    if later:
        parts.append(_requirements("After your application is reviewed", later, noted))
    parts += [*_footnotes(noted), _areas(report), Text(summary_line(report), style="bold")]
    style = "bold green" if report.summary.ready else "bold"
    return Group(*parts, *next_steps(report.next_steps), Text(verdict_line(report), style=style))


def verdict_line(report: GapReport) -> str:
    """The answer to 'can I apply?', as the last line: '✔ Ready to apply' or 'Not ready to apply
    yet: ...'."""
    return (
        f"{STATUS_SYMBOLS['met']} {report.verdict}."
        if report.summary.ready
        else f"{report.verdict}."
    )
