"""Read a training record: safe YAML, the Record model, ids checked against the pack."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from endorse_cli.errors import Problem, RecordError, count, file_label
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.pack import inputs
from endorse_cli.pack.discover import not_a_file
from endorse_cli.pack.messages import field_path, problems_from
from endorse_cli.pack.record_ids import check_ids
from endorse_cli.pack.yamlsafe import Document, YamlProblem, parse, read_text
from endorse_cli.vocab import LAST_REPORT_DATE

Where = tuple[str | int, ...]
_NONE = {"none", "null", ""}


def load_record(path: Path, pack: Pack, today: date | None = None) -> Record:
    """The record at `path`, or RecordError listing every problem with file, line and field.

    A date after `today` (default: the clock's) is an error; entries after a report date in the past
    are not: the engine leaves them out of that report, with a note."""
    today = today or date.today()
    label = file_label(path)
    inputs.note_file(path)
    problem = not_a_file(path)  # a named pipe is never opened: reading one waits for a writer
    if problem:
        raise RecordError(problem)
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
    problems = list(check_ids(doc, pack, label))  # on the raw data, so they come with structural problems
    try:
        record = Record.model_validate(doc.data)
    except ValidationError as exc:
        raise _invalid(label, problems_from(exc, Record, doc, label) + problems) from exc
    problems += _check_dates(record, doc, label, today)
    if problems:
        raise _invalid(label, problems)
    return record


def _invalid(label: str, problems: list[Problem]) -> RecordError:
    problems = sorted(problems, key=lambda p: p.line or 0)
    return RecordError(f"{label} is not a valid training record ({count(len(problems), 'problem')}):", problems)


def _normalize(data: dict[str, Any], pack: Pack) -> None:
    """Category names and any-case ids become ids; `none` means no endorsement."""
    for key, field in (
        ("reflective_supervision", "provider_endorsement"),
        ("references", "endorsement"),
        ("work", "supervisor_endorsement"),
        ("endorsements", "category"),
        ("exams", "category"),
    ):
        items = data.get(key)
        for item in items if isinstance(items, list) else []:
            value = item.get(field) if isinstance(item, dict) else None
            if isinstance(value, str):
                item[field] = None if value.strip().lower() in _NONE else pack.find_category(value) or value


def _problem(doc: Document, label: str, where: Where, message: str, fix: str) -> Problem:
    return Problem(label, message, line=doc.line_of(where), field=field_path(where), fix=fix)


_PLANNABLE = ("trainings", "courses", "reflective_supervision")


def _check_dates(record: Record, doc: Document, label: str, today: date) -> Iterator[Problem]:
    for where, day in _dates(record):
        if day is None:  # a degree still in progress has no date
            continue
        if day > LAST_REPORT_DATE:  # planned entries too
            msg = f"{day} is after {LAST_REPORT_DATE}, the last date endorse reckons with."
            yield _problem(doc, label, where, msg, "correct the date.")
        elif day > today and not _planned(record, where):
            fix = "correct the date."
            if where[0] in _PLANNABLE:
                fix = "correct the date, or add planned: true to the entry if it is not completed yet."
            yield _problem(doc, label, where, f"{day} is after today ({today}).", fix)


def _planned(record: Record, where: Where) -> bool:
    """Whether the date at `where` belongs to a planned entry (any date up to the last one is allowed)."""
    if where[0] not in _PLANNABLE or not isinstance(where[1], int):
        return False
    return bool(getattr(getattr(record, str(where[0]))[where[1]], "planned", False))


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
    signed = record.code_of_ethics_signed
    for i, day in enumerate(signed if isinstance(signed, list) else []):
        yield ("code_of_ethics_signed", i), day
    if isinstance(signed, date):
        yield ("code_of_ethics_signed",), signed
    if record.exam_passed:
        yield ("exam_passed",), record.exam_passed
    for i, exam in enumerate(record.exams):
        yield ("exams", i, "passed"), exam.passed
