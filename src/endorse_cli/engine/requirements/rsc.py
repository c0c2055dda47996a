"""Reflective supervision/consultation received: qualifying hours in the best window.

Hours count only from a qualifying provider (or an association's variant), never peer, after the
degree the category requires, and while the person served the category's ages (declared with
`serving`, else inferred from the work by calendar month: a month with work with those ages in it
counts whole). Hours are spread by calendar
month and summed exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from endorse_cli.engine.periods import ONE_DAY, Logged, merge, month_of, month_start
from endorse_cli.engine.requirements.common import Context, listing, of, result
from endorse_cli.engine.requirements.degrees import completed, degree_words, top_level
from endorse_cli.engine.requirements.window import Window, best_window
from endorse_cli.models.category import ProviderVariant, RscRule
from endorse_cli.models.record import Supervision
from endorse_cli.results.gap import RequirementResult
from endorse_cli.vocab import (
    AGE_WORDS,
    CONFIRM,
    LEVEL_NAMES,
    LEVEL_ORDER,
    RequirementId,
    a_or_an,
    exact,
    grade,
    shown,
    still_needed,
)


@dataclass(frozen=True)
class Serving:
    """The calendar months in which the record has work with the rule's ages (a month with any such
    work counts whole: a two-week gap between jobs does not take RSC hours away)."""

    months: frozenset[int]

    @classmethod
    def of(cls, rule: RscRule, ctx: Context) -> Serving:
        """The months of the record's work with the rule's ages, up to the report date."""
        jobs = [j for j in ctx.record.work if j.ages in rule.ages and j.start <= ctx.as_of]
        periods = merge((j.start, min(j.end or ctx.as_of, ctx.as_of)) for j in jobs)
        return cls(
            frozenset(
                m for start, end in periods for m in range(month_of(start), month_of(end) + 1)
            )
        )


@dataclass
class Sorted:
    """RSC hours sorted into counted hours per month and excluded hours by reason."""

    serving: Serving
    months: dict[int, Fraction] = field(default_factory=dict)
    excluded: dict[str, Fraction] = field(default_factory=dict)
    variants: list[str] = field(default_factory=list)
    entries: list[tuple[Supervision, Sorted]] = field(default_factory=list)

    def exclude(self, reason: str, hours: Fraction) -> None:
        """Add hours to an exclusion reason."""
        if hours > 0:
            self.excluded[reason] = self.excluded.get(reason, Fraction(0)) + hours

    def count(self, months: dict[int, Fraction]) -> None:
        """Add counted hours, month by month."""
        for index, hours in months.items():
            self.months[index] = self.months.get(index, Fraction(0)) + hours

    def add(self, entry: Supervision, one: Sorted) -> None:
        """Add one entry's sorted hours, keeping them by entry too."""
        self.count(one.months)
        for why, hours in one.excluded.items():
            self.exclude(why, hours)
        self.entries.append((entry, one))


def _variant_text(variant: ProviderVariant) -> str:
    who = f"an endorsed {variant.endorsement} with {a_or_an(LEVEL_NAMES[variant.provider_level])}"
    for_whom = ""
    if variant.applicant_levels:
        for_whom = (
            " for applicants whose highest degree is "
            f"{a_or_an(LEVEL_NAMES[variant.applicant_levels[0]])}"
        )
    return f"{variant.association} also accepts RSC from {who}{for_whom}"


def _variant(rule: RscRule, entry: Supervision, ctx: Context, out: Sorted) -> bool:
    """Whether an association variant in force makes the entry's provider qualify for this
    record."""
    for variant in rule.variants:
        if not variant.in_force(ctx.as_of) or entry.provider_endorsement != variant.endorsement:
            continue
        applicant = top_level(ctx.record)
        fits_applicant = not variant.applicant_levels or applicant in variant.applicant_levels
        degree = entry.provider_degree
        fits_provider = degree is not None and LEVEL_ORDER.index(degree) >= LEVEL_ORDER.index(
            variant.provider_level
        )
        if ctx.member_of(variant.association) and fits_applicant and fits_provider:
            out.variants.append(
                f"counted under {variant.association}'s rule: {_variant_text(variant)}"
            )
            return True
        hint = f"{_variant_text(variant)}: your association may too. {CONFIRM}"
        if ctx.member_of(variant.association) and fits_applicant and degree is None:
            hint = (
                f"{_variant_text(variant)}: add provider_degree to the entry if your provider has "
                "one"
            )
        if hint not in out.variants:
            out.variants.append(hint)
    return False


