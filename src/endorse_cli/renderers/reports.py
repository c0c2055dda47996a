"""One place that maps (report kind, format) to a renderer; every format is covered."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from endorse_cli.renderers import OutputFormat

# kind -> (module of endorse_cli.renderers, function); imported only when that kind is drawn.
TABLES: dict[str, tuple[str, str]] = {
    "gap": ("table", "render_gap_table"),
    "whatif": ("table", "render_whatif_table"),
    "consultant": ("table", "render_consultant_table"),
    "categories": ("browse", "render_categories_table"),
    "areas": ("browse", "render_areas_table"),
    "course": ("crosswalk", "render_course_table"),
    "program": ("crosswalk", "render_program_table"),
    "coe": ("crosswalk", "render_coe_table"),
    "explain": ("explain", "render_explain_table"),
}


def _table(kind: str) -> Callable[..., Any]:
    def render(report: Any, **extra: Any) -> Any:
        module, function = TABLES[kind]
        draw = getattr(importlib.import_module(f"endorse_cli.renderers.{module}"), function)
        return draw(report, **extra)

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
