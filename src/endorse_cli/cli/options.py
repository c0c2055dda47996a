"""The options several commands share, declared once."""

import os
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
        "--data-dir",
        envvar="ENDORSE_DATA_DIR",
        help="Use another data pack (a folder like data/).",
        show_default=False,
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


def new_file(text: str | Path, option: str = "") -> Path:
    """A file to write, as typed: a name that ends like a folder's (`report.md/`, `x/.`) is refused
    here, since the Path the command gets has lost its trailing slash (and would write `report.md`
    itself)."""
    from endorse_cli.errors import UsageError, file_label

    if isinstance(text, Path):  # a default value, not typed
        return text
    last = text.rstrip("/").rsplit("/", 1)[-1] if text.rstrip("/") else ""
    if text != "-" and (text.endswith("/") or last in (".", "..")):
        named = f"{option}{file_label(text)}"
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
    typer.Option(
        "--output",
        "-o",
        help="Write to FILE instead of stdout.",
        show_default=False,
        parser=_output_path,
    ),
]


def _in_range(option: str, value: datetime | None, default: str) -> datetime | None:
    """UsageError for a date outside the range the engine reckons with (FIRST/LAST_REPORT_DATE)."""
    from endorse_cli.errors import UsageError
    from endorse_cli.vocab import FIRST_REPORT_DATE, LAST_REPORT_DATE

    if value is not None and not FIRST_REPORT_DATE <= value.date() <= LAST_REPORT_DATE:
        raise UsageError(
            f"{option} {value.date()} is out of range: a report date runs from "
            f"{FIRST_REPORT_DATE} to "
            f"{LAST_REPORT_DATE}. Fix: give a date in that range, or leave out {option} for "
            f"{default}."
        )
    return value


def _report_date(value: datetime | None) -> datetime | None:
    """--as-of within the range the engine reckons with."""
    return _in_range("--as-of", value, "today")


def _by_date(value: datetime | None) -> datetime | None:
    """--by within the range the engine reckons with."""
    return _in_range("--by", value, "the report date")


AsOf = Annotated[
    Optional[datetime],  # noqa: UP045
    typer.Option(
        "--as-of",
        parser=as_date,
        help="Judge the record on this date (default: today; 1900-01-01 to 2999-12-31).",
        show_default=False,
        callback=_report_date,
    ),
]


By = Annotated[
    Optional[datetime],  # noqa: UP045
    typer.Option(
        "--by",
        parser=as_date,
        help="Be ready by this date (default: the report date).",
        show_default=False,
        callback=_by_date,
    ),
]


def _text(*decls: str, help_text: str, complete: Any = None) -> Any:
    """An optional text option (no default shown), completed from the data pack when `complete` is
    given."""
    return typer.Option(*decls, help=help_text, show_default=False, autocompletion=complete)


Course = Annotated[
    str | None,
    _text("--course", help_text="A course id (erikson), e.g. I374.", complete=complete.courses),
]
Category = Annotated[
    str | None,
    _text(
        "--category",
        "-c",
        help_text="Only this category (id or name).",
        complete=complete.categories,
    ),
]
Relation = Annotated[
    str | None, _text("--relation", help_text="equal, partial, unique, mapped or unknown (coe).")
]
Section = Annotated[Optional[str], _text("--section", help_text="Only this section number (coe).")]  # noqa: UP045


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
