"""Models of the yearly renewal rules (`renewal:` in data/categories/), with association
variants."""

from typing import Self

from pydantic import Field, model_validator

from endorse_cli.models.common import Dated, Sourced, Sources, Strict, empty_list
from endorse_cli.models.plain import PlainFloat, PlainInt, TrueFalse
from endorse_cli.vocab import RenewalId


class OpenQuestion(Strict):
    """A renewal rule the sources leave open or state in conflict; reports say 'confirm with your
    association'."""

    requirement: RenewalId = Field(description="The renewal requirement it concerns")
    note: str = Field(min_length=1, description="What is open or in conflict, in our own words")
    source: Sources


class RscVariant(Sourced):
    """An association's own renewal RSC rule (fewer hours, peer consultation, or none), shown as a
    variant."""

    association: str = Field(description="Association id (a file of data/associations/)")
    after_years: PlainInt = Field(
        0,
        ge=0,
        description="Applies once the category has been held this many years when the renewal "
        "year starts",
    )
    hours: PlainFloat = Field(
        ge=0, description="RSC hours a year under this variant (0: not required)"
    )
    providers: list[str] = Field(
        default_factory=empty_list, description="Provider endorsements counted besides the rule's"
    )
    peer_providers: list[str] = Field(
        default_factory=empty_list,
        description="Peer consultation counts when the peer holds one of these categories",
    )
    summary: str = Field(min_length=1, description="The variant in a few words, as reports show it")


class RenewalRule(Dated):
    """One version of a category's yearly renewal: training, the DEI hour, RSC, RSC-provider hours,
    and more."""

    training_hours: PlainFloat = Field(
        gt=0, description="Clock hours of relationship-based training a year"
    )
    dei_hours: PlainFloat = Field(
        0, ge=0, description="Of those, hours on diversity, equity and inclusion (0: none)"
    )
    rsc_hours: PlainFloat = Field(
        0, ge=0, description="Reflective supervision/consultation received a year (0: none)"
    )
    rsc_providers: list[str] = Field(
        default_factory=empty_list,
        description="Endorsements of a qualifying RSC provider (individual or group; never peer)",
    )
    rsc_provider_training_hours: PlainFloat = Field(
        0, ge=0, description="For those who provide RSC: hours of the training about providing it"
    )
    membership: TrueFalse = Field(
        True, description="Membership must be current through the renewal year"
    )
    code_of_ethics: TrueFalse = Field(
        True, description="The code of ethics is signed again each renewal year"
    )
    rsc_variants: list[RscVariant] = Field(
        default_factory=empty_list, description="Associations' own RSC rules"
    )
    open: list[OpenQuestion] = Field(
        default_factory=empty_list, description="Rules the sources leave open or in conflict"
    )

    @model_validator(mode="after")
    def _providers_when_rsc(self) -> Self:
        if self.rsc_hours > 0 and not self.rsc_providers:
            raise ValueError(
                "rsc_hours needs rsc_providers (the endorsements of a qualifying provider)"
            )
        return self

    def open_about(self, requirement: RenewalId) -> list[OpenQuestion]:
        """The open questions about one requirement."""
        return [q for q in self.open if q.requirement == requirement]
