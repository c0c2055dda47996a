"""What-if: every category side by side, the next credential a coordinator would point to first.

The order (docs/rules.md, "Which category fits"): categories at or below one held on the same track
are never suggested and come last; a category below the highest rung held on any track comes after
the rest; then categories that need no degree the person lacks; then the fit of the person's own
work (the kind of work a category's scope names, on its age track, and the next rung above one
held); then how far off applying is, in whole years (every application requirement met first); then
the person's age track; then, among the ready, the higher rung; then the estimate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from endorse_cli.engine.asof import as_of_view
from endorse_cli.engine.blockers import blockers
from endorse_cli.engine.estimate import estimate_words, months_to_go
from endorse_cli.engine.gap import analyze_gaps
from endorse_cli.engine.periods import days
from endorse_cli.models.category import Category
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.results.gap import GapReport
from endorse_cli.results.whatif import CategoryFit, WhatIfReport
from endorse_cli.vocab import LADDER, shown

_TRACK_AGES = {"infant": ("infant", "both"), "early_childhood": ("early_childhood", "both")}
_TRACK_WORDS = {"infant": "infant", "early_childhood": "early childhood"}
_AGE_WORDS = {"infant": "infants and toddlers", "early_childhood": "young children 3 up to 6"}


@dataclass(frozen=True)
class Person:
    """What the ranking reads from the record: the rungs held per track, the work done, the main
    track."""

    held: dict[str, date | None]
    top_rung: dict[str, int]
    held_on: dict[str, list[str]]
    work: frozenset[tuple[str, str]]
    track: str | None


def person_of(pack: Pack, record: Record, as_of: date) -> Person:
    """The held categories (earned by `as_of`), the highest rung held per track, (track, kind) of
    the work."""
    view, _notes = as_of_view(record, as_of)
    held = {e.category: e.earned for e in view.endorsements if e.category in pack.categories}
    top: dict[str, int] = {}
    held_on: dict[str, list[str]] = {}
    for cid in held:
        cat = pack.categories[cid]
        top[cat.track] = max(top.get(cat.track, -1), LADDER.index(cat.rung))
        held_on.setdefault(cat.track, []).append(cid)
    work = {
        (track, w.kind) for w in view.work for track, ages in _TRACK_AGES.items() if w.ages in ages
    }
    if view.provides_rsc:  # giving RSC is leadership work, on the tracks of the endorsements held
        work |= {(track, "leadership") for track in held_on}
    return Person(held, top, held_on, frozenset(work), own_track(view, as_of))


def analyze_all(pack: Pack, record: Record, as_of: date) -> WhatIfReport:
    """Every category side by side, the next credential first; held or below last."""
    person = person_of(pack, record, as_of)
    rows = []
    for position, (cid, cat) in enumerate(pack.categories.items()):
        report = analyze_gaps(pack, record, cid, as_of)
        months = months_to_go(report)
        rows.append(
            (_key(cat, report, months, person, position), _fit(cat, report, months, person))
        )
    rows.sort(key=lambda pair: pair[0])
    fits = [
        row.model_copy(update={"rank": rank}) for rank, (_key_, row) in enumerate(rows, start=1)
    ]
    return WhatIfReport(
        as_of=as_of, person=record.name, categories=fits, notes=as_of_view(record, as_of)[1]
    )


def own_track(record: Record, as_of: date) -> str | None:
    """The age track most of the record's work days are in (ties: infant; no work: None)."""

    def spent(ages: tuple[str, ...]) -> int:
        return days(
            (w.start, min(w.end or as_of, as_of))
            for w in record.work
            if w.ages in ages and w.start <= as_of
        )

    infant, early = spent(_TRACK_AGES["infant"]), spent(_TRACK_AGES["early_childhood"])
    if not infant and not early:
        return None
    return "early_childhood" if early > infant else "infant"


def held_or_below(cat: Category, person: Person) -> bool:
    """At or below the highest rung the person holds on the category's track."""
    return cat.track in person.top_rung and LADDER.index(cat.rung) <= person.top_rung[cat.track]


def below_held(cat: Category, person: Person) -> bool:
    """Below the highest rung held on any track (e.g. ECFA for someone who holds IFS): suggested
    after the rest."""
    return any(LADDER.index(cat.rung) < rung for rung in person.top_rung.values())


def kind_fit(cat: Category, person: Person) -> str | None:
    """The kind of the person's work (on the category's track) that the category's scope names, if
    any."""
    return next((k for k in cat.scope_kinds if (cat.track, k) in person.work), None)


