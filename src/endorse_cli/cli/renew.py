"""`endorse renew`: the yearly renewal check for endorsed professionals, one year or several side by
side."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from endorse_cli import api
from endorse_cli.api import resolve
from endorse_cli.cli.formats import as_year, pick
from endorse_cli.cli.options import AsOf, Category, DataDir, Format, Output, argument, option
from endorse_cli.cli.output import emit
from endorse_cli.errors import ExitCode, UsageError, file_label
from endorse_cli.render import render

if TYPE_CHECKING:
    from endorse_cli.api.types import RenewalHistory, RenewalReport

_SPAN = re.compile(r"^\s*(\d{4})\s*(?:-|\.\.|\u2013)\s*(\d{4})\s*$")


def years_span(text: str) -> tuple[int, int]:
    """'2023-2025' -> (2023, 2025); a single year '2025' -> (2025, 2025)."""
    if text.strip().isdigit() and len(text.strip()) == 4:
        return int(text), int(text)
    found = _SPAN.match(text)
    if found is None:
        raise UsageError(
            f"--years '{text}' is not a span of years. Fix: write it like --years 2023-2025."
        )
    return int(found.group(1)), int(found.group(2))


def renew(
    record: Annotated[Path, argument(help_text="Your training record (YAML).")],
    year: Annotated[
        Optional[int],  # noqa: UP045
        option(
            "--year", parser=as_year, help_text="The renewal year (default: the year of --as-of)."
        ),
    ] = None,
    years: Annotated[
        Optional[str],  # noqa: UP045
        option("--years", help_text="Several years side by side, e.g. 2023-2025."),
    ] = None,
    category: Category = None,
    as_of: AsOf = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 unless every renewal is ready.")
    ] = False,
    fmt: Format = None,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Check the yearly renewal of each endorsement you hold: training, DEI, RSC, membership,
    ethics.

    Example: endorse renew record.yaml --year 2025 --as-of 2025-11-15
    """
    out = pick(fmt, output)
    if year is not None and years is not None:
        raise UsageError("--year and --years go separately. Fix: give one of them.")
    pack = api.load_pack(data_dir)
    day = as_of.date() if as_of else date.today()
    cat = resolve.category(pack, category) if category else None
    rec = api.load_record(record, pack)
    if years is not None:
        first, last = years_span(years)
        report: RenewalReport | RenewalHistory = api.renew_history(
            pack, rec, day, first, last, cat, file_label(record)
        )
    else:
        report = api.renew(pack, rec, day, year, cat, file_label(record))
    emit(render(report, out, pack.version), output, fmt=out)
    if check and not api.renewal_ready(report):
        raise typer.Exit(int(ExitCode.FINDINGS))
