"""Pieces every report shares: a requirement's shape, a piece of evidence, status counts, private
rows."""

from typing import Any, ClassVar, Self

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

from endorse_cli.models.common import Strict
from endorse_cli.vocab import DOCUMENT_FORMATS, Credit, OutputFormat, RenewalId, RequirementId

Amount = float | int | str | None


class Report(Strict):
    """A result a command renders, claiming its formats: `render` has a renderer for each claim and
    refuses any other (tests/test_renderers.py finds every report type and checks each claim)."""

    formats: ClassVar[frozenset[OutputFormat]] = DOCUMENT_FORMATS


class Evidence(Strict):
    """One piece of evidence for an area: where it comes from and what it credits."""

    source: str = Field(
        description="e.g. erikson:I370, erikson:program, training:<title>, references"
    )
    status: Credit
    title: str | None = Field(
        None, description="Human name of the course, training or other evidence"
    )
    unconfirmed: bool = Field(
        False, description="The sources do not state firmly that this evidence counts"
    )


class Summary(Strict):
    """Counts of area statuses and whether the record is ready to apply."""

    met: int
    partial: int
    missing: int
    ready: bool = Field(
        description="Ready to apply: every area and every application-stage requirement met"
    )
    requirements_met: int
    requirements_total: int


class Requirement(Strict):
    """A requirement as every report shows it: what is required, what the record has, and why."""

    id: str
    label: str
    status: str
    required: Amount = None
    have: Amount = None
    unit: str | None = None
    detail: str

    @classmethod
    def of(
        cls,
        rid: RequirementId | RenewalId,
        status: str,
        detail: str,
        amounts: tuple[Amount, Amount, str | None],
        **rest: Any,
    ) -> Self:
        """The requirement `rid`, labelled as the vocabulary words it, with its (required, have,
        unit) amounts and whatever else its report adds (`rest`)."""
        required, have, unit = amounts
        return cls(
            id=rid,
            label=rid.label,
            status=status,
            required=required,
            have=have,
            unit=unit,
            detail=detail,
            **rest,
        )


class PrivateRow(Strict):
    """A cohort row whose per-requirement statuses appear only when --detail asks (records are
    personal data), and whose page appears only when the person's checklist was written
    (--html-dir)."""

    page: str | None = Field(
        None, description="The file name of the person's checklist, beside the index (--html-dir)"
    )

    @model_serializer(mode="wrap")
    def _without_detail(self, handler: SerializerFunctionWrapHandler) -> Any:
        """Rows leave `requirements` and `page` out entirely unless --detail or --html-dir asked for
        them."""
        data = handler(self)
        if isinstance(data, dict):
            for key in ("requirements", "page"):
                if getattr(self, key, None) is None:
                    data.pop(key, None)
        return data
