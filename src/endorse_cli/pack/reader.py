"""Read a data pack's files (competencies/, categories/, crosswalks/, optional associations/) into
validated models."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from endorse_cli.errors import Problem, UsageError
from endorse_cli.models.association import Association
from endorse_cli.models.category import Category
from endorse_cli.models.competency import CompetencyFile, Domain
from endorse_cli.models.crosswalk import CourseCrosswalk
from endorse_cli.models.pack import Pack
from endorse_cli.models.sources import SourceList
from endorse_cli.pack import inputs
from endorse_cli.pack.yamlsafe import Document, YamlProblem, decode, parse, read_bytes

if TYPE_CHECKING:
    from endorse_cli.models.coe import CoeCrosswalk

M = TypeVar("M", bound=BaseModel)
CROSSWALK_KINDS = ("courses", "consultation")


def crosswalk_model(kind: object) -> type[CourseCrosswalk | CoeCrosswalk] | None:
    """The model of a crosswalk file by its `kind`, or None (the CoE models are imported only when
    needed)."""
    if kind == "consultation":
        from endorse_cli.models.coe import CoeCrosswalk

        return CoeCrosswalk
    return CourseCrosswalk if kind == "courses" else None


@dataclass
class Loaded:
    """Models read from a data pack, with their documents, before cross-file checks."""

    root: Path
    problems: list[Problem] = field(default_factory=list)
    docs: dict[str, Document] = field(default_factory=dict)
    competency: dict[str, CompetencyFile] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    crosswalks: dict[str, CourseCrosswalk | CoeCrosswalk] = field(default_factory=dict)
    associations: dict[str, Association] = field(default_factory=dict)
    sources: dict[str, SourceList] = field(default_factory=dict)

    def label(self, path: Path) -> str:
        """How a file is named in messages: relative to the pack's parent."""
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)


FOLDERS = ("competencies", "categories", "crosswalks")
OPTIONAL_FOLDERS = ("associations", "sources")


def pack_files(root: Path) -> tuple[dict[Path, bytes], list[Problem]]:
    """The bytes of every *.yaml file of the pack's folders (never deeper), and what is unreadable.

    Every file under `root` is noted as read by this run: `-o` never writes into the pack in use."""
    check_layout(root)
    inputs.note_pack(root)
    files: dict[Path, bytes] = {}
    problems: list[Problem] = []
    label = Loaded(root).label
    for folder in FOLDERS + OPTIONAL_FOLDERS:
        if not (root / folder).is_dir():  # only an optional folder can be missing here
            continue
        for path in sorted((root / folder).glob("*.yaml")):
            try:
                files[path] = read_bytes(path, label(path))
            except YamlProblem as exc:
                problems.append(exc.problem)
    return files, problems


def check_layout(root: Path) -> None:
    """A pack is a folder holding competencies/, categories/ and crosswalks/; anything else is a
    UsageError."""
    missing = [f"{name}/" for name in FOLDERS if not (root / name).is_dir()]
    if not missing:
        return
    fix = (
        "point --data-dir at a folder holding competencies/, categories/ and crosswalks/ (like "
        "the shipped data/)."
    )
    if len(missing) == len(FOLDERS):
        raise UsageError(
            f"'{root}' is not a data pack: it has none of the folders {_and(missing)}. Fix: {fix}"
        )
    what = f"folder {missing[0]} is" if len(missing) == 1 else f"folders {_and(missing)} are"
    raise UsageError(f"'{root}' is not a complete data pack: {what} missing. Fix: {fix}")


def _and(names: list[str]) -> str:
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]


def read_pack(root: Path, files: dict[Path, bytes], problems: list[Problem]) -> Loaded:
    """Parse and validate every file of the pack, collecting problems instead of stopping."""
    loaded = Loaded(root, problems=list(problems))
    for path, raw in files.items():
        folder = path.parent.name
        if folder == "competencies":
            _read(loaded, path, raw, CompetencyFile, loaded.competency)
        elif folder == "categories":
            _read(loaded, path, raw, Category, loaded.categories)
        elif folder == "associations":
            _read(loaded, path, raw, Association, loaded.associations)
        elif folder == "sources":
            _read(loaded, path, raw, SourceList, loaded.sources)
        else:
            _read_crosswalk(loaded, path, raw)
    return loaded


