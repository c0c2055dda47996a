"""Ids a training record names (categories, crosswalk courses, areas, CoE competencies), checked on
the raw YAML data so that they are reported together with any structural problem, in one run."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from endorse_cli.errors import Problem
from endorse_cli.models.crosswalk import coe_key, well_formed
from endorse_cli.models.pack import Pack, suggest
from endorse_cli.pack.messages import field_path
from endorse_cli.pack.yamlsafe import Document

Where = tuple[str | int, ...]
CATEGORY_FIELDS = (
    ("endorsements", "category"),
    ("exams", "category"),
    ("reflective_supervision", "provider_endorsement"),
    ("references", "endorsement"),
    ("work", "supervisor_endorsement"),
)


def items(data: dict[str, Any], key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(index, entry) for each mapping in the list `data[key]`, skipping anything malformed."""
    value = data.get(key)
    for i, item in enumerate(value if isinstance(value, list) else []):
        if isinstance(item, dict):
            yield i, item


def check_ids(doc: Document, pack: Pack, label: str) -> Iterator[Problem]:
    """Every unknown id the record names, with file, line, field and a suggestion."""
    data = doc.data

    def problem(where: Where, message: str, fix: str) -> Problem:
        return Problem(label, message, line=doc.line_of(where), field=field_path(where), fix=fix)

    target = data.get("target")
    if isinstance(target, str) and pack.find_category(target) is None:
        message = f"unknown category '{target}'{pack.category_hint(target)}."
        yield problem(("target",), message, f"use one of {', '.join(pack.categories)}.")
    for key, name in CATEGORY_FIELDS:
        for i, item in items(data, key):
            value = item.get(name)
            if isinstance(value, str) and pack.find_category(value) is None:
                message = f"unknown category '{value}'{pack.category_hint(value)}."
                yield problem(
                    (key, i, name), message, f"use one of {', '.join(pack.categories)} (or none)."
                )
    for i, item in items(data, "courses"):
        yield from (problem(*found) for found in _course(pack, i, item))
    for key in ("courses", "trainings"):
        for i, item in items(data, key):
            yield from (
                problem(*found) for found in _claims(pack, (key, i, "areas"), item.get("areas"))
            )


def _course(pack: Pack, i: int, item: dict[str, Any]) -> Iterator[tuple[Where, str, str]]:
    crosswalk, course = item.get("crosswalk"), item.get("course")
    if not isinstance(crosswalk, str) or not isinstance(course, str):
        return
    xw = pack.find_crosswalk(crosswalk)
    if xw is None:
        hint = suggest(crosswalk, list(pack.course_crosswalks))
        message = f"unknown crosswalk '{crosswalk}'{hint}."
        yield (
            ("courses", i, "crosswalk"),
            message,
            f"use one of: {', '.join(pack.course_crosswalks)}.",
        )
    elif xw.find_course(course) is None:
        ids = [c.id for c in xw.courses]
        message = f"unknown course '{course}' in crosswalk '{xw.id}'{suggest(course, ids)}."
        yield ("courses", i, "course"), message, f"use one of: {', '.join(ids)}."


def _claims(pack: Pack, where: Where, claims: Any) -> Iterator[tuple[Where, str, str]]:
    names = claims if isinstance(claims, list) else list(claims) if isinstance(claims, dict) else []
    for j, name in enumerate(names):
        if not isinstance(name, str):
            continue
        at: Where = (*where, j) if isinstance(claims, list) else (*where, name)
        key = coe_key(name)
        if key is not None:
            found = _coe_problem(pack, key)
            if found:
                yield at, *found
        elif pack.find_area(name) is None:
            fix = (
                "use an area id or name; `endorse areas` lists them (or coe:ID for a CoE "
                "competency)."
            )
            yield at, f"unknown area '{name}'{pack.area_hint(name)}.", fix


def _coe_problem(pack: Pack, key: str) -> tuple[str, str] | None:
    """(message, fix) when `coe:key` names no CoE competency this pack can credit."""
    ids = pack.coe_ids()
    if pack.coe is None:
        return (
            f"'coe:{key}': this data pack has no CoE crosswalk.",
            "remove it, or use a pack with one (--data-dir).",
        )
    if not well_formed(key):
        return (
            f"'coe:{key}' is not a CoE competency id{suggest(key, ids)}.",
            "write it as coe:SECTION LETTER.NUMBER, e.g. coe:7A.1; `endorse crosswalk coe` lists "
            "them.",
        )
    if key not in ids and pack.coe.coverage.complete:
        return (
            f"unknown CoE competency 'coe:{key}'{suggest(key, ids)}.",
            f"use one of: {', '.join(ids)}.",
        )
    return None
