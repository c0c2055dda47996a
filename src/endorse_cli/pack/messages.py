"""Turns pydantic validation errors into Problems a person can act on."""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from endorse_cli.errors import Problem, field_path
from endorse_cli.pack.yamlsafe import Document

__all__ = ["FIX", "field_path", "plain_message", "problems_from"]

FIX = " -- fix: "  # in a validator's message, what comes after it is the fix

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
    "model_attributes_type": "write a mapping of 'key: value' lines.",
    "string_type": "write the text (in quotes if it looks like a number, date or list).",
    "int_type": "write a whole number, e.g. 14.",
    "int_parsing": "write a whole number, e.g. 14.",
    "int_from_float": "write a whole number, e.g. 14.",
    "float_type": "write a number, e.g. 14 or 2.5.",
    "float_parsing": "write a number, e.g. 14 or 2.5.",
    "too_short": "add at least one entry, or leave the field out.",
    "string_too_short": "write the text (a name, a title: at least one character).",
}
# pydantic's wording, in words a person filling in a record uses ('Input should be a valid string'
# reads as jargon). {…} are filled from the error's context.
_PLAIN = {
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_parsing_size": "is too large a number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "finite_number": "must be a finite number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "dict_type": "must be a mapping of 'key: value' lines",
    "model_type": "must be a mapping of 'key: value' lines",
    "model_attributes_type": "must be a mapping of 'key: value' lines",
    "mapping_type": "must be a mapping of 'key: value' lines",
    "list_type": "must be a list",
    "tuple_type": "must be a list",
    "set_type": "must be a list",
    "frozen_set_type": "must be a list",
    "iterable_type": "must be a list",
    "date_type": "must be a date written YYYY-MM-DD",
    "date_parsing": "must be a date written YYYY-MM-DD",
    "date_from_datetime_parsing": "must be a date written YYYY-MM-DD",
    "date_from_datetime_inexact": "must be a date written YYYY-MM-DD, without a time",
    "greater_than": "must be greater than {gt}",
    "greater_than_equal": "must be at least {ge}",
    "less_than": "must be less than {lt}",
    "less_than_equal": "must be at most {le}",
    "too_short": "needs at least {min_length}",
    "too_long": "may have at most {max_length}",
    "string_too_short": "must not be empty",
    "string_too_long": "may be at most {max_length} characters long",
    "string_pattern_mismatch": "is not written in the expected form",
    "literal_error": "must be one of {expected}",
    "enum": "must be one of {expected}",
    "none_required": "must be left empty",
    "invalid_key": "keys must be text",
}


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
    if kind in _DATE_KINDS and loc and loc[-1] == "end" and isinstance(got, str) and _ongoing(got):
        return (
            f"'{got}' is not a date: leave `end` out while it is ongoing.",
            "delete the end line until it ends.",
        )
    # A validator of ours: its message says what it got, and may carry a fix.
    if kind == "value_error":
        text, _, fix = plain_message(err).partition(FIX)
        return f"{text}.", f"{fix.rstrip('.')}." if fix else "correct the value."
    if kind in _DATE_KINDS and isinstance(got, str) and _DATE_SHAPE.fullmatch(got.strip()):
        from endorse_cli.vocab import why_not_a_date

        return f"{why_not_a_date(got)}.", _FIXES[kind]
    shown = "" if isinstance(got, dict | list) or got is None else f" (got {got!r})"
    hint = _choice_hint(err, got) if kind in ("literal_error", "enum") else ""
    fix = (err.get("ctx") or {}).get("fix") or _FIXES.get(kind, "correct the value.")
    return f"{plain_message(err)}{shown}{hint}.", fix


_DATE_KINDS = ("date_type", "date_parsing", "date_from_datetime_parsing")
_DATE_SHAPE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_ONGOING = {
    "present",
    "now",
    "ongoing",
    "current",
    "today",
    "still",
    "continuing",
    "tbd",
    "n/a",
    "-",
    "...",
}


def _ongoing(text: str) -> bool:
    return " ".join(text.casefold().split()) in _ONGOING or text.casefold().startswith(
        ("present", "ongoing")
    )


def _choice_hint(err: Any, got: Any) -> str:
    """' (did you mean 'x'?)' for a choice value with a typo."""
    expected = re.findall(r"'([^']*)'", str((err.get("ctx") or {}).get("expected", "")))
    close = (
        difflib.get_close_matches(str(got).casefold(), expected, n=1, cutoff=0.6)
        if expected
        else []
    )
    return f" (did you mean '{close[0]}'?)" if close else ""


def plain_message(err: Any) -> str:
    """What a pydantic error says, in plain words ('must be text', 'must be greater than 0')."""
    kind = err["type"]
    context = {k: _plain_value(v) for k, v in (err.get("ctx") or {}).items()}
    template = _PLAIN.get(kind)
    if template is not None:
        try:
            text = template.format(**context)
        except (KeyError, IndexError, ValueError):
            text = template.split(" {", 1)[0]
        return text + _items(kind, context)
    text = str(err["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return text.replace("Input should be", "must be").replace("Input", "the value").rstrip(".")


def _items(kind: str, context: dict[str, Any]) -> str:
    if kind not in ("too_short", "too_long"):
        return ""
    n = context.get("min_length" if kind == "too_short" else "max_length")
    return " entry" if str(n) == "1" else " entries"


def _plain_value(value: Any) -> Any:
    """Context values as a person writes them ("'a' or 'b'" stays, 2.0 becomes 2)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


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
            return (
                f"a comma inside {{ }} splits a value in two: put it in quotes, e.g. {name}: "
                f'"{value}, {key}".'
            )
    return None


def _has(container: Any, part: str | int) -> bool:
    if isinstance(container, dict):
        return part in container
    return isinstance(container, list) and isinstance(part, int) and 0 <= part < len(container)


def problems_from(
    exc: ValidationError,
    model: type[BaseModel],
    doc: Document,
    label: str,
    base: tuple[str | int, ...] = (),
) -> list[Problem]:
    """One Problem per validation error, with file, line and field path."""
    problems = []
    for err in exc.errors():
        loc = _clean_loc(tuple(err["loc"]))
        message, fix = _message(err, model, loc)
        if err["type"] == "extra_forbidden":
            fix = _split_value_fix(doc.data, loc) or fix
        full = (*base, *loc)
        problems.append(
            Problem(label, message, line=doc.line_of(full), field=field_path(full), fix=fix)
        )
    return problems
