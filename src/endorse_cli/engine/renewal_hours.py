"""Renewal hours for one calendar year, summed exactly: training, the DEI hour, training about RSC,
RSC received."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from endorse_cli.engine.periods import Logged, add_months
from endorse_cli.models.record import Record, Supervision, Training
from endorse_cli.models.renewal import RenewalRule, RscVariant
from endorse_cli.results.common import Amount
from endorse_cli.results.renewal import RenewalRequirement
from endorse_cli.vocab import CONFIRM, RenewalId, RenewalStatus, exact, grade, shown, still_needed


@dataclass(frozen=True)
class RenewalYear:
    """A renewal year (a calendar year) seen from the report date: nothing after `as_of` counts."""

    year: int
    as_of: date

    @property
    def first(self) -> date:
        """January 1 of the year."""
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        """December 31 of the year."""
        return date(self.year, 12, 31)

    @property
    def last(self) -> date:
        """The last day that counts: December 31, or the report date if earlier."""
        return min(self.end, self.as_of)

    def so_far(self) -> str:
        """' so far (to DATE)' while the year is still running on the report date."""
        return f" so far (to {self.as_of})" if self.as_of < self.end else ""


def build(
    rid: RenewalId,
    rule: RenewalRule,
    status: RenewalStatus,
    detail: str,
    *,
    amounts: tuple[Amount, Amount, str | None] = (None, None, None),
    confirm: bool = False,
    variant: str | None = None,
    sources: Iterable[str] = (),
) -> RenewalRequirement:
    """A renewal requirement; the rule's open questions about it add their note, sources and
    'confirm'."""
    found = rule.open_about(rid)
    if found and status != "not_applicable":
        detail += " " + " ".join(q.note for q in found)
    confirm = confirm or (bool(found) and status != "not_applicable")
    if confirm:
        detail += f" {CONFIRM}"
    all_sources = [*rule.source, *sources, *(s for q in found for s in q.source)]
    return RenewalRequirement.of(
        rid,
        status,
        detail,
        amounts,
        confirm=confirm,
        variant=variant,
        source=list(dict.fromkeys(all_sources)),
    )


def year_trainings(record: Record, span: RenewalYear) -> tuple[list[Training], int]:
    """Trainings dated in the year (up to the report date), an entry repeated word for word once;
    and the repeats."""
    seen: set[str] = set()
    kept: list[Training] = []
    repeats = 0
    for training in record.trainings:
        if not span.first <= training.date <= span.last:
            continue
        key = training.model_dump_json()
        if key in seen:
            repeats += 1
            continue
        seen.add(key)
        kept.append(training)
    return kept, repeats


def hours(trainings: Sequence[Training], topic: str | None = None) -> Fraction:
    """Exact sum of the trainings' hours (only those tagged `topic`, if given)."""
    return sum(
        (exact(t.hours) for t in trainings if topic is None or topic in t.topics), Fraction(0)
    )


def needed(have: Fraction, need: Fraction) -> str:
    """'15 needed' once reached, '15 needed, 6 to go' while short."""
    short = f", {still_needed(need - have)} to go" if have < need else ""
    return f"{shown(need)} needed{short}"


def check_renewal_training(
    rule: RenewalRule, trainings: list[Training], repeats: int, span: RenewalYear
) -> RenewalRequirement:
    """15 clock hours of training dated in the renewal year, each training once."""
    need, have = exact(rule.training_hours), hours(trainings)
    detail = (
        f"{shown(have)} clock hours of training dated in {span.year}{span.so_far()}; "
        f"{needed(have, need)}."
    )
    detail += " Each training counts once, in the year of its date"
    if repeats:
        detail += f" ({repeats} repeated entr{'y' if repeats == 1 else 'ies'} not counted twice)"
    return build(
        RenewalId.training_hours,
        rule,
        grade(have, need),
        detail + ".",
        amounts=_amounts(need, have),
    )


