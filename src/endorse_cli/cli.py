"""The typer app: options, wiring and exit codes. Domain logic lives elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from endorse_cli.errors import DataError, EndorseError, ExitCode, UsageError
from endorse_cli.renderers import OutputFormat

if TYPE_CHECKING:
    from endorse_cli.catalog import Catalog

app = typer.Typer(
    name="endorse",
    help="Where you stand against the Endorsement (IMH-E / ECMH-E) credential: areas met, partial, "
    "missing, and the requirements still ahead.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DataDir = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional at runtime on 3.11 with future annotations
    typer.Option(
        "--data-dir", envvar="ENDORSE_DATA_DIR", help="Use another data pack (a folder like data/).", show_default=False
    ),
]
Format = Annotated[OutputFormat, typer.Option("--format", "-f", help="table, markdown or json.")]
Output = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.", show_default=False),
]
AsOf = Annotated[
    Optional[datetime],  # noqa: UP045
    typer.Option(
        "--as-of", formats=["%Y-%m-%d"], help="Judge the record on this date (default: today).", show_default=False
    ),
]


def _version(value: bool) -> None:
    if value:
        import endorse_cli

        typer.echo(f"endorse {endorse_cli.__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Gap analysis against the Endorsement credential. Start with: endorse gap --target IFS record.yaml"""


@contextmanager
def handle_errors(data_error_code: ExitCode = ExitCode.CANNOT_RUN) -> Iterator[None]:
    """Turn any EndorseError into 'Error: ...' on stderr and its exit code; never a traceback."""
    try:
        yield
    except EndorseError as exc:
        from rich.console import Console

        code = data_error_code if isinstance(exc, DataError) else exc.exit_code
        Console(stderr=True, highlight=False, soft_wrap=True).print(f"Error: {exc}", markup=False)
        raise typer.Exit(int(code)) from None


def _catalog(data_dir: Path | None, fresh: bool = False) -> Catalog:
    from endorse_cli.loader.catalog import check_catalog, load_catalog
    from endorse_cli.resources import choose_data_dir

    root = choose_data_dir(data_dir)
    return check_catalog(root) if fresh else load_catalog(root)


def _emit(
    kind: str, report: Any, fmt: OutputFormat, output: Path | None, inputs: tuple[Path, ...] = (), **extra: Any
) -> None:
    from endorse_cli.output import emit
    from endorse_cli.renderers.reports import render

    emit(render(kind, report, fmt, **extra), output, inputs)


def _category(catalog: Catalog, text: str) -> str:
    found = catalog.find_category(text)
    if found is None:
        raise UsageError(
            f"unknown category '{text}'{catalog.category_hint(text)}. Fix: use one of {', '.join(catalog.categories)}."
        )
    return found


@app.command()
def validate(
    data_dir: Annotated[
        Path | None,
        typer.Argument(
            help="Data pack to check (default: the shipped one).",
            show_default=False,
        ),
    ] = None,
    data_dir_option: DataDir = None,
) -> None:
    """Check every data file and cross-file reference; exit 0 if valid, 1 if not.

    Example: endorse validate ./my-data-pack
    """
    from endorse_cli.browse import summarize_pack
    from endorse_cli.output import emit
    from endorse_cli.renderers.browse import render_pack_summary

    with handle_errors(ExitCode.FINDINGS):
        catalog = _catalog(data_dir or data_dir_option, fresh=True)
        emit(render_pack_summary(summarize_pack(catalog)), None)


@app.command()
def categories(fmt: Format = OutputFormat.table, output: Output = None, data_dir: DataDir = None) -> None:
    """List the Endorsement categories (id, name, track, scope).

    Example: endorse categories --format json
    """
    from endorse_cli.browse import list_categories

    with handle_errors():
        _emit("categories", list_categories(_catalog(data_dir)), fmt, output)


@app.command()
def areas(
    category: Annotated[
        str | None,
        typer.Option(
            "--category",
            "-c",
            help="Only areas this category requires.",
            show_default=False,
        ),
    ] = None,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """List the competency areas by domain, with the categories that require each.

    Example: endorse areas --category IMHS
    """
    from endorse_cli.browse import list_areas

    with handle_errors():
        catalog = _catalog(data_dir)
        cat = _category(catalog, category) if category else None
        _emit("areas", list_areas(catalog, cat), fmt, output, category=cat)


@app.command()
def gap(
    record: Annotated[Path, typer.Argument(help="Your training record (YAML).", show_default=False)],
    target: Annotated[str, typer.Option("--target", "-t", help="Category id or name, 'all', or 'coe'.")],
    as_of: AsOf = None,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 unless everything required is met.")] = False,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Compare a training record with a category: areas met/partial/missing and requirements.

    Example: endorse gap --target IMHS record.yaml --format markdown -o report.md
    """
    from endorse_cli.engine.gap import analyze_all, analyze_gaps
    from endorse_cli.loader.record import load_record

    with handle_errors():
        catalog = _catalog(data_dir)
        day = as_of.date() if as_of else date.today()
        kind = target.strip().lower()
        cat = None if kind in ("all", "coe") else _category(catalog, target)
        person = load_record(record, catalog, day)
        if kind == "all":
            report: Any = analyze_all(catalog, person, day)
            ready = any(row.ready for row in report.categories)
            _emit("whatif", report, fmt, output, (record,))
        elif kind == "coe":
            raise UsageError(
                "--target coe (the consultant path) is not available yet. "
                f"Fix: use one of {', '.join(catalog.categories)} or all."
            )
        else:
            assert cat is not None
            report = analyze_gaps(catalog, person, cat, day)
            ready = report.summary.ready
            _emit("gap", report, fmt, output, (record,))
    if check and not ready:
        raise typer.Exit(int(ExitCode.FINDINGS))


def main() -> None:
    """Console-script entry point."""
    app()
