"""`endorse check RECORD...`: are these training records valid? (No report; for editors, pre-commit
and CI.)"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from endorse_cli import api
from endorse_cli.cli.handling import say
from endorse_cli.cli.options import AsOf, CheckFormat, CheckFormatOption, DataDir, argument
from endorse_cli.cli.output import emit
from endorse_cli.errors import ExitCode, Problem, UsageError
from endorse_cli.inert import terminal
from endorse_cli.render import OutputFormat, render
from endorse_cli.vocab import STATUS_SYMBOLS

if TYPE_CHECKING:
    from endorse_cli.api.types import RecordChecks


def check(
    records: Annotated[
        list[Path],
        argument(help_text="Training records (YAML) to check; - reads one from standard input."),
    ],
    as_of: AsOf = None,
    fmt: CheckFormatOption = CheckFormat.table,
    data_dir: DataDir = None,
) -> None:
    """Check training records (and catalogs of offerings) without a report: exit 0 if all are valid,
    2 if not.

    Each problem names the file, the line, the field and a fix, as `endorse gap` would (a date after
    today, or after --as-of, is one). --format github prints GitHub Actions annotations.

    Example: endorse check me.yaml records/*.yaml --format json
    From a pipe: some-command | endorse check -
    """
    if sum(str(r) == "-" for r in records) > 1:
        raise UsageError(
            "'-' (standard input) can be read once. Fix: give '-' once, with the other records as "
            "files."
        )
    result = api.check_records(api.load_pack(data_dir), records, as_of.date() if as_of else None)
    if fmt is CheckFormat.json:
        emit(render(result, OutputFormat.json), None, fmt=OutputFormat.json)
    elif fmt is CheckFormat.github:
        from endorse_cli.render.github import error_lines

        typer.echo(error_lines(result.problems), nl=False)
    else:
        _tell(result)
    if not result.valid:
        raise typer.Exit(int(ExitCode.CANNOT_RUN))


def _tell(result: RecordChecks) -> None:
    """Valid records on stdout; every problem of the others on stderr, as `gap` reports them."""
    for status in result.records:
        if status.valid:
            what = "catalog of offerings" if status.kind == "catalog" else "training record"
            typer.echo(
                terminal(f"{STATUS_SYMBOLS['met']} {status.file}: valid {what} ({status.name}).")
            )
            continue
        rows = [row for row in status.problems if row.message != status.message]
        say(
            "\n".join(
                [
                    f"{STATUS_SYMBOLS['missing']} {status.message}",
                    *(f"  {Problem(**row.model_dump())}" for row in rows),
                ]
            )
        )
    valid = result.checked - result.invalid
    typer.echo(f"{result.checked} checked: {valid} valid, {result.invalid} not valid.")
