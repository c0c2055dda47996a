"""The plan as a 0/1 integer program, solver-neutral: variables, rows and the lexicographic
objective levels.

Built from sorted data only (candidates by key, areas in pack order), so the same inputs give the
same program, row for row, under any PYTHONHASHSEED; engine/plan_solve.py hands it to the solver."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from endorse_cli.engine.plan_offers import Candidate
from endorse_cli.models.catalog import Session
from endorse_cli.vocab import CREDITS

INF = float("inf")
Row = tuple[dict[int, float], float, float]


@dataclass
class Program01:
    """Binary variables (one per name), linear rows lo <= sum(coef * var) <= hi, and objective
    levels to minimize."""

    names: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    continuous: set[int] = field(default_factory=set)
    upper: dict[int, float] = field(default_factory=dict)
    levels: list[tuple[str, dict[int, float]]] = field(default_factory=list)

    def var(self, name: str, continuous_upper: float | None = None) -> int:
        """A new variable (binary, or continuous in [0, upper])."""
        self.names.append(name)
        index = len(self.names) - 1
        if continuous_upper is not None:
            self.continuous.add(index)
            self.upper[index] = continuous_upper
        return index

    def add(self, coefs: dict[int, float], lo: float = -INF, hi: float = INF) -> None:
        """A row lo <= sum(coefs) <= hi (terms with coefficient 0 dropped)."""
        self.rows.append(({k: v for k, v in sorted(coefs.items()) if v}, lo, hi))


@dataclass(frozen=True)
class Needs:
    """What the record still lacks that offerings can give: areas below met, and clock hours."""

    missing: tuple[str, ...]  # areas with no evidence
    partial: tuple[str, ...]  # areas partial now
    hours: float  # clock hours short of the minimum (0: reached)
    topics: tuple[tuple[str, float], ...]  # (topic, hours short) per component still short
    areas_total: int
    requirements_total: int


@dataclass(frozen=True)
class ProgramCredit:
    """A whole program: the candidate keys still to take, and the area marks completing it gives."""

    name: str
    courses: tuple[str, ...]
    marks: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Limits:
    """The user's constraints: forced keys, the measure minimized, and the budget on the other
    measure."""

    measure: str = "hours"
    include: tuple[str, ...] = ()
    budget: float | None = None
    budget_measure: str = "cost"
    by: date = date.max


@dataclass
class Built:
    """A built program and where each choice variable sits."""

    program: Program01
    choices: list[tuple[Candidate, int, object]]  # candidate, variable, session
    coverage_level: dict[int, float]


def measure_of(cand: Candidate, measure: str) -> float:
    """A candidate's hours, cost (unknown = 0) or count."""
    if measure == "hours":
        return cand.hours
    if measure == "cost":
        return float(cand.cost or 0)
    return 1.0


def build(
    cands: list[Candidate], needs: Needs, programs: list[ProgramCredit], limits: Limits, start: date
) -> Built:
    """The whole program: choices, coverage, hours, programs, requisites, clashes, budget and
    objective levels."""
    prog = Program01()
    choices: list[tuple[Candidate, int, object]] = []
    taken: dict[str, dict[int, float]] = {}
    for cand in cands:
        ids = [prog.var(f"x[{cand.key}#{i}]") for i in range(len(cand.sessions))]
        choices += [(cand, v, s) for v, s in zip(ids, cand.sessions, strict=True)]
        taken[cand.key] = dict.fromkeys(ids, 1.0)
        if len(ids) > 1:
            prog.add(taken[cand.key], hi=1)
        if cand.key in limits.include:
            prog.add(taken[cand.key], lo=1)
    _requisites(prog, cands, taken)
    _same_title(prog, cands, taken)
    _clashes(prog, choices)
    credit = _programs(prog, programs, taken)
    coverage = _coverage(prog, cands, needs, credit, taken)
    _budget(prog, cands, taken, limits)
    prog.levels.append(("coverage", coverage))
    prog.levels.append((limits.measure, _measure(cands, taken, limits.measure)))
    latest, ranks = _finish(prog, choices, start, limits.by)
    prog.levels.append(("finish", latest))
    prog.levels.append(("order", ranks))
    return Built(prog, choices, coverage)


def _sum(
    taken: dict[str, dict[int, float]], keys: list[str], scale: float = 1.0
) -> dict[int, float]:
    out: dict[int, float] = {}
    for key in keys:
        for var, coef in taken.get(key, {}).items():
            out[var] = out.get(var, 0.0) + coef * scale
    return out


def _requisites(
    prog: Program01, cands: list[Candidate], taken: dict[str, dict[int, float]]
) -> None:
    """A prerequisite is taken too; co-requisites are taken together (either both or neither)."""
    for cand in cands:
        for other in cand.requires:
            if other in taken:
                prog.add(_merge(taken[cand.key], taken[other], -1.0), hi=0)
        for other in cand.together:
            if other in taken:
                prog.add(_merge(taken[cand.key], taken[other], -1.0), lo=0, hi=0)


def _merge(a: dict[int, float], b: dict[int, float], sign: float) -> dict[int, float]:
    out = dict(a)
    for var, coef in b.items():
        out[var] = out.get(var, 0.0) + sign * coef
    return out