def check_dei(
    rule: RenewalRule, trainings: list[Training], span: RenewalYear, dei_from: int | None
) -> RenewalRequirement:
    """At least the DEI hours among the year's training hours, for years the rule is in force."""
    if rule.dei_hours == 0:
        since = f" (it applies from the {dei_from} renewal year)" if dei_from else ""
        detail = (
            f"No hour on diversity, equity and inclusion is asked for the {span.year} "
            f"renewal{since}."
        )
        return build(RenewalId.dei_hours, rule, "not_applicable", detail)
    need, have = exact(rule.dei_hours), hours(trainings, "dei")
    detail = (
        f"{shown(have)} of the {span.year} training hours tagged dei (diversity, equity and "
        f"inclusion); {needed(have, need)}"
    )
    other = rule.rsc_provider_training_hours
    return _tagged(RenewalId.dei_hours, rule, trainings, (need, have), detail, other)


def check_rsc_training(
    rule: RenewalRule, record: Record, trainings: list[Training], span: RenewalYear
) -> RenewalRequirement:
    """For those who provide RSC: hours of the year's training about providing it (tagged rsc)."""
    if rule.rsc_provider_training_hours == 0:
        return build(
            RenewalId.rsc_provider_training,
            rule,
            "not_applicable",
            "This renewal asks for no hours about RSC.",
        )
    if not record.provides_rsc:
        detail = (
            "Only those who provide RSC to others need hours about providing it; the record does "
            "not say you do (add provides_rsc: true if you do)."
        )
        return build(RenewalId.rsc_provider_training, rule, "not_applicable", detail)
    need, have = exact(rule.rsc_provider_training_hours), hours(trainings, "rsc")
    detail = (
        f"{shown(have)} of the {span.year} training hours tagged rsc (about providing RSC); "
        f"{needed(have, need)}. You provide RSC, so this applies"
    )
    rid = RenewalId.rsc_provider_training
    return _tagged(rid, rule, trainings, (need, have), detail, rule.dei_hours)


def _tagged(
    rid: RenewalId,
    rule: RenewalRule,
    trainings: list[Training],
    amounts: tuple[Fraction, Fraction],
    detail: str,
    other: float,
) -> RenewalRequirement:
    """A minimum of hours tagged with one topic: `amounts` is (needed, have); where the rule also
    sets the `other` topic's minimum, a training tagged both is said to count toward each."""
    need, have = amounts
    both = _counted_twice(trainings) and other > 0
    return build(
        rid,
        rule,
        grade(have, need),
        detail + _twice(both),
        confirm=both,
        amounts=_amounts(need, have),
    )


def _counted_twice(trainings: list[Training]) -> bool:
    return any("dei" in t.topics and "rsc" in t.topics for t in trainings)


def _twice(both: bool) -> str:
    if not both:
        return "."
    return (
        ". A training tagged both dei and rsc counts toward each minimum; the sources do not "
        "settle that."
    )


def _amounts(need: Fraction, have: Fraction) -> tuple[Amount, Amount, str]:
    return shown(need), shown(have), "hours"


def variant_for(
    rule: RenewalRule, association: str | None, earned: date | None, year: int
) -> RscVariant | None:
    """The association's RSC variant that applies this year (its years held counted to January 1),
    if any."""
    for variant in rule.rsc_variants:
        if variant.association != association:
            continue
        if variant.after_years == 0 or (
            earned and add_months(earned, 12 * variant.after_years) <= date(year, 1, 1)
        ):
            return variant
    return None


def rsc_in_year(entry: Supervision, span: RenewalYear) -> Fraction:
    """Hours of one RSC entry that fall in the year, split by calendar month, never after the report
    date."""
    if entry.start > span.as_of:
        return Fraction(0)
    end = entry.end or span.as_of
    return sum(
        Logged(entry.start, end, exact(entry.hours)).between(span.first, span.last).values(),
        Fraction(0),
    )
