"""Next steps: the action for each unmet requirement and area, most lasting first, in plain
words."""

from __future__ import annotations

from endorse_cli.models.pack import Pack
from endorse_cli.results.gap import AreaResult, RequirementResult


def next_steps(
    pack: Pack, areas: list[AreaResult], requirements: list[RequirementResult]
) -> list[str]:
    """Actions: requirements before applying, then areas, recommendations, then what follows
    review."""
    applying = [r for r in requirements if r.stage == "application" and r.status != "met"]
    refs = next((r for r in requirements if r.id == "references"), None)
    by_refs = _documented_by_references(pack, areas) if refs and refs.status != "met" else []
    steps = [
        r.action or f"{r.label}: {r.detail}"
        for r in applying
        if r.id != "references" or not by_refs
    ]
    if by_refs and refs:
        names = [d.name for d in pack.domains]
        domains = sorted({a.domain_name for a in by_refs}, key=names.index)
        which = domains[0] if len(domains) == 1 else f"these domains: {_names(domains)}"
        steps.append(
            f"{(refs.action or '').rstrip('.')}; a complete set of reference ratings documents "
            f"{which}."
        )
    documented = {a.area for a in by_refs}  # by id: comparing result models field by field is slow
    steps += _area_steps([a for a in areas if a.area not in documented])
    steps += _recommendations(areas)
    after = [r for r in requirements if r.stage == "after_review" and r.status != "met"]
    steps += [f"After your application is reviewed: {r.action or r.detail}" for r in after]
    if any(r.unconfirmed for r in requirements) or any(a.unconfirmed for a in areas):
        steps.append(
            "Some rules are not settled by the published sources: confirm them with your "
            "association."
        )
    return steps


def _documented_by_references(pack: Pack, areas: list[AreaResult]) -> list[AreaResult]:
    """Unmet areas whose domain takes reference ratings as evidence."""
    named = {d.id for d in pack.domains if "references" in d.evidence.kinds}
    named -= {d.id for d in pack.domains if "references" in d.evidence.unconfirmed_kinds}
    return [a for a in areas if a.status != "met" and a.domain in named]


def _area_steps(areas: list[AreaResult]) -> list[str]:
    steps = []
    missing = [a.name for a in areas if a.status == "missing"]
    partial = [a.name for a in areas if a.status == "partial"]
    if missing:
        noun = "area" if len(missing) == 1 else "areas"
        steps.append(
            f"Find training or coursework for {len(missing)} missing {noun}: {_names(missing)}."
        )
    if partial:
        noun = "area" if len(partial) == 1 else "areas"
        them = "it" if len(partial) == 1 else "them"
        steps.append(
            f"Strengthen {len(partial)} partially met {noun} with training that covers {them} "
            f"fully (declared met): {_names(partial)}."
        )
    return steps


def _names(names: list[str]) -> str:
    """Area or domain names joined by semicolons ('a; b; c'): a name may itself hold commas and an
    'and' ('Life skills and Safety' would read as one area)."""
    return "; ".join(names)


def _recommendations(areas: list[AreaResult]) -> list[str]:
    seen: set[str] = set()
    steps = []
    for area in areas:
        for rec in area.recommendations:
            if rec not in seen:
                seen.add(rec)
                steps.append(f"Recommended for {area.name}: {rec}")
    return steps
