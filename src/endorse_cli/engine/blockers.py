"""What stands between a person and applying, as short phrases, the slowest to change first.

One wording serves the what-if rows (all of them, joined) and a cohort's main blocker (the first).
"""

from __future__ import annotations

import re

from endorse_cli.results.gap import GapReport, RequirementResult
from endorse_cli.vocab import BLOCKER_ORDER, RequirementId, a_or_an


def phrase(req: RequirementResult) -> str:
    """'needs a master's degree', '38 of 50 RSC hours', 'code of ethics not signed'."""
    if req.id == "education":
        return f"needs {a_or_an(re.split(r', | or ', str(req.required))[0])}"
    if req.shortfall:
        return req.shortfall
    if req.id == RequirementId.training_hours and req.components:
        return _training(req)
    wording = RequirementId(req.id).wording
    if wording.unit:
        return f"{req.have} of {req.required} {wording.unit}"
    if req.id in (RequirementId.code_of_ethics, RequirementId.membership):
        return wording.short
    return f"{req.label.lower()}: {req.status}"


def _training(req: RequirementResult) -> str:
    """The short components ('0 of 3 DEI hours'), after the total only when the total is short
    too."""
    short = [
        f"{c.have} of {c.required} {c.label}" for c in req.components or [] if c.status != "met"
    ]
    total_short = (
        isinstance(req.have, int | float)
        and isinstance(req.required, int | float)
        and req.have < req.required
    )
    total = (
        [f"{req.have} of {req.required} {RequirementId(req.id).wording.unit}"]
        if total_short or not short
        else []
    )
    return "; ".join(total + short)


def areas_phrase(missing: int, partial: int) -> str:
    """'areas: 3 missing, 2 partial' ('' when none)."""
    parts = [f"{n} {word}" for n, word in ((missing, "missing"), (partial, "partial")) if n]
    return f"{'area' if missing + partial == 1 else 'areas'}: {', '.join(parts)}" if parts else ""


def blockers(report: GapReport) -> list[str]:
    """Every unmet application-stage requirement, slowest first, then the areas still open."""
    unmet = {r.id: r for r in report.requirements if r.stage == "application" and r.status != "met"}
    ordered = [rid for rid in BLOCKER_ORDER if rid in unmet] + [
        rid for rid in unmet if rid not in BLOCKER_ORDER
    ]
    found = [phrase(unmet[rid]) for rid in ordered]
    areas = areas_phrase(report.summary.missing, report.summary.partial)
    return [*found, areas] if areas else found
