"""The plan as rich tables: the picks with what each closes, totals, the standing after, what stays
open."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render import plan_words
from endorse_cli.render.tables.base import status_text, to_table
from endorse_cli.results.plan import PlanReport


def _picks(report: PlanReport) -> Table:
    table = Table(
        title=plan_words.picks_title(report), title_justify="left", expand=True, show_lines=True
    )
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
            str(i),
            plan_words.when(pick),
            name,
            plan_words.amount(pick.hours),
            plan_words.cost(pick),
            Text(pick.says),
        )
    return table


def _listing(title: str, head: tuple[str, str], rows: list[tuple[str, str, str]]) -> Table:
    """A name, its status and a line of text per row (what stays open; the other steps)."""
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column(head[0], ratio=2)
    table.add_column("Status", no_wrap=True)
    table.add_column(head[1], ratio=3)
    for name, status, text in rows:
        table.add_row(Text(name), status_text(status), Text(text))
    return table


def _open(report: PlanReport) -> list[RenderableType]:
    parts: list[RenderableType] = []
    if report.uncovered:
        rows = [(u.name, u.status, u.why) for u in report.uncovered]
        parts.append(_listing("Still open after the plan", ("Area", "Why"), rows))
    if report.other_steps:
        steps = [(s.label, s.status, s.action) for s in report.other_steps]
        title = "Other steps (no catalog offering closes them)"
        parts.append(_listing(title, ("Requirement", "Next step"), steps))
    return parts


@to_table.register
def render_plan_table(report: PlanReport) -> RenderableType:
    """Header, picks, totals and the standing after the plan, then what stays open and the other
    steps."""
    head = Text(plan_words.headline(report), style="bold")
    parts: list[RenderableType] = [head, Text(plan_words.objective_line(report))]
    parts += [Text(note, style="italic") for note in report.notes]
    if report.picks:
        parts.append(_picks(report))
    parts.append(Text(plan_words.totals_line(report)))
    parts.append(Text(plan_words.after_line(report), style="bold"))
    parts.append(Text(plan_words.verdict(report)))
    parts += _open(report)
    parts += [Text(line, style="dim") for line in plan_words.left_out_lines(report)]
    return Group(*parts)
