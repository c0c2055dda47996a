"""`endorse gap`: one record against a category, all of them, or the CoE consultation
competencies."""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from endorse_cli.cli import complete
from endorse_cli.cli.formats import pick
from endorse_cli.cli.options import AsOf, DataDir, Format, Output, argument, option
from endorse_cli.errors import ExitCode

if TYPE_CHECKING:
    from endorse_cli.api.types import Pack


def gap(
    record: Annotated[
        Path,
        argument(help_text="Your training record (YAML); - reads it from standard input."),
    ],
    target: Annotated[
        str | None,
        option(
            "--target",
            "-t",
            help_text="Category id or name, 'all', or 'coe' (default: the record's `target:`).",
            autocompletion=complete.targets,
        ),
    ] = None,
    as_of: AsOf = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 unless you are ready to apply.")
    ] = False,
    fmt: Format = None,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Compare a training record with a category: areas met/partial/missing and requirements.

    The category is --target, else the record's `target:` line.

    Example: endorse gap --target IMHS record.yaml --format markdown -o report.md
    """
    out = pick(fmt, output)
    # Imported here, not at the top: `endorse --help` and the other commands should not pay for
    # them.
    from endorse_cli import api
    from endorse_cli.cli.output import emit
    from endorse_cli.cli.resolve import record_target
    from endorse_cli.render import OutputFormat, render

    pack = api.load_pack(data_dir)
    day = as_of.date() if as_of else date.today()
    # A wrong --target is told before the record is read.
    chosen = _target(pack, target) if target else None
    person = api.load_record(record, pack)
    chosen = chosen or _target(pack, record_target(record, person.target, "a category, all or coe"))
    report = api.report_for(pack, person, chosen, day)
    printed = (
        api.printable(pack, person, report)
        if out in (OutputFormat.html, OutputFormat.markdown)
        else report
    )
    emit(render(printed, out, pack.version), output, fmt=out)
    if check and not api.ready(report):
        raise typer.Exit(int(ExitCode.FINDINGS))


def _target(pack: "Pack", text: str) -> str:
    """'all', 'coe', or the category id for an id or name (UsageError listing the choices)."""
    from endorse_cli import api

    kind = text.strip().lower()
    return kind if kind in ("all", "coe") else api.resolve.category(pack, text)
