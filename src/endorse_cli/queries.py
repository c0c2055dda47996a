"""Resolve what a user typed (category, crosswalk, course, section, area) or fail listing the choices."""

from __future__ import annotations

from typing import Any

from endorse_cli.catalog import Catalog, suggest
from endorse_cli.errors import UsageError
from endorse_cli.models.catalog import CoeCrosswalk, Course, CourseCrosswalk

RELATIONS = ("equal", "partial", "unique", "mapped", "unknown")
_COURSE_ONLY = ("--course", "--category")
_COE_ONLY = ("--essential", "--relation", "--section")


def category(catalog: Catalog, text: str) -> str:
    """The category id for an id or name, any case."""
    found = catalog.find_category(text)
    if found is None:
        raise UsageError(
            f"unknown category '{text}'{catalog.category_hint(text)}. Fix: use one of {', '.join(catalog.categories)}."
        )
    return found


def crosswalk(catalog: Catalog, name: str) -> CourseCrosswalk | CoeCrosswalk:
    """A course crosswalk or the CoE crosswalk by id, any case."""
    wanted = name.strip().lower()
    if wanted in catalog.course_crosswalks:
        return catalog.course_crosswalks[wanted]
    if catalog.coe is not None and wanted == catalog.coe.id:
        return catalog.coe
    names = [*catalog.course_crosswalks, *([catalog.coe.id] if catalog.coe else [])]
    raise UsageError(f"unknown crosswalk '{name}'{suggest(name, names)}. Fix: use one of {', '.join(names)}.")


def course(xw: CourseCrosswalk, text: str) -> Course:
    """A course of `xw` by id or alias ('I374', 'i374', 'IMH I374')."""
    from endorse_cli.engine.areas import find_course

    found = find_course(xw, text)
    if found is None:
        ids = [c.id for c in xw.courses]
        titles = ", ".join(f"{c.id} ({c.title})" for c in xw.courses)
        raise UsageError(f"unknown {xw.id} course '{text}'{suggest(text, ids)}. Fix: use one of {titles}.")
    return next(c for c in xw.courses if c.id == found)


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
            f"unknown relation '{text}'{suggest(text, list(RELATIONS))}. Fix: use one of {', '.join(RELATIONS)}."
        )
    return wanted


def area(catalog: Catalog, text: str) -> str:
    """An area id for an id, name or alternate spelling, any case."""
    found = catalog.find_area(text)
    if found is None:
        raise UsageError(
            f"unknown area '{text}'{catalog.area_hint(text)}. Fix: use an area id or name, one of: "
            f"{', '.join(catalog.areas)}."
        )
    return found


def reject_options(kind: str, given: dict[str, Any]) -> None:
    """Options that belong to the other kind of crosswalk are a usage error, not silently ignored."""
    wrong = [name for name, value in given.items() if value not in (None, False)]
    if wrong:
        allowed = _COURSE_ONLY if kind == "courses" else _COE_ONLY
        raise UsageError(
            f"{', '.join(wrong)} {'does' if len(wrong) == 1 else 'do'} not apply to this crosswalk. "
            f"Fix: leave {'it' if len(wrong) == 1 else 'them'} out (this crosswalk takes {', '.join(allowed)})."
        )
