"""What the cross-file checks share: the problem collector and the check of a rule's dated
versions."""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from datetime import date

from endorse_cli.errors import Problem
from endorse_cli.models.common import Dated
from endorse_cli.models.pack import suggest
from endorse_cli.pack.messages import field_path
from endorse_cli.pack.reader import Loaded, unloaded_ids

Where = tuple[str | int, ...]


class Checker:
    """Collects problems with file, line and field for one loaded pack."""

    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.problems: list[Problem] = []
        self.areas: dict[str, str] = {}  # area id -> domain id
        # Area id -> its matrix row (first seen)
        self.required_for: dict[str, Mapping[str, str]] = {}
        self.categories = {c.id for c in loaded.categories.values()}
        self.unloaded = unloaded_ids(loaded)  # id -> file that defines it but did not load
        self.skipped: dict[str, int] = {}  # that file -> checks skipped because of it

    def folder(self, name: str) -> str:
        """'my-pack/categories/': a folder of the pack being checked, as fix texts name it."""
        return f"{self.loaded.root.name}/{name}/"

    def depends_on_unloaded(self, value: str) -> bool:
        """Whether `value` is defined by a file that did not load: its check is skipped (the file's
        own problem is the one to fix), and counted for one line saying so."""
        owner = self.unloaded.get(value)
        if owner is not None:
            self.skipped[owner] = self.skipped.get(owner, 0) + 1
        return owner is not None

    def add(self, label: str, where: Where, message: str, fix: str) -> None:
        """Record a problem at `where` inside the file `label`."""
        doc = self.loaded.docs.get(label)
        line = doc.line_of(where) if doc else None
        self.problems.append(Problem(label, message, line=line, field=field_path(where), fix=fix))

    def duplicate(
        self, label: str, where: Where, kind: str, value: str, seen: Container[str]
    ) -> None:
        """Report `value` (a `kind` id at `where`) when `seen` holds it already."""
        if value in seen:
            self.add(label, where, f"duplicate {kind} id '{value}'.", "make ids unique.")

    def named_after_file(self, label: str, value: str) -> None:
        """Report the file's `id` unless it matches the file name (`IFS` in `.../IFS.yaml`)."""
        if label.rsplit("/", 1)[-1].removesuffix(".yaml") != value:
            msg = f"id '{value}' does not match the file name."
            self.add(label, ("id",), msg, f"rename to {value}.yaml.")

    def category(self, label: str, where: Where, value: str) -> None:
        """Report `value` unless it is a category id of the pack."""
        if value not in self.categories and not self.depends_on_unloaded(value):
            hint = suggest(value, sorted(self.categories))
            fix = f"use a category id of {self.folder('categories')}."
            self.add(label, where, f"unknown category '{value}'{hint}.", fix)

    def area(self, label: str, where: Where, value: str) -> None:
        """Report `value` unless it is an area id of the pack."""
        if value not in self.areas and not self.depends_on_unloaded(value):
            hint = suggest(value, sorted(self.areas))
            self.add(
                label,
                where,
                f"unknown area id '{value}'{hint}.",
                f"use an area id of {self.folder('competencies')}.",
            )


def check_versions(ck: Checker, label: str, where: Where, versions: Sequence[Dated]) -> None:
    """The dated versions of one rule (at `where` in the file `label`): each in order, none
    overlapping."""
    for i, version in enumerate(versions):
        if (
            version.effective_from
            and version.effective_until
            and version.effective_until < version.effective_from
        ):
            ck.add(
                label,
                (*where, i),
                "effective_until is before effective_from.",
                "swap or correct the dates.",
            )
        for j in range(i):
            if _overlap(versions[j], version):
                fix = "give the versions effective dates that do not overlap."
                ck.add(label, (*where, i), f"overlaps the version at index {j}.", fix)


def _overlap(a: Dated, b: Dated) -> bool:
    lo = max(a.effective_from or date.min, b.effective_from or date.min)
    hi = min(a.effective_until or date.max, b.effective_until or date.max)
    return lo <= hi
