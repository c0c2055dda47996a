"""Cross-file checks of a data pack: every id referenced exists, ids and names are unique."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from endorse_cli.errors import Problem
from endorse_cli.models.category import Category
from endorse_cli.models.coe import CoeCrosswalk
from endorse_cli.models.crosswalk import CourseCrosswalk
from endorse_cli.models.pack import fold, suggest
from endorse_cli.pack.checker import Checker, Where, check_versions
from endorse_cli.pack.checks_renewal import check_renewal
from endorse_cli.pack.checks_sources import check_sources
from endorse_cli.pack.reader import Loaded


def cross_file_problems(loaded: Loaded) -> list[Problem]:
    """Every cross-file problem of the pack, in file order."""
    checker = Checker(loaded)
    _check_competencies(checker)
    _check_categories(checker)
    for label, crosswalk in loaded.crosswalks.items():
        if isinstance(crosswalk, CourseCrosswalk):
            _check_courses(checker, label, crosswalk)
        else:
            _check_coe(checker, label, crosswalk)
    check_renewal(checker)
    check_sources(checker)
    for label, n in checker.skipped.items():
        checks = "1 check" if n == 1 else f"{n} checks"
        checker.problems.append(
            Problem(
                label,
                f"{checks} of other files that name what this file defines were skipped: it did "
                "not load.",
                fix="fix this file's own problems listed above, then run endorse validate again.",
                note=True,
            )
        )
    return checker.problems


def _check_competencies(ck: Checker) -> None:
    names: dict[str, str] = {}
    domains: set[str] = set()
    for label, cfile in ck.loaded.competency.items():
        for di, domain in enumerate(cfile.domains):
            ck.duplicate(label, ("domains", di, "id"), "domain", domain.id, domains)
            domains.add(domain.id)
            for ai, area in enumerate(domain.areas):
                where: Where = ("domains", di, "areas", ai)
                ck.duplicate(label, (*where, "id"), "area", area.id, ck.areas)
                ck.areas[area.id] = domain.id
                ck.required_for.setdefault(area.id, area.required_for)
                _check_names(
                    ck, label, where, area.id, [area.id, area.name, *area.alternate_names], names
                )
    for label, cfile in ck.loaded.competency.items():
        for di, domain in enumerate(cfile.domains):
            for ai, area in enumerate(domain.areas):
                _check_required_for(
                    ck, label, ("domains", di, "areas", ai, "required_for"), area.required_for
                )


def _check_names(
    ck: Checker, label: str, where: Where, area_id: str, spellings: list[str], names: dict[str, str]
) -> None:
    for name in spellings:
        owner = names.setdefault(fold(name), area_id)
        if owner != area_id:
            msg = f"name '{name}' is also a name of area '{owner}', so it would be ambiguous."
            ck.add(label, (*where, "alternate_names"), msg, "remove or reword one of the two.")


def _check_required_for(
    ck: Checker, label: str, where: Where, required_for: Mapping[str, str]
) -> None:
    for cat in required_for:
        ck.category(label, (*where, cat), cat)
    for cat in sorted(ck.categories - set(required_for)):
        ck.add(
            label,
            where,
            f"category '{cat}' is not listed.",
            f"add '{cat}: required' or 'not_required'.",
        )


def _check_categories(ck: Checker) -> None:
    for label, cat in ck.loaded.categories.items():
        ck.named_after_file(label, cat.id)
        if cat.counterpart:
            ck.category(label, ("counterpart",), cat.counterpart)
        for where, value in _category_refs(cat):
            ck.category(label, where, value)
        _check_dates(ck, label, cat)


def _category_refs(cat: Category) -> Iterator[tuple[Where, str]]:
    req = cat.requirements
    for i, rsc in enumerate(req.reflective_supervision):
        for j, p in enumerate(rsc.providers):
            yield ("requirements", "reflective_supervision", i, "providers", j), p
    for i, ref in enumerate(req.references):
        for j, p in enumerate(ref.endorsed_categories):
            yield ("requirements", "references", i, "endorsed_categories", j), p
    for i, work in enumerate(req.work_experience):
        for k, part in enumerate(work.parts):
            for j, p in enumerate(
                part.internship.supervisor_endorsements if part.internship else []
            ):
                yield (
                    (
                        "requirements",
                        "work_experience",
                        i,
                        "parts",
                        k,
                        "internship",
                        "supervisor_endorsements",
                        j,
                    ),
                    p,
                )


def _check_dates(ck: Checker, label: str, cat: Category) -> None:
    for name in type(cat.requirements).model_fields:
        check_versions(ck, label, ("requirements", name), getattr(cat.requirements, name))


def _check_courses(ck: Checker, label: str, xw: CourseCrosswalk) -> None:
    for key, cats in xw.columns.items():
        for j, c in enumerate(cats):
            ck.category(label, ("columns", key, j), c)
    seen: set[str] = set()
    for ci, course in enumerate(xw.courses):
        ck.duplicate(label, ("courses", ci, "id"), "course", course.id, seen)
        seen.add(course.id)
        areas: set[str] = set()
        for ai, entry in enumerate(course.areas):
            where: Where = ("courses", ci, "areas", ai)
            ck.area(label, (*where, "area"), entry.area)
            if entry.area in areas:
                ck.add(
                    label,
                    (*where, "area"),
                    f"area '{entry.area}' is listed twice.",
                    "merge the entries.",
                )
            areas.add(entry.area)
            _check_statuses(ck, label, where, xw, entry.area, entry.statuses)
    if xw.summary:
        _check_summary(ck, label, xw)


def _check_statuses(
    ck: Checker,
    label: str,
    where: Where,
    xw: CourseCrosswalk,
    area: str,
    statuses: Mapping[str, str],
) -> None:
    for key in sorted(set(xw.columns) - set(statuses)):
        ck.add(
            label,
            (*where, "statuses"),
            f"column '{key}' is missing.",
            "give a status for every column.",
        )
    for key, status in statuses.items():
        if key not in xw.columns:
            ck.add(
                label,
                (*where, "statuses", key),
                f"unknown column '{key}'.",
                "use a key of 'columns'.",
            )
            continue
        if status == "not_required":
            _check_agrees(ck, label, (*where, "statuses", key), area, xw.columns[key])


def _check_agrees(ck: Checker, label: str, where: Where, area: str, cats: list[str]) -> None:
    required = ck.required_for.get(area, {})
    for cat in cats:
        if required.get(cat) == "required":
            msg = (
                f"says not_required for {cat}, but {ck.folder('competencies')} says {cat} "
                f"requires '{area}'."
            )
            ck.add(label, where, msg, "correct whichever of the two disagrees with the source.")


def _check_summary(ck: Checker, label: str, xw: CourseCrosswalk) -> None:
    assert xw.summary is not None
    for key, cats in xw.summary.columns.items():
        for j, c in enumerate(cats):
            ck.category(label, ("summary", "columns", key, j), c)
    for ri, row in enumerate(xw.summary.rows):
        where: Where = ("summary", "rows", ri)
        ck.area(label, (*where, "area"), row.area)
        for key in row.marks:
            if key not in xw.summary.columns:
                ck.add(
                    label,
                    (*where, "marks", key),
                    f"unknown column '{key}'.",
                    "use a summary column.",
                )
        for k, rec in enumerate(row.recommendations):
            for j, key in enumerate(rec.columns):
                if key not in xw.summary.columns:
                    ck.add(
                        label,
                        (*where, "recommendations", k, "columns", j),
                        f"unknown column '{key}'.",
                        "use a summary column.",
                    )


def _check_coe(ck: Checker, label: str, xw: CoeCrosswalk) -> None:
    domains = {d.id for f in ck.loaded.competency.values() for d in f.domains}
    seen: set[str] = set()
    for si, section in enumerate(xw.sections):
        for ci, comp in enumerate(section.competencies):
            where: Where = ("sections", si, "competencies", ci)
            ck.duplicate(label, (*where, "id"), "competency", comp.id, seen)
            seen.add(comp.id)
            if not comp.id.startswith(section.id) or not comp.id[len(section.id)].isalpha():
                ck.add(
                    label,
                    (*where, "id"),
                    f"'{comp.id}' is not in section {section.id}.",
                    "move it.",
                )
            for mi, m in enumerate(comp.endorsement):
                mw: Where = (*where, "endorsement", mi)
                if m.domain is not None and m.domain not in domains:
                    hint = suggest(m.domain, sorted(domains))
                    ck.add(
                        label,
                        (*mw, "domain"),
                        f"unknown domain id '{m.domain}'{hint}.",
                        "use a domain id.",
                    )
                if m.area is not None:
                    ck.area(label, (*mw, "area"), m.area)
                    if m.domain and ck.areas.get(m.area, m.domain) != m.domain:
                        ck.add(
                            label,
                            (*mw, "area"),
                            f"area '{m.area}' is not in domain '{m.domain}'.",
                            f"use domain '{ck.areas[m.area]}'.",
                        )
