"""When the record reached a degree level: the date that makes work and RSC 'postgraduate'."""

from __future__ import annotations

from datetime import date

from endorse_cli.models.record import Record
from endorse_cli.vocab import LEVEL_NAMES, LEVEL_ORDER, Level, a_or_an


def completed(record: Record, level: Level) -> date | None:
    """The earliest completion date of a degree at `level` or above, if the record dates one."""
    floor = LEVEL_ORDER.index(level)
    dates = [
        e.completed for e in record.education if e.completed and LEVEL_ORDER.index(e.level) >= floor
    ]
    return min(dates, default=None)


def any_dated(record: Record) -> bool:
    """Whether the record gives a completion date for any degree."""
    return any(e.completed for e in record.education)


def top_level(record: Record) -> Level | None:
    """The highest degree level the record holds (dated or not)."""
    return max((e.level for e in record.education), key=LEVEL_ORDER.index, default=None)


def degree_words(level: Level) -> str:
    """'a master's degree' (or above)."""
    return a_or_an(LEVEL_NAMES[level])
