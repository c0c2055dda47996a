"""Turns pydantic validation errors into Problems a person can act on."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from endorse_cli.errors import Problem
from endorse_cli.pack.yamlsafe import Document

_FIXES = {
    "missing": "add this field.",
    "extra_forbidden": "remove it or correct its spelling.",
    "date_from_datetime_parsing": "write the date as YYYY-MM-DD, e.g. 2024-05-31.",
    "date_parsing": "write the date as YYYY-MM-DD, e.g. 2024-05-31.",
    "date_type": "write the date as YYYY-MM-DD, e.g. 2024-05-31.",
    "greater_than": "give a number above zero.",
    "literal_error": "use one of the allowed values.",
    "bool_type": "write true or false.",
    "bool_parsing": "write true or false.",
    "list_type": "write a list, e.g. [a, b] or one '- item' per line.",
    "dict_type": "write a mapping of 'key: value' lines.",
    "model_type": "write a mapping of 'key: value' lines.",
}


def field_path(loc: Iterable[Any]) -> str:
    """('trainings', 0, 'hours') -> 'trainings[0].hours'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(top level)"


def _clean_loc(loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """Drop pydantic's union/function markers from a location."""
    return tuple(p for p in loc if isinstance(p, int) or not _is_marker(str(p)))


def _is_marker(part: str) -> bool:
    return part.startswith(("function-", "list[", "dict["))


def _known_fields(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """Field names allowed where an unknown key was found, for 'did you mean'."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int) or current is None:
            continue
        info = getattr(current, "model_fields", {}).get(part)
        current = _inner_model(info.annotation) if info else None
    return list(getattr(current, "model_fields", {}) or [])


def _inner_model(annotation: Any) -> Any:
    """The BaseModel inside list[X] / X | None, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _message(err: Any, model: type[BaseModel], loc: tuple[str | int, ...]) -> tuple[str, str]:
    kind = err["type"]
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(loc[-1]), _known_fields(model, loc), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return f"unknown field '{loc[-1]}'{hint}.", _FIXES[kind]
    if kind == "missing":
        return "required field is missing.", _FIXES[kind]
    got = err.get("input")
    shown = "" if isinstance(got, dict | list) or got is None else f" (got {got!r})"
    msg = str(err["msg"]).removeprefix("Value error, ")
    if kind == "literal_error":
        msg = msg.replace("Input should be", "must be")
    return f"{msg}{shown}.", _FIXES.get(kind, "correct the value.")


def _split_value_fix(data: Any, loc: tuple[str | int, ...]) -> str | None:
    """A key like 'IFS)' next to a value like 'D. Kim (MSW': a comma inside { } split the value."""
    key = str(loc[-1])
    parent = data
    for part in loc[:-1]:
        parent = parent[part] if _has(parent, part) else None
    if not isinstance(parent, dict) or key.count(")") <= key.count("("):
        return None
    for name, value in parent.items():
        if isinstance(value, str) and value.count("(") > value.count(")"):
            return f'a comma inside {{ }} splits a value in two: put it in quotes, e.g. {name}: "{value}, {key}".'
    return None


def _has(container: Any, part: str | int) -> bool:
    if isinstance(container, dict):
        return part in container
    return isinstance(container, list) and isinstance(part, int) and 0 <= part < len(container)


def problems_from(
    exc: ValidationError, model: type[BaseModel], doc: Document, label: str, base: tuple[str | int, ...] = ()
) -> list[Problem]:
    """One Problem per validation error, with file, line and field path."""
    problems = []
    for err in exc.errors():
        loc = _clean_loc(tuple(err["loc"]))
        message, fix = _message(err, model, loc)
        if err["type"] == "extra_forbidden":
            fix = _split_value_fix(doc.data, loc) or fix
        full = (*base, *loc)
        problems.append(Problem(label, message, line=doc.line_of(full), field=field_path(full), fix=fix))
    return problems
