"""Rich tables for terminals, one module per report; status reads by symbol and word, so color is
optional.

Each results module has a table module of the same name here (results/gap.py -> tables/gap.py) whose
functions register their result types on `base.to_table` (a `functools.singledispatch`, so mypy
checks each against the type it names). Only the module a report needs is imported: importing every
result type up front would cost a gap run its start-up target (benchmarks/bench_startup.py)."""

from __future__ import annotations

from importlib import import_module

from rich.console import RenderableType

from endorse_cli.inert import terminal_report
from endorse_cli.render.tables import base
from endorse_cli.render.tables.stacked import stackable
from endorse_cli.results.common import Report

__all__ = ["table_module", "to_table"]


def table_module(kind: type[Report]) -> str:
    """The table module for a result type: the same name as its results module."""
    return f"{__name__}.{kind.__module__.rsplit('.', 1)[-1]}"


def to_table(report: Report) -> RenderableType:
    """`report` as a rich renderable, from the table module of its type; every text in it through
    `inert.terminal` first, so no table module can let a control character or bidi override
    through."""
    import_module(table_module(type(report)))
    return stackable(base.to_table(terminal_report(report)))
