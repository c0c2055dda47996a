"""A solved plan in words: what each pick closes, what stays open and why, and the steps no offering
takes."""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING

from endorse_cli.engine.plan_apply import Chosen, entry_date
from endorse_cli.engine.plan_offers import Candidate
from endorse_cli.engine.requirements.common import listing
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.results.gap import AreaResult, GapReport
from endorse_cli.results.plan import Adds, LeftOut, OtherStep, Pick, PlanReport, Totals, Uncovered
from endorse_cli.vocab import shown

if TYPE_CHECKING:
    from endorse_cli.engine.plan import PlanAsk

_TOPIC = {"dei": "dei_hours", "rsc": "rsc_training_hours"}
_KINDS = {"references": "reference ratings", "rsc": "reflective supervision received"}


def explain(
    pack: Pack,
    record: Record,
    ask: PlanAsk,
    before: GapReport,
    after: GapReport,
    picks: list[Chosen],
    cands: list[Candidate],
    catalogs: list[str],
) -> PlanReport:
    """The report: picks with what each closes, totals, before/after, uncovered areas, other
    steps."""
    credited = _credit(before, after, picks)
    names = {a.area: a.name for a in after.competencies}
    short, rows = _hours_short(before), []
    finishing = _completes_program(after, picks)
    titles = {p.cand.key: p.cand.offering.title for p in picks}
    for chosen in picks:
        row = _pick(chosen, credited.get(chosen.cand.key, ([], [])), short, ask, names, titles)
        if chosen.cand.key in finishing:
            row = row.model_copy(
                update={"says": f"completes {finishing[chosen.cand.key]}; {row.says}"}
            )
        rows.append(row)
        short = max(0.0, short - chosen.cand.hours)
    uncovered = [_uncovered(pack, a, cands) for a in after.competencies if a.status != "met"]
    steps = _other_steps(after, rsc_rate(record, ask.by), ask.by)
    training = next((r for r in after.requirements if r.id == "training_hours"), None)
    return PlanReport(
        target=after.target,
        target_name=after.target_name,
        person=after.person,
        as_of=ask.as_of,
        by=ask.by,
        objective=ask.measure,
        budget=ask.budget,
        budget_measure=ask.budget_measure if ask.budget is not None else None,
        catalogs=catalogs,
        offerings_considered=sum(c.why_not is None for c in cands),
        picks=rows,
        totals=_totals(rows),
        before=before.summary,
        after=after.summary,
        closes_every_gap=not uncovered and (training is None or training.status == "met"),
        uncovered=uncovered,
        other_steps=steps,
        left_out=[
            _left_out(c)
            for c in cands
            if c.why_not and c.why_not.startswith("its cost is not given")
        ],
        notes=_notes(before, picks, cands),
    )


def _credit(
    before: GapReport, after: GapReport, picks: list[Chosen]
) -> dict[str, tuple[list[str], list[str]]]:
    """Pick key -> (areas it makes met, areas it makes partial): each area credited to the first
    pick whose evidence gives its new status (a completed program's areas to the pick that completes
    it)."""
    was = {a.area: a.status for a in before.competencies}
    out: dict[str, tuple[list[str], list[str]]] = {p.cand.key: ([], []) for p in picks}
    for area in after.competencies:
        if area.status == was.get(area.area) or area.status == "missing":
            continue
        key = _first_giver(area, picks)
        if key is not None:
            out[key][0 if area.status == "met" else 1].append(area.area)
    return out


def _first_giver(area: AreaResult, picks: list[Chosen]) -> str | None:
    sources = {e.source for e in area.evidence if e.status == area.status}
    for pick in picks:
        offering = pick.cand.offering
        names = {f"training:{offering.title}", f"course:{offering.title}"}
        if offering.crosswalk:
            names |= {f"{offering.crosswalk}:{offering.course}", f"{offering.crosswalk}:program"}
        if names & sources:
            last = next(
                (p for p in reversed(picks) if p.cand.offering.crosswalk == offering.crosswalk),
                pick,
            )
            return (
                last.cand.key
                if f"{offering.crosswalk}:program" in sources & names
                else pick.cand.key
            )
    return None


def _completes_program(after: GapReport, picks: list[Chosen]) -> dict[str, str]:
    """Pick key -> 'the whole program', for the last pick of each program whose summary now credits
    areas."""
    programs = {
        e.source.split(":")[0]
        for a in after.competencies
        for e in a.evidence
        if e.source.endswith(":program")
    }
    last = {
        p.cand.offering.crosswalk: p.cand.key
        for p in picks
        if p.cand.offering.crosswalk in programs
    }
    return dict.fromkeys(last.values(), "the whole program")


def _hours_short(before: GapReport) -> float:
    row = next((r for r in before.requirements if r.id == "training_hours"), None)
    if row is None or row.status == "met":
        return 0.0
    try:
        return max(0.0, float(row.required or 0) - float(row.have or 0))
    except ValueError:
        return 0.0


