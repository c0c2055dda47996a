"""A rough estimate of the months still ahead before applying (its assumptions: docs/rules.md).

Study comes first; then the longest of the things that run side by side: the years of work still
missing, RSC at 2 hours a month, training at 10 hours a month (the larger of the hours missing from
the total and the hours missing from its components), a month for references, a week each for the
code of ethics and the membership, and a few days per open area. It is an estimate, and is said so
wherever it is shown.
"""

from __future__ import annotations

from fractions import Fraction

from endorse_cli.results.gap import GapReport, RequirementResult
from endorse_cli.vocab import LEVEL_NAMES, LEVEL_ORDER, exact

# Rough years of study to reach each degree level from none (for the estimate only).
STUDY_YEARS = {"none": 0, "cda": 0.5, "associate": 2, "bachelors": 4, "masters": 6, "doctorate": 9}
RSC_HOURS_PER_MONTH = 2
TRAINING_HOURS_PER_MONTH = 10


def months_to_go(report: GapReport) -> float:
    """Rough months still ahead: study first, then the longest of the things that run side by
    side."""
    by_id = {r.id: r for r in report.requirements if r.stage == "application" and r.status != "met"}
    study = _study_months(by_id.get("education"))
    parallel = [
        _short(by_id.get("work_experience")) * 12,
        _short(by_id.get("reflective_supervision")) / RSC_HOURS_PER_MONTH,
        training_short(by_id.get("training_hours")) / TRAINING_HOURS_PER_MONTH,
        1.0 if "references" in by_id else 0.0,
        0.25 * (("code_of_ethics" in by_id) + ("membership" in by_id)),
        0.2 * report.summary.missing + 0.1 * report.summary.partial,
    ]
    return study + max(parallel)


def training_short(req: RequirementResult | None) -> float:
    """Training hours still to take: the total's shortfall or the components' together, the
    larger."""
    if req is None:
        return 0.0
    parts = sum(
        (max(exact(c.required) - exact(c.have), Fraction(0)) for c in req.components or []),
        Fraction(0),
    )
    return max(_short(req), float(parts))


def estimate_words(months: float) -> str:
    """'about 3 months to go (estimate)', 'about 2 years to go (estimate)'."""
    if months >= 24:
        span = f"about {months / 12:.0f} years"
    elif months >= 1.5:
        span = f"about {months:.0f} months"
    elif months > 0:
        span = "about a month"
    else:
        return "nothing left to do before applying (estimate)"
    return f"{span} to go (estimate)"


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
    need = min(
        (lv for lv, name in LEVEL_NAMES.items() if name in req.required), key=LEVEL_ORDER.index
    )
    return max(0.0, (STUDY_YEARS[need] - STUDY_YEARS[have]) * 12)
