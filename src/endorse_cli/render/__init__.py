"""Renderers: one module per format; `render` dispatches on the result type, typed per format."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import RenderableType


class OutputFormat(StrEnum):
    """Formats every report command offers."""

    table = "table"
    markdown = "markdown"
    json = "json"
    html = "html"


def render(report: Any, fmt: OutputFormat, pack_version: str = "") -> str | RenderableType:
    """`report` (a result model) in `fmt`: text for markdown, json and html; a rich renderable for table.
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
    from endorse_cli.render.tables import to_table

    table: RenderableType = to_table(report)
    return table
