"""The yearly renewal check (pure): for each endorsement held, the six renewal requirements of one
calendar year."""

from __future__ import annotations

from datetime import date

from endorse_cli.engine.associations import associations_of
from endorse_cli.engine.planned import Plannable, counts_on, describe, entry_date
from endorse_cli.engine.renewal_hours import (
    RenewalYear,
    build,
    check_dei,
    check_renewal_training,
    check_rsc_training,
)
from endorse_cli.engine.renewal_hours import year_trainings as trainings_of
from endorse_cli.engine.renewal_rsc import check_renewal_rsc
from endorse_cli.models.category import Category
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Endorsement, Record
from endorse_cli.models.renewal import RenewalRule
from endorse_cli.results.renewal import Renewal, RenewalHistory, RenewalReport, RenewalRequirement
from endorse_cli.vocab import CONFIRM, RenewalId


def held(record: Record) -> list[Endorsement]:
    """The record's endorsements in its order, one per category (the earliest earned date kept)."""
    found: dict[str, Endorsement] = {}
    for e in record.endorsements:
        first = found.get(e.category)
        if first is None or (e.earned and (first.earned is None or e.earned < first.earned)):
            found[e.category] = e
    return list(found.values())


def held_in(endorsement: Endorsement, year: int) -> bool:
    """Whether the category was held during `year` (earned on or before its last day; no date:
    assumed held)."""
    return endorsement.earned is None or endorsement.earned.year <= year


def rule_for(category: Category, year: int) -> RenewalRule | None:
    """The renewal rule version in force at the end of the renewal year."""
    return next((r for r in category.renewal if r.in_force(date(year, 12, 31))), None)


def association_of(pack: Pack, record: Record) -> str | None:
    """The association id of the record (its `association`, else its membership's), if the pack
    knows it."""
    return next(iter(associations_of(pack, record)), None)


def check_renewals(
    pack: Pack, record: Record, year: int, as_of: date, categories: list[str]
) -> RenewalReport:
    """The renewal of each category in `categories` (ids the record holds) for `year`, judged on
    `as_of`."""
    span = RenewalYear(year, as_of)
    record, planned = _as_planned(record, span)
    chosen = [e for e in held(record) if e.category in categories]
    renewals = [_renewal(pack, record, e, span) for e in chosen if held_in(e, year)]
    not_held = [e.category for e in chosen if not held_in(e, year)]
    return RenewalReport(
        person=record.name,
        as_of=as_of,
        year=year,
        renewals=renewals,
        not_held=not_held,
        planned=planned,
    )


def _as_planned(record: Record, span: RenewalYear) -> tuple[Record, list[str]]:
    """The record without planned trainings and RSC the report date has not reached (`counts_on`),
    and the planned entries of the renewal year that do count."""
    entries: list[Plannable] = [*record.trainings, *record.reflective_supervision]
    if not any(e.planned for e in entries):
        return record, []
    counted = [
        e
        for e in entries
        if e.planned and counts_on(e, span.as_of) and entry_date(e).year == span.year
    ]
    update = {
        "trainings": [t for t in record.trainings if counts_on(t, span.as_of)],
        "reflective_supervision": [
            r for r in record.reflective_supervision if counts_on(r, span.as_of)
        ],
    }
    return record.model_copy(update=update), [describe(e) for e in counted]


def open_previous(
    pack: Pack, record: Record, as_of: date, categories: list[str]
) -> RenewalReport | None:
    """Last year's renewal while its deadline has not passed on `as_of` (e.g. 2025's, due
    2026-01-31, in January 2026), or None."""
    year = as_of.year - 1
    chosen = [
        e
        for e in held(record)
        if e.category in categories
        and held_in(e, year)
        and rule_for(pack.categories[e.category], year)
    ]
    if not chosen:
        return None
    report = check_renewals(pack, record, year, as_of, [e.category for e in chosen])
    still_open = [r for r in report.renewals if r.days_left is not None and r.days_left >= 0]
    return (
        report.model_copy(update={"renewals": still_open, "not_held": []}) if still_open else None
    )


def renewal_history(
    pack: Pack, record: Record, years: list[int], as_of: date, categories: list[str]
) -> RenewalHistory:
    """Several renewal years side by side, oldest first."""
    reports = [check_renewals(pack, record, y, as_of, categories) for y in sorted(years)]
    shown = [c for c in categories if any(r.category == c for rep in reports for r in rep.renewals)]
    return RenewalHistory(
        person=record.name, as_of=as_of, years=sorted(years), categories=shown, reports=reports
    )


