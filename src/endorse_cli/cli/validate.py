"""`endorse validate`: is this data pack sound? Every data file and cross-file reference checked."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from endorse_cli.cli.handling import data_errors_are_findings
from endorse_cli.cli.options import CheckFormat, CheckFormatOption, DataDir
from endorse_cli.errors import ExitCode
from endorse_cli.render import OutputFormat


def validate(
    data_dir: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Argument(help="Data pack to check (default: the shipped one).", show_default=False),
    ] = None,
    data_dir_option: DataDir = None,
    fmt: CheckFormatOption = CheckFormat.table,
) -> None:
    """Check every data file and cross-file reference; exit 0 if valid, 1 if not.

    --format json prints {"valid": ..., "problems": [{"file", "line", "field", "message", "fix"}], ...counts}.

    Example: endorse validate ./my-data-pack
    """
    from endorse_cli import api
    from endorse_cli.cli.output import emit
    from endorse_cli.render import render

    if fmt is CheckFormat.json:
        result = api.validate_pack(data_dir or data_dir_option)
        emit(render(result, OutputFormat.json), None, fmt=OutputFormat.json)
        if not result.valid:
            raise typer.Exit(int(ExitCode.FINDINGS))
        return
    with data_errors_are_findings():
        pack = api.load_pack_fresh(data_dir or data_dir_option)
    emit(render(api.pack_summary(pack), OutputFormat.table), None)
