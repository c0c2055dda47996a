"""One place that maps (report kind, format) to a renderer; every format is covered."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from endorse_cli.renderers import OutputFormat


def _table(kind: str) -> Callable[..., Any]:
    def render(report: Any, **extra: Any) -> Any:
        from endorse_cli.renderers import browse, crosswalk, explain, table

        functions: dict[str, Callable[..., Any]] = {
            "gap": table.render_gap_table,
            "whatif": table.render_whatif_table,
            "categories": browse.render_categories_table,
            "areas": lambda rows, category=None: browse.render_areas_table(rows, category),
            "course": crosswalk.render_course_table,
            "program": crosswalk.render_program_table,
            "coe": crosswalk.render_coe_table,
            "consultant": table.render_consultant_table,
            "explain": explain.render_explain_table,
        }
        return functions[kind](report, **extra)

    return render


def _markdown(kind: str) -> Callable[..., Any]:
    def render(report: Any, **extra: Any) -> str:
        from endorse_cli.renderers.markdown import render_markdown

        return render_markdown(f"{kind}.md.j2", report=report, **extra)

    return render


def _json(kind: str) -> Callable[..., Any]:
    def render(report: Any, **_extra: Any) -> str:
        from endorse_cli.renderers.jsonout import render_json

        return render_json(report)

    return render


RENDERERS: dict[OutputFormat, Callable[[str], Callable[..., Any]]] = {
    OutputFormat.table: _table,
    OutputFormat.markdown: _markdown,
    OutputFormat.json: _json,
}


def render(kind: str, report: Any, fmt: OutputFormat, **extra: Any) -> Any:
    """Render `report` of `kind` (gap, whatif, categories, areas, ...) in `fmt`."""
    return RENDERERS[fmt](kind)(report, **extra)
