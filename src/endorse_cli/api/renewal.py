"""The yearly renewal: one year or several, for the categories a record holds."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from endorse_cli.api import resolve
from endorse_cli.errors import UsageError
from endorse_cli.vocab import FIRST_REPORT_DATE

# Only what a call needs is imported, inside it: a command pays only for what it uses.
if TYPE_CHECKING:
    from endorse_cli.models.pack import Pack
    from endorse_cli.models.record import Record
    from endorse_cli.results.renewal import RenewalHistory, RenewalReport

MAX_YEARS = 10


def renew(
    pack: Pack,
    record: Record,
    on: date,
    year: int | None = None,
    category: str | None = None,
    label: str = "record",
) -> RenewalReport:
    """The renewal check of `year` (default: the year of `on`) for each endorsement held, or
    `category` (an id)."""
    from endorse_cli.engine.renewal import check_renewals, open_previous

    asked = year
    year = on.year if year is None else year
    scope = _renewal_scope(pack, record, category, [year], on, label)
    report = check_renewals(pack, record, year, on, scope)
    # The default year: last year's renewal first while it is still open (January)
    if asked is None:
        report = report.model_copy(update={"previous": open_previous(pack, record, on, scope)})
    return report


def renew_history(
    pack: Pack,
    record: Record,
    on: date,
    first: int,
    last: int,
    category: str | None = None,
    label: str = "record",
) -> RenewalHistory:
    """The renewal checks of the years `first` to `last` side by side (`--years 2023-2025`)."""
    from endorse_cli.engine.renewal import renewal_history

    if first > last:
        raise UsageError(
            f"--years {first}-{last}: the first year is after the last. Fix: write --years "
            f"{last}-{first}."
        )
    if last - first + 1 > MAX_YEARS:
        raise UsageError(
            f"--years {first}-{last}: at most {MAX_YEARS} years at once. Fix: ask for a shorter "
            "span."
        )
    years = list(range(first, last + 1))
    return renewal_history(
        pack, record, years, on, _renewal_scope(pack, record, category, years, on, label)
    )


def renewal_ready(report: RenewalReport | RenewalHistory) -> bool:
    """Whether every renewal in the report (every year of a history) is ready."""
    from endorse_cli.results.renewal import RenewalHistory

    reports = report.reports if isinstance(report, RenewalHistory) else [report]
    return all(r.ready for rep in reports for r in rep.renewals)


def _renewal_scope(
    pack: Pack, record: Record, category: str | None, years: list[int], on: date, label: str
) -> list[str]:
    """The category ids to renew; UsageError when the record, --category or a year cannot be
    renewed."""
    from endorse_cli.engine.renewal import held, held_in, rule_for

    category = resolve.category(pack, category) if category else None
    endorsements = held(record)
    if not endorsements:
        raise UsageError(
            f"{label}: renewal is for endorsed professionals; add `endorsements:` or use `endorse "
            "gap`."
        )
    ids = [e.category for e in endorsements]
    if category is not None and category not in ids:
        raise UsageError(
            f"{label} holds no {category} endorsement (it holds {', '.join(ids)}). Fix: use "
            f"--category {ids[0]}, or leave --category out."
        )
    chosen = [e for e in endorsements if category is None or e.category == category]
    for y in years:
        check_year(y, on)
        for e in chosen:
            if held_in(e, y) and rule_for(pack.categories[e.category], y) is None:
                raise UsageError(
                    f"the data pack has no renewal rule for {e.category} in {y}. Fix: add one "
                    f"under renewal: in categories/{e.category}.yaml, or use another --data-dir."
                )
    if not any(held_in(e, y) for e in chosen for y in years):
        earned = ", ".join(f"{e.category} earned {e.earned}" for e in chosen)
        span = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
        raise UsageError(
            f"{label}: no endorsement was held in {span} ({earned}). Fix: ask for a later year."
        )
    return [e.category for e in chosen]


def check_year(year: int, on: date) -> None:
    """UsageError unless `year` can be renewed as seen from `on` (not after it, not before 1900)."""
    if year > on.year:
        raise UsageError(
            f"the renewal year {year} is after the report date {on}. Fix: pass an earlier year, or "
            f"--as-of a date in {year}."
        )
    if year < FIRST_REPORT_DATE.year:
        raise UsageError(
            f"the renewal year {year} is out of range: renewal years run from "
            f"{FIRST_REPORT_DATE.year}. Fix: pass a year such as {on.year}."
        )
