"""What stands between a person and applying, as short phrases, the slowest to change first.

One wording serves the what-if rows (all of them, joined) and a cohort's main blocker (the first).
"""

from __future__ import annotations

import re

from endorse_cli.results.gap import GapReport, RequirementResult
from endorse_cli.vocab import a_or_an

# The order in which unmet application-stage requirements are named: a degree takes years, a signature a day.
BLOCKER_ORDER = (
    "education",
    "work_experience",
    "reflective_supervision",
    "training_hours",
    "references",
    "code_of_ethics",
    "membership",
)
_UNITS = {
    "work_experience": "years of qualifying work",
    "reflective_supervision": "RSC hours",
    "training_hours": "training hours",
    "references": "reference ratings",
}
_NOT_YET = {"code_of_ethics": "code of ethics not signed", "membership": "membership not current"}


def phrase(req: RequirementResult) -> str:
    """'needs a master's degree', '38 of 50 RSC hours', 'code of ethics not signed'."""
    if req.id == "education":
        return f"needs {a_or_an(re.split(r', | or ', str(req.required))[0])}"
    if req.shortfall:
        return req.shortfall
    if req.id == "training_hours" and req.components:
        return _training(req)
    if req.id in _UNITS:
        return f"{req.have} of {req.required} {_UNITS[req.id]}"
    return _NOT_YET.get(req.id, f"{req.label.lower()}: {req.status}")


def _training(req: RequirementResult) -> str:
    """The short components ('0 of 3 DEI hours'), after the total only when the total is short too."""
    short = [f"{c.have} of {c.required} {c.label}" for c in req.components or [] if c.status != "met"]
    total_short = (
        isinstance(req.have, int | float) and isinstance(req.required, int | float) and req.have < req.required
    )
    total = [f"{req.have} of {req.required} {_UNITS[req.id]}"] if total_short or not short else []
    return "; ".join(total + short)


def areas_phrase(missing: int, partial: int) -> str:
    """'areas: 3 missing, 2 partial' ('' when none)."""
    parts = [f"{n} {word}" for n, word in ((missing, "missing"), (partial, "partial")) if n]
    return f"{'area' if missing + partial == 1 else 'areas'}: {', '.join(parts)}" if parts else ""


def blockers(report: GapReport) -> list[str]:
    """Every unmet application-stage requirement, slowest first, then the areas still open."""
    unmet = {r.id: r for r in report.requirements if r.stage == "application" and r.status != "met"}
    ordered = [rid for rid in BLOCKER_ORDER if rid in unmet] + [rid for rid in unmet if rid not in BLOCKER_ORDER]
    found = [phrase(unmet[rid]) for rid in ordered]
    areas = areas_phrase(report.summary.missing, report.summary.partial)
    return [*found, areas] if areas else found