def _same_title(
    prog: Program01, cands: list[Candidate], taken: dict[str, dict[int, float]]
) -> None:
    """The same training in two catalogs counts once: at most one of them."""
    groups: dict[str, list[str]] = {}
    for cand in cands:
        groups.setdefault(" ".join(cand.offering.title.casefold().split()), []).append(cand.key)
    for keys in groups.values():
        if len(keys) > 1:
            prog.add(_sum(taken, keys), hi=1)


def _clashes(prog: Program01, choices: list[tuple[Candidate, int, object]]) -> None:
    """Live training sessions whose days overlap exclude each other: one row per day a session
    starts, over the sessions running that day (the intervals' cliques), found in one sweep by start
    day."""
    live = sorted(
        (
            (s.start, s.last, c.key, v)
            for c, v, s in choices
            if isinstance(s, Session) and c.offering.kind == "training"
        ),
        key=lambda t: (t[0], t[2], t[3]),
    )
    seen: set[tuple[int, ...]] = set()
    running: list[tuple[date, str, int]] = []
    i = 0
    while i < len(live):
        day = live[i][0]
        while i < len(live) and live[i][0] == day:
            running.append((live[i][1], live[i][2], live[i][3]))
            i += 1
        running = [r for r in running if r[0] >= day]
        ids = tuple(sorted(v for _end, _k, v in running))
        if len({k for _end, k, _v in running}) > 1 and ids not in seen:
            seen.add(ids)
            prog.add(dict.fromkeys(ids, 1.0), hi=1)


def _programs(
    prog: Program01, programs: list[ProgramCredit], taken: dict[str, dict[int, float]]
) -> list[tuple[int, ProgramCredit]]:
    """One variable per program: 1 only when every course still to take is taken."""
    out = []
    for program in programs:
        var = prog.var(f"program[{program.name}]")
        for key in program.courses:
            prog.add(_merge({var: 1.0}, taken.get(key, {}), -1.0), hi=0)
        out.append((var, program))
    return out


def _coverage(
    prog: Program01,
    cands: list[Candidate],
    needs: Needs,
    credit: list[tuple[int, ProgramCredit]],
    taken: dict[str, dict[int, float]],
) -> dict[int, float]:
    """Area and training-hour variables, and the coverage level: most met, then fewest missing, then
    most requirements met, as one integer weight (exact: every count is at most a few hundred)."""
    w_req = 1.0
    w_partial = float(needs.requirements_total + 1)
    w_met = float((needs.areas_total + 1) * (needs.requirements_total + 1))
    objective: dict[int, float] = {}
    for area in [*needs.missing, *needs.partial]:
        givers = {"met": _givers(cands, credit, taken, area, ("met",))}
        met = prog.var(f"met[{area}]")
        prog.add(_merge({met: 1.0}, givers["met"], -1.0), hi=0)
        objective[met] = -w_met
        if area in needs.missing:
            some = prog.var(f"partial[{area}]")
            prog.add(
                _merge({some: 1.0}, _givers(cands, credit, taken, area, CREDITS), -1.0),
                hi=0,
            )
            objective[some] = -w_partial
    if needs.hours > 0 or needs.topics:
        reached = prog.var("training_hours")
        for topic, short in (("", needs.hours), *needs.topics):
            if short > 0:
                hours = {
                    v: c.hours
                    for c in cands
                    if not topic or topic in c.offering.topics
                    for v in taken[c.key]
                }
                prog.add(_merge(hours, {reached: short - 1e-9}, -1.0), lo=0)
        objective[reached] = -w_req
    return objective


def _givers(
    cands: list[Candidate],
    credit: list[tuple[int, ProgramCredit]],
    taken: dict[str, dict[int, float]],
    area: str,
    claims: tuple[str, ...],
) -> dict[int, float]:
    keys = [c.key for c in cands if c.marks.get(area) in claims]
    out = _sum(taken, keys)
    for var, program in credit:
        if dict(program.marks).get(area) in claims:
            out[var] = 1.0
    return out


def _measure(
    cands: list[Candidate], taken: dict[str, dict[int, float]], measure: str
) -> dict[int, float]:
    return {v: measure_of(c, measure) for c in cands for v in taken[c.key]}


def _budget(
    prog: Program01, cands: list[Candidate], taken: dict[str, dict[int, float]], limits: Limits
) -> None:
    if limits.budget is not None:
        spend = {v: measure_of(c, limits.budget_measure) for c in cands for v in taken[c.key]}
        prog.add(spend, hi=limits.budget + 1e-9)


def _finish(
    prog: Program01, choices: list[tuple[Candidate, int, object]], start: date, by: date
) -> tuple[dict[int, float], dict[int, float]]:
    """Ties: the earliest finish (the plan's last day), then the earliest choices in (finish, key)
    order."""
    days = [(c.finish(s, by) - start).days for c, _v, s in choices]  # type: ignore[arg-type]
    latest = prog.var("finish", continuous_upper=float(max([0, *days])))
    for (_c, var, _s), day in zip(choices, days, strict=True):
        if day > 0:
            prog.add({latest: 1.0, var: -float(day)}, lo=0)
    order = sorted(range(len(choices)), key=lambda i: (days[i], choices[i][0].key, i))
    rank = {choices[i][1]: float(pos + 1) for pos, i in enumerate(order)}
    return {latest: 1.0}, rank
