"""Read catalogs of offerings: safe YAML, the Catalog model, areas and categories checked against
the pack.

A pack's `catalogs/` folder and `--catalog FILE`s are read here; each course crosswalk of the pack
is a catalog too (its courses, with the crosswalk's marks per category)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from endorse_cli.errors import Problem, UsageError, count, file_label
from endorse_cli.models.catalog import Catalog
from endorse_cli.models.crosswalk import CourseCrosswalk
from endorse_cli.models.pack import Pack, suggest
from endorse_cli.pack import inputs
from endorse_cli.pack.messages import field_path, problems_from
from endorse_cli.pack.yamlsafe import Document, YamlProblem, parse, read_text
from endorse_cli.vocab import CREDITS

Where = tuple[str | int, ...]


class CatalogError(UsageError):
    """A catalog file cannot be read or is invalid (exit 2)."""


def is_catalog(data: object) -> bool:
    """Whether parsed YAML looks like a catalog (it has `catalog:` and `offerings:` at the top)."""
    return isinstance(data, dict) and "catalog" in data and "offerings" in data


def looks_like_catalog(path: Path) -> bool:
    """Whether a file starts a catalog rather than a record: `catalog:` and `offerings:` at the top
    level."""
    try:
        head = read_text(path, str(path))
    except YamlProblem:
        return False
    keys = {line.split(":", 1)[0] for line in head.splitlines() if line[:1].isalpha()}
    return {"catalog", "offerings"} <= keys


def pack_catalog_files(pack: Pack) -> list[Path]:
    """The *.yaml files of the pack's `catalogs/` folder, sorted (none when it has no such
    folder)."""
    folder = pack.root / "catalogs"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def read_catalog_file(path: Path, pack: Pack) -> tuple[Catalog | None, list[Problem]]:
    """The catalog at `path` and every problem found in it (file, line, field, fix), all at once."""
    label = file_label(path)
    if not path.is_file():
        return None, [
            Problem(label, "no such file.", fix="give the path of a catalog file (YAML).")
        ]
    inputs.note_file(path, "a catalog being read")
    try:
        doc = parse(read_text(path, label), label)
    except YamlProblem as exc:
        return None, [exc.problem]
    if not is_catalog(doc.data):
        fix = (
            "start the file with 'catalog: an-id', 'name:', 'source:' and 'offerings:' (see "
            "docs/catalog.md)."
        )
        return None, [Problem(label, "this is not a catalog of offerings.", 1, fix=fix)]
    # On the raw data, so they come with structural problems.
    problems = list(check_catalog(doc, pack, label))
    catalog = None
    try:
        catalog = Catalog.model_validate(doc.data)
    except ValidationError as exc:
        problems += problems_from(exc, Catalog, doc, label)
    problems.sort(key=lambda p: p.line or 0)
    return (None if problems else catalog), problems


def load_catalog(path: Path, pack: Pack) -> Catalog:
    """The catalog at `path`, or CatalogError listing every problem."""
    catalog, problems = read_catalog_file(path, pack)
    if catalog is None:
        raise CatalogError(
            f"{path} is not a valid catalog ({count(len(problems), 'problem')}):", problems
        )
    return catalog


def check_catalog(doc: Document, pack: Pack, label: str) -> Iterator[Problem]:
    """Cross-checks on the raw data: unique ids, known areas and categories, requisites inside the
    catalog, crosswalk courses that exist."""

    def problem(where: Where, message: str, fix: str) -> Problem:
        return Problem(label, message, line=doc.line_of(where), field=field_path(where), fix=fix)

    offerings = doc.data.get("offerings")
    items = (
        [o if isinstance(o, dict) else {} for o in offerings] if isinstance(offerings, list) else []
    )
    ids = [str(o.get("id")) for o in items]
    seen: set[str] = set()
    for i, offering in enumerate(items):
        if ids[i].casefold() in seen:
            yield problem(
                ("offerings", i, "id"),
                f"duplicate offering id {ids[i]!r}.",
                "give each offering its own id.",
            )
        seen.add(ids[i].casefold())
        for where, message, fix in _offering_problems(offering, pack, ids):
            yield problem(("offerings", i, *where), message, fix)


def _names(value: object) -> list[str]:
    """The area names of an `areas` value (a list or a mapping), as written."""
    if isinstance(value, dict):
        return [str(k) for k in value]
    return [str(v) for v in value] if isinstance(value, list) else []


def _offering_problems(
    offering: dict[str, Any], pack: Pack, ids: list[str]
) -> Iterator[tuple[Where, str, str]]:
    """(where inside the offering, message, fix) for each reference the pack or catalog cannot
    resolve."""
    for name in _names(offering.get("areas")):
        if pack.find_area(name) is None:
            yield (
                ("areas", name),
                f"unknown area {name!r}{pack.area_hint(name)}.",
                "use an area id (endorse areas).",
            )
    by_category = offering.get("areas_by_category")
    for cat, marks in by_category.items() if isinstance(by_category, dict) else []:
        if pack.find_category(str(cat)) is None:
            hint = pack.category_hint(str(cat))
            yield (
                ("areas_by_category", cat),
                f"unknown category {cat!r}{hint}.",
                "use a category id (endorse categories).",
            )
        for name in _names(marks):
            if pack.find_area(name) is None:
                msg = f"unknown area {name!r}{pack.area_hint(name)}."
                yield ("areas_by_category", cat, name), msg, "use an area id (endorse areas)."
    cats = offering.get("categories")
    for j, cat in enumerate(cats if isinstance(cats, list) else []):
        if pack.find_category(str(cat)) is None:
            yield (
                ("categories", j),
                f"unknown category {cat!r}{pack.category_hint(str(cat))}.",
                "use a category id.",
            )
    for key in ("prerequisites", "corequisites"):
        others = offering.get(key)
        for j, other in enumerate(others if isinstance(others, list) else []):
            if str(other) not in ids or str(other) == str(offering.get("id")):
                msg = (
                    f"{other!r} is not another offering of this catalog{suggest(str(other), ids)}."
                )
                yield (key, j), msg, "name the id of an offering in the same catalog."
    if isinstance(offering.get("crosswalk"), str):
        xw = pack.find_crosswalk(offering["crosswalk"])
        if xw is None or xw.find_course(str(offering.get("course") or "")) is None:
            msg = (
                f"no course {offering.get('course')!r} in a crosswalk {offering['crosswalk']!r} "
                "of this data pack."
            )
            yield (
                ("course",),
                msg,
                "name a crosswalk course (endorse crosswalk erikson) or leave both out.",
            )


def crosswalk_catalog(xw: CourseCrosswalk) -> Catalog:
    """A course crosswalk as a catalog: each course, with its met/partial marks per category."""
    offerings = []
    for course in xw.courses:
        by_category: dict[str, dict[str, str]] = {}
        for column, cats in xw.columns.items():
            for entry in course.areas:
                status = entry.statuses.get(column)
                if status in CREDITS:
                    for cat in cats:
                        by_category.setdefault(cat, {})[entry.area] = status
        offerings.append(
            {
                "id": course.id,
                "title": course.title,
                "kind": "course",
                "credits": course.credits,
                "areas_by_category": by_category,
                "corequisites": list(course.corequisites),
                "source": course.source[0],
                "crosswalk": xw.id,
                "course": course.id,
            }
        )
    return Catalog.model_validate(
        {"catalog": xw.id, "name": xw.name, "source": xw.source[0], "offerings": offerings}
    )


def load_catalogs(pack: Pack, files: list[Path]) -> list[Catalog]:
    """Every catalog a plan chooses from: the pack's crosswalks, its catalogs/ folder, then `files`.
    Problems in any file are reported together (CatalogError); two catalogs with one id are an
    error."""
    found = [crosswalk_catalog(xw) for xw in pack.course_crosswalks.values()]
    problems: list[Problem] = []
    for path in [*pack_catalog_files(pack), *files]:
        catalog, more = read_catalog_file(path, pack)
        problems += more
        if catalog is not None:
            if any(c.catalog == catalog.catalog for c in found):
                msg = f"a catalog with the id {catalog.catalog!r} is already loaded."
                problems.append(
                    Problem(str(path), msg, 1, "catalog", "give each catalog its own id.")
                )
            found.append(catalog)
    if problems:
        raise CatalogError(
            f"the catalogs cannot be used ({count(len(problems), 'problem')}):", problems
        )
    return found