def _counted(
    rule: RscRule, entry: Supervision, logged: Logged, lo: date, ctx: Context, out: Sorted
) -> None:
    """Count the part of the entry after `lo` while serving the rule's ages; exclude the rest."""
    inside = logged.between(lo, ctx.as_of)
    total = sum(inside.values(), Fraction(0))
    ages = AGE_WORDS[rule.ages[0]]
    if entry.serving is not None:
        if entry.serving in rule.ages:
            out.count(inside)
        else:
            out.exclude(f"received while serving {AGE_WORDS[entry.serving]}, not {ages}", total)
        return
    kept = {index: hours for index, hours in inside.items() if index in out.serving.months}
    out.count(kept)
    reason = (
        f"received while your work was not with {ages} (inferred from your work; add serving: if "
        "that is wrong)"
    )
    out.exclude(reason, total - sum(kept.values(), Fraction(0)))


def sort_hours(rule: RscRule, ctx: Context) -> Sorted:
    """Split every RSC entry into counted hours per month and excluded hours (also kept by
    entry)."""
    out = Sorted(Serving.of(rule, ctx))
    since = completed(ctx.record, rule.after_level) if rule.after_level else date.min
    for entry in ctx.record.reflective_supervision:
        one = Sorted(out.serving, variants=out.variants)
        _sort_entry(rule, entry, ctx, since, one)
        out.add(entry, one)
    return out


def _sort_entry(
    rule: RscRule, entry: Supervision, ctx: Context, since: date | None, out: Sorted
) -> None:
    hours = exact(entry.hours)
    if entry.format == "peer":
        out.exclude("from peer supervision (never counts)", hours)
    elif entry.format not in rule.formats:
        out.exclude(f"in {entry.format} format", hours)
    elif entry.provider_endorsement not in rule.providers and not _variant(rule, entry, ctx, out):
        out.exclude("from a provider without a qualifying endorsement", hours)
    elif since is None:
        assert rule.after_level is not None
        out.exclude(f"received without {degree_words(rule.after_level)} dated in the record", hours)
    else:
        logged = Logged(entry.start, entry.end or ctx.as_of, hours)
        lo = since + ONE_DAY if rule.after_level else date.min
        if rule.after_level:
            out.exclude(
                f"received before the required {LEVEL_NAMES[rule.after_level]}", _sum(logged, since)
            )
        _counted(rule, entry, logged, lo, ctx, out)
        out.exclude("received after the report date", _sum(logged, date.max, after=ctx.as_of))


def rsc_window(rule: RscRule, found: Sorted) -> Window | None:
    """The best window of the counted hours, as the requirement judges it."""
    return best_window(found.months, rule.window_months, exact(rule.hours), rule.min_span_months)


def _sum(logged: Logged, until: date, after: date = date.min) -> Fraction:
    """Hours of `logged` after `after` (exclusive) and up to `until` (inclusive)."""
    if after > date.min:
        return sum(logged.between(after + ONE_DAY, until).values(), Fraction(0))
    return sum(logged.between(date.min, until).values(), Fraction(0))


def check_rsc(rule: RscRule, ctx: Context) -> RequirementResult:
    """Qualifying hours in the best window; the counted hours must stretch over min_span_months."""
    found = sort_hours(rule, ctx)
    need = exact(rule.hours)
    window = rsc_window(rule, found)
    have = window.hours if window else Fraction(0)
    status = grade(have, need)
    detail = f"{of(have, need, 'qualifying hours')} in the best {rule.window_months}-month window"
    short_span = window is not None and status == "met" and window.span < rule.min_span_months
    if window and window.hours > 0:
        detail += f" ({month_name(window.first)} to {month_name(window.last)})"
        outside = sum(found.months.values(), Fraction(0)) - window.hours
        if outside > 0:
            detail += f"; {shown(outside)} qualifying hours fall outside it"
    if short_span:
        status = "partial"
        span = window.span if window else 0
        detail += (
            f"; received over {span} months, the category asks for at least "
            f"{rule.min_span_months} months"
        )
    detail += _excluded(found) + "".join(f"; {v}" for v in found.variants)
    detail += f". Qualifying providers: {listing(rule.providers)}."
    action = _action(rule, have, need, short_span)
    return result(
        RequirementId.reflective_supervision,
        rule,
        status,
        detail,
        (shown(need), shown(have), "hours"),
        action,
    )


def month_name(index: int) -> str:
    """A calendar month as people write it: 'Jul 2023'."""
    return month_start(index).strftime("%b %Y")


def _excluded(found: Sorted) -> str:
    parts = [f"{shown(h)} hours {why}" for why, h in found.excluded.items() if h > 0]
    return "; not counted: " + listing(parts, "and") if parts else ""


def _action(rule: RscRule, have: Fraction, need: Fraction, short_span: bool) -> str:
    providers = listing(rule.providers)
    if short_span:
        return (
            f"Keep receiving RSC so the counted hours stretch over at least {rule.min_span_months} "
            "months."
        )
    more = still_needed(need - have)
    return (
        f"Receive {more} more hours of reflective supervision/consultation from an endorsed "
        f"{providers}, within {rule.window_months} months, while serving {AGE_WORDS[rule.ages[0]]}."
    )
