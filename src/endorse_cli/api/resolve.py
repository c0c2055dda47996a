"""What a person types -> the pack's ids: categories and areas by id or name in any case,
crosswalks, courses, CoE sections and relations. Anything unknown is a typed usage error (exit 2)
naming the closest choice and the ones there are; every library function that takes an id checks it
here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from endorse_cli.errors import (
    UnknownArea,
    UnknownCategory,
    UnknownCourse,
    UnknownCrosswalk,
    UsageError,
)
from endorse_cli.vocab import RELATIONS

if TYPE_CHECKING:
    from endorse_cli.models.coe import CoeCrosswalk
    from endorse_cli.models.crosswalk import CourseCrosswalk, CrosswalkCourse
    from endorse_cli.models.pack import Pack


def suggest(word: str, choices: list[str]) -> str:
    """' (did you mean X?)' for the closest choice, or '' (the pack's matcher, imported when a name
    is wrong)."""
    from endorse_cli.models.pack import suggest as closest

    return closest(word, choices)


def category(pack: Pack, text: str) -> str:
    """The category id for an id or name, any case."""
    found = pack.find_category(text)
    if found is None:
        raise UnknownCategory(
            f"unknown category '{text}'{pack.category_hint(text)}. Fix: use one of "
            f"{', '.join(pack.categories)}."
        )
    return found


def crosswalk(pack: Pack, name: str) -> CourseCrosswalk | CoeCrosswalk:
    """A course crosswalk or the CoE crosswalk by id, any case."""
    wanted = name.strip().lower()
    if wanted in pack.course_crosswalks:
        return pack.course_crosswalks[wanted]
    if pack.coe is not None and wanted == pack.coe.id:
        return pack.coe
    names = [*pack.course_crosswalks, *([pack.coe.id] if pack.coe else [])]
    raise UnknownCrosswalk(
        f"unknown crosswalk '{name}'{suggest(name, names)}. Fix: use one of {', '.join(names)}."
    )


def course_crosswalk(pack: Pack, name: str) -> CourseCrosswalk:
    """A course crosswalk by id, any case (UnknownCrosswalk for the CoE crosswalk or an unknown
    name)."""
    found = pack.course_crosswalks.get(name.strip().lower())
    if found is None:
        names = list(pack.course_crosswalks)
        fix = f"use one of {', '.join(names)}."
        raise UnknownCrosswalk(
            f"unknown course crosswalk '{name}'{suggest(name, names)}. Fix: {fix}"
        )
    return found


def course(xw: CourseCrosswalk, text: str) -> CrosswalkCourse:
    """A course of `xw` by id or alias ('I374', 'i374', 'IMH I374')."""
    found = xw.find_course(text)
    if found is None:
        ids = [c.id for c in xw.courses]
        titles = ", ".join(f"{c.id} ({c.title})" for c in xw.courses)
        raise UnknownCourse(
            f"unknown {xw.id} course '{text}'{suggest(text, ids)}. Fix: use one of {titles}."
        )
    return found


def section(xw: CoeCrosswalk, text: str) -> str:
    """A CoE section id ('7', ' 07 ')."""
    wanted = text.strip().lstrip("0") or "0"
    if any(s.id == wanted for s in xw.sections):
        return wanted
    choices = ", ".join(f"{s.id} ({s.name})" for s in xw.sections)
    raise UsageError(f"unknown CoE section '{text}'. Fix: use one of {choices}.")


def relation(text: str) -> str:
    """A CoE relation name; the symbols =, ≈ and ≠ are accepted too."""
    symbols = {"=": "equal", "≈": "partial", "≠": "unique", "!=": "unique"}
    wanted = symbols.get(text.strip(), text.strip().lower())
    if wanted not in RELATIONS:
        raise UsageError(
            f"unknown relation '{text}'{suggest(text, list(RELATIONS))}. Fix: use one of "
            f"{', '.join(RELATIONS)}."
        )
    return wanted


def area(pack: Pack, text: str) -> str:
    """An area id for an id, name or alternate spelling, any case."""
    found = pack.find_area(text)
    if found is None:
        raise UnknownArea(
            f"unknown area '{text}'{pack.area_hint(text)}. Fix: use an area id or name, one of: "
            f"{', '.join(pack.areas)}."
        )
    return found
