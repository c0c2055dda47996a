"""The options several commands share, declared once."""

from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from endorse_cli.cli import complete
from endorse_cli.cli.formats import ReportFormat, as_date

DataDir = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional at runtime on 3.11 with future annotations
    typer.Option(
        "--data-dir", envvar="ENDORSE_DATA_DIR", help="Use another data pack (a folder like data/).", show_default=False
    ),
]


Format = Annotated[
    Optional[ReportFormat],  # noqa: UP045
    typer.Option(
        "--format",
        "-f",
        help="table, markdown, json or html (default: the extension of -o, else table).",
        show_default=False,
    ),
]
Output = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--output", "-o", help="Write to FILE instead of stdout.", show_default=False),
]
AsOf = Annotated[
    Optional[datetime],  # noqa: UP045
    typer.Option("--as-of", parser=as_date, help="Judge the record on this date (default: today).", show_default=False),
]


def _text(*decls: str, help_text: str, complete: Any = None) -> Any:
    """An optional text option (no default shown), completed from the data pack when `complete` is given."""
    return typer.Option(*decls, help=help_text, show_default=False, autocompletion=complete)


Course = Annotated[
    str | None, _text("--course", help_text="A course id (erikson), e.g. I374.", complete=complete.courses)
]
Category = Annotated[
    str | None, _text("--category", "-c", help_text="Only this category (id or name).", complete=complete.categories)
]
Relation = Annotated[str | None, _text("--relation", help_text="equal, partial, unique, mapped or unknown (coe).")]
Section = Annotated[Optional[str], _text("--section", help_text="Only this section number (coe).")]  # noqa: UP045


class CheckFormat(StrEnum):
    """Formats of the commands that check files (`validate`, `check`)."""

    table = "table"
    json = "json"
    github = "github"


CheckFormatOption = Annotated[
    CheckFormat,
    typer.Option(
        "--format", "-f", help="table (for people), json (for CI systems) or github (GitHub Actions annotations)."
    ),
]
