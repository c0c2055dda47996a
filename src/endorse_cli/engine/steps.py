"""Next steps: what to do about each unmet requirement and area, most blocking first."""

from __future__ import annotations

from endorse_cli.engine.requirements.common import listing
from endorse_cli.results.gap import AreaResult, RequirementResult


def next_steps(areas: list[AreaResult], requirements: list[RequirementResult]) -> list[str]:
    """Plain-language steps, requirements first, then missing and partial areas."""
    steps = [f"{r.label}: {r.detail}" for r in requirements if r.status != "met"]
    missing = [a.name for a in areas if a.status == "missing"]
    partial = [a for a in areas if a.status == "partial"]
    if missing:
        steps.append(f"Find training or coursework for {len(missing)} missing areas: {listing(missing, 'and')}.")
    if partial:
        names = listing([a.name for a in partial], "and")
        steps.append(f"Strengthen {len(partial)} partially met areas with further training: {names}.")
    seen: set[str] = set()
    for area in areas:
        for rec in area.recommendations:
            if rec not in seen:
                seen.add(rec)
                steps.append(f"Recommended for {area.name}: {rec}")
    if any(r.unconfirmed for r in requirements) or any(a.unconfirmed for a in areas):
        steps.append("Some rules are not settled by the published sources: confirm them with your association.")
    return steps
