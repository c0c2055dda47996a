"""Category columns for crosswalk grids: categories with identical cells share one column."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def group_categories(
    rows: Sequence[Mapping[str, str]], categories: Sequence[str]
) -> list[list[str]]:
    """Categories (in order) grouped so that each group has the same cell in every row."""
    groups: dict[tuple[str | None, ...], list[str]] = {}
    for cat in categories:
        groups.setdefault(tuple(row.get(cat) for row in rows), []).append(cat)
    return list(groups.values())


def heading(group: Sequence[str]) -> str:
    """['IMHM-C', 'IMHM-P', 'IMHM-R', 'ECFA'] -> 'IMHM-C/P/R ECFA'."""
    parts: dict[str, list[str]] = {}
    for cat in group:
        base, _sep, variant = cat.partition("-")
        parts.setdefault(base, []).append(variant)
    return " ".join(base + ("-" + "/".join(v) if any(v) else "") for base, v in parts.items())
