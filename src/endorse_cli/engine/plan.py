"""`endorse plan`: the offerings that close a record's gaps best, chosen exactly (a 0/1 program,
solved level by level: most areas met, then fewest missing, then most requirements met, then least
hours, cost or count)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from endorse_cli.engine.evidence import completed_courses, program_evidence
from endorse_cli.engine.plan_apply import Chosen, evaluate
from endorse_cli.engine.plan_explain import explain
from endorse_cli.engine.plan_model import Built, Limits, Needs, ProgramCredit, build
from endorse_cli.engine.plan_offers import Candidate, Window, judge
from endorse_cli.engine.requirements.common import in_force
from endorse_cli.engine.requirements.training import hours, unique_trainings
from endorse_cli.models.catalog import Catalog
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.results.gap import GapReport
from endorse_cli.results.plan import PlanReport
from endorse_cli.vocab import RANK, exact

OTHER_MEASURE = {"hours": "cost", "cost": "hours", "count": "cost"}


class PlanConflict(Exception):
    """--include and --budget cannot hold together, or with the best coverage the catalogs allow
    (the api turns it into a usage error: exit 2)."""


@dataclass(frozen=True)
class PlanAsk:
    """What a plan is asked for: the category, the report date, the date to be ready by, and the
    user's limits."""

    target: str
    as_of: date
    by: date
    measure: str = "hours"
    budget: float | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @property
    def budget_measure(self) -> str:
        """What --budget caps: the measure not minimized (cost, or hours when cost is minimized)."""
        return OTHER_MEASURE[self.measure]


def make_plan(pack: Pack, record: Record, catalogs: list[Catalog], ask: PlanAsk) -> PlanReport:
    """The best plan for `record` toward `ask.target` by `ask.by`, explained pick by pick."""
    before = evaluate(pack, record, ask.target, ask.by, [])
    needs = needs_of(pack, record, before, ask.by)
    capped = ask.budget is not None and ask.budget_measure == "cost"
    window = Window(ask.as_of, ask.by, ask.include, ask.exclude, capped)
    cands = judge(pack, record, catalogs, ask.target, window)
    usable = [c for c in cands if c.why_not is None]
    _check_includes(cands, ask)
    programs = program_credits(pack, record, ask.target, usable)
    limits = Limits(ask.measure, ask.include, ask.budget, ask.budget_measure, ask.by)
    built, values = _solve_or_conflict(usable, needs, programs, limits, ask)
    if ask.include or ask.budget is not None:
        _check_coverage(cands, needs, programs, ask, (built, *values))
    picks = [Chosen(c, s) for c, v, s in built.choices if values[0][v] > 0.5]  # type: ignore[arg-type]
    picks.sort(key=lambda p: (p.cand.finish(p.session, ask.by), p.cand.key))
    after = evaluate(pack, record, ask.target, ask.by, picks)
    return explain(pack, record, ask, before, after, picks, cands, [c.catalog for c in catalogs])


def needs_of(pack: Pack, record: Record, before: GapReport, by: date) -> Needs:
    """Areas below met, and clock hours (in all, per topic) short of the rule in force on `by`."""
    rule = in_force(pack.categories[before.target].requirements.training_hours, by)
    short, topics = Fraction(0), []
    if rule is not None:
        trainings = unique_trainings(record, by)
        short = max(Fraction(0), exact(rule.minimum) - hours(trainings))
        for comp in rule.components:
            gap = exact(comp.hours) - hours(trainings, comp.topic)
            if gap > 0:
                topics.append((comp.topic, float(gap)))
    return Needs(
        missing=tuple(a.area for a in before.competencies if a.status == "missing"),
        partial=tuple(a.area for a in before.competencies if a.status == "partial"),
        hours=float(short),
        topics=tuple(topics),
        areas_total=len(before.competencies),
        requirements_total=before.summary.requirements_total,
    )


