"""`endorse cohort`: many records at once, for coordinators and advisors."""

from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from endorse_cli.cli.formats import CohortFormat, as_year, pick
from endorse_cli.cli.handling import say
from endorse_cli.cli.options import AsOf, DataDir, Output, argument, option
from endorse_cli.errors import ExitCode, UsageError, count
from endorse_cli.render import OutputFormat
from endorse_cli.vocab import CohortOrder

if TYPE_CHECKING:
    from endorse_cli.api.types import Pack

BOM = "\ufeff"  # UTF-8 byte order mark: Excel then reads the CSV as UTF-8 (docs/safety.md)
# Fewer records than this finish before a bar would be worth drawing.
PROGRESS_FROM = 50

Paths = Annotated[
    list[Path],
    argument(help_text="Record files, or folders searched for *.yaml / *.yml records."),
]
CohortFormatOption = Annotated[
    CohortFormat | None,
    option(
        "--format",
        "-f",
        help_text="table, markdown, json, html (a printable page) or csv (one row per record, or "
        "per renewal); default: the extension of -o, else table.",
    ),
]
Target = Annotated[
    str | None,
    option("--target", "-t", help_text="Category id or name, or 'all' (each best fit)."),
]
Renewal = Annotated[
    bool,
    typer.Option(
        "--renewal", help="Renewals instead: each endorsement held, ready or short of what."
    ),
]
Year = Annotated[
    int | None,
    option(
        "--year",
        parser=as_year,
        help_text="With --renewal: the renewal year (default: the year of --as-of).",
    ),
]
Sort = Annotated[
    Optional[CohortOrder],  # noqa: UP045 - typer needs Optional at runtime
    option(
        "--sort",
        help_text="Order the rows: readiness (ready first; renewals then by deadline), deadline "
        "(--renewal) or name. Default: by file (the --html-dir index: by readiness).",
    ),
]
HtmlDir = Annotated[
    Optional[Path],  # noqa: UP045
    option(
        "--html-dir",
        help_text="Also write each person's printable checklist into this folder, with an "
        "index.html linking them.",
    ),
]
Bom = Annotated[
    bool,
    typer.Option(
        "--bom",
        help="With --format csv: start with a UTF-8 byte order mark, so Excel shows accented names "
        "(José Núñez).",
    ),
]
Check = Annotated[
    bool,
    typer.Option(
        "--check", help="Exit 1 unless everyone is ready to apply (--renewal: every renewal ready)."
    ),
]


def cohort(
    paths: Paths,
    target: Target = None,
    renewal: Renewal = False,
    year: Year = None,
    as_of: AsOf = None,
    check: Check = False,
    detail: Annotated[
        bool, typer.Option("--detail", help="Add each person's requirement statuses.")
    ] = False,
    sort: Sort = None,
    html_dir: HtmlDir = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    fmt: CohortFormatOption = None,
    bom: Bom = False,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Many records at once: one row per person and counts over them; --renewal: every renewal held.

    Example: endorse cohort --target IMHS records/ --format csv -o cohort.csv
    Renewals: endorse cohort --renewal --year 2025 records/
    Checklists to print: endorse cohort --target IMHS records/ --html-dir checklists/
    """
    out = pick(fmt, output, CohortFormat)
    from endorse_cli import api
    from endorse_cli.cli.output import emit
    from endorse_cli.cli.pages import Checklists, prepare
    from endorse_cli.render import render

    _check_options(target, renewal, year, bom and out is not OutputFormat.csv)
    pack = api.load_pack(data_dir)
    day = as_of.date() if as_of else date.today()
    kept = Checklists(pack.version) if html_dir is not None else None
    if html_dir is not None:
        prepare(html_dir)
    with _Progress(enabled=not quiet) as progress:
        if renewal:
            report: Any = api.cohort_renewal(
                pack, paths, day, year, detail=detail, step=progress, keep=kept
            )
        else:
            chosen = _target(pack, target or "")
            report = api.cohort(pack, paths, chosen, day, detail=detail, step=progress, keep=kept)
    if sort is not None:
        report = api.sort_cohort(report, sort)
    text = render(report, out, pack.version)
    emit(BOM + str(text) if bom else text, output, fmt=out)
    if html_dir is not None and kept is not None:
        _write_pages(
            html_dir,
            report if sort is not None else api.sort_cohort(report, CohortOrder.readiness),
            kept,
        )
    _exit_code(report, check)


def _write_pages(folder: Path, report: Any, kept: Any) -> None:
    """Each person's checklist and the index linking them into `folder`, then say how many."""
    from endorse_cli.cli.pages import write_checklists

    written = write_checklists(folder, report, kept)
    say(f"Wrote {written} pages to {folder}: index.html and one checklist per person.")


def _exit_code(report: Any, check: bool) -> None:
    """Exit 2 when a record could not be read; 1 when --check asked and someone is not ready."""
    if report.unreadable:
        bad = f"{report.unreadable} of {count(report.records, 'record')}"
        say(f"Error: {bad} could not be read (listed in the report).")
        raise typer.Exit(int(ExitCode.CANNOT_RUN))
    from endorse_cli import api

    if check and not api.everyone_ready(report):
        raise typer.Exit(int(ExitCode.FINDINGS))


def _check_options(
    target: str | None, renewal: bool, year: int | None, bom_without_csv: bool = False
) -> None:
    """UsageError for options that do not go together, before any record is read."""
    if bom_without_csv:
        raise UsageError("--bom is for CSV. Fix: add --format csv, or leave out --bom.")
    if renewal and target is not None:
        raise UsageError(
            "--target and --renewal go separately: the renewal view covers every endorsement held. "
            "Fix: leave out --target, or --renewal."
        )
    if not renewal and target is None:
        raise UsageError(
            "say which view. Fix: add --target IMHS (a category, or all), or --renewal."
        )
    if year is not None and not renewal:
        raise UsageError(
            "--year is for the renewal view. Fix: add --renewal, or leave out --year (--as-of "
            "sets the date)."
        )


def _target(pack: "Pack", text: str) -> str:
    from endorse_cli.api import resolve

    kind = text.strip().lower()
    if kind == "coe":
        raise UsageError(
            "--target coe is not available for a cohort. Fix: use a category id, or all."
        )
    return "all" if kind == "all" else resolve.category(pack, text)


class _Progress:
    """A progress bar on stderr for a long cohort, drawn only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        import sys

        self.enabled = enabled and sys.stderr.isatty()
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, done: int, total: int) -> None:
        """Record `done` of `total` read (the bar appears once a cohort is known to be long)."""
        if not self.enabled or total <= PROGRESS_FROM:
            return
        if self.bar is None:
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("Reading records", total=total)
        self.bar.update(self.task, completed=done)

    def __enter__(self) -> "_Progress":
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.bar is not None:
            self.bar.stop()
