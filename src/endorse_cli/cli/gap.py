"""`endorse gap`: one record against a category, all of them, or the CoE consultation competencies."""

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from endorse_cli.cli import complete
from endorse_cli.cli.options import AsOf, DataDir, Format, Output
from endorse_cli.errors import ExitCode
from endorse_cli.render import OutputFormat


def gap(
    record: Annotated[Path, typer.Argument(help="Your training record (YAML).", show_default=False)],
    target: Annotated[
        str,
        typer.Option("--target", "-t", help="Category id or name, 'all', or 'coe'.", autocompletion=complete.targets),
    ],
    as_of: AsOf = None,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 unless you are ready to apply.")] = False,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Compare a training record with a category: areas met/partial/missing and requirements.

    Example: endorse gap --target IMHS record.yaml --format markdown -o report.md
    """
    # Imported here, not at the top: `endorse --help` and the other commands should not pay for them.
    from endorse_cli import api
    from endorse_cli.api import resolve
    from endorse_cli.cli.output import emit
    from endorse_cli.render import render

    pack = api.load_pack(data_dir)
    day = as_of.date() if as_of else date.today()
    kind = target.strip().lower()
    chosen = kind if kind in ("all", "coe") else resolve.category(pack, target)
    report = api.report_for(pack, api.load_record(record, pack), chosen, day)
    emit(render(report, fmt, pack.version), output, fmt=fmt)
    if check and not api.ready(report):
        raise typer.Exit(int(ExitCode.FINDINGS))
