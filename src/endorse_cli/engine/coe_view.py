"""The CoE consultation crosswalk: rows, filters, ordering (pure functions)."""

from __future__ import annotations

from collections.abc import Iterator

from endorse_cli.engine.requirements.common import listing
from endorse_cli.models.coe import CoeCompetency, CoeCrosswalk, CoeSection
from endorse_cli.models.crosswalk import id_key
from endorse_cli.models.pack import Pack
from endorse_cli.results.crosswalk import CoeLink, CoeRow, CoeView
from endorse_cli.vocab import PRIORITY_ORDER, PRIORITY_SYMBOLS, RELATION_SYMBOLS


def competencies(crosswalk: CoeCrosswalk) -> Iterator[tuple[CoeSection, CoeCompetency]]:
    """Every (section, competency) pair: essential first, then important, then unknown; by id
    within."""
    pairs = [(s, c) for s in crosswalk.sections for c in s.competencies]
    yield from sorted(pairs, key=lambda p: (PRIORITY_ORDER.index(p[1].priority), id_key(p[1].id)))


def coe_row(pack: Pack, section: CoeSection, comp: CoeCompetency) -> CoeRow:
    """A competency with its mapped Endorsement domains and areas, named."""
    links = [
        CoeLink(
            domain=m.domain,
            domain_name=_domain_name(pack, m.domain),
            area=m.area,
            area_name=pack.areas[m.area].name if m.area in pack.areas else None,
            level=m.level,
            priority=m.priority,
            note=m.note,
        )
        for m in comp.endorsement
    ]
    return CoeRow(
        id=comp.id,
        section=section.id,
        section_name=section.name,
        summary=comp.summary,
        priority=comp.priority,
        relation=comp.relation,
        symbol=f"{PRIORITY_SYMBOLS[comp.priority]} {RELATION_SYMBOLS[comp.relation]}",
        endorsement=links,
        note=comp.note,
    )


def _domain_name(pack: Pack, domain: str | None) -> str | None:
    return next((d.name for d in pack.domains if d.id == domain), None)


def coe_view(
    pack: Pack, crosswalk: CoeCrosswalk, essential: bool, relation: str | None, section: str | None
) -> CoeView:
    """The consultation crosswalk, filtered; notes say what the filters left out and why."""
    rows = [
        coe_row(pack, s, c)
        for s, c in competencies(crosswalk)
        if (not essential or c.priority == "essential")
        and (relation is None or c.relation == relation)
        and (section is None or s.id == section)
    ]
    return CoeView(
        crosswalk=crosswalk.id,
        crosswalk_name=crosswalk.name,
        complete=crosswalk.coverage.complete,
        coverage_note=crosswalk.coverage.note,
        legend=dict(crosswalk.legend),
        filters={"essential": essential, "relation": relation, "section": section},
        competencies=rows,
        notes=list(_notes(crosswalk, rows, relation, section)),
        source=[pack.cite(s) for s in crosswalk.source],
    )


def _notes(
    crosswalk: CoeCrosswalk, rows: list[CoeRow], relation: str | None, section: str | None
) -> Iterator[str]:
    for s in crosswalk.sections:
        if not s.competencies and section in (None, s.id):
            yield f"Section {s.id} ({s.name}) has no rows in this data pack."
    mapped = [c.id for _s, c in competencies(crosswalk) if c.relation == "mapped"]
    if not rows and relation in ("equal", "partial") and mapped:
        yield (
            f"No row is marked {RELATION_SYMBOLS[relation]} in this data pack. {len(mapped)} rows "
            f"name an Endorsement area without showing = or ≈ ({listing(mapped, 'and')}): "
            "--relation mapped lists them."
        )
