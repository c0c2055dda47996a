"""Checking files without a report (validate, check) and writing new ones (schema, starter
record)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from endorse_cli.api.reports import load_pack_fresh, load_record, pack_summary
from endorse_cli.errors import DataError, Problem, RecordError, file_label

# Only what a call needs is imported, inside it: a command pays only for what it uses.
if TYPE_CHECKING:
    from endorse_cli.models.pack import Pack

if TYPE_CHECKING:
    from endorse_cli.results.checks import PackCheck, ProblemRow, RecordChecks, RecordStatus
    from endorse_cli.results.starter import StarterRecord


def validate_pack(data_dir: Path | None = None) -> PackCheck:
    """Read and check a data pack afresh: valid with its counts, or every problem (file, line,
    field, fix)."""
    from endorse_cli.resources import choose_data_dir
    from endorse_cli.results.checks import PackCheck

    root = choose_data_dir(data_dir)
    try:
        pack = load_pack_fresh(root)
    except DataError as exc:
        return PackCheck(valid=False, data_dir=str(root), problems=_rows(exc, str(root)))
    try:
        check_pack_catalogs(pack)
    except DataError as exc:
        return PackCheck(valid=False, data_dir=str(root), problems=_rows(exc, str(root)))
    summary = pack_summary(pack)
    return PackCheck(valid=True, **summary.model_dump())


def check_pack_catalogs(pack: Pack) -> None:
    """The pack's catalogs/ folder read as `plan` reads it; DataError lists every problem (none: no
    folder)."""
    from endorse_cli.errors import count
    from endorse_cli.pack.catalog import pack_catalog_files, read_catalog_file

    problems = [p for path in pack_catalog_files(pack) for p in read_catalog_file(path, pack)[1]]
    if problems:
        raise DataError(
            f"the catalogs of {pack.root} have {count(len(problems), 'problem')}:", problems
        )


def check_records(pack: Pack, paths: list[Path], today: date | None = None) -> RecordChecks:
    """Read each record as `gap` would (no report): which are valid, and every problem of the others
    (a date after `today`, default the clock's, is one)."""
    from endorse_cli.results.checks import RecordChecks

    statuses = [_check_record(pack, path, today) for path in paths]
    invalid = [s for s in statuses if not s.valid]
    return RecordChecks(
        valid=not invalid,
        checked=len(statuses),
        invalid=len(invalid),
        problems=[row for s in invalid for row in s.problems],
        records=statuses,
    )


def _check_record(pack: Pack, path: Path, today: date | None) -> RecordStatus:
    from endorse_cli.pack.catalog import looks_like_catalog
    from endorse_cli.pack.record import STDIN, record_label
    from endorse_cli.results.checks import RecordStatus

    if str(path) != STDIN and looks_like_catalog(path):
        return _check_catalog(pack, path)
    label = record_label(path)
    try:
        record = load_record(path, pack, today)
    except RecordError as exc:
        return RecordStatus(
            file=label, valid=False, message=exc.message, problems=_rows(exc, label)
        )
    return RecordStatus(file=label, valid=True, name=record.name)


def _check_catalog(pack: Pack, path: Path) -> RecordStatus:
    """A catalog file read as `plan --catalog` reads it."""
    from endorse_cli.pack.catalog import read_catalog_file
    from endorse_cli.results.checks import ProblemRow, RecordStatus

    label = file_label(path)
    catalog, problems = read_catalog_file(path, pack)
    if catalog is not None:
        return RecordStatus(file=label, valid=True, kind="catalog", name=catalog.name)
    rows = [
        ProblemRow(file=p.file, line=p.line, field=p.field, message=p.message, fix=p.fix)
        for p in problems
    ]
    message = (
        f"{label} is not a valid catalog ({len(rows)} problem{'' if len(rows) == 1 else 's'}):"
    )
    return RecordStatus(file=label, valid=False, kind="catalog", message=message, problems=rows)


def _rows(exc: DataError | RecordError, file: str) -> list[ProblemRow]:
    """The error's problems as rows; an error without any becomes one row naming `file`."""
    from endorse_cli.results.checks import ProblemRow

    problems = exc.problems or [Problem(file, exc.message)]
    return [
        ProblemRow(file=p.file, line=p.line, field=p.field, message=p.message, fix=p.fix)
        for p in problems
    ]


def catalog_schema(pack: Pack) -> dict[str, Any]:
    """The JSON Schema of a catalog of offerings (`endorse plan --catalog`)."""
    from endorse_cli.pack.schema import catalog_schema as build

    return build(pack)


def record_schema(pack: Pack) -> dict[str, Any]:
    """The JSON Schema of the training record, with this pack's categories, areas and courses as
    choices."""
    from endorse_cli.pack.schema import record_schema as build

    return build(pack)


def starter_record(pack: Pack, file_name: str, schema_path: str, **answers: Any) -> StarterRecord:
    """What `endorse init` writes: the answers given (name, association, target, education) and
    examples that use this pack's ids."""
    from endorse_cli.engine.starter import starter_record as build

    return build(pack, file_name, schema_path, **answers)
