"""The plan as rich tables: the picks with what each closes, totals, the standing after, what stays open."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render import plan_words
from endorse_cli.render.tables.base import status_text, to_table
from endorse_cli.results.plan import PlanReport


def _picks(report: PlanReport) -> Table:
    table = Table(title=plan_words.picks_title(report), title_justify="left", expand=True, show_lines=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("When", no_wrap=True)
    table.add_column("Offering", ratio=2, overflow="fold")
    table.add_column("Hours", justify="right", no_wrap=True)
    table.add_column("Cost", justify="right", no_wrap=True)
    table.add_column("What it closes", ratio=3)
    for i, pick in enumerate(report.picks, start=1):
        name = Text(pick.title)
        name.append(f"\n{pick.catalog}:{pick.offering}", style="dim")
        table.add_row(
            str(i), plan_words.when(pick), name, plan_words.amount(pick.hours), plan_words.cost(pick), Text(pick.says)
        )
    return table


def _open(report: PlanReport) -> list[RenderableType]:
    parts: list[RenderableType] = []
    if report.uncovered:
        table = Table(title="Still open after the plan", title_justify="left", expand=True)
        table.add_column("Area", ratio=2)
        table.add_column("Status", no_wrap=True)
        table.add_column("Why", ratio=3)
        for row in report.uncovered:
            table.add_row(Text(row.name), status_text(row.status), Text(row.why))
        parts.append(table)
    if report.other_steps:
        table = Table(title="Other steps (no catalog offering closes them)", title_justify="left", expand=True)
        table.add_column("Requirement", ratio=1)
        table.add_column("Status", no_wrap=True)
        table.add_column("Next step", ratio=3)
        for step in report.other_steps:
            table.add_row(Text(step.label), status_text(step.status), Text(step.action))
        parts.append(table)
    return parts


@to_table.register
def render_plan_table(report: PlanReport) -> RenderableType:
    """Header, picks, totals and the standing after the plan, then what stays open and the other steps."""
    head = Text(plan_words.headline(report), style="bold")
    parts: list[RenderableType] = [head, Text(plan_words.objective_line(report))]
    parts += [Text(note, style="italic") for note in report.notes]
    if report.picks:
        parts.append(_picks(report))
    parts.append(Text(plan_words.totals_line(report)))
    parts.append(Text(plan_words.after_line(report), style="bold"))
    parts += _open(report)
    parts += [Text(line, style="dim") for line in plan_words.left_out_lines(report)]
    return Group(*parts)
