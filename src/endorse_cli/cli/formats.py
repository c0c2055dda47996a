"""Which format a report is written in: --format when given, else the extension of `-o FILE`, else a
table; and dates on the command line, read with a message a person understands."""

from __future__ import annotations

import math
from datetime import datetime
from enum import StrEnum
from pathlib import Path

import typer

from endorse_cli.errors import UsageError
from endorse_cli.render import OutputFormat

EXTENSIONS = {
    ".html": OutputFormat.html,
    ".htm": OutputFormat.html,
    ".md": OutputFormat.markdown,
    ".markdown": OutputFormat.markdown,
    ".json": OutputFormat.json,
    ".csv": OutputFormat.csv,
    ".txt": OutputFormat.table,
}


class ReportFormat(StrEnum):
    """What a report command writes (`endorse cohort` adds csv)."""

    table = "table"
    markdown = "markdown"
    json = "json"
    html = "html"


class CohortFormat(StrEnum):
    """What `endorse cohort` writes: a report's formats and csv (one row per record, or per
    renewal)."""

    table = "table"
    markdown = "markdown"
    json = "json"
    html = "html"
    csv = "csv"


# Extensions that name a format endorse does not write: asking for one is a usage error, not a table
# in a file that says otherwise. Any other extension (.log, .out, .yaml) gets the table, as before.
OTHER_FORMATS = {
    ".pdf",
    ".doc",
    ".docx",
    ".odt",
    ".rtf",
    ".xls",
    ".xlsx",
    ".ods",
    ".xml",
    ".png",
    ".jpg",
    ".svg",
}


def pick(
    fmt: StrEnum | None, output: Path | None, choices: type[StrEnum] = ReportFormat
) -> OutputFormat:
    """--format if given; else the format `-o`'s extension names (a table for .txt, none or one
    unknown)."""
    if fmt is not None:
        return OutputFormat(fmt.value)
    if output is None or str(output) == "-":
        return OutputFormat.table
    suffix = output.suffix.lower()
    found = EXTENSIONS.get(suffix)
    allowed = [c.value for c in choices]
    if suffix in OTHER_FORMATS or (found is not None and found.value not in allowed):
        names = ", ".join(ext for ext, f in EXTENSIONS.items() if f.value in allowed)
        raise UsageError(
            f"-o {output}: this command cannot write a {output.suffix} file. Fix: name it {names}, "
            f"or give --format ({'|'.join(allowed)})."
        )
    return found or OutputFormat.table


def as_date(text: str) -> datetime:
    """A date written YYYY-MM-DD, or an error that says what is wrong with it (February has 28
    days)."""
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d")
    except ValueError:
        from endorse_cli.vocab import why_not_a_date

        raise typer.BadParameter(f"{why_not_a_date(text)}.") from None


def as_year(text: str) -> int:
    """A year written with four digits, or an error that says how to write it."""
    if not (text.strip().isdigit() and len(text.strip()) == 4):
        raise typer.BadParameter(f"'{text}' is not a year. Fix: write four digits, e.g. 2025.")
    return int(text)


def as_amount(text: str) -> float:
    """A finite number, or an error that says how to write it (whether it may be negative is the
    library's to say: `api.plan` refuses a negative --budget)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise typer.BadParameter(f"'{text}' is not a number. Fix: write one, e.g. 500 or 12.5.")
    return value
