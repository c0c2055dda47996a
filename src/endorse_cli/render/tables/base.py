"""What every table shares: the dispatch on result type, status cells, the next-steps list."""

from __future__ import annotations

from functools import singledispatch

from pydantic import BaseModel
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from endorse_cli.vocab import STATUS_SYMBOLS


@singledispatch
def to_table(report: BaseModel) -> RenderableType:
    """A result model as a rich renderable; each table module registers its result types."""
    raise TypeError(f"no table for {type(report).__name__}")


STYLES = {"met": "green", "partial": "yellow", "missing": "red", "not_required": "dim", "not_applicable": "dim"}


def status_text(status: str) -> Text:
    """'✔ met' in green, '◐ partial' in yellow, '✘ missing' in red."""
    return Text(f"{STATUS_SYMBOLS.get(status, '')} {status.replace('_', ' ')}", style=STYLES.get(status, ""))


def next_steps(steps: list[str]) -> list[RenderableType]:
    """'Next steps' and a numbered list, or nothing."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for i, step in enumerate(steps, start=1):
        grid.add_row(f"{i}.", step)
    return [Text("Next steps", style="bold"), grid] if steps else []


class Stacked:
    """A table that stacks on a narrow terminal: laid out as a table where its columns can hold their
    longest words, else as one block per row ('Header: value' lines), so no text is cut or broken mid-word."""

    def __init__(self, table: Table) -> None:
        self.table = table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The table, or its rows one block each when the table would not fit `options.max_width`."""
        # measured without a width limit: what each column needs to hold its longest word
        wide = options.update_width(10_000)
        needs = [self.table._measure_column(console, wide, column).minimum for column in self.table.columns]
        if sum(needs) + self.table._extra_width > options.max_width:
            yield from self._blocks()
            return
        for column, need in zip(self.table.columns, needs, strict=True):
            if column.ratio:  # a share of the width, but never less than its longest word
                column.width = max(column.width or 0, need - _padding(self.table))
        yield self.table

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """As wide as the table may be, as narrow as the terminal."""
        return Measurement(min(20, options.max_width), Measurement.get(console, options, self.table).maximum)

    def _blocks(self) -> RenderResult:
        table = self.table
        if table.title:
            yield Text(table.title, style="bold") if isinstance(table.title, str) else table.title
        headers = [" ".join(str(c.header).split()) for c in table.columns]
        cells = [list(c.cells) for c in table.columns]
        for row in range(table.row_count):
            yield Text("")
            for header, column in zip(headers, cells, strict=True):
                yield from _labelled(header, column[row])
        if table.caption:
            yield Text(table.caption) if isinstance(table.caption, str) else table.caption


def _labelled(header: str, value: RenderableType) -> RenderResult:
    """'Header: value' as one paragraph that wraps between words; nothing for an empty cell."""
    label = Text(f"{header}: " if header else "", style="bold")
    if isinstance(value, str):
        value = Text(value)
    if not isinstance(value, Text):
        yield label
        yield value
    elif value.plain.strip():
        line = Text.assemble(label, value)
        line.no_wrap, line.overflow = False, "fold"
        yield line


def _padding(table: Table) -> int:
    """Left and right padding of a cell (rich's `Table.padding` is top, right, bottom, left)."""
    _top, right, _bottom, left = Padding.unpack(table.padding)
    return left + right


def stackable(renderable: RenderableType) -> RenderableType:
    """`renderable` with each headed table in it (inside groups too) made `Stacked`; grids stay as they are."""
    if isinstance(renderable, Table) and renderable.show_header and renderable.columns:
        return Stacked(renderable)
    if isinstance(renderable, Group):
        return Group(*(stackable(part) for part in renderable.renderables))
    return renderable