def _renewal(pack: Pack, record: Record, endorsement: Endorsement, span: RenewalYear) -> Renewal:
    category = pack.categories[endorsement.category]
    rule = rule_for(category, span.year)
    assert rule is not None, "api.renew checks every category has a rule for the year"
    association = association_of(pack, record)
    trainings, repeats = trainings_of(record, span)
    dei_from = min(
        (r.effective_from.year for r in category.renewal if r.dei_hours and r.effective_from),
        default=None,
    )
    requirements = [
        check_renewal_training(rule, trainings, repeats, span),
        check_dei(rule, trainings, span, dei_from),
        check_renewal_rsc(rule, record, category.id, span, (association, endorsement.earned)),
        check_rsc_training(rule, record, trainings, span),
        check_renewal_membership(rule, record, span),
        check_renewal_ethics(rule, record, span),
    ]
    deadline, days_left, deadline_detail = _deadline(pack, association, record, span)
    note = _first_year_note(endorsement, span.year)
    return Renewal(
        category=category.id,
        name=category.name,
        earned=endorsement.earned,
        association=association,
        deadline=deadline,
        days_left=days_left,
        deadline_detail=deadline_detail,
        ready=all(r.status in ("met", "not_applicable") for r in requirements),
        confirm=note is not None or any(r.confirm for r in requirements) or deadline is None,
        note=note,
        requirements=requirements,
    )


def check_renewal_membership(
    rule: RenewalRule, record: Record, span: RenewalYear
) -> RenewalRequirement:
    """Membership current through December 31 of the renewal year."""
    required = f"through {span.end}"
    if not rule.membership:
        return build(
            RenewalId.membership, rule, "not_applicable", "This renewal asks for no membership."
        )
    member = record.membership
    if member is None:
        detail = (
            f"No membership in the record; renew your association membership through {span.end}."
        )
        return build(RenewalId.membership, rule, "missing", detail, amounts=(required, None, None))
    have = f"until {member.expires}"
    if member.expires >= span.end:
        detail = (
            f"{member.association} membership runs until {member.expires}, through the end of "
            f"{span.year}."
        )
        if span.year < span.as_of.year:
            detail += (
                " The record keeps only the current membership, so earlier years are taken as "
                "covered."
            )
        return build(RenewalId.membership, rule, "met", detail, amounts=(required, have, None))
    if member.expires >= span.as_of:
        detail = (
            f"{member.association} membership is current but ends {member.expires}, before the "
            f"end of {span.year}"
        )
        return build(
            RenewalId.membership,
            rule,
            "partial",
            detail + "; renew it.",
            amounts=(required, have, None),
        )
    detail = (
        f"{member.association} membership expired on {member.expires}; renew it through {span.end}."
    )
    return build(RenewalId.membership, rule, "missing", detail, amounts=(required, have, None))


def check_renewal_ethics(
    rule: RenewalRule, record: Record, span: RenewalYear
) -> RenewalRequirement:
    """The code of ethics signed again within the renewal year (up to the report date)."""
    if not rule.code_of_ethics:
        return build(
            RenewalId.code_of_ethics, rule, "not_applicable", "This renewal asks for no signature."
        )
    dates = [d for d in record.ethics_dates() if d <= span.as_of]
    this_year = [d for d in dates if d.year == span.year]
    required = f"signed in {span.year}"
    if this_year:
        detail = f"Signed again on {this_year[-1]}, within {span.year}."
        return build(
            RenewalId.code_of_ethics,
            rule,
            "met",
            detail,
            amounts=(required, str(this_year[-1]), None),
        )
    last = dates[-1] if dates else None
    before = f"last signed {last}" if last else "no signing date in the record"
    detail = (
        f"Not signed in {span.year} ({before}); sign the code of ethics again for this renewal."
    )
    return build(
        RenewalId.code_of_ethics,
        rule,
        "missing",
        detail,
        amounts=(required, str(last) if last else None, None),
    )


def _deadline(
    pack: Pack, association: str | None, record: Record, span: RenewalYear
) -> tuple[date | None, int | None, str]:
    assoc = pack.associations.get(association) if association else None
    if assoc is None or assoc.renewal_deadline is None:
        named = record.association or (record.membership.association if record.membership else None)
        why = (
            f"no renewal deadline is on file for {named}"
            if named
            else "the record names no association"
        )
        return None, None, f"{CONFIRM} ({why})."
    due = assoc.renewal_deadline.for_year(span.year)
    left = (due - span.as_of).days
    verb = (
        "the Endorsement lapses if not renewed by" if assoc.renewal_deadline.lapses else "renew by"
    )
    when = f"{left} days left" if left >= 0 else f"passed {-left} days ago"
    when += f", counted from the report date {span.as_of}"
    return due, left, f"{assoc.id}: {verb} {due} ({when})."


def _first_year_note(endorsement: Endorsement, year: int) -> str | None:
    if endorsement.earned is None or endorsement.earned.year != year:
        return None
    return (
        f"Earned during {year}: the sources do not say whether the first renewal falls in the "
        f"year earned. {CONFIRM}"
    )
