"""Frozen models the engine returns; renderers and tests read only these."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from endorse_cli.models.common import Status, Strict

Amount = float | int | str | None


class Evidence(Strict):
    """One piece of evidence for an area: where it comes from and what it credits."""

    source: str = Field(description="e.g. erikson:I370, erikson:program, training:<title>")
    status: Literal["met", "partial"]
    title: str | None = Field(None, description="Human name of the course or training")


class AreaResult(Strict):
    """A required competency area with its status, evidence and recommendations."""

    domain: str
    domain_name: str
    area: str
    name: str
    status: Status
    evidence: list[Evidence] = Field(default_factory=list)
    recommendations: list[str] = Field(default_factory=list)
    unconfirmed: bool = False


class RequirementResult(Strict):
    """A hard requirement with what is required, what the record has, and why."""

    id: str
    label: str
    status: Status
    required: Amount = None
    have: Amount = None
    unit: str | None = None
    detail: str
    note: str | None = None
    unconfirmed: bool = False
    source: list[str] = Field(default_factory=list)


class Summary(Strict):
    """Counts of area statuses and whether everything required is met."""

    met: int
    partial: int
    missing: int
    ready: bool
    requirements_met: int
    requirements_total: int


class GapReport(Strict):
    """The gap analysis of one record against one category."""

    target: str
    target_name: str
    track: str
    as_of: date
    person: str
    competencies: list[AreaResult]
    requirements: list[RequirementResult]
    summary: Summary
    next_steps: list[str] = Field(default_factory=list)


class CategoryFit(Strict):
    """One row of the what-if comparison."""

    rank: int
    target: str
    name: str
    track: str
    met: int
    partial: int
    missing: int
    requirements_met: int
    requirements_total: int
    ready: bool
    progress: float = Field(description="0-1: half areas (partial counts half), half requirements")


class WhatIfReport(Strict):
    """All categories side by side, best fit first."""

    target: Literal["all"] = "all"
    as_of: date
    person: str
    categories: list[CategoryFit]


class CategoryRow(Strict):
    """A category as `endorse categories` lists it."""

    id: str
    name: str
    track: str
    scope: str
    level: str
    counterpart: str | None = None


class AreaRow(Strict):
    """An area as `endorse areas` lists it."""

    domain: str
    domain_name: str
    area: str
    name: str
    alternate_names: list[str]
    description: str
    required_for: dict[str, str]


class PackSummary(Strict):
    """What `endorse validate` reports for a valid data pack."""

    data_dir: str
    domains: int
    areas: int
    categories: int
    crosswalks: dict[str, int] = Field(description="crosswalk id -> rows (course areas or competencies)")
    coverage_note: str | None = None
