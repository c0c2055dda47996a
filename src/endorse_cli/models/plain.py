"""Numbers and true/false as a person writes them: a plain decimal, or true or false, and nothing
else.

YAML 1.1 reads some plain values in surprising ways: `1:30` as the base-60 number 90, `012` as the
octal 10, `0x1A`, `1_000`, `.inf`, and `yes`, `no`, `on`, `off`, `y`, `n` as booleans
(https://yaml.org/type/int.html, https://yaml.org/type/float.html, https://yaml.org/type/bool.html).
The YAML reader keeps such values as the text written (with what YAML 1.1 would make of it as
`yaml11`), and these types refuse any text that is not a plain decimal or true/false, with the fix.
"""

from __future__ import annotations

import math
import re
from typing import Annotated

from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

_DECIMAL = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_CLOCK = re.compile(r"([0-9]+):([0-5]?[0-9])")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9]+")
_TRUE_FALSE = {"true": True, "false": False}


def plain_number(value: object) -> object:
    """`value` unless it is text read as a number some other way than a plain decimal (1:30, 0x1A,
    1e3): refused."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    yaml11 = getattr(value, "yaml11", None)
    if _DECIMAL.fullmatch(text) and not _LEADING_ZERO.fullmatch(text):
        return value
    if yaml11 is None and not _CLOCK.fullmatch(text) and _as_float(text) is None:
        return value  # not a number in any reading ('many'): the model says it must be a number
    read = f" (YAML 1.1 reads {value} as {_shown(yaml11)})" if _is_number(yaml11) else ""
    if _CLOCK.fullmatch(value):
        message = "must be a plain decimal number, not hours:minutes" + read
    else:
        message = "must be a plain decimal number such as 12 or 1.5" + read
    raise PydanticCustomError("plain_number", message, {"fix": _number_fix(value, yaml11)})


def _number_fix(text: str, yaml11: object) -> str:
    clock = _CLOCK.fullmatch(text)
    if clock:
        hours, minutes = int(clock[1]), int(clock[2])
        return (
            f"write {_shown(round(hours + minutes / 60, 2))} ({text} as a decimal number of hours)."
        )
    if _LEADING_ZERO.fullmatch(text):
        return f"write {int(text)} without the leading 0."
    number = isinstance(yaml11, int | float) and not isinstance(yaml11, bool)
    meaning = float(yaml11) if number and isinstance(yaml11, int | float) else _as_float(text)
    if meaning is not None and math.isfinite(meaning):
        return f"write {_shown(meaning)}."
    return "write a plain decimal number, e.g. 14 or 2.5."


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _as_float(text: str) -> float | None:
    """What the text means as a number in Python's reading (0o17, 0x1A, 1_000, 1e3), or None."""
    for read in (lambda t: int(t, 0), float):
        try:
            return float(read(text))
        except ValueError:
            continue
    return None


def _shown(number: object) -> str:
    """26, 1000, 1.5 (no '.0' on a whole number)."""
    return f"{number:g}" if isinstance(number, float) else str(number)


def true_or_false(value: object) -> object:
    """`value` when it is true or false (as YAML reads them, or as text); yes, no, on, off, y, n are
    refused."""
    if not isinstance(value, str):
        return value
    found = _TRUE_FALSE.get(value.strip().lower())
    if found is not None:
        return found
    yaml11 = getattr(value, "yaml11", None)
    read = f" (YAML 1.1 reads {value} as {str(yaml11).lower()})" if isinstance(yaml11, bool) else ""
    fix = "write true or false (yes, no, on, off, y and n are not read as true or false here)."
    raise PydanticCustomError("true_or_false", "must be true or false" + read, {"fix": fix})


PlainFloat = Annotated[float, BeforeValidator(plain_number)]
PlainInt = Annotated[int, BeforeValidator(plain_number)]
TrueFalse = Annotated[bool, BeforeValidator(true_or_false)]
