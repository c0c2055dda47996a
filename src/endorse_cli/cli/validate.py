"""`endorse validate`: is a data pack sound? For maintainers editing one, for pre-commit and CI."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from endorse_cli.cli.handling import data_errors_are_findings
from endorse_cli.cli.options import CheckFormat, CheckFormatOption, DataDir, argument
from endorse_cli.errors import ExitCode
from endorse_cli.render import OutputFormat


def validate(
    data_dir: Annotated[
        Optional[Path],  # noqa: UP045
        argument(
            help_text="Data pack to check (default: $ENDORSE_DATA_DIR, else ./data when it is a "
            "data pack, else the shipped one)."
        ),
    ] = None,
    data_dir_option: DataDir = None,
    fmt: CheckFormatOption = CheckFormat.table,
) -> None:
    """Check every data file and cross-file reference; exit 0 if valid, 1 if not. The first line
    names the pack checked.

    --format json prints {"valid": ..., "problems": [{"file", "line", "field", "message", "fix"}],
    ...counts}; --format github prints workflow annotations (::error file=...,line=...::message) for
    GitHub Actions.

    Example: endorse validate ./my-data-pack
    """
    from endorse_cli import api
    from endorse_cli.cli.output import emit
    from endorse_cli.render import render

    root, why = api.pack_to_validate(data_dir or data_dir_option)
    if fmt is CheckFormat.table:
        typer.echo(f"Checking the data pack in {root} ({why}).")
        with data_errors_are_findings():
            pack = api.load_pack_fresh(root)
            api.check_pack_catalogs(pack)
        emit(render(api.pack_summary(pack), OutputFormat.table), None)
        return
    result = api.validate_pack(root)
    if fmt is CheckFormat.json:
        emit(render(result, OutputFormat.json), None, fmt=OutputFormat.json)
    else:
        from endorse_cli.render.github import error_lines, notice

        typer.echo(notice(f"Checked the data pack in {root} ({why})."))
        typer.echo(error_lines(result.problems), nl=False)
    if not result.valid:
        raise typer.Exit(int(ExitCode.FINDINGS))
