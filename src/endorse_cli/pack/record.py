"""Read a training record: safe YAML, the Record model, ids checked against the pack."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from endorse_cli.errors import Problem, RecordError, count, file_label
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.pack import inputs
from endorse_cli.pack.discover import not_a_file
from endorse_cli.pack.messages import problems_from
from endorse_cli.pack.record_dates import future_dates
from endorse_cli.pack.record_ids import check_ids
from endorse_cli.pack.record_norm import normalize
from endorse_cli.pack.yamlsafe import YamlProblem, decode, parse, read_stream, read_text

STDIN = "-"
STDIN_LABEL = "<stdin>"


def load_record(path: Path, pack: Pack, today: date | None = None) -> Record:
    """The record at `path` (`-`: standard input, named `<stdin>` in messages), or RecordError
    listing every problem with file, line and field; either way at most MAX_BYTES are read.

    A date after `today` (default: the clock's) is an error; entries after a report date in the past
    are not: the engine leaves them out of that report, with a note."""
    today = today or date.today()
    from_stdin = str(path) == STDIN
    label = record_label(path)
    if not from_stdin:
        inputs.note_file(path)
        problem = not_a_file(path)  # a named pipe is never opened: reading one waits for a writer
        if problem:
            raise RecordError(problem)
    try:
        text = (
            decode(read_stream(sys.stdin.buffer, label), label)
            if from_stdin
            else read_text(path, label)
        )
        doc = parse(text, label)
    except YamlProblem as exc:
        raise RecordError(f"{label} cannot be read:", [exc.problem]) from exc
    if not isinstance(doc.data, dict):
        fix = "start the file with 'name: Your Name' and the other fields of the record."
        raise RecordError(
            f"{label} is not a training record:",
            [Problem(label, "the top level must be a mapping.", 1, fix=fix)],
        )
    normalize(doc.data, pack)
    # ids and dates are checked on the raw data, so they come with any structural problem, in one
    # run
    problems = [*check_ids(doc, pack, label), *future_dates(doc, label, today)]
    try:
        record = Record.model_validate(doc.data)
    except ValidationError as exc:
        problems += problems_from(exc, Record, doc, label)
    if problems:
        raise _invalid(label, problems)
    return record


def record_label(path: Path) -> str:
    """How messages name the record at `path`: `<stdin>` for `-`."""
    return STDIN_LABEL if str(path) == STDIN else file_label(path)


def _invalid(label: str, problems: list[Problem]) -> RecordError:
    problems = sorted(problems, key=lambda p: p.line or 0)
    return RecordError(
        f"{label} is not a valid training record ({count(len(problems), 'problem')}):", problems
    )
