"""Renderers: one module per format, each imported only when a report asks for it.

`render` checks that the report's type claims the format (`Report.formats`), then hands it to that
format's renderer, which dispatches on the result type: JSON serialises any report; Markdown and
HTML find the type's template in `markdown.TEMPLATES`; CSV and tables dispatch with
`functools.singledispatch` (the table module of a type is imported on first use:
tables/__init__.py). tests/test_renderers.py finds every report type in `endorse_cli.results` and
checks each format it claims."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from endorse_cli.vocab import OutputFormat

if TYPE_CHECKING:
    from rich.console import RenderableType

    from endorse_cli.results.common import Report

__all__ = ["RENDERERS", "OutputFormat", "render"]


def render(report: Report, fmt: OutputFormat, pack_version: str = "") -> str | RenderableType:
    """`report` in `fmt`: text for markdown, json, html and csv; a rich renderable for table.
    An HTML page names the data pack's version in its footer."""
    if fmt not in report.formats:
        raise TypeError(f"{type(report).__name__} has no {fmt} format")
    return RENDERERS[fmt](report, pack_version)


def _json(report: Report, pack_version: str) -> str:
    from endorse_cli.render.json import to_json

    return to_json(report)


def _markdown(report: Report, pack_version: str) -> str:
    from endorse_cli.render.markdown import to_markdown

    return to_markdown(report)


def _html(report: Report, pack_version: str) -> str:
    from endorse_cli.render.html import to_html

    return to_html(report, pack_version)


def _csv(report: Report, pack_version: str) -> str:
    from endorse_cli.render.csv import to_csv

    return to_csv(report)


def _table(report: Report, pack_version: str) -> RenderableType:
    from endorse_cli.render.tables import to_table

    return to_table(report)


# One renderer per format (tests/test_renderers.py fails for a format without one).
RENDERERS: dict[OutputFormat, Callable[[Report, str], str | RenderableType]] = {
    OutputFormat.json: _json,
    OutputFormat.markdown: _markdown,
    OutputFormat.html: _html,
    OutputFormat.csv: _csv,
    OutputFormat.table: _table,
}
