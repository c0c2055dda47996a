"""Building blocks shared by the catalog and record models."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


def _as_list(value: object) -> object:
    """Accept a single string where a list of strings is expected."""
    return [value] if isinstance(value, str) else value


Sources = Annotated[
    list[str],
    BeforeValidator(_as_list),
    Field(min_length=1, description="Seed file names (seed:NNN_...) or URLs stating the fact"),
]

Status = Literal["met", "partial", "missing"]
CourseStatus = Literal["met", "partial", "not_required"]
Requiredness = Literal["required", "not_required", "unconfirmed"]
Track = Literal["infant", "early_childhood"]
Level = Literal["none", "cda", "associate", "bachelors", "masters", "doctorate"]
Ages = Literal["infant", "early_childhood", "both"]
WorkKind = Literal["promotion", "prevention", "treatment", "leadership", "policy", "research"]

LEVEL_ORDER: tuple[Level, ...] = ("none", "cda", "associate", "bachelors", "masters", "doctorate")


class Strict(BaseModel):
    """Base for every model: unknown keys are errors and instances are immutable."""

    # defer_build: schemas are built on first use, so start-up pays only for the models it uses.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Sourced(Strict):
    """A fact that names where it comes from and whether the sources settle it."""

    source: Sources
    note: str | None = Field(None, description="Conflicts or caveats, in our own words")
    unconfirmed: bool = Field(False, description="True when the sources leave the fact open")


class Dated(Sourced):
    """A rule version in force from `effective_from` (inclusive) to `effective_until` (inclusive)."""

    effective_from: date | None = None
    effective_until: date | None = None

    def in_force(self, on: date) -> bool:
        """Whether this version applies to an application made on `on`."""
        starts_ok = self.effective_from is None or self.effective_from <= on
        return starts_ok and (self.effective_until is None or on <= self.effective_until)