def from_plain(root: Path, docs: dict[str, Any]) -> Pack:
    """A Pack from the plain data of files that were valid when cached (validated again; the CoE
    crosswalk only when a report first asks for it, since most never do)."""
    loaded = Loaded(root)
    coe: Callable[[], CoeCrosswalk] | None = None
    for label, data in docs.items():
        folder = label.rsplit("/", 2)[-2]
        if folder == "competencies":
            loaded.competency[label] = CompetencyFile.model_validate(data)
        elif folder == "categories":
            loaded.categories[label] = Category.model_validate(data)
        elif folder == "associations":
            loaded.associations[label] = Association.model_validate(data)
        elif folder == "sources":
            loaded.sources[label] = SourceList.model_validate(data)
        elif data.get("kind") == "consultation":
            coe = coe or partial(_validate_coe, data)
        else:
            loaded.crosswalks[label] = CourseCrosswalk.model_validate(data)
    return build_pack(loaded, coe)


def _validate_coe(data: dict[str, Any]) -> CoeCrosswalk:
    from endorse_cli.models.coe import CoeCrosswalk

    return CoeCrosswalk.model_validate(data)


def _document(loaded: Loaded, path: Path, raw: bytes) -> Document | None:
    label = loaded.label(path)
    try:
        doc = parse(decode(raw, label), label)
    except YamlProblem as exc:
        loaded.problems.append(exc.problem)
        return None
    loaded.docs[label] = doc
    return doc


def _validate(loaded: Loaded, path: Path, doc: Document, model: type[M]) -> M | None:
    from endorse_cli.pack.messages import problems_from

    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        loaded.problems.extend(problems_from(exc, model, doc, loaded.label(path)))
        return None


def _read(loaded: Loaded, path: Path, raw: bytes, model: type[M], into: dict[str, Any]) -> None:
    doc = _document(loaded, path, raw)
    if doc is not None and (item := _validate(loaded, path, doc, model)) is not None:
        into[loaded.label(path)] = item


def _read_crosswalk(loaded: Loaded, path: Path, raw: bytes) -> None:
    doc = _document(loaded, path, raw)
    if doc is None:
        return
    kind = doc.data.get("kind") if isinstance(doc.data, dict) else None
    model = crosswalk_model(kind)
    if model is None:
        allowed = ", ".join(CROSSWALK_KINDS)
        line = doc.line_of(("kind",))
        msg = f"unknown crosswalk kind {kind!r}."
        loaded.problems.append(
            Problem(loaded.label(path), msg, line=line, field="kind", fix=f"use one of: {allowed}.")
        )
        return
    item = _validate(loaded, path, doc, model)
    if item is not None:
        loaded.crosswalks[loaded.label(path)] = item


def unloaded_ids(loaded: Loaded) -> dict[str, str]:
    """Category, area and association ids defined by files that parsed but failed their model,
    mapped to the file: checks of other files that name them are skipped rather than reported as
    unknown ids."""
    found: dict[str, str] = {}
    kept = {**loaded.categories, **loaded.competency, **loaded.associations}
    for label, doc in loaded.docs.items():
        folder = label.rsplit("/", 2)[-2]
        if label in kept or not isinstance(doc.data, dict):
            continue
        if folder == "competencies":
            found |= dict.fromkeys(_area_ids(doc.data), label)
        elif folder in ("categories", "associations"):
            found[str(doc.data.get("id") or Path(label).stem)] = label
    return found


def _area_ids(data: dict[str, Any]) -> list[str]:
    """The area ids a competency file's raw data names, however malformed the rest of it is."""
    domains = data.get("domains")
    areas = (
        [a for d in domains if isinstance(d, dict) for a in d.get("areas") or []]
        if isinstance(domains, list)
        else []
    )
    return [a["id"] for a in areas if isinstance(a, dict) and isinstance(a.get("id"), str)]


def build_pack(loaded: Loaded, coe: Callable[[], CoeCrosswalk] | None = None) -> Pack:
    """Assemble the Pack from validated files (files in sorted order, so stable); `coe` reads a CoE
    crosswalk that is not among them when first asked for."""
    domains: list[Domain] = [d for f in loaded.competency.values() for d in f.domains]
    categories = {c.id: c for c in loaded.categories.values()}
    courses = {x.id: x for x in loaded.crosswalks.values() if isinstance(x, CourseCrosswalk)}
    found = next(
        (x for x in loaded.crosswalks.values() if not isinstance(x, CourseCrosswalk)), None
    )
    associations = {a.id: a for a in loaded.associations.values()}
    documents = {d.id: d for f in loaded.sources.values() for d in f.documents}
    return Pack(
        loaded.root,
        domains,
        categories,
        courses,
        found or coe,
        associations=associations,
        documents=documents,
    )
