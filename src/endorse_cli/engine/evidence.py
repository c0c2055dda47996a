"""Competency areas: collect evidence per area and keep the best single piece."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from endorse_cli.models.category import Category
from endorse_cli.models.common import AreaClaims
from endorse_cli.models.competency import DomainEvidence
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.results.common import Evidence
from endorse_cli.results.gap import AreaResult, RequirementResult
from endorse_cli.vocab import CREDITS, RANK, Credit, EvidenceKind

MAY_DOCUMENT = "may be documented by your reference ratings; confirm with your association"


@lru_cache(maxsize=8192)
def evidence(source: str, status: Credit, title: str | None, unconfirmed: bool = False) -> Evidence:
    """One piece of evidence, shared: Evidence is frozen, so reports that name the same source,
    status and title hold one object, and an area's remembered result (`_weighed`) is found by
    identity instead of by comparing fields."""
    return Evidence(source=source, status=status, title=title, unconfirmed=unconfirmed)


def completed_courses(pack: Pack, record: Record) -> dict[str, set[str]]:
    """Crosswalk id -> ids of its courses the record completed."""
    done: dict[str, set[str]] = {}
    for course in record.courses:
        xw = pack.find_crosswalk(course.crosswalk) if course.crosswalk else None
        found = xw.find_course(course.course) if xw and course.course else None
        if xw and found:
            done.setdefault(xw.id, set()).add(found.id)
    return done


def _columns_for(columns: dict[str, list[str]], category: str) -> list[str]:
    return [key for key, cats in columns.items() if category in cats]


def course_evidence(
    pack: Pack, done: dict[str, set[str]], cat: str
) -> Iterator[tuple[str, Evidence]]:
    """(area, evidence) for every completed crosswalk course that credits an area for `cat`."""
    for xw_id, course_ids in sorted(done.items()):
        xw = pack.course_crosswalks[xw_id]
        keys = _columns_for(xw.columns, cat)
        for course in xw.courses:
            if course.id not in course_ids:
                continue
            for entry in course.areas:
                for key in keys:
                    status = entry.statuses.get(key)
                    if status in CREDITS:
                        yield entry.area, evidence(f"{xw.id}:{course.id}", status, course.title)


def program_evidence(
    pack: Pack, done: dict[str, set[str]], cat: str
) -> Iterator[tuple[str, Evidence]]:
    """(area, evidence) from the summary of every program whose courses were all completed."""
    for xw_id, course_ids in sorted(done.items()):
        xw = pack.course_crosswalks[xw_id]
        if xw.summary is None or course_ids != {c.id for c in xw.courses}:
            continue
        keys = _columns_for(xw.summary.columns, cat)
        for row in xw.summary.rows:
            for key in keys:
                mark = row.marks.get(key)
                if mark:
                    status = "met" if mark == "completed" else "partial"
                    yield row.area, evidence(f"{xw.id}:program", status, f"{xw.name} (all courses)")


def _pairs(claims: AreaClaims | None) -> list[tuple[str, str]]:
    """(name, status) of each claim; the list form credits partial."""
    if claims is None:
        return []
    return [(c, "partial") for c in claims] if isinstance(claims, list) else list(claims.items())


def declared_claims(record: Record) -> Iterator[tuple[str, Evidence]]:
    """(name as written, evidence) for every area a training or a titled course declares."""
    items = [("course", c.title, c.areas) for c in record.courses if c.title and not c.crosswalk]
    items += [("training", t.title, t.areas) for t in record.trainings]
    for kind, title, claims in items:
        for name, status in _pairs(claims):
            yield name, evidence(f"{kind}:{title}", status, title)


def _declared_evidence(pack: Pack, record: Record) -> Iterator[tuple[str, Evidence]]:
    for name, evidence in declared_claims(record):
        area = pack.find_area(name)
        if area:
            yield area, evidence


def gather(*streams: Iterable[tuple[str, Evidence]]) -> dict[str, list[Evidence]]:
    """Every piece of evidence, grouped by the area (or competency) it credits."""
    found: dict[str, list[Evidence]] = {}
    for stream in streams:
        for key, evidence in stream:
            found.setdefault(key, []).append(evidence)
    return found


def _recommendations(
    pack: Pack, done: dict[str, set[str]], category: Category
) -> dict[str, list[str]]:
    recs: dict[str, list[str]] = {}
    for xw_id in sorted(done):
        summary = pack.course_crosswalks[xw_id].summary
        keys = set(_columns_for(summary.columns, category.id)) if summary else set()
        for row in summary.rows if summary else []:
            for rec in row.recommendations:
                if keys & set(rec.columns) and rec.track in (None, category.track):
                    recs.setdefault(row.area, []).append(rec.text)
    return recs


def assess_areas(
    pack: Pack,
    record: Record,
    category: Category,
    requirements: list[RequirementResult] | None = None,
) -> list[AreaResult]:
    """Every area the category requires, with status, evidence (of the kinds its domain accepts) and
    recommendations. Reference ratings and RSC received are read from the requirement results."""
    done = completed_courses(pack, record)
    found = gather(
        course_evidence(pack, done, category.id),
        program_evidence(pack, done, category.id),
        _declared_evidence(pack, record),
        requirement_evidence(pack, category, requirements or []),
    )
    recs = _recommendations(pack, done, category)
    results = []
    for row, accepts in _area_rows(pack, category):
        accepted = tuple(e for e in found.get(row.area, ()) if kind_of(e) in accepts.kinds)
        results.append(_weighed(row, accepted, tuple(recs.get(row.area, ()))))
    return results


def _area_rows(pack: Pack, category: Category) -> list[tuple[AreaRow, DomainEvidence]]:
    """Each area the category requires, where it sits, and the evidence its domain accepts (worked
    out once per pack and category)."""
    return pack.remembered(("area rows", category.id), lambda: _rows(pack, category))


def _rows(pack: Pack, category: Category) -> list[tuple[AreaRow, DomainEvidence]]:
    return [
        (
            AreaRow(
                domain.id,
                domain.name,
                area.id,
                area.name,
                area.required_for.get(category.id) == "unconfirmed",
            ),
            domain.evidence,
        )
        for domain, area in pack.required_areas(category.id)
    ]


def kind_of(evidence: Evidence) -> EvidenceKind:
    """coursework, training, references or rsc: the kind of evidence a source is."""
    source = evidence.source
    if source == "references":
        return "references"
    if source == "rsc":
        return "rsc"
    return "training" if source.startswith("training:") else "coursework"


def requirement_evidence(
    pack: Pack, category: Category, requirements: list[RequirementResult]
) -> Iterator[tuple[str, Evidence]]:
    """(area, evidence) from the reference ratings and the RSC received, for the domains that accept
    them."""
    by_id = {r.id: r for r in requirements}
    refs, rsc = by_id.get("references"), by_id.get("reflective_supervision")
    ratings = (
        {unsure: _ratings(refs, unsure) for unsure in (False, True)}
        if refs and refs.status != "missing"
        else {}
    )
    received = evidence("rsc", "partial", RSC_RECEIVED) if rsc and rsc.status != "missing" else None
    for row, accepts in _area_rows(pack, category):
        if ratings and "references" in accepts.kinds:
            yield row.area, ratings["references" in accepts.unconfirmed_kinds]
        if received and "rsc" in accepts.kinds:
            yield row.area, received


RSC_RECEIVED = "reflective supervision/consultation received"


def _ratings(refs: RequirementResult, unsure: bool) -> Evidence:
    """The reference ratings as evidence; for a domain the sources do not name as documented by the
    ratings (`unsure`), at most partial, never met. Evidence is frozen, so every area shares one."""
    status = "met" if refs.status == "met" and not unsure else "partial"
    title = f"reference ratings ({refs.have} of {refs.required})"
    if unsure:
        title += f": {MAY_DOCUMENT}"
    return evidence("references", status, title, unconfirmed=unsure)


class AreaRow(NamedTuple):
    """Where an area sits (its domain and names), and whether the sources leave open that the
    category requires it."""

    domain: str
    domain_name: str
    area: str
    name: str
    unconfirmed: bool


def _result(row: AreaRow, evidence: list[Evidence], recs: list[str]) -> AreaResult:
    ordered = pick_best(evidence)
    status = ordered[0].status if ordered else "missing"
    return AreaResult(
        domain=row.domain,
        domain_name=row.domain_name,
        area=row.area,
        name=row.name,
        status=status,
        evidence=ordered,
        recommendations=recs if status != "met" else [],
        unconfirmed=row.unconfirmed or (bool(ordered) and ordered[0].unconfirmed),
    )


@lru_cache(maxsize=4096)
def _weighed(row: AreaRow, found: tuple[Evidence, ...], recs: tuple[str, ...]) -> AreaResult:
    """`_result`, remembered: results and evidence are immutable, so reports share a result whenever
    an area, its evidence and its advice are the same (an area with none, the reference ratings
    credited to a domain); a 1,000-record cohort weighs a few thousand areas instead of 45,000.

    With the evidence shared (`evidence`) and each category's rows worked out once (`_rows`), `gap`
    in a cohort takes 0.45 ms a record instead of 0.57 (best of 5 passes over the 1,000 records of
    benchmarks/bench_cohort.py, in one process)."""
    return _result(row, list(found), list(recs))


def pick_best(evidence: list[Evidence]) -> list[Evidence]:
    """One entry per source (its best status), best first: the first one decides the status."""
    return sorted(_dedupe(evidence), key=lambda e: (-RANK[e.status], e.unconfirmed))


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    best: dict[str, Evidence] = {}
    for e in evidence:
        if e.source not in best or RANK[e.status] > RANK[best[e.source].status]:
            best[e.source] = e
    return list(best.values())
