"""`endorse check RECORD...`: are these training records valid? (No report; for editors, pre-commit and CI.)"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from endorse_cli import api
from endorse_cli.cli.handling import say
from endorse_cli.cli.options import CheckFormat, CheckFormatOption, DataDir
from endorse_cli.cli.output import emit
from endorse_cli.errors import ExitCode, Problem
from endorse_cli.inert import terminal
from endorse_cli.render import OutputFormat, render
from endorse_cli.vocab import STATUS_SYMBOLS

if TYPE_CHECKING:
    from endorse_cli.api.types import RecordChecks


def check(
    records: Annotated[list[Path], typer.Argument(help="Training records (YAML) to check.", show_default=False)],
    fmt: CheckFormatOption = CheckFormat.table,
    data_dir: DataDir = None,
) -> None:
    """Check training records without printing a report: exit 0 if every one is valid, 2 if any is not.

    Each problem names the file, the line, the field and a fix, as `endorse gap` would (a date after
    today is one).

    Example: endorse check me.yaml records/*.yaml --format json
    """
    result = api.check_records(api.load_pack(data_dir), records)
    if fmt is CheckFormat.json:
        emit(render(result, OutputFormat.json), None, fmt=OutputFormat.json)
    else:
        _tell(result)
    if not result.valid:
        raise typer.Exit(int(ExitCode.CANNOT_RUN))


def _tell(result: RecordChecks) -> None:
    """Valid records on stdout; every problem of the others on stderr, as `gap` reports them."""
    for status in result.records:
        if status.valid:
            typer.echo(terminal(f"{STATUS_SYMBOLS['met']} {status.file}: valid training record ({status.name})."))
            continue
        rows = [row for row in status.problems if row.message != status.message]
        say(
            "\n".join(
                [f"{STATUS_SYMBOLS['missing']} {status.message}", *(f"  {Problem(**row.model_dump())}" for row in rows)]
            )
        )
    valid = result.checked - result.invalid
    typer.echo(f"{result.checked} checked: {valid} valid, {result.invalid} not valid.")
