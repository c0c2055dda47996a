"""Building blocks shared by the data-pack and record models."""

from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from endorse_cli.models.plain import TrueFalse
from endorse_cli.vocab import Credit, Stage


def _as_list(value: object) -> object:
    """Accept a single string where a list of strings is expected."""
    return [value] if isinstance(value, str) else value


# Areas a training, course or offering credits: names alone (partial), or name -> met | partial.
AreaClaims = list[str] | dict[str, Credit]

Sources = Annotated[
    list[str],
    BeforeValidator(_as_list),
    Field(
        min_length=1,
        description="Ids of documents listed in sources/documents.yaml, or URLs, stating the fact",
    ),
]


def empty_list() -> list[Any]:
    """A new empty list: the default factory of list fields. Same value as `list`, but building a
    schema asks each factory for its signature, and the builtin `list` answers only through the
    tokenizer (about 0.3 ms a field; some 10 ms of CPU per `endorse gap`); a Python function answers
    at once."""
    return []


class Strict(BaseModel):
    """Base for every model: unknown keys are errors and instances are immutable."""

    # defer_build: schemas are built on first use, so start-up pays only for the models it uses.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Sourced(Strict):
    """A fact that names where it comes from and whether the sources settle it."""

    source: Sources
    note: str | None = Field(None, description="Conflicts or caveats, in our own words")
    unconfirmed: TrueFalse = Field(False, description="True when the sources leave the fact open")


class Dated(Sourced):
    """A rule version in force from `effective_from` (inclusive) to `effective_until`
    (inclusive)."""

    effective_from: date | None = None
    effective_until: date | None = None

    def in_force(self, on: date) -> bool:
        """Whether this version applies to an application made on `on`."""
        starts_ok = self.effective_from is None or self.effective_from <= on
        return starts_ok and (self.effective_until is None or on <= self.effective_until)


class Rule(Dated):
    """A dated requirement rule, checked when applying or after the application is reviewed."""

    stage: Stage = Field("application", description="application, or after_review (e.g. the exam)")

    @property
    def asks(self) -> bool:
        """Whether the rule asks anything of an applicant (a yes/no rule may be switched off)."""
        return True
