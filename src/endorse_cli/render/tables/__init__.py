"""Rich tables for terminals, one module per report; status reads by symbol and word, so color is optional.

Each results module has a table module of the same name here (results/gap.py -> tables/gap.py) that
registers its types on `base.to_table`; only the one a report needs is imported.
"""

from __future__ import annotations

from importlib import import_module

from pydantic import BaseModel
from rich.console import RenderableType

from endorse_cli.inert import terminal_report
from endorse_cli.render.tables import base
from endorse_cli.render.tables.stacked import stackable

__all__ = ["table_module", "to_table"]


def table_module(kind: type[BaseModel]) -> str:
    """The table module for a result type: the same name as its results module."""
    return f"{__name__}.{kind.__module__.rsplit('.', 1)[-1]}"


def to_table(report: BaseModel) -> RenderableType:
    """`report` as a rich renderable, from the table module of its type; every text in it through
    `inert.terminal` first, so no table module can let a control character or bidi override through."""
    import_module(table_module(type(report)))
    return stackable(base.to_table(terminal_report(report)))
