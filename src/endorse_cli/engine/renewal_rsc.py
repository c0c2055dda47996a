"""RSC received in a renewal year: qualifying providers (never peer), association variants, exact
month split."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from endorse_cli.engine.renewal_hours import RenewalYear, build, needed, rsc_in_year, variant_for
from endorse_cli.models.record import Record, Supervision
from endorse_cli.models.renewal import RenewalRule, RscVariant
from endorse_cli.results.renewal import RenewalRequirement
from endorse_cli.vocab import RenewalId, exact, grade, shown

PEER = "of peer supervision"
PROVIDER = "from a provider without a qualifying endorsement"


@dataclass
class Tally:
    """RSC hours of the year: counted, and the rest by the reason they were not counted."""

    counted: Fraction = Fraction(0)
    excluded: dict[str, Fraction] = field(default_factory=dict)

    def add(self, reason: str | None, got: Fraction) -> None:
        """Count `got` hours, or set them aside under `reason`."""
        if reason is None:
            self.counted += got
        elif got > 0:
            self.excluded[reason] = self.excluded.get(reason, Fraction(0)) + got


def _reason(entry: Supervision, providers: list[str], peers: list[str]) -> str | None:
    if entry.format == "peer":
        return None if entry.provider_endorsement in peers else PEER
    return None if entry.provider_endorsement in providers else PROVIDER


def tally(record: Record, span: RenewalYear, providers: list[str], peers: list[str]) -> Tally:
    """Every RSC entry's hours in the year, counted or set aside with the reason."""
    out = Tally()
    for entry in record.reflective_supervision:
        out.add(_reason(entry, providers, peers), rsc_in_year(entry, span))
    return out


def _words(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def check_renewal_rsc(
    rule: RenewalRule,
    record: Record,
    category: str,
    span: RenewalYear,
    held: tuple[str | None, date | None],
) -> RenewalRequirement:
    """12 hours (or the association variant's) of RSC received in the year from a qualifying
    provider."""
    association, earned = held
    variant = variant_for(rule, association, earned, span.year)
    if variant is None and rule.rsc_hours == 0:
        detail = f"The {category} renewal asks for no RSC (it is recommended, not required)."
        return build(RenewalId.rsc_hours, rule, "not_applicable", detail)
    if variant is not None and variant.hours == 0:
        detail = f"At {variant.association}, {variant.summary}."
        return build(
            RenewalId.rsc_hours,
            rule,
            "not_applicable",
            detail,
            variant=variant.association,
            sources=variant.source,
        )
    need = exact(variant.hours if variant else rule.rsc_hours)
    providers = list(dict.fromkeys([*rule.rsc_providers, *(variant.providers if variant else [])]))
    got = tally(record, span, providers, variant.peer_providers if variant else [])
    detail = (
        f"{shown(got.counted)} hours received in {span.year}{span.so_far()} from qualifying "
        "providers; "
    )
    detail += needed(got.counted, need) + "." + _excluded(got)
    detail += f" Qualifying providers: endorsed {_words(providers)}, individually or in a group"
    detail += " (peer supervision never counts)" if not variant else ""
    detail += "; an entry spanning two years is split by calendar month."
    detail += _variants(rule, variant, association, earned)
    unlisted = PROVIDER in got.excluded
    if unlisted:
        detail += " Renewal pages do not list providers; those of the application are used."
    return build(
        RenewalId.rsc_hours,
        rule,
        grade(got.counted, need),
        detail,
        amounts=(shown(need), shown(got.counted), "hours"),
        confirm=unlisted,
        variant=variant.association if variant else None,
        sources=variant.source if variant else (),
    )


def _excluded(got: Tally) -> str:
    if not got.excluded:
        return ""
    parts = [f"{shown(h)} hours {why}" for why, h in sorted(got.excluded.items())]
    return " Not counted: " + " and ".join(parts) + "."


def _variants(
    rule: RenewalRule, applied: RscVariant | None, association: str | None, earned: date | None
) -> str:
    """The applied variant, or the ones another association (or more years held) would bring."""
    if applied is not None:
        return f" {applied.association} variant applied: {applied.summary}."
    texts = []
    for v in rule.rsc_variants:
        if v.hours == 0:
            continue
        text = f" At {v.association}: {v.summary}."
        if v.association == association and earned is None:
            text += " (The record has no earned date, so the years held are unknown.)"
        texts.append(text)
    return "".join(texts)
