"""Small pieces of wording every format shares."""

from __future__ import annotations

from endorse_cli.results.common import Evidence

_OWN_TITLE = ("references", "rsc")


def evidence_text(evidence: Evidence) -> str:
    """'erikson:I370 (partial)', 'reference ratings (3 of 3) (met)'."""
    name = evidence.title if evidence.source in _OWN_TITLE and evidence.title else evidence.source
    flag = ", confirm" if evidence.unconfirmed else ""
    return f"{name} ({evidence.status}{flag})"


_ONE = {
    "hours": "hour",
    "years": "year",
    "references": "reference",
    "families": "family",
    "months": "month",
}


def unit_for(unit: str, value: object) -> str:
    """The unit as it reads after `value`: '1 reference', '3 references', '1 year', '0.5 years'."""
    return _ONE.get(unit, unit) if value == 1 else unit


RELATION_LEGEND = (
    "= documented by Endorsement · ≈ partly · ≠ specific to consultation · =/≈ mapped, which of "
    "the two not shown · ? not known"
)
