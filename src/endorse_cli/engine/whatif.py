"""What-if: every category side by side, the closest to applying first."""

from __future__ import annotations

from datetime import date
from typing import Any

from endorse_cli.engine.gap import analyze_gaps
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.results.gap import GapReport
from endorse_cli.results.whatif import CategoryFit, WhatIfReport


def analyze_all(pack: Pack, record: Record, as_of: date) -> WhatIfReport:
    """Every category side by side, the closest to ready first."""
    fits = [_fit(analyze_gaps(pack, record, cid, as_of)) for cid in pack.categories]
    own = _own_track(record)
    order = sorted(
        range(len(fits)), key=lambda i: (not fits[i]["ready"], -fits[i]["progress"], fits[i]["track"] != own, i)
    )
    rows = [CategoryFit(rank=rank, **fits[i]) for rank, i in enumerate(order, start=1)]
    return WhatIfReport(as_of=as_of, person=record.name, categories=rows)


def _own_track(record: Record) -> str:
    """The age track most of the record's work is in (ties and no work: infant)."""
    infant = sum(1 for w in record.work if w.ages in ("infant", "both"))
    early = sum(1 for w in record.work if w.ages in ("early_childhood", "both"))
    return "early_childhood" if early > infant else "infant"


def _fit(report: GapReport) -> dict[str, Any]:
    s = report.summary
    areas = s.met + s.partial + s.missing
    area_part = (s.met + 0.5 * s.partial) / areas if areas else 1.0
    req_part = s.requirements_met / s.requirements_total if s.requirements_total else 1.0
    return {
        "target": report.target,
        "name": report.target_name,
        "track": report.track,
        "met": s.met,
        "partial": s.partial,
        "missing": s.missing,
        "requirements_met": s.requirements_met,
        "requirements_total": s.requirements_total,
        "ready": s.ready,
        "progress": round((area_part + req_part) / 2, 3),
    }
