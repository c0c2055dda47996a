"""Models of data/competencies/: domains, their knowledge/skill areas, and what evidence they
accept."""

from typing import Literal

from pydantic import Field

from endorse_cli.models.common import Sourced, Strict, empty_list
from endorse_cli.models.plain import TrueFalse
from endorse_cli.vocab import EvidenceKind, Requiredness


class DomainEvidence(Sourced):
    """The kinds of evidence that document a domain's areas, and which the sources leave open."""

    kinds: list[EvidenceKind] = Field(min_length=1)
    unconfirmed_kinds: list[EvidenceKind] = Field(
        default_factory=empty_list,
        description="Kinds the sources do not state firmly for this domain",
    )


class Area(Sourced):
    """A knowledge/skill area of the Competency Guidelines."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str
    alternate_names: list[str] = Field(default_factory=empty_list, description="Other spellings")
    description: str = Field(description="Short description in our own words")
    required_for: dict[str, Requiredness] = Field(description="Category id -> requiredness")
    inferred: TrueFalse = Field(False, description="Some cell was derived by reasoning, not read")


class Domain(Sourced):
    """A competency domain grouping areas."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str
    alternate_names: list[str] = Field(default_factory=empty_list)
    kind: Literal["knowledge", "skill"]
    evidence: DomainEvidence
    areas: list[Area] = Field(default_factory=empty_list)


class CompetencyFile(Strict):
    """One file of data/competencies/."""

    domains: list[Domain]
