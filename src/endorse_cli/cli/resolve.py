"""Options that go together: those of one kind of crosswalk, those that need --record.

(Text -> ids, with 'did you mean', is the library's: api/resolve.py.)
"""

from __future__ import annotations

from typing import Any

from endorse_cli.errors import UsageError

_COURSE_ONLY = ("--course", "--category")
_COE_ONLY = ("--essential", "--relation", "--section")


def reject_options(kind: str, given: dict[str, Any]) -> None:
    """Options that belong to the other kind of crosswalk are a usage error, not silently
    ignored."""
    wrong = [name for name, value in given.items() if value not in (None, False)]
    if wrong:
        allowed = _COURSE_ONLY if kind == "courses" else _COE_ONLY
        raise UsageError(
            f"{', '.join(wrong)} {'does' if len(wrong) == 1 else 'do'} not apply to this "
            f"crosswalk. Fix: leave {'it' if len(wrong) == 1 else 'them'} out (this crosswalk "
            f"takes {', '.join(allowed)})."
        )


def reject_without(needed: str, given: dict[str, Any]) -> None:
    """Options that only make sense with `needed` are a usage error without it, not silently
    ignored."""
    wrong = [name for name, value in given.items() if value not in (None, False)]
    if wrong:
        raise UsageError(
            f"{', '.join(wrong)} only applies with {needed}. Fix: add {needed} FILE, or leave it "
            "out."
        )


def record_target(record: object, target: object, kinds: str) -> str:
    """The record's own `target:` when no --target was given; UsageError naming both fixes when it
    has none."""
    if target is None:
        raise UsageError(
            f"no target: {record} has no `target:` and no --target was given. Fix: pass --target "
            f"IMHS ({kinds}), or add a line `target: IMHS` to the record."
        )
    return str(target)
