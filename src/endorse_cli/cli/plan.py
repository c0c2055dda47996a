"""`endorse plan`: the fewest courses and trainings that close a record's gaps, chosen exactly."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from endorse_cli.cli import complete
from endorse_cli.cli.formats import as_amount, pick
from endorse_cli.cli.options import AsOf, By, DataDir, Format, Output, argument, option
from endorse_cli.errors import ExitCode


class Measure(StrEnum):
    """What a plan keeps least once its coverage is the best the catalogs allow."""

    hours = "hours"
    cost = "cost"
    number = "count"  # `count` would shadow str.count


MeasureOption = Annotated[
    Measure, typer.Option("--minimize", help="What the plan keeps least once coverage is best.")
]


def plan(
    record: Annotated[Path, argument(help_text="Your training record (YAML).")],
    target: Annotated[
        Optional[str],  # noqa: UP045
        option(
            "--target",
            "-t",
            help_text="Category id or name (default: the record's `target:`).",
            autocompletion=complete.categories,
        ),
    ] = None,
    catalog: Annotated[
        Optional[list[Path]],  # noqa: UP045
        option("--catalog", help_text="A catalog of offerings (YAML); repeat for more."),
    ] = None,
    by: By = None,
    minimize: MeasureOption = Measure.hours,
    budget: Annotated[
        Optional[float],  # noqa: UP045
        option(
            "--budget",
            parser=as_amount,
            help_text="Cap on the other measure (cost, or hours with --minimize cost).",
        ),
    ] = None,
    include: Annotated[
        Optional[list[str]],  # noqa: UP045
        option(
            "--include", help_text="An offering (catalog:id) the plan must take; repeat for more."
        ),
    ] = None,
    exclude: Annotated[
        Optional[list[str]],  # noqa: UP045
        option("--exclude", help_text="An offering (catalog:id) the plan must not take; repeat."),
    ] = None,
    as_of: AsOf = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 when the catalogs cannot close every gap.")
    ] = False,
    fmt: Format = None,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Plan the courses and trainings that close your gaps best, at the least hours, cost or count.

    Example: endorse plan --target IFS record.yaml --catalog calendar.yaml --by 2027-06-30
    """
    from endorse_cli import api
    from endorse_cli.cli.output import emit
    from endorse_cli.cli.resolve import record_target
    from endorse_cli.render import render

    pack = api.load_pack(data_dir)
    day = as_of.date() if as_of else date.today()
    # A wrong --target is told first.
    chosen = api.resolve.category(pack, target) if target else None
    rec = api.load_record(record, pack)
    chosen = chosen or api.resolve.category(pack, record_target(record, rec.target, "a category"))
    catalogs = api.load_catalogs(pack, catalog)
    report = api.plan(
        pack,
        rec,
        catalogs,
        chosen,
        as_of=day,
        by=by.date() if by else None,
        minimize=minimize.value,
        budget=budget,
        include=include,
        exclude=exclude,
    )
    out = pick(fmt, output)
    emit(render(report, out, pack.version), output, fmt=out)
    if check and not report.closes_every_gap:
        raise typer.Exit(int(ExitCode.FINDINGS))
