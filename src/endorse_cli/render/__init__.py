"""Renderers: one module per format; `render` dispatches on the result type, typed per format."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import RenderableType


class OutputFormat(StrEnum):
    """Report formats (csv is for `endorse cohort` only: one row per record)."""

    table = "table"
    markdown = "markdown"
    json = "json"
    html = "html"
    csv = "csv"


def render(report: Any, fmt: OutputFormat, pack_version: str = "") -> str | RenderableType:
    """`report` (a result model) in `fmt`: text for markdown, json, html and csv; a rich renderable for table.
    An HTML page names the data pack's version in its footer."""
    if fmt is OutputFormat.json:
        from endorse_cli.render.json import to_json

        return to_json(report)
    if fmt is OutputFormat.markdown:
        from endorse_cli.render.markdown import to_markdown

        return to_markdown(report)
    if fmt is OutputFormat.html:
        from endorse_cli.render.html import to_html

        return to_html(report, pack_version)
    if fmt is OutputFormat.csv:
        from endorse_cli.render.csv import to_csv

        return to_csv(report)
    from endorse_cli.render.tables import to_table

    table: RenderableType = to_table(report)
    return table
