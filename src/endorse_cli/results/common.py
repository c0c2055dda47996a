"""Pieces every report shares: a piece of evidence, status counts."""

from typing import Literal

from pydantic import Field

from endorse_cli.models.common import Strict

Amount = float | int | str | None


class Evidence(Strict):
    """One piece of evidence for an area: where it comes from and what it credits."""

    source: str = Field(description="e.g. erikson:I370, erikson:program, training:<title>, references")
    status: Literal["met", "partial"]
    title: str | None = Field(None, description="Human name of the course, training or other evidence")
    unconfirmed: bool = Field(False, description="The sources do not state firmly that this evidence counts")


class Summary(Strict):
    """Counts of area statuses and whether the record is ready to apply."""

    met: int
    partial: int
    missing: int
    ready: bool = Field(description="Ready to apply: every area and every application-stage requirement met")
    requirements_met: int
    requirements_total: int
