"""Reflective supervision/consultation: qualifying hours in the best window."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from endorse_cli.engine.periods import ONE_DAY, Spread, best_window, spans
from endorse_cli.engine.requirements.common import grade, listing, num, of, result
from endorse_cli.models.category import RscRule
from endorse_cli.models.record import Record, Supervision
from endorse_cli.results.gap import RequirementResult
from endorse_cli.vocab import LEVEL_ORDER


@dataclass
class Sorted:
    """RSC hours sorted into counted spreads and excluded totals by reason."""

    spreads: list[Spread] = field(default_factory=list)
    excluded: dict[str, float] = field(default_factory=dict)

    def exclude(self, reason: str, hours: float) -> None:
        """Add hours to an exclusion reason."""
        if hours > 0:
            self.excluded[reason] = self.excluded.get(reason, 0.0) + hours


def degree_date(rule: RscRule, record: Record) -> date | None:
    """When the record first reached the degree level the rule counts RSC after."""
    if rule.after_level is None:
        return date.min
    floor = LEVEL_ORDER.index(rule.after_level)
    dates = [e.completed for e in record.education if e.completed and LEVEL_ORDER.index(e.level) >= floor]
    return min(dates, default=None)


def sort_hours(rule: RscRule, record: Record, as_of: date) -> Sorted:
    """Split every RSC entry into qualifying spreads and excluded hours."""
    out = Sorted()
    since = degree_date(rule, record)
    for entry in record.reflective_supervision:
        _sort_entry(rule, entry, since, as_of, out)
    return out


def _sort_entry(rule: RscRule, entry: Supervision, since: date | None, as_of: date, out: Sorted) -> None:
    whole = Spread(entry.start, min(entry.end or as_of, as_of), entry.hours)
    if entry.format == "peer":
        out.exclude("from peer supervision", entry.hours)
    elif entry.format not in rule.formats:
        out.exclude(f"in {entry.format} format", entry.hours)
    elif entry.provider_endorsement not in rule.providers:
        out.exclude("from a provider without a qualifying endorsement", entry.hours)
    elif since is None:
        out.exclude(f"received without the required {rule.after_level} degree", entry.hours)
    elif whole.end < since:
        out.exclude("received before the required degree", entry.hours)
    else:
        before = whole.within(date.min, since - ONE_DAY) if since > whole.start else 0.0
        out.exclude("received before the required degree", before)
        out.spreads.append(Spread(max(whole.start, since), whole.end, entry.hours - before))


def check_rsc(rule: RscRule, record: Record, as_of: date) -> RequirementResult:
    """Qualifying hours in the best window; the span must reach min_span_months."""
    sorted_ = sort_hours(rule, record, as_of)
    window = best_window(sorted_.spreads, rule.window_months, rule.hours, rule.min_span_months)
    have = window.hours if window else 0.0
    status = grade(have, rule.hours)
    detail = f"{of(have, rule.hours, 'qualifying hours')} in the best {rule.window_months}-month window"
    if window and window.hours > 0:
        detail += f" (counted hours received {window.first} to {window.last})"
        outside = sum(s.hours for s in sorted_.spreads) - window.hours
        if outside > 0.05:
            detail += f"; {num(outside)} qualifying hours fall outside it"
        if status == "met" and not spans(window, rule.min_span_months):
            status = "partial"
            detail += f"; received over less than {rule.min_span_months} months, the category asks for 1-2 years"
    excluded = [f"{num(h)} hours {why}" for why, h in sorted_.excluded.items()]
    if excluded:
        detail += "; not counted: " + listing(excluded, "and")
    detail += f". Qualifying providers: {listing(rule.providers)}"
    return result("reflective_supervision", rule, status, detail + ".", num(rule.hours), num(have), "hours")
