"""The options several commands share, declared once."""

import os
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from endorse_cli.cli import complete
from endorse_cli.cli.formats import ReportFormat, as_date


def option(*decls: str, help_text: str, **extra: Any) -> Any:
    """An option with no default shown (the help says what the default is, in words)."""
    return typer.Option(*decls, help=help_text, show_default=False, **extra)


def argument(help_text: str, **extra: Any) -> Any:
    """An argument with no default shown."""
    return typer.Argument(help=help_text, show_default=False, **extra)


DataDir = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional at runtime on 3.11 with future annotations
    option(
        "--data-dir",
        envvar="ENDORSE_DATA_DIR",
        help_text="Use another data pack (a folder like data/).",
    ),
]


Format = Annotated[
    Optional[ReportFormat],  # noqa: UP045
    option(
        "--format",
        "-f",
        help_text="table, markdown, json or html (default: the extension of -o, else table).",
    ),
]


def new_file(text: str | Path, flag: str = "") -> Path:
    """A file to write, as typed: a name that ends like a folder's (`report.md/`, `x/.`) is refused
    here, since the Path the command gets has lost its trailing slash (and would write `report.md`
    itself)."""
    from endorse_cli.errors import UsageError, file_label

    if isinstance(text, Path):  # a default value, not typed
        return text
    last = text.rstrip("/").rsplit("/", 1)[-1] if text.rstrip("/") else ""
    if text != "-" and (text.endswith("/") or last in (".", "..")):
        named = f"{flag}{file_label(text)}"
        try:
            os.stat(text)  # noqa: PTH116 - the text as typed (a Path drops the slash): the system's answer, as a shell gets
        except OSError as exc:
            raise UsageError(
                f"{named}: {exc.strerror}. Fix: give a file name, without a '/' at the end."
            ) from None
        raise UsageError(f"{named}: is a directory. Fix: give a file name.")
    return Path(text)


def _output_path(text: str) -> Path:
    return new_file(text, "-o ")


Output = Annotated[
    Optional[Path],  # noqa: UP045
    option(
        "--output",
        "-o",
        help_text="Write to FILE instead of stdout.",
        parser=_output_path,
    ),
]


def _in_range(flag: str, value: datetime | None, default: str) -> datetime | None:
    """UsageError for a date outside the range the engine reckons with (FIRST/LAST_REPORT_DATE)."""
    from endorse_cli.errors import UsageError
    from endorse_cli.vocab import FIRST_REPORT_DATE, LAST_REPORT_DATE

    if value is not None and not FIRST_REPORT_DATE <= value.date() <= LAST_REPORT_DATE:
        raise UsageError(
            f"{flag} {value.date()} is out of range: a report date runs from {FIRST_REPORT_DATE} "
            f"to {LAST_REPORT_DATE}. Fix: give a date in that range, or leave out {flag} for "
            f"{default}."
        )
    return value


def _date_option(flag: str, help_text: str, default: str) -> Any:
    """A YYYY-MM-DD option whose date must lie in the range the engine reckons with; leaving it out
    means `default` (in words, for the message)."""

    def in_range(value: datetime | None) -> datetime | None:
        return _in_range(flag, value, default)

    return option(flag, parser=as_date, help_text=help_text, callback=in_range)


AsOf = Annotated[
    Optional[datetime],  # noqa: UP045
    _date_option(
        "--as-of",
        "Judge the record on this date (default: today; 1900-01-01 to 2999-12-31).",
        "today",
    ),
]
By = Annotated[
    Optional[datetime],  # noqa: UP045
    _date_option("--by", "Be ready by this date (default: the report date).", "the report date"),
]


Course = Annotated[
    str | None,
    option(
        "--course", help_text="A course id (erikson), e.g. I374.", autocompletion=complete.courses
    ),
]
Category = Annotated[
    str | None,
    option(
        "--category",
        "-c",
        help_text="Only this category (id or name).",
        autocompletion=complete.categories,
    ),
]
Relation = Annotated[
    str | None, option("--relation", help_text="equal, partial, unique, mapped or unknown (coe).")
]
Section = Annotated[Optional[str], option("--section", help_text="Only this section number (coe).")]  # noqa: UP045


class CheckFormat(StrEnum):
    """Formats of the commands that check files (`validate`, `check`)."""

    table = "table"
    json = "json"
    github = "github"


CheckFormatOption = Annotated[
    CheckFormat,
    typer.Option(
        "--format",
        "-f",
        help="table (for people), json (for CI systems) or github (GitHub Actions annotations).",
    ),
]
