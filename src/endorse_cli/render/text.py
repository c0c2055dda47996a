"""A rich renderable as plain text, for `-o FILE` with the table format."""

from __future__ import annotations

from io import StringIO
from typing import Any

from rich.console import Console, RenderableType

WIDTH = 100


def plain_console(**options: Any) -> Console:
    """A console that prints text exactly as written: no markup, no emoji codes, no highlighting."""
    return Console(markup=False, emoji=False, highlight=False, **options)


def to_text(renderable: RenderableType) -> str:
    """The renderable laid out at 100 columns, without color codes; text printed as written (no
    markup)."""
    options = {
        "width": WIDTH,
        "color_system": None,
        "force_terminal": False,
        "legacy_windows": False,
    }
    console = plain_console(file=StringIO(), **options)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]
