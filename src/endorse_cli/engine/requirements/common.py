"""What every requirement check shares: its context, the rule in force, wording, the result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import TypeVar

from endorse_cli.models.category import Category
from endorse_cli.models.common import Dated, Rule
from endorse_cli.models.pack import fold
from endorse_cli.models.record import Record
from endorse_cli.results.common import Amount
from endorse_cli.results.gap import RequirementResult
from endorse_cli.vocab import CONFIRM, RequirementId, Status, shown

D = TypeVar("D", bound=Dated)


@dataclass(frozen=True)
class Context:
    """What a check may look at: the record (already cut to the report date), the category, the
    date."""

    record: Record
    category: Category
    as_of: date
    associations: tuple[str, ...] = ()

    def member_of(self, association: str) -> bool:
        """Whether the record belongs to `association` (an id the pack knows, or the name as
        written)."""
        names = {
            self.record.association,
            self.record.membership.association if self.record.membership else None,
        }
        written = {fold(n) for n in names if n}
        return fold(association) in written | {fold(a) for a in self.associations}


def in_force(versions: Sequence[D], on: date) -> D | None:
    """The rule version that applies on `on`, if any."""
    return next((v for v in versions if v.in_force(on)), None)


def listing(items: Sequence[str], joiner: str = "or") -> str:
    """'a', 'a or b', 'a, b or c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {joiner} {items[-1]}"


def of(have: Fraction, need: Fraction, unit: str) -> str:
    """'38 of 50 hours' while short, '47 hours (30 needed)' once reached."""
    if have >= need:
        return f"{shown(have)} {unit} ({shown(need)} needed)"
    return f"{shown(have)} of {shown(need)} {unit}"


def result(
    rid: RequirementId,
    rule: Rule,
    status: Status,
    detail: str,
    amounts: tuple[Amount, Amount, str | None] = (None, None, None),
    action: str | None = None,
    confirm: bool = False,
) -> RequirementResult:
    """A RequirementResult carrying the rule's stage, note, sources and confirmation flag
    (`confirm`: this record's verdict rests on something the record leaves open, e.g. an undated
    degree)."""
    if rule.unconfirmed and CONFIRM not in detail:
        detail = f"{detail} {CONFIRM}"
    return RequirementResult.of(
        rid,
        status,
        detail,
        amounts,
        stage=rule.stage,
        action=action if status != "met" else None,
        note=rule.note,
        unconfirmed=rule.unconfirmed or confirm,
        source=list(rule.source),
    )
