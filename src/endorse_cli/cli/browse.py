"""`endorse validate`, `categories` and `areas`: the data pack itself."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from endorse_cli import api
from endorse_cli.cli import resolve
from endorse_cli.cli.handling import data_errors_are_findings
from endorse_cli.cli.options import DataDir, Format, Output
from endorse_cli.cli.output import emit
from endorse_cli.render import OutputFormat, render


def validate(
    data_dir: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Argument(help="Data pack to check (default: the shipped one).", show_default=False),
    ] = None,
    data_dir_option: DataDir = None,
) -> None:
    """Check every data file and cross-file reference; exit 0 if valid, 1 if not.

    Example: endorse validate ./my-data-pack
    """
    with data_errors_are_findings():
        pack = api.check_pack(data_dir or data_dir_option)
    emit(render(api.pack_summary(pack), OutputFormat.table), None)


def categories(fmt: Format = OutputFormat.table, output: Output = None, data_dir: DataDir = None) -> None:
    """List the Endorsement categories (id, name, track, scope).

    Example: endorse categories --format json
    """
    pack = api.load_pack(data_dir)
    emit(render(api.categories(pack), fmt), output, fmt=fmt, pack=pack)


def areas(
    category: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--category", "-c", help="Only areas this category requires.", show_default=False),
    ] = None,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """List the competency areas by domain, with the categories that require each.

    Example: endorse areas --category IMHS
    """
    pack = api.load_pack(data_dir)
    cat = resolve.category(pack, category) if category else None
    emit(render(api.areas(pack, cat), fmt), output, fmt=fmt, pack=pack)
