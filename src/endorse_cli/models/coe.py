"""Models of the CoE consultation-competency crosswalk (data/crosswalks/, kind: consultation)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from endorse_cli.models.common import Sourced, Strict, empty_list
from endorse_cli.models.plain import TrueFalse
from endorse_cli.vocab import COE_ID, CoeRung, KnownPriority, Priority, Relation


class EndorsementMapping(Strict):
    """An Endorsement domain/area/level a consultation competency maps to."""

    domain: str | None = Field(None, description="Domain id; null where the source was cut off")
    area: str | None = Field(None, description="Area id; null where the source was cut off")
    level: CoeRung | None = None
    priority: KnownPriority | None = None
    note: str | None = None


class CoeCompetency(Strict):
    """A consultation competency row of the CoE crosswalk."""

    id: str = Field(pattern=COE_ID)
    summary: str = Field(description="Short paraphrase of the competency")
    priority: Priority
    relation: Relation
    endorsement: list[EndorsementMapping] = Field(default_factory=empty_list)
    source: list[str] = Field(default_factory=empty_list)
    note: str | None = None


class CoeSection(Sourced):
    """A section of the CoE crosswalk."""

    id: str = Field(pattern=r"^[0-9]+$")
    name: str
    competencies: list[CoeCompetency] = Field(default_factory=empty_list)


class Coverage(Strict):
    """How much of the published crosswalk the file holds."""

    complete: TrueFalse
    note: str


class CoeCrosswalk(Sourced):
    """The CoE consultation-competency crosswalk."""

    kind: Literal["consultation"]
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str
    coverage: Coverage
    legend: dict[str, str]
    sections: list[CoeSection]
