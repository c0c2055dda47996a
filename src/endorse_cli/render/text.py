"""A rich renderable as plain text, for `-o FILE` with the table format."""

from __future__ import annotations

from io import StringIO

from rich.console import Console, RenderableType

WIDTH = 100


def to_text(renderable: RenderableType) -> str:
    """The renderable laid out at 100 columns, without color codes; text printed as written (no markup)."""
    console = Console(
        file=StringIO(),
        width=WIDTH,
        color_system=None,
        force_terminal=False,
        legacy_windows=False,
        markup=False,
        emoji=False,
        highlight=False,
    )
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]
