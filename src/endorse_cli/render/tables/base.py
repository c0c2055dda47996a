"""What every table shares: the dispatch on result type, status cells, the next-steps list."""

from __future__ import annotations

from functools import singledispatch

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.results.common import Report
from endorse_cli.vocab import STATUS_SYMBOLS, STATUS_WORDS


@singledispatch
def to_table(report: Report) -> RenderableType:
    """A result model as a rich renderable; each table module registers its result types."""
    raise TypeError(f"no table for {type(report).__name__}")


STYLES = {
    "met": "green",
    "partial": "yellow",
    "missing": "red",
    "not_required": "dim",
    "not_applicable": "dim",
}


def status_text(status: str) -> Text:
    """'✔ met' in green, '◐ partial' in yellow, '✘ missing' in red."""
    return Text(f"{STATUS_SYMBOLS[status]} {STATUS_WORDS[status]}", style=STYLES.get(status, ""))


def legend(*statuses: str) -> str:
    """'✔ met  ◐ partial': each status's symbol and word, for a table's key."""
    return "  ".join(f"{STATUS_SYMBOLS[status]} {STATUS_WORDS[status]}" for status in statuses)


AFTER_APPLYING = "→ after applying"


def requirement_status(status: str, stage: str) -> Text:
    """A requirement's status; one that comes after the application is reviewed and is still ahead
    reads as a step after applying, never as a red 'missing'."""
    if stage == "after_review" and status != "met":
        return Text(AFTER_APPLYING, style="cyan")
    return status_text(status)


def next_steps(steps: list[str]) -> list[RenderableType]:
    """'Next steps' and a numbered list, or nothing."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for i, step in enumerate(steps, start=1):
        grid.add_row(f"{i}.", step)
    return [Text("Next steps", style="bold"), grid] if steps else []
