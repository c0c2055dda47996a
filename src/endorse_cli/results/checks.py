"""`endorse validate --format json` and `endorse check`: problems as data, for people and CI
systems."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import Report
from endorse_cli.vocab import OutputFormat


class ProblemRow(Strict):
    """One problem: the file, the line where known, the field, what is wrong and how to fix it."""

    file: str
    line: int | None = None
    field: str | None = None
    message: str
    fix: str | None = None


class PackCheck(Report):
    """What `endorse validate` found in a data pack; the counts are null when the pack is
    invalid."""

    formats: ClassVar[frozenset[OutputFormat]] = frozenset({OutputFormat.json})

    valid: bool
    data_dir: str
    problems: list[ProblemRow] = Field(default_factory=empty_list)
    domains: int | None = None
    areas: int | None = None
    categories: int | None = None
    associations: int | None = None
    crosswalks: dict[str, int] | None = Field(None, description="crosswalk id -> rows")
    coverage_note: str | None = None


class RecordStatus(Strict):
    """One training record `endorse check` read."""

    file: str
    valid: bool
    kind: str = Field(
        "record", description="record, or catalog (a catalog of offerings for `endorse plan`)"
    )
    name: str | None = Field(
        None, description="The person's name (a catalog's name), when the file is valid"
    )
    message: str | None = Field(
        None, description="Why the record could not be read, when it is not valid"
    )
    problems: list[ProblemRow] = Field(default_factory=empty_list)


class RecordChecks(Report):
    """What `endorse check RECORD...` found; `problems` lists every record's problems together."""

    formats: ClassVar[frozenset[OutputFormat]] = frozenset({OutputFormat.json})

    valid: bool
    checked: int
    invalid: int
    problems: list[ProblemRow]
    records: list[RecordStatus]
