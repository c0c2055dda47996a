"""Which associations a record belongs to: its own `association`, else its membership's."""

from __future__ import annotations

from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record


def associations_of(pack: Pack, record: Record) -> list[str]:
    """Association ids the pack knows for the record, its own association first."""
    names = (record.association, record.membership.association if record.membership else None)
    found = [pack.find_association(text) for text in names if text]
    return list(dict.fromkeys(a for a in found if a))
