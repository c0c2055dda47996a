"""Why a text written like a date is not one, in words a person can act on ('February has 28 days in
2025'); shared by the command line (--as-of) and the record's messages."""

from __future__ import annotations

import re

_SHAPE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def why_not_a_date(text: str) -> str:
    """'2025-02-30 is not a date: February has 28 days in 2025' (or how to write one)."""
    shape = _SHAPE.fullmatch(text.strip())
    if shape is None:
        return f"{text} is not a date: write it YYYY-MM-DD, e.g. 2025-06-30"
    import calendar

    year, month, day = (int(part) for part in shape.groups())
    if not 1 <= month <= 12:
        return f"{text} is not a date: there is no month {month} (months go from 01 to 12)"
    if day < 1:
        return f"{text} is not a date: days start at 01"
    days = calendar.monthrange(year, month)[1]
    return f"{text} is not a date: {calendar.month_name[month]} has {days} days in {year}"
