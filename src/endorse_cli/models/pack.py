"""The loaded data pack, indexed: areas, categories and crosswalks by id or name, with suggestions."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from endorse_cli.models.category import Category
from endorse_cli.models.competency import Area, Domain
from endorse_cli.models.crosswalk import CourseCrosswalk
from endorse_cli.vocab import LADDER

if TYPE_CHECKING:
    from endorse_cli.models.coe import CoeCrosswalk


def fold(text: str) -> str:
    """Key for case- and spacing-insensitive name matching ('&' reads as 'and')."""
    return " ".join(text.replace("&", " and ").casefold().split())


def suggest(word: str, choices: list[str]) -> str:
    """' (did you mean X?)' for the closest choice, or ''."""
    close = difflib.get_close_matches(fold(word), [fold(c) for c in choices], n=1, cutoff=0.6)
    if not close:
        return ""
    original = next(c for c in choices if fold(c) == close[0])
    return f" (did you mean '{original}'?)"


@dataclass
class Pack:
    """Every domain, area, category and crosswalk of one data pack, indexed."""

    root: Path
    domains: list[Domain]
    categories: dict[str, Category]
    course_crosswalks: dict[str, CourseCrosswalk] = field(default_factory=dict)
    coe_source: CoeCrosswalk | Callable[[], CoeCrosswalk] | None = None
    version: str = ""
    areas: dict[str, Area] = field(init=False)
    domain_of: dict[str, Domain] = field(init=False)
    _area_names: dict[str, str] = field(init=False)
    _category_names: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        ordered = sorted(self.categories.values(), key=lambda c: (c.track != "infant", LADDER.index(c.level), c.id))
        self.categories = {c.id: c for c in ordered}
        self.areas = {a.id: a for d in self.domains for a in d.areas}
        self.domain_of = {a.id: d for d in self.domains for a in d.areas}
        self._area_names = {}
        for area in self.areas.values():
            for name in (area.id, area.name, *area.alternate_names):
                self._area_names.setdefault(fold(name), area.id)
        self._category_names = {}
        for cat in self.categories.values():
            for name in (cat.id, cat.name, *cat.alternate_names):
                self._category_names.setdefault(fold(name), cat.id)

    @property
    def coe(self) -> CoeCrosswalk | None:
        """The CoE consultation crosswalk, if the pack has one (read on first use: most reports never need it)."""
        if callable(self.coe_source):
            self.coe_source = self.coe_source()
        return self.coe_source

    def find_area(self, text: str) -> str | None:
        """Area id for an id, name or alternate spelling (any case), else None."""
        return self._area_names.get(fold(text))

    def find_category(self, text: str) -> str | None:
        """Category id for an id or full name (any case), else None."""
        return self._category_names.get(fold(text))

    def find_crosswalk(self, text: str) -> CourseCrosswalk | None:
        """A course crosswalk by id, any case."""
        return self.course_crosswalks.get(text.strip().lower())

    def area_hint(self, text: str) -> str:
        """A 'did you mean' for an unknown area."""
        return suggest(text, [*self.areas, *(a.name for a in self.areas.values())])

    def category_hint(self, text: str) -> str:
        """A 'did you mean' for an unknown category."""
        return suggest(text, [*self.categories, *(c.name for c in self.categories.values())])

    def coe_ids(self) -> list[str]:
        """Ids of the CoE competencies this pack holds."""
        return [c.id for s in self.coe.sections for c in s.competencies] if self.coe else []

    def required_areas(self, category: str) -> list[tuple[Domain, Area]]:
        """Areas the category requires (or may require), in pack order."""
        return [
            (d, a)
            for d in self.domains
            for a in d.areas
            if a.required_for.get(category, "not_required") != "not_required"
        ]
