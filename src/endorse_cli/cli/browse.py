"""`endorse validate`, `categories` and `areas`: the data pack itself."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from endorse_cli.cli.handling import data_errors_are_findings
from endorse_cli.cli.options import Category, CheckFormat, CheckFormatOption, DataDir, Format, Output
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


def categories(fmt: Format = OutputFormat.table, output: Output = None, data_dir: DataDir = None) -> None:
    """List the Endorsement categories (id, name, track, scope).

    Example: endorse categories --format json
    """
    from endorse_cli import api
    from endorse_cli.cli.output import emit
    from endorse_cli.render import render

    pack = api.load_pack(data_dir)
    emit(render(api.categories(pack), fmt, pack.version), output, fmt=fmt)


def areas(
    category: Category = None,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """List the competency areas by domain, with the categories that require each.

    Example: endorse areas --category IMHS
    """
    from endorse_cli import api
    from endorse_cli.cli import resolve
    from endorse_cli.cli.output import emit
    from endorse_cli.render import render

    pack = api.load_pack(data_dir)
    cat = resolve.category(pack, category) if category else None
    emit(render(api.areas(pack, cat), fmt, pack.version), output, fmt=fmt)
