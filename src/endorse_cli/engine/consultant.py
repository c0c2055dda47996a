"""The consultant path: which CoE consultation competencies a record's Endorsement documents."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from endorse_cli.engine.coe_view import competencies
from endorse_cli.engine.evidence import declared_claims, gather, pick_best
from endorse_cli.engine.requirements.common import listing
from endorse_cli.models.coe import CoeCompetency, CoeCrosswalk, CoeSection
from endorse_cli.models.crosswalk import coe_key, id_key, section_of
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.results.common import Evidence, Summary
from endorse_cli.results.consultant import CoeResult, ConsultantReport
from endorse_cli.vocab import LADDER, PRIORITY_ORDER, RELATION_SYMBOLS, count_statuses

UNLISTED = "(not among the rows of this data pack)"
# The rungs of the ladder in words (either track), for advice a person reads.
RUNG_WORDS = {
    "IFA": "Family Associate (IFA, ECFA)",
    "IFS": "Family Specialist (IFS, ECFS)",
    "MHS": "Mental Health Specialist (IMHS, ECMHS)",
    "MHM": "Mentor (IMHM, ECMHM)",
}


def held_level(pack: Pack, record: Record) -> tuple[str | None, str | None]:
    """(category, level) of the highest Endorsement the record holds, or (None, None)."""
    held = [
        pack.categories[e.category] for e in record.endorsements if e.category in pack.categories
    ]
    if not held:
        return None, None
    best = max(held, key=lambda c: LADDER.index(c.rung))
    return best.id, best.rung


def _within(level: str | None, held: str | None) -> bool:
    return level is not None and held is not None and LADDER.index(level) <= LADDER.index(held)


def _endorsement_evidence(
    comp: CoeCompetency, category: str | None, held: str | None
) -> Evidence | None:
    if comp.relation not in ("equal", "partial", "mapped"):
        return None
    if not any(_within(m.level, held) for m in comp.endorsement):
        return None
    status = "met" if comp.relation == "equal" else "partial"
    return Evidence(
        source=f"endorsement:{category}", status=status, title=f"{category} Endorsement"
    )


def claimed(record: Record) -> Iterator[tuple[str, Evidence]]:
    """(CoE id, evidence) for every training or course that names a `coe:` id in its areas."""
    for name, evidence in declared_claims(record):
        key = coe_key(name)
        if key:
            yield key, evidence


def _advice(comp: CoeCompetency, status: str, held: str | None) -> list[str]:
    if status == "met":
        return []
    levels = sorted({m.level for m in comp.endorsement if m.level}, key=LADDER.index)
    if comp.relation == "unique":
        return [
            "Specific to consultation: document it with consultation training, then add "
            f"coe:{comp.id} to it."
        ]
    if comp.relation == "unknown" or not levels:
        return [
            "How this row maps (or at which level) is not in this data pack: check it against the "
            "full crosswalk."
        ]
    if not any(_within(level, held) for level in levels):
        lowest = RUNG_WORDS.get(levels[0], levels[0])
        holds = (
            f"the {RUNG_WORDS.get(held, held)} Endorsement held is below that"
            if held
            else "none is held"
        )
        return [f"An Endorsement documents it from {lowest} up; {holds}."]
    if comp.relation == "mapped":
        return [
            "Mapped to an Endorsement area, but = or ≈ is not shown here: confirm with the full "
            "crosswalk; if ≈, add training or reflective supervision/consultation on it."
        ]
    return [
        "≈: Endorsement covers it in part; add training or reflective supervision/consultation on "
        "it."
    ]


def _result(
    section: CoeSection | None, comp: CoeCompetency, evidence: list[Evidence], held: str | None
) -> CoeResult:
    best = pick_best(evidence)
    status = best[0].status if best else "missing"
    return CoeResult(
        domain=section.id if section else section_of(comp.id),
        domain_name=section.name if section else "",
        area=comp.id,
        name=comp.summary,
        status=status,
        evidence=best,
        recommendations=_advice(comp, status, held),
        priority=comp.priority,
        relation=comp.relation,
        unconfirmed=comp.relation in ("mapped", "unknown") or comp.priority == "unknown",
        settled=status != "missing" or not _unmapped(comp),
    )


def _unmapped(comp: CoeCompetency) -> bool:
    """The data pack does not say how the row maps, or from which level (so no Endorsement can
    settle it)."""
    return comp.relation == "unknown" or (
        comp.relation != "unique" and not any(m.level for m in comp.endorsement)
    )


def _unlisted(crosswalk: CoeCrosswalk, coe_id: str) -> tuple[CoeSection | None, CoeCompetency]:
    section = next((s for s in crosswalk.sections if s.id == section_of(coe_id)), None)
    comp = CoeCompetency(id=coe_id, summary=UNLISTED, priority="unknown", relation="unknown")
    return section, comp


def analyze_coe(pack: Pack, record: Record, as_of: date) -> ConsultantReport:
    """Every CoE competency as met / partial / missing for the Endorsement the record holds."""
    assert pack.coe is not None
    category, level = held_level(pack, record)
    claims = gather(claimed(record))
    pairs: list[tuple[CoeSection | None, CoeCompetency]] = list(competencies(pack.coe))
    known = {c.id for _s, c in pairs}
    pairs += [_unlisted(pack.coe, k) for k in sorted(claims.keys() - known, key=id_key)]
    results = []
    for section, comp in pairs:
        found = _endorsement_evidence(comp, category, level)
        results.append(
            _result(section, comp, [*claims.get(comp.id, []), *([found] if found else [])], level)
        )
    results.sort(key=lambda r: PRIORITY_ORDER.index(r.priority))
    return _report(pack, record, as_of, results, category, level)


def _report(
    pack: Pack,
    record: Record,
    as_of: date,
    results: list[CoeResult],
    category: str | None,
    level: str | None,
) -> ConsultantReport:
    assert pack.coe is not None
    counts = count_statuses(r.status for r in results)
    summary = Summary(
        **counts, ready=counts["met"] == len(results), requirements_met=0, requirements_total=0
    )
    return ConsultantReport(
        target_name=pack.coe.name,
        as_of=as_of,
        person=record.name,
        held=[e.category for e in record.endorsements],
        level=level,
        competencies=results,
        summary=summary,
        next_steps=_steps(pack.coe, results, category),
        complete=pack.coe.coverage.complete,
        coverage_note=pack.coe.coverage.note,
    )


def _steps(crosswalk: CoeCrosswalk, results: list[CoeResult], category: str | None) -> list[str]:
    steps = []
    if category is None:
        steps.append(
            "The record lists no Endorsement (endorsements:), so only trainings that name a coe: "
            "id are credited."
        )
    for priority in ("essential", "important"):
        ids = [
            r.area
            for r in results
            if r.priority == priority and r.status == "missing" and r.settled
        ]
        if ids:
            steps.append(
                f"{len(ids)} {priority} competencies are not documented: {listing(ids, 'and')}."
            )
    partial = [r.area for r in results if r.status == "partial"]
    if partial:
        steps.append(f"{len(partial)} are documented only in part: {listing(partial, 'and')}.")
    if any(r.unconfirmed for r in results):
        steps.append(
            f"Rows marked {RELATION_SYMBOLS['mapped']} or ? are not settled by the shipped rows: "
            "confirm with your association or the full crosswalk."
        )
    if not crosswalk.coverage.complete:
        steps.append(
            "This data pack holds only part of the CoE crosswalk: a competency not listed here is "
            "not in the file, not absent from the crosswalk. Point --data-dir at a pack with the "
            "complete crosswalk."
        )
    return steps
