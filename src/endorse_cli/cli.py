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
    from endorse_cli import queries
    from endorse_cli.browse import list_areas

    with handle_errors():
        catalog = _catalog(data_dir)
        cat = queries.category(catalog, category) if category else None
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
    from endorse_cli import queries
    from endorse_cli.loader.record import load_record

    with handle_errors():
        catalog = _catalog(data_dir)
        day = as_of.date() if as_of else date.today()
        kind = target.strip().lower()
        cat = None if kind in ("all", "coe") else queries.category(catalog, target)
        if kind == "coe" and catalog.coe is None:
            raise UsageError("this data pack has no CoE crosswalk. Fix: use --data-dir with a pack that has one.")
        ready = _gap(catalog, load_record(record, catalog, day), kind, cat, day, fmt, output, record)
    if check and not ready:
        raise typer.Exit(int(ExitCode.FINDINGS))


def _gap(
    catalog: Catalog,
    person: Any,
    kind: str,
    cat: str | None,
    day: date,
    fmt: OutputFormat,
    output: Path | None,
    record: Path,
) -> bool:
    """Run and emit the report `--target` asks for; whether everything required is met."""
    from endorse_cli.engine.consultant import analyze_coe
    from endorse_cli.engine.gap import analyze_all, analyze_gaps

    report: Any
    if kind == "all":
        report = analyze_all(catalog, person, day)
        ready = any(row.ready for row in report.categories)
    elif kind == "coe":
        report = analyze_coe(catalog, person, day)
        ready = report.summary.ready
    else:
        assert cat is not None
        report = analyze_gaps(catalog, person, cat, day)
        ready = report.summary.ready
    _emit({"all": "whatif", "coe": "consultant"}.get(kind, "gap"), report, fmt, output, (record,))
    return bool(ready)


@app.command()
def crosswalk(
    name: Annotated[str, typer.Argument(help="Crosswalk id: erikson or coe.", show_default=False)],
    course: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--course", help="A course id (erikson), e.g. I374.", show_default=False),
    ] = None,
    category: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--category", "-c", help="Only this category (erikson).", show_default=False),
    ] = None,
    essential: Annotated[bool, typer.Option("--essential", help="Only essential competencies (coe).")] = False,
    relation: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--relation", help="equal, partial, unique, mapped or unknown (coe).", show_default=False),
    ] = None,
    section: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--section", help="Only this section number (coe).", show_default=False),
    ] = None,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Explore a published crosswalk: a course, the program summary, or the CoE competencies.

    Example: endorse crosswalk erikson --course I374
    (also: endorse crosswalk erikson --category IMHS; endorse crosswalk coe --essential)
    """
    from endorse_cli import queries
    from endorse_cli.engine.coe import coe_view

    with handle_errors():
        catalog = _catalog(data_dir)
        xw = queries.crosswalk(catalog, name)
        if xw.kind == "courses":
            queries.reject_options("courses", {"--essential": essential, "--relation": relation, "--section": section})
            kind, report = _course_crosswalk(catalog, xw, course, category)
        else:
            queries.reject_options("consultation", {"--course": course, "--category": category})
            rel = queries.relation(relation) if relation else None
            sec = queries.section(xw, section) if section else None
            kind, report = "coe", coe_view(catalog, xw, essential, rel, sec)
        _emit(kind, report, fmt, output)


def _course_crosswalk(catalog: Catalog, xw: Any, course: str | None, category: str | None) -> tuple[str, Any]:
    from endorse_cli import queries
    from endorse_cli.engine.crosswalks import course_view, program_view

    cat = queries.category(catalog, category) if category else None
    if course:
        return "course", course_view(catalog, xw, queries.course(xw, course), cat)
    if xw.summary is None:
        ids = ", ".join(c.id for c in xw.courses)
        raise UsageError(f"the {xw.id} crosswalk has no program summary. Fix: pick a course with --course ({ids}).")
    return "program", program_view(catalog, xw, cat)


@app.command()
def explain(
    area: Annotated[str, typer.Argument(help="Area id, name or alternate spelling.", show_default=False)],
    fmt: Format = OutputFormat.table,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Explain an area: its domain, the categories that require it, the crosswalk rows that credit it.

    Example: endorse explain "Cultural humility"
    """
    from endorse_cli import queries
    from endorse_cli.engine.explain import explain_area

    with handle_errors():
        catalog = _catalog(data_dir)
        found = queries.area(catalog, area)
        _emit("explain", explain_area(catalog, found, area), fmt, output)


def main() -> None:
    """Console-script entry point."""
    app()
