"""Rich tables for `endorse crosswalk`: one course, the program summary, the CoE competencies."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.grid import heading
from endorse_cli.render.tables.base import status_text, to_table
from endorse_cli.results.crosswalk import CoeLink, CoeView, CourseView, ProgramRow, ProgramView
from endorse_cli.vocab import STATUS_SYMBOLS as S

PRIORITY_TITLES = {
    "essential": "Essential (*)",
    "important": "Important (…)",
    "unknown": "Priority not known (?)",
}


def _grid(
    title: str, names: list[str], cells: Sequence[Mapping[str, str]], groups: list[list[str]]
) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("Area", ratio=3)
    for group in groups:
        label = "All categories" if len(groups) == 1 else heading(group).replace(" ", "\n")
        table.add_column(label, justify="center")
    for name, row in zip(names, cells, strict=True):
        table.add_row(name, *(S.get(row.get(g[0])) or "" for g in groups))
    return table


@to_table.register
def render_course_table(view: CourseView) -> RenderableType:
    """A course's areas by category: ✔ met, ◐ partial, - not required."""
    title = f"{view.course} {view.title} ({view.credits} credit hours) · {view.crosswalk_name}"
    if view.category:
        table = Table(title=title, title_justify="left")
        table.add_column("Area")
        table.add_column(f"Toward {view.category}", no_wrap=True)
        for row in view.areas:
            table.add_row(row.name, status_text(row.statuses[view.category]))
        return table
    grid = _grid(
        title, [r.name for r in view.areas], [r.statuses for r in view.areas], view.columns
    )
    return Group(
        grid,
        Text(
            f"{S['met']} met · {S['partial']} partially met · {S['not_required']} not required for "
            "that category"
        ),
    )


def _recommendations(rows: list[ProgramRow], for_whom: bool = True) -> list[RenderableType]:
    lines: list[RenderableType] = [
        Text(f"• {row.name}{f' ({heading(rec.categories)})' if for_whom else ''}: {rec.text}")
        for row in rows
        for rec in row.recommendations
    ]
    return [Text("Recommended supplemental training", style="bold"), *lines] if lines else []


@to_table.register
def render_program_table(view: ProgramView) -> RenderableType:
    """The program summary grid, or one category's areas after the whole program."""
    if view.category:
        return _program_for_category(view)
    title = f"{view.crosswalk_name}: all {len(view.courses)} courses ({view.credits} credit hours)"
    grid = _grid(title, [r.name for r in view.areas], [r.marks for r in view.areas], view.columns)
    marks = f"{S['completed']} completed (met) · {S['addressed']} addressed (partially met)"
    legend = Text(f"{marks} · blank: not credited by the program summary")
    return Group(grid, legend, *_recommendations(view.areas), *_notes(view.notes))


def _program_for_category(view: ProgramView) -> RenderableType:
    title = (
        f"{view.category} — {view.category_name}: where a graduate of the {view.crosswalk_name} "
        "stands"
    )
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("Area", ratio=2)
    table.add_column("Summary", no_wrap=True)
    table.add_column("After all courses", no_wrap=True)
    table.add_column("Best evidence", ratio=2)
    for domain, rows in groupby(view.areas, key=lambda r: r.domain_name):
        table.add_row(Text(domain, style="bold"), "", "", "")
        for r in rows:
            mark = next(iter(r.marks.values()), None)
            best = r.evidence[0].source if r.evidence else "—"
            label = f"{S[mark]} {mark}" if mark else ""
            table.add_row(f"  {r.name}", label, status_text(r.status or "missing"), best)
    s = view.summary or {}
    line = Text(
        f"{s.get('met', 0)} met · {s.get('partial', 0)} partial · {s.get('missing', 0)} missing "
        f"of the {len(view.areas)} areas {view.category} requires",
        style="bold",
    )
    missing = [r.name for r in view.areas if r.status == "missing"]
    still = (
        [Text("Still missing after the whole program: " + "; ".join(missing))] if missing else []
    )
    return Group(
        table, line, *still, *_recommendations(view.areas, for_whom=False), *_notes(view.notes)
    )


def _notes(notes: list[str]) -> list[RenderableType]:
    return [Text("Notes", style="bold"), *(Text(f"• {n}") for n in notes)] if notes else []


def link_text(link: CoeLink) -> str:
    """'Reflection / Emotional response (IFS)'."""
    where = " / ".join(
        x for x in (link.domain_name or link.domain, link.area_name or link.area) if x
    )
    level = f" ({link.level})" if link.level else ""
    return f"{where or 'not readable'}{level}"


@to_table.register
def render_coe_table(view: CoeView) -> RenderableType:
    """Consultation competencies, essential first, with relation symbols and the legend."""
    table = Table(title=view.crosswalk_name, title_justify="left", expand=True)
    table.add_column("", no_wrap=True)
    table.add_column("Id", no_wrap=True)
    table.add_column("Sec.", no_wrap=True)
    table.add_column("Competency", ratio=3)
    table.add_column("Endorsement domain / area (level)", ratio=2)
    for priority, rows in groupby(view.competencies, key=lambda r: r.priority):
        table.add_row("", "", "", Text(PRIORITY_TITLES[priority], style="bold"), "")
        for r in rows:
            links = "\n".join(link_text(link) for link in r.endorsement) or "—"
            table.add_row(r.symbol, r.id, r.section, r.summary, links)
    legend = [Text("Legend", style="bold"), Text("* essential · … important · ? not known")]
    legend += [Text(text) for text in view.legend.values()]
    coverage = [] if view.complete else [Text(f"Coverage: {view.coverage_note}", style="bold")]
    return Group(table, *legend, *_notes(view.notes), *coverage)
