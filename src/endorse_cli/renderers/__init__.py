"""Renderers: one module per output format; cli.py picks one through RENDERERS."""

from __future__ import annotations

from enum import Enum


class OutputFormat(str, Enum):
    """Formats every report command offers."""

    table = "table"
    markdown = "markdown"
    json = "json"
