"""`endorse init`: what goes into a starter training record."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from pydantic import Field

from endorse_cli.models.common import Strict, empty_list
from endorse_cli.results.common import Report
from endorse_cli.vocab import Level, OutputFormat


class StarterDegree(Strict):
    """A degree the person gave when asked (`endorse init --interactive`)."""

    degree: str
    level: Level
    completed: date | None = None


class StarterRecord(Report):
    """A starter record: the answers given (if any) and the data pack's ids for the examples."""

    formats: ClassVar[frozenset[OutputFormat]] = frozenset()

    file_name: str = Field(description="The record's file name, for the command shown at the top")
    schema_path: str = Field(
        description="Where editors find the record's JSON Schema (the first line)"
    )
    name: str = "Your name"
    association: str | None = None
    target: str | None = Field(
        None, description="The category the person aims at, for the hint at the top"
    )
    target_name: str | None = None
    education: list[StarterDegree] = Field(default_factory=empty_list)
    categories: list[str] = Field(description="Category ids of the data pack, for the comments")
    crosswalk: str = Field(
        "erikson", description="A crosswalk id and one of its courses, for the example"
    )
    course: str = "I370"
    areas: list[str] = Field(description="Two area ids of the data pack, for the examples")
