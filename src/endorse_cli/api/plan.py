"""Plans: the catalogs a plan chooses from, and the plan itself (the solver is imported only here,
on demand)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from endorse_cli.errors import UsageError

if TYPE_CHECKING:
    from endorse_cli.models.catalog import Catalog
    from endorse_cli.models.pack import Pack
    from endorse_cli.models.record import Record
    from endorse_cli.results.plan import PlanReport

MEASURES = ("hours", "cost", "count")


def load_catalogs(pack: Pack, files: list[Path] | None = None) -> list[Catalog]:
    """The pack's crosswalk courses and catalogs/ folder, then `files`; CatalogError lists every
    problem."""
    from endorse_cli.pack.catalog import load_catalogs as load

    return load(pack, list(files or []))


def offering_key(catalogs: list[Catalog], text: str) -> str:
    """'catalog:id' for what a user typed ('catalog:id' or a bare id found in exactly one
    catalog)."""
    head, sep, tail = text.strip().partition(":")
    pairs = [(c.catalog, o.id) for c in catalogs for o in c.offerings]
    if sep:
        found = [
            (c, o)
            for c, o in pairs
            if c.casefold() == head.casefold() and o.casefold() == tail.casefold()
        ]
    else:
        found = [(c, o) for c, o in pairs if o.casefold() == head.casefold()]
    if len(found) == 1:
        return f"{found[0][0]}:{found[0][1]}"
    if found:
        names = ", ".join(f"{c}:{o}" for c, o in found)
        raise UsageError(
            f"'{text}' names offerings of several catalogs ({names}). Fix: write catalog:id."
        )
    from endorse_cli.models.pack import suggest

    bare = suggest(tail or head, [o for _c, o in pairs])
    close = [f"{c}:{o}" for c, o in pairs if bare and f"'{o}'" in bare]
    hint = (
        f" (did you mean '{close[0]}'?)" if close else suggest(text, [f"{c}:{o}" for c, o in pairs])
    )
    raise UsageError(
        f"no offering '{text}' in the catalogs{hint}. Fix: write catalog:id (endorse plan lists "
        "them)."
    )


def plan(
    pack: Pack,
    record: Record,
    catalogs: list[Catalog],
    target: str,
    *,
    as_of: date,
    by: date | None = None,
    minimize: str = "hours",
    budget: float | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
) -> PlanReport:
    """The plan that closes the record's gaps toward `target` by `by` (default `as_of`) best, at the
    least `minimize` (hours, cost or count); PlanConflict (exit 2) when --include/--budget cannot
    hold."""
    from endorse_cli.engine.plan import PlanAsk, PlanConflict, make_plan

    if minimize not in MEASURES:
        raise UsageError(f"unknown measure '{minimize}'. Fix: use one of {', '.join(MEASURES)}.")
    if budget is not None and budget < 0:
        raise UsageError(f"--budget {budget:g} is negative. Fix: give an amount of 0 or more.")
    day = by or as_of
    if day < as_of:
        raise UsageError(f"--by {day} is before the report date {as_of}. Fix: give a later --by.")
    keys = tuple(sorted({offering_key(catalogs, t) for t in include or []}))
    skip = tuple(sorted({offering_key(catalogs, t) for t in exclude or []}))
    both = sorted(set(keys) & set(skip))
    if both:
        raise UsageError(
            f"{', '.join(both)} is both included and excluded. Fix: name it in one of them."
        )
    ask = PlanAsk(target, as_of, day, minimize, budget, keys, skip)
    try:
        return make_plan(pack, record, catalogs, ask)
    except PlanConflict as exc:
        raise UsageError(str(exc)) from None