def program_credits(
    pack: Pack, record: Record, category: str, usable: list[Candidate]
) -> list[ProgramCredit]:
    """Each program the plan could complete: its courses still to take (all usable) and what
    completing gives."""
    done = completed_courses(pack, record)
    keys = {c.key for c in usable}
    credits = []
    for xw in pack.course_crosswalks.values():
        if xw.summary is None:
            continue
        todo = tuple(f"{xw.id}:{c.id}" for c in xw.courses if c.id not in done.get(xw.id, set()))
        if not todo or not set(todo) <= keys:
            continue
        marks: dict[str, str] = {}
        for area, ev in program_evidence(pack, {xw.id: {c.id for c in xw.courses}}, category):
            accepted = (
                area in pack.domain_of and "coursework" in pack.domain_of[area].evidence.kinds
            )
            if accepted and RANK[ev.status] > RANK.get(marks.get(area, "missing"), 0):
                marks[area] = ev.status
        credits.append(ProgramCredit(xw.id, todo, tuple(sorted(marks.items()))))
    return credits


def _check_includes(cands: list[Candidate], ask: PlanAsk) -> None:
    by_key = {c.key: c for c in cands}
    for key in ask.include:
        cand = by_key.get(key)
        if cand is not None and cand.why_not is not None:
            raise PlanConflict(
                f"--include {key}: {cand.offering.title} cannot be in the plan: {cand.why_not}. "
                "Fix: drop it from --include, or change --by, --exclude or --budget."
            )


def _solve_or_conflict(
    usable: list[Candidate],
    needs: Needs,
    programs: list[ProgramCredit],
    limits: Limits,
    ask: PlanAsk,
) -> tuple[Built, tuple[list[float], list[float]]]:
    from endorse_cli.engine.plan_solve import Infeasible, solve

    built = build(usable, needs, programs, limits, ask.as_of)
    try:
        return built, solve(built.program)
    except Infeasible:
        raise PlanConflict(_infeasible_message(usable, ask)) from None


def _infeasible_message(usable: list[Candidate], ask: PlanAsk) -> str:
    forced = [c for c in usable if c.key in ask.include]
    spend = sum(_amount(c, ask.budget_measure) for c in forced)
    names = ", ".join(ask.include)
    if ask.budget is not None and spend > ask.budget:
        return (
            f"--include {names} alone take {spend:g} {ask.budget_measure}, over --budget "
            f"{ask.budget:g}. Fix: raise --budget or include less."
        )
    return (
        f"the offerings of --include {names} cannot all be taken: their sessions overlap, they are "
        "the same training, or one needs an offering the plan may not use. Fix: include fewer, or "
        "other sessions."
    )


def _amount(cand: Candidate, measure: str) -> float:
    return cand.hours if measure == "hours" else float(cand.cost or 0)


def _check_coverage(
    cands: list[Candidate],
    needs: Needs,
    programs: list[ProgramCredit],
    ask: PlanAsk,
    held: tuple[Built, list[float], list[float]],
) -> None:
    """--include and --budget may not lower the coverage the catalogs allow: that is a conflict to
    name."""
    from endorse_cli.engine.plan_solve import solve

    free = [c for c in cands if c.why_not is None or c.why_not.startswith("its cost is not given")]
    built = build(free, needs, programs, Limits(ask.measure, by=ask.by), ask.as_of)
    built.program.levels = built.program.levels[:1]
    values, optima = solve(built.program)
    if held[2][0] <= optima[0] + 0.5:  # the coverage level: as good as without the options
        return
    lost = sorted(_reached(built, values) - _reached(held[0], held[1])) or [
        "some area or the training hours"
    ]
    what = []
    if ask.budget is not None:
        what.append(f"--budget {ask.budget:g} ({ask.budget_measure})")
    if ask.include:
        what.append("--include " + ", ".join(ask.include))
    raise PlanConflict(
        f"{' with '.join(what)} leaves short what the catalogs could close: {', '.join(lost)}. "
        "Fix: raise --budget, or drop --include or --budget to see the full plan."
    )


def _reached(built: Built, values: list[float]) -> set[str]:
    """What a solution reaches, in words: 'safety met', 'safety partial', 'training hours'."""
    out = set()
    for i, name in enumerate(built.program.names):
        if values[i] > 0.5 and name.startswith(("met[", "partial[")):
            kind, _, area = name[:-1].partition("[")
            out.add(f"{area} {kind}")
        elif values[i] > 0.5 and name == "training_hours":
            out.add("training hours")
    return out