def _pick(
    chosen: Chosen,
    credited: tuple[list[str], list[str]],
    short: float,
    ask: PlanAsk,
    names: dict[str, str],
    titles: dict[str, str],
) -> Pick:
    cand, offering = chosen.cand, chosen.cand.offering
    adds = Adds(
        training_hours=cand.hours,
        **{_TOPIC[t]: cand.hours for t in offering.topics},
    )
    return Pick(
        catalog=cand.catalog.catalog,
        offering=offering.id,
        title=offering.title,
        provider=offering.provider,
        kind=offering.kind,
        date=entry_date(chosen, ask.by) if chosen.session else None,
        start=chosen.session.start if chosen.session else None,
        hours=cand.hours,
        credits=offering.credits,
        cost=offering.cost,
        currency=offering.currency or cand.catalog.currency,
        closes=credited[0],
        partial=credited[1],
        adds=adds,
        says=_says(
            ([names[a] for a in credited[0]], [names[a] for a in credited[1]]), cand, short, titles
        ),
        forced=cand.key in ask.include,
    )


def _says(
    credited: tuple[list[str], list[str]], cand: Candidate, short: float, titles: dict[str, str]
) -> str:
    """'meets Safety and Life skills; partly covers C; adds 6 of the 2 missing clock hours' (area
    names)."""
    parts = []
    if credited[0]:
        parts.append("meets " + listing(credited[0], "and"))
    if credited[1]:
        parts.append("partly covers " + listing(credited[1], "and"))
    if cand.hours and short > 0:
        parts.append(f"adds {shown(cand.hours)} of the {shown(short)} missing clock hours")
    elif cand.hours:
        parts.append(f"adds {shown(cand.hours)} clock hours")
    tags = [t.upper() for t in cand.offering.topics]
    if tags and cand.hours:
        parts[-1] += f" ({' and '.join(tags)})"
    partners = [titles[k] for k in [*cand.together, *cand.requires] if k in titles]
    fallback = (
        f"taken with {listing(partners, 'and')}, which it goes with"
        if partners
        else "taken with the plan"
    )
    return "; ".join(parts) or fallback


def _totals(rows: list[Pick]) -> Totals:
    return Totals(
        hours=sum(p.hours for p in rows),
        cost=sum(p.cost or 0 for p in rows),
        count=len(rows),
        cost_unknown=sum(p.cost is None for p in rows),
    )


def _uncovered(pack: Pack, area: AreaResult, cands: list[Candidate]) -> Uncovered:
    kinds = pack.domain_of[area.area].evidence.kinds
    if "training" not in kinds and "coursework" not in kinds:
        others = listing([_KINDS.get(k, k) for k in kinds], "or")
        why = f"documented by {others}, not by training or coursework"
    else:
        why = _why_open(area, cands)
    return Uncovered(area=area.area, name=area.name, status=area.status, why=why)


def _why_open(area: AreaResult, cands: list[Candidate]) -> str:
    meeting = [c for c in cands if c.marks.get(area.area) == "met"]
    usable = [c for c in meeting if c.why_not is None]
    if usable:
        return (
            "the offerings that meet it cannot be combined with the rest of the plan (overlapping "
            "dates or budget)"
        )
    if meeting:
        first = meeting[0]
        return f"{first.offering.title} would meet it, but {first.why_not}"
    if any(c.marks.get(area.area) for c in cands):
        return "the catalogs cover it only partly (two partials never make a met)"
    return f"no offering in the catalogs {'meets' if area.status == 'partial' else 'covers'} it"


def _other_steps(after: GapReport, rate: float | None, by: date) -> list[OtherStep]:
    """Every requirement still short after the plan, with the gap report's own next step (reflective
    supervision also with how long it takes at the rate the record shows)."""
    steps = []
    for r in after.requirements:
        if r.status == "met":
            continue
        action = r.action or r.detail
        if r.id == "reflective_supervision" and rate:
            action = f"{action.rstrip('.')}. {_at_rate(r.required, r.have, rate)}"
        if r.id == "training_hours":
            action = f"{action.rstrip('.')} (the catalogs do not offer enough by {by})."
        steps.append(OtherStep(requirement=r.id, label=r.label, status=r.status, action=action))
    return steps


def rsc_rate(record: Record, by: date) -> float | None:
    """Hours of reflective supervision a month over the record's RSC entries (peer excluded), or
    None."""
    entries = [e for e in record.reflective_supervision if e.format != "peer" and e.start <= by]
    if not entries:
        return None
    first = min(e.start for e in entries)
    last = max(min(e.end or by, by) for e in entries)
    months = max(1.0, ((last - first).days + 1) / 30.4375)
    return sum(e.hours for e in entries) / months


def _at_rate(required: object, have: object, rate: float) -> str:
    """'At the 2.1 hours a month your record shows, that is about 2 months.'"""
    try:
        short = float(str(required)) - float(str(have))
    except ValueError:
        return f"Your record shows about {rate:.1f} hours a month."
    months = max(1, math.ceil(short / rate)) if short > 0 else 0
    when = f"about {months} month{'' if months == 1 else 's'}" if months else "no more time"
    return f"At the {rate:.1f} hours a month your record shows, that is {when}."


def _left_out(cand: Candidate) -> LeftOut:
    return LeftOut(
        catalog=cand.catalog.catalog,
        offering=cand.offering.id,
        title=cand.offering.title,
        why=cand.why_not or "",
    )


def _notes(before: GapReport, picks: list[Chosen], cands: list[Candidate]) -> list[str]:
    notes = list(before.notes)
    if not [c for c in cands if c.why_not is None]:
        notes.append("No offering in the catalogs can be used for this plan.")
    elif not picks and not before.summary.ready:
        notes.append("No offering in the catalogs closes any of the remaining gaps.")
    return notes
