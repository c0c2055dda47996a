"""Read a training record: safe YAML, the Record model, ids checked against the pack."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from endorse_cli.errors import Problem, RecordError, count
from endorse_cli.models.crosswalk import coe_key, well_formed
from endorse_cli.models.pack import Pack, suggest
from endorse_cli.models.record import AreaClaims, Record
from endorse_cli.pack.messages import field_path, problems_from
from endorse_cli.pack.yamlsafe import Document, YamlProblem, parse, read_text

Where = tuple[str | int, ...]
_NONE = {"none", "null", ""}


def load_record(path: Path, pack: Pack, as_of: date) -> Record:
    """The record at `path`, or RecordError listing every problem with file, line and field."""
    label = str(path)
    if not path.is_file():
        raise RecordError(f"{label}: no such file. Fix: give the path of your training record (YAML).")
    try:
        doc = parse(read_text(path, label), label)
    except YamlProblem as exc:
        raise RecordError(f"{label} cannot be read:", [exc.problem]) from exc
    if not isinstance(doc.data, dict):
        fix = "start the file with 'name: Your Name' and the other fields of the record."
        raise RecordError(
            f"{label} is not a training record:", [Problem(label, "the top level must be a mapping.", 1, fix=fix)]
        )
    _normalize(doc.data, pack)
    try:
        record = Record.model_validate(doc.data)
    except ValidationError as exc:
        problems = problems_from(exc, Record, doc, label)
        raise RecordError(
            f"{label} is not a valid training record ({count(len(problems), 'problem')}):", problems
        ) from exc
    problems = list(_check_ids(record, pack, doc, label)) + list(_check_dates(record, doc, label, as_of))
    if problems:
        raise RecordError(f"{label} is not a valid training record ({count(len(problems), 'problem')}):", problems)
    return record


def _normalize(data: dict[str, Any], pack: Pack) -> None:
    """Category names and any-case ids become ids; `none` means no endorsement."""
    for key, field in (
        ("reflective_supervision", "provider_endorsement"),
        ("references", "endorsement"),
        ("work", "supervisor_endorsement"),
        ("endorsements", "category"),
    ):
        items = data.get(key)
        for item in items if isinstance(items, list) else []:
            value = item.get(field) if isinstance(item, dict) else None
            if isinstance(value, str):
                item[field] = None if value.strip().lower() in _NONE else pack.find_category(value) or value


def _problem(doc: Document, label: str, where: Where, message: str, fix: str) -> Problem:
    return Problem(label, message, line=doc.line_of(where), field=field_path(where), fix=fix)


def _check_ids(record: Record, pack: Pack, doc: Document, label: str) -> Iterator[Problem]:
    for where, value in _category_refs(record):
        if pack.find_category(value) is None:
            hint = pack.category_hint(value)
            yield _problem(
                doc,
                label,
                where,
                f"unknown category '{value}'{hint}.",
                f"use one of {', '.join(pack.categories)} (or none).",
            )
    for i, course in enumerate(record.courses):
        yield from _check_course(record, pack, doc, label, i)
        yield from _check_claims(pack, doc, label, ("courses", i, "areas"), course.areas)
    for i, training in enumerate(record.trainings):
        yield from _check_claims(pack, doc, label, ("trainings", i, "areas"), training.areas)


def _category_refs(record: Record) -> Iterator[tuple[Where, str]]:
    for i, e in enumerate(record.endorsements):
        yield ("endorsements", i, "category"), e.category
    for i, s in enumerate(record.reflective_supervision):
        if s.provider_endorsement:
            yield ("reflective_supervision", i, "provider_endorsement"), s.provider_endorsement
    for i, r in enumerate(record.references):
        if r.endorsement:
            yield ("references", i, "endorsement"), r.endorsement
    for i, w in enumerate(record.work):
        if w.supervisor_endorsement:
            yield ("work", i, "supervisor_endorsement"), w.supervisor_endorsement


def _check_course(record: Record, pack: Pack, doc: Document, label: str, i: int) -> Iterator[Problem]:
    course = record.courses[i]
    if not course.crosswalk or not course.course:
        return
    xw = pack.find_crosswalk(course.crosswalk)
    if xw is None:
        hint = suggest(course.crosswalk, list(pack.course_crosswalks))
        yield _problem(
            doc,
            label,
            ("courses", i, "crosswalk"),
            f"unknown crosswalk '{course.crosswalk}'{hint}.",
            f"use one of: {', '.join(pack.course_crosswalks)}.",
        )
    elif xw.find_course(course.course) is None:
        ids = [c.id for c in xw.courses]
        yield _problem(
            doc,
            label,
            ("courses", i, "course"),
            f"unknown {xw.id} course '{course.course}'{suggest(course.course, ids)}.",
            f"use one of: {', '.join(ids)}.",
        )


def _check_claims(pack: Pack, doc: Document, label: str, where: Where, claims: AreaClaims | None) -> Iterator[Problem]:
    names = list(claims or [])
    for j, name in enumerate(names):
        at: Where = (*where, j) if isinstance(claims, list) else (*where, name)
        key = coe_key(name)
        if key is not None:
            problem = _coe_problem(pack, key)
            if problem:
                yield _problem(doc, label, at, *problem)
        elif pack.find_area(name) is None:
            yield _problem(
                doc,
                label,
                at,
                f"unknown area '{name}'{pack.area_hint(name)}.",
                "use an area id or name; `endorse areas` lists them (or coe:ID for a CoE competency).",
            )


def _coe_problem(pack: Pack, key: str) -> tuple[str, str] | None:
    """(message, fix) when `coe:key` names no CoE competency this pack can credit."""
    ids = pack.coe_ids()
    if pack.coe is None:
        return f"'coe:{key}': this data pack has no CoE crosswalk.", "remove it, or use a pack with one (--data-dir)."
    if not well_formed(key):
        return (
            f"'coe:{key}' is not a CoE competency id{suggest(key, ids)}.",
            "write it as coe:SECTION LETTER.NUMBER, e.g. coe:7A.1; `endorse crosswalk coe` lists them.",
        )
    if key not in ids and pack.coe.coverage.complete:
        return f"unknown CoE competency 'coe:{key}'{suggest(key, ids)}.", f"use one of: {', '.join(ids)}."
    return None


def _check_dates(record: Record, doc: Document, label: str, as_of: date) -> Iterator[Problem]:
    for where, day in _dates(record):
        if day > as_of:
            yield _problem(
                doc,
                label,
                where,
                f"{day} is after the report date {as_of}.",
                "correct the date, or pass --as-of with a later date.",
            )


def _dates(record: Record) -> Iterator[tuple[Where, date]]:
    for i, e in enumerate(record.endorsements):
        if e.earned:
            yield ("endorsements", i, "earned"), e.earned
    for key, attr in (("education", "completed"), ("courses", "completed"), ("trainings", "date")):
        for i, item in enumerate(getattr(record, key)):
            if getattr(item, attr):  # a degree may leave out its date
                yield (key, i, attr), getattr(item, attr)
    for key in ("work", "reflective_supervision"):
        for i, item in enumerate(getattr(record, key)):
            yield (key, i, "start"), item.start
            if item.end:
                yield (key, i, "end"), item.end
    for day in record.ethics_dates():  # one date or a list of them
        yield ("code_of_ethics_signed",), day
    if record.exam_passed:
        yield ("exam_passed",), record.exam_passed
