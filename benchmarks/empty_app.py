"""The baseline for start-up: a typer app with `endorse gap`'s seven options and an empty body.

Run as `python benchmarks/empty_app.py RECORD --target IMHS --as-of 2024-06-30 --format json`.
It imports nothing of endorse_cli, so it costs what typer (and the libraries it pulls in) cost
for a command of that shape and nothing more.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer


class Fmt(StrEnum):
    """The same choices as endorse's --format."""

    table = "table"
    markdown = "markdown"
    json = "json"
    html = "html"
    csv = "csv"


app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


@app.command()
def gap(
    record: Annotated[
        Path, typer.Argument(help="Your training record (YAML).", show_default=False)
    ],
    target: Annotated[
        str, typer.Option("--target", "-t", help="Category id or name, 'all', or 'coe'.")
    ],
    as_of: Annotated[
        Optional[datetime],  # noqa: UP045 - typer needs Optional at runtime
        typer.Option(
            "--as-of",
            formats=["%Y-%m-%d"],
            help="Judge the record on this date.",
            show_default=False,
        ),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 unless you are ready to apply.")
    ] = False,
    fmt: Annotated[
        Fmt, typer.Option("--format", "-f", help="table, markdown, json or html.")
    ] = Fmt.table,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help="Write to FILE instead of stdout.", show_default=False),
    ] = None,
    data_dir: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--data-dir",
            envvar="ENDORSE_DATA_DIR",
            help="Use another data pack.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """An empty body: only the command line is parsed."""


if __name__ == "__main__":
    app()
