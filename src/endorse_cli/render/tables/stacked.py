"""Tables that never cut a word: every column at least as wide as its longest word, and below the
width where that is possible, one block per row ('Header: value' lines) instead of a table.

rich shares a table's width by column ratios without regard to the longest word (and cuts with "…"
or breaks words when short), so the widths are worked out here and handed to rich as fixed column
widths. This reads rich's per-column measurement and padding (`Table._measure_column`,
`_get_padding_width`, `_extra_width`), which have been stable across rich releases;
tests/test_narrow.py checks the result, and a rich release without them gets rich's own layout
(a word may then be cut) instead of an error."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

UNLIMITED = 10_000


class Stacked:
    """A table laid out so that no column is narrower than its longest word, or stacked when it
    cannot be."""

    def __init__(self, table: Table) -> None:
        self.table = table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The table with widths that hold every word, or its rows one block each."""
        table = self.table
        try:
            sizes, room = _measured(table, console, options)
        except AttributeError:  # a rich release without these methods: rich's own layout
            yield table
            return
        if sum(s.minimum for s in sizes) > room:
            yield from self._blocks()
            return
        saved = [(c.width, c.ratio) for c in table.columns]
        for i, (column, width) in enumerate(
            zip(table.columns, share(table, sizes, room), strict=True)
        ):
            column.width, column.ratio = width - table._get_padding_width(i), None
        yield table
        for column, (was, ratio) in zip(table.columns, saved, strict=True):
            column.width, column.ratio = was, ratio

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """As wide as the table may be, as narrow as the terminal."""
        return Measurement(
            min(20, options.max_width), Measurement.get(console, options, self.table).maximum
        )

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
        yield Text("")


def _measured(
    table: Table, console: Console, options: ConsoleOptions
) -> tuple[list[Measurement], int]:
    """What each column needs, and the room the columns share (rich's private measurement)."""
    wide = options.update_width(UNLIMITED)
    sizes = [
        _needs(table._measure_column(console, wide, column), column.no_wrap)
        for column in table.columns
    ]
    table._get_padding_width(0)  # used below: fail here, before any column is changed
    return sizes, options.max_width - table._extra_width


def _needs(size: Measurement, no_wrap: bool) -> Measurement:
    """A column that may not wrap needs its widest line; any other, its longest word."""
    return Measurement(size.maximum, size.maximum) if no_wrap else size


def share(table: Table, sizes: list[Measurement], room: int) -> list[int]:
    """Column widths: each its longest word; then the other columns grow to their widest line; then
    what is left goes to the ratio columns by ratio (all of it when the table expands), else to
    whoever is still short of its widest line."""
    widths = [s.minimum for s in sizes]
    spare = room - sum(widths)
    fixed = [i for i, c in enumerate(table.columns) if not c.ratio]
    for i in fixed:
        grow = min(spare, sizes[i].maximum - widths[i])
        widths[i] += grow
        spare -= grow
    flexible = [i for i, c in enumerate(table.columns) if c.ratio] or list(range(len(widths)))
    total = sum(table.columns[i].ratio or 1 for i in flexible)
    if not table.expand:
        spare = min(spare, sum(max(0, sizes[i].maximum - widths[i]) for i in flexible))
    given = 0
    for n, i in enumerate(flexible):
        extra = (
            spare - given
            if n == len(flexible) - 1
            else spare * (table.columns[i].ratio or 1) // total
        )
        if not table.expand:
            extra = min(extra, max(0, sizes[i].maximum - widths[i]))
        widths[i] += extra
        given += extra
    return widths


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


def stackable(renderable: RenderableType) -> RenderableType:
    """`renderable` with each headed table in it (inside groups too) made `Stacked`; grids stay as
    they are."""
    if isinstance(renderable, Table) and renderable.show_header and renderable.columns:
        return Stacked(renderable)
    if isinstance(renderable, Group):
        return Group(*(stackable(part) for part in renderable.renderables))
    return renderable
