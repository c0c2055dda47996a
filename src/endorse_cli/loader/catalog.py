"""Load a data pack (data/competencies, data/categories, data/crosswalks) into a Catalog."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from endorse_cli.catalog import Catalog
from endorse_cli.errors import DataError, Problem, count
from endorse_cli.loader.messages import problems_from
from endorse_cli.loader.yamlsafe import Document, YamlProblem, parse, read_text
from endorse_cli.models.catalog import (
    Category,
    CoeCrosswalk,
    CompetencyFile,
    CourseCrosswalk,
    Domain,
)
from endorse_cli.resources import data_root

M = TypeVar("M", bound=BaseModel)
_CROSSWALK_KINDS: dict[str, type[BaseModel]] = {"courses": CourseCrosswalk, "consultation": CoeCrosswalk}


@dataclass
class Loaded:
    """Models read from a data pack, with their documents, before cross-file checks."""

    root: Path
    problems: list[Problem] = field(default_factory=list)
    docs: dict[str, Document] = field(default_factory=dict)
    competency: dict[str, CompetencyFile] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    crosswalks: dict[str, CourseCrosswalk | CoeCrosswalk] = field(default_factory=dict)

    def label(self, path: Path) -> str:
        """How a file is named in messages: relative to the pack's parent."""
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)


def read_pack(root: Path) -> Loaded:
    """Parse and validate every file of the pack, collecting problems instead of stopping."""
    loaded = Loaded(root)
    folders = ("competencies", "categories", "crosswalks")
    for folder in folders:
        if not (root / folder).is_dir():
            loaded.problems.append(Problem(loaded.label(root), f"folder '{folder}/' is missing.", fix="add it."))
    for path in _yaml_files(root / "competencies"):
        _read(loaded, path, CompetencyFile, loaded.competency)
    for path in _yaml_files(root / "categories"):
        _read(loaded, path, Category, loaded.categories)
    for path in _yaml_files(root / "crosswalks"):
        _read_crosswalk(loaded, path)
    return loaded


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def _document(loaded: Loaded, path: Path) -> Document | None:
    label = loaded.label(path)
    try:
        doc = parse(read_text(path, label), label)
    except YamlProblem as exc:
        loaded.problems.append(exc.problem)
        return None
    loaded.docs[label] = doc
    return doc


def _validate(loaded: Loaded, path: Path, doc: Document, model: type[M]) -> M | None:
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        loaded.problems.extend(problems_from(exc, model, doc, loaded.label(path)))
        return None


def _read(loaded: Loaded, path: Path, model: type[M], into: dict[str, Any]) -> None:
    doc = _document(loaded, path)
    if doc is not None and (item := _validate(loaded, path, doc, model)) is not None:
        into[loaded.label(path)] = item


def _read_crosswalk(loaded: Loaded, path: Path) -> None:
    doc = _document(loaded, path)
    if doc is None:
        return
    kind = doc.data.get("kind") if isinstance(doc.data, dict) else None
    model = _CROSSWALK_KINDS.get(str(kind))
    if model is None:
        allowed = ", ".join(_CROSSWALK_KINDS)
        line = doc.line_of(("kind",))
        msg = f"unknown crosswalk kind {kind!r}."
        loaded.problems.append(Problem(loaded.label(path), msg, line=line, field="kind", fix=f"use one of: {allowed}."))
        return
    item = _validate(loaded, path, doc, model)
    if isinstance(item, CourseCrosswalk | CoeCrosswalk):
        loaded.crosswalks[loaded.label(path)] = item


def build_catalog(loaded: Loaded) -> Catalog:
    """Assemble the Catalog from validated files (files in sorted order, so stable)."""
    domains: list[Domain] = [d for f in loaded.competency.values() for d in f.domains]
    categories = {c.id: c for c in loaded.categories.values()}
    courses = {x.id: x for x in loaded.crosswalks.values() if isinstance(x, CourseCrosswalk)}
    coe = next((x for x in loaded.crosswalks.values() if isinstance(x, CoeCrosswalk)), None)
    return Catalog(loaded.root, domains, categories, courses, coe)


def load_catalog(root: Path | None = None) -> Catalog:
    """Load and check a data pack; raise DataError listing every problem."""
    from endorse_cli.loader.cache import load_cached, store

    root = root or data_root()
    cached, target = load_cached(root)
    if cached is not None:
        return cached
    catalog = check_catalog(root)
    store(target, catalog)
    return catalog


def check_catalog(root: Path) -> Catalog:
    """Read and check a data pack from scratch (what `validate` always does)."""
    from endorse_cli.loader.checks import check_pack

    loaded = read_pack(root)
    problems = loaded.problems + check_pack(loaded)
    if problems:
        raise DataError(f"the data pack {loaded.root} is invalid ({count(len(problems), 'problem')}):", problems)
    return build_catalog(loaded)
