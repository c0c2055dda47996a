"""Rich output for `endorse explain AREA`."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.grid import group_categories, heading
from endorse_cli.render.tables.base import status_text, to_table
from endorse_cli.render.tables.crosswalk import link_text
from endorse_cli.results.explain import AreaExplanation
from endorse_cli.vocab import STATUS_SYMBOLS as S


def _required(expl: AreaExplanation) -> Text:
    groups: dict[str, list[str]] = {}
    for cat, value in expl.required_for.items():
        groups.setdefault(value, []).append(cat)
    words = {
        "required": "Required for",
        "unconfirmed": "Confirm with your association for",
        "not_required": "Not required for",
    }
    return Text("\n".join(f"{words[k]}: {', '.join(v)}" for k, v in groups.items()))


def _courses(expl: AreaExplanation) -> list[RenderableType]:
    if not expl.courses:
        return [Text("No course of a shipped crosswalk credits this area.")]
    cells = [c.statuses for c in expl.courses]
    groups = group_categories(cells, list(expl.required_for))
    table = Table(
        title=f"Courses that credit it ({S['met']} met · {S['partial']} partial · "
        f"{S['not_required']} not required)",
        title_justify="left",
    )
    table.add_column("Course")
    for group in groups:
        label = "All categories" if len(groups) == 1 else heading(group).replace(" ", "\n")
        table.add_column(label, justify="center")
    for course in expl.courses:
        name = f"{course.crosswalk} {course.course} {course.title}"
        table.add_row(name, *(S.get(course.statuses.get(g[0])) or "" for g in groups))
    return [table]


def _programs(expl: AreaExplanation) -> list[RenderableType]:
    lines: list[RenderableType] = []
    for p in expl.programs:
        marks = ", ".join(f"{heading(v)} {S[k]} {k}" for k, v in _by_mark(p.marks).items())
        lines.append(Text(f"{p.crosswalk_name}, all courses: {marks}"))
        lines += [
            Text(f"  Recommended ({heading(r.categories)}): {r.text}") for r in p.recommendations
        ]
    return [Text("Program summary", style="bold"), *lines] if lines else []


def _by_mark(marks: Mapping[str, str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for cat, mark in marks.items():
        grouped.setdefault(mark, []).append(cat)
    return grouped


def _coe(expl: AreaExplanation) -> list[RenderableType]:
    if not expl.coe:
        return []
    table = Table(
        title="CoE consultation competencies mapped to it", title_justify="left", expand=True
    )
    table.add_column("", no_wrap=True)
    table.add_column("Id", no_wrap=True)
    table.add_column("Competency", ratio=3)
    table.add_column("Mapped as", ratio=2)
    for row in expl.coe:
        links = "\n".join(link_text(link) for link in row.endorsement if link.area == expl.area)
        table.add_row(row.symbol, row.id, row.summary, links)
    return [table]


def _personal(expl: AreaExplanation) -> list[RenderableType]:
    """With a record: whose, for which category, the status, the evidence and what would raise
    it."""
    if expl.person is None:
        return []
    why = (
        ", the closest category that requires it (choose another with --target)"
        if expl.target_chosen
        else ""
    )
    lines: list[RenderableType] = [
        Text(f"Your record: {expl.person}", style="bold"),
        Text(f"For {expl.target} ({expl.target_name}){why}, as of {expl.as_of}."),
        Text.assemble("Status: ", status_text(expl.status or "")),
    ]
    lines.extend(Text(f"  {S[e.status]} {e.source} ({e.status})") for e in expl.evidence)
    if not expl.evidence and expl.status != "not_required":
        lines.append(Text("  No evidence in the record yet."))
    if expl.raise_by:
        lines.append(Text("What would raise it", style="bold"))
        lines += [Text(f"  - {way}") for way in expl.raise_by]
    return lines


@to_table.register
def render_explain_table(expl: AreaExplanation) -> RenderableType:
    """Domain, description, categories, crediting courses, program summary, CoE rows."""
    asked = f"  (you asked for '{expl.asked}')" if expl.asked != expl.area else ""
    head = Text(f"{expl.name} ({expl.area}) — {expl.domain_name}{asked}", style="bold")
    also = (
        [Text("Also written: " + "; ".join(expl.alternate_names))] if expl.alternate_names else []
    )
    return Group(
        head,
        Text(expl.description),
        *also,
        *_personal(expl),
        _required(expl),
        *_courses(expl),
        *_programs(expl),
        *_coe(expl),
    )