def elsewhere(cat: Category, person: Person) -> bool:
    """The person has work, none of it with the ages of the category's track: not where they
    work."""
    return bool(person.work) and all(track != cat.track for track, _kind in person.work)


def far_mentor(cat: Category, person: Person) -> bool:
    """A Mentor category whose kind of work the person has not done, and not the next level on a
    track held."""
    return cat.rung == LADDER[-1] and kind_fit(cat, person) is None and not next_rung(cat, person)


def next_rung(cat: Category, person: Person) -> bool:
    """The rung right above the highest one held on the category's track."""
    return cat.track in person.top_rung and LADDER.index(cat.rung) == person.top_rung[cat.track] + 1


def requirements_met(report: GapReport) -> bool:
    """Every application-stage requirement met (areas may still be open)."""
    return report.summary.requirements_met == report.summary.requirements_total


def _needs_degree(report: GapReport) -> bool:
    return any(r.id == "education" and r.status != "met" for r in report.requirements)


def _key(
    cat: Category, report: GapReport, months: float, person: Person, position: int
) -> tuple[object, ...]:
    fit = 2 * (kind_fit(cat, person) is not None) + next_rung(cat, person)
    ready = requirements_met(report)
    years = 0 if ready else 1 + int(months // 12)
    off_track = person.track is not None and cat.track != person.track
    rung = -LADDER.index(cat.rung) if ready else 0
    lower = below_held(cat, person)
    away = far_mentor(cat, person), elsewhere(cat, person)
    return (
        held_or_below(cat, person),
        lower,
        *away,
        _needs_degree(report),
        -fit,
        years,
        off_track,
        rung,
        months,
        position,
    )


def why(cat: Category, report: GapReport, months: float, person: Person) -> str:
    """Why the row stands where it does, in plain words."""
    if cat.id in person.held:
        earned = person.held[cat.id]
        return "you hold it" + (f" (since {earned})" if earned else "")
    if held_or_below(cat, person):
        mine = person.held_on[cat.track]
        return (
            f"at or below what you hold on the {_TRACK_WORDS[cat.track]} track "
            f"({', '.join(mine)}): not suggested"
        )
    reasons = [_fit_words(cat, person)]
    if below_held(cat, person):
        reasons.insert(0, "below the level you hold")
    if _needs_degree(report):
        reasons.append("needs a degree you do not have yet")
    if requirements_met(report):
        reasons.append(
            "every application requirement met"
            + ("" if report.summary.ready else "; areas still open")
        )
    else:
        reasons.append(estimate_words(months))
    return "; ".join(reasons)


def _fit_words(cat: Category, person: Person) -> str:
    kind = kind_fit(cat, person)
    if kind and next_rung(cat, person):
        return (
            f"next level on your {_TRACK_WORDS[cat.track]} track; fits your {kind} work with "
            f"{_AGE_WORDS[cat.track]}"
        )
    if kind:
        return f"fits your {kind} work with {_AGE_WORDS[cat.track]}"
    if next_rung(cat, person):
        return f"next level on your {_TRACK_WORDS[cat.track]} track"
    if elsewhere(cat, person):
        return f"none of your work is with {_AGE_WORDS[cat.track]}"
    if person.track is not None and cat.track != person.track:
        return f"your work is mostly on the {_TRACK_WORDS[person.track]} track"
    named = ", ".join(cat.scope_kinds) or cat.scope
    return f"its scope ({named}) is not the kind of work your record shows"


def blocker(report: GapReport) -> str:
    """What stands between the person and applying, most lasting first ('' when ready)."""
    return "; ".join(blockers(report))


def _fit(cat: Category, report: GapReport, months: float, person: Person) -> CategoryFit:
    s = report.summary
    areas = s.met + s.partial + s.missing
    area_part = (s.met + 0.5 * s.partial) / areas if areas else 1.0
    req_part = s.requirements_met / s.requirements_total if s.requirements_total else 1.0
    held = cat.id in person.held
    earned = person.held.get(cat.id)
    what = ("held" + (f" since {earned}" if earned else "")) if held else blocker(report)
    return CategoryFit(
        **s.model_dump(),
        rank=0,
        target=report.target,
        name=report.target_name,
        track=report.track,
        rung=cat.rung,
        held=held,
        held_or_below=held_or_below(cat, person),
        progress=round((area_part + req_part) / 2, 3),
        months_to_go=float(shown(Fraction(months).limit_denominator(1000))),
        blocker=what,
        why=why(cat, report, months, person),
        planned=report.planned,
    )
