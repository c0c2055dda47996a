"""What-if: every category side by side, ranked by how close the person is to applying.

Requirements that take years (a degree, years of qualifying work or leadership, supervision over
one to two years) weigh far more than areas a training can fill; the track of the person's own work
decides near-ties, then the higher category (someone ready for IFS and IFA sees IFS first). A
category the record already holds is shown as held, below the rest, never suggested.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from endorse_cli.engine.asof import as_of_view
from endorse_cli.engine.blockers import blockers
from endorse_cli.engine.gap import analyze_gaps
from endorse_cli.engine.periods import days
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.results.gap import GapReport, RequirementResult
from endorse_cli.results.whatif import CategoryFit, WhatIfReport
from endorse_cli.vocab import LADDER, LEVEL_NAMES, LEVEL_ORDER, exact, shown

# Rough years of study to reach each degree level from none (for the distance only).
_STUDY_YEARS = {"none": 0, "cda": 0.5, "associate": 2, "bachelors": 4, "masters": 6, "doctorate": 9}
_RSC_HOURS_PER_MONTH = 2
_TRAINING_HOURS_PER_MONTH = 10


def analyze_all(pack: Pack, record: Record, as_of: date) -> WhatIfReport:
    """Every category side by side, the closest to applying first."""
    held = {e.category: e.earned for e in record.endorsements if not e.earned or e.earned <= as_of}
    own = own_track(record, as_of)
    rows = []
    for position, cid in enumerate(pack.categories):
        report = analyze_gaps(pack, record, cid, as_of)
        months = months_to_go(report)
        key = (cid in held, round(months), report.track != own, -LADDER.index(pack.categories[cid].level), position)
        rows.append((key, _fit(report, months, cid in held, held.get(cid))))
    rows.sort(key=lambda pair: pair[0])
    fits = [row.model_copy(update={"rank": rank}) for rank, (_key, row) in enumerate(rows, start=1)]
    return WhatIfReport(as_of=as_of, person=record.name, categories=fits, notes=as_of_view(record, as_of)[1])


def own_track(record: Record, as_of: date) -> str:
    """The age track most of the record's work days are in (ties and no work: infant)."""

    def spent(ages: tuple[str, ...]) -> int:
        return days((w.start, min(w.end or as_of, as_of)) for w in record.work if w.ages in ages and w.start <= as_of)

    return "early_childhood" if spent(("early_childhood", "both")) > spent(("infant", "both")) else "infant"


def months_to_go(report: GapReport) -> float:
    """Rough months still ahead: study first, then the longest of the things that run side by side."""
    by_id = {r.id: r for r in report.requirements if r.stage == "application" and r.status != "met"}
    study = _study_months(by_id.get("education"))
    parallel = [
        _short(by_id.get("work_experience")) * 12,
        _short(by_id.get("reflective_supervision")) / _RSC_HOURS_PER_MONTH,
        _short(by_id.get("training_hours")) / _TRAINING_HOURS_PER_MONTH,
        1.0 if "references" in by_id else 0.0,
        0.25 * (("code_of_ethics" in by_id) + ("membership" in by_id)),
        0.2 * report.summary.missing + 0.1 * report.summary.partial,
    ]
    return study + max(parallel)


def _short(req: RequirementResult | None) -> float:
    """How much of a numeric requirement is still missing (0 when met or not numeric)."""
    if req is None or not isinstance(req.required, int | float):
        return 0.0
    have = req.have if isinstance(req.have, int | float) else 0
    return float(max(exact(req.required) - exact(have), Fraction(0)))


def _study_months(req: RequirementResult | None) -> float:
    if req is None or not isinstance(req.required, str):
        return 0.0
    have = next((lv for lv, name in LEVEL_NAMES.items() if name == req.have), "none")
    need = min((lv for lv, name in LEVEL_NAMES.items() if name in req.required), key=LEVEL_ORDER.index)
    return max(0.0, (_STUDY_YEARS[need] - _STUDY_YEARS[have]) * 12)


def blocker(report: GapReport) -> str:
    """What stands between the person and applying, most lasting first ('' when ready)."""
    return "; ".join(blockers(report))


def _fit(report: GapReport, months: float, held: bool, earned: date | None) -> CategoryFit:
    s = report.summary
    areas = s.met + s.partial + s.missing
    area_part = (s.met + 0.5 * s.partial) / areas if areas else 1.0
    req_part = s.requirements_met / s.requirements_total if s.requirements_total else 1.0
    what = ("held" + (f" since {earned}" if earned else "")) if held else blocker(report)
    return CategoryFit(
        **s.model_dump(),
        rank=0,
        target=report.target,
        name=report.target_name,
        track=report.track,
        held=held,
        progress=round((area_part + req_part) / 2, 3),
        months_to_go=float(shown(Fraction(months).limit_denominator(1000))),
        blocker=what,
    )
