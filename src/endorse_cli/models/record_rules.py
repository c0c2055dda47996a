"""Checks on a training record's entries that the field types cannot express, written so that each
is reported beside any other mistake of the same entry (one run shows all)."""

from datetime import date
from typing import Any

from pydantic import ValidationInfo

_MIXED = (
    "mixes a list with 'area: status' lines: both forms are fine, one per entry -- fix: write "
    "either areas: [a, b] (each partially met) or, under areas:, one 'area: met' or 'area: "
    "partial' line each"
)


def one_form(value: object) -> object:
    """A list of areas with 'area: met' items in it gets one message, not one per form it fails."""
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        raise ValueError(_MIXED)
    return value


def after_start(end: date | None, info: ValidationInfo) -> date | None:
    """`end` on or after `start` (checked on the field, so it is reported beside any other
    mistake)."""
    start = info.data.get("start")
    if end is not None and isinstance(start, date) and end < start:
        raise ValueError(
            f"end is before start ({end}, {start}) -- fix: correct one of the two dates"
        )
    return end


def course_shape(data: Any) -> str | None:
    """What is wrong with a course entry's choice of crosswalk course or title, if anything."""
    if not isinstance(data, dict):
        return None
    crosswalk, course, title = (data.get(k) for k in ("crosswalk", "course", "title"))
    if crosswalk is None and course is None and title is None:
        return (
            "names no course -- fix: give crosswalk and course (e.g. erikson, I370), or the "
            "course's title"
        )
    if (crosswalk is None) != (course is None):
        return (
            "crosswalk and course go together -- fix: give both (e.g. crosswalk: erikson, course: "
            "I370)"
        )
    return None
