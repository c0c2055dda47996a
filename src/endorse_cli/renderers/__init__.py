"""Renderers: one module per output format; cli.py picks one through RENDERERS."""

from __future__ import annotations

from enum import StrEnum


class OutputFormat(StrEnum):
    """Formats every report command offers."""

    table = "table"
    markdown = "markdown"
    json = "json"
