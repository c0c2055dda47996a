"""The options several commands share, declared once."""

from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer

from endorse_cli.render import OutputFormat

DataDir = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional at runtime on 3.11 with future annotations
    typer.Option(
        "--data-dir", envvar="ENDORSE_DATA_DIR", help="Use another data pack (a folder like data/).", show_default=False
    ),
]


def _not_csv(value: OutputFormat) -> OutputFormat:
    """CSV has one row per record, so only `endorse cohort` offers it."""
    if value is OutputFormat.csv:
        raise typer.BadParameter("csv is for endorse cohort. Fix: use table, markdown, json or html.")
    return value


Format = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="table, markdown, json or html.", callback=_not_csv)
]
Output = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--output", "-o", help="Write to FILE instead of stdout.", show_default=False),
]
AsOf = Annotated[
    Optional[datetime],  # noqa: UP045
    typer.Option(
        "--as-of", formats=["%Y-%m-%d"], help="Judge the record on this date (default: today).", show_default=False
    ),
]
