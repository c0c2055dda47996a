"""The loaded data pack, indexed: areas, categories, crosswalks and associations by id or name, with
suggestions."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from endorse_cli.models.association import Association
from endorse_cli.models.category import Category
from endorse_cli.models.competency import Area, Domain
from endorse_cli.models.crosswalk import CourseCrosswalk
from endorse_cli.models.sources import SourceDocument
from endorse_cli.vocab import LADDER

T = TypeVar("T")

if TYPE_CHECKING:
    from endorse_cli.models.coe import CoeCrosswalk


def fold(text: str) -> str:
    """Key for case- and spacing-insensitive name matching ('&' reads as 'and')."""
    return " ".join(text.replace("&", " and ").casefold().split())


def id_like(text: str) -> bool:
    """Whether `text` is written like an id (one word, e.g. 'pregnancy-early-parenthod', 'IMHS'),
    not a name."""
    return len(text.split()) == 1


def suggest(word: str, choices: list[str], id_form: bool | None = None) -> str:
    """' (did you mean X?)' for the closest choice, or ''. With `id_form` True only one-word choices
    (ids) are offered, with False only names: the answer comes in the form the person wrote."""
    import difflib  # only for a typing mistake: a report never needs it

    if id_form is not None:
        choices = [c for c in choices if id_like(c) == id_form] or choices
    close = difflib.get_close_matches(fold(word), [fold(c) for c in choices], n=1, cutoff=0.6)
    if not close:
        return ""
    original = next(c for c in choices if fold(c) == close[0])
    return f" (did you mean '{original}'?)"


_STOP = {"and", "of", "the", "in", "with", "for", "a", "an", "to", "on", "&"}
CREDENTIALS = {
    "imh-e": "IMH-E",
    "ecmh-e": "ECMH-E",
    "iecmh-e": "IECMH-E",
    "imhe": "IMH-E",
    "ecmhe": "ECMH-E",
}


def stems(text: str) -> set[str]:
    """Word stems of a name ('Reflective practice' -> {'reflec', 'practi'}), for matching by
    words."""
    words = fold(text).replace("/", " ").replace("-", " ").replace(",", " ").split()
    return {w[:6] for w in words if w not in _STOP and len(w) > 2}


def best_by_words(text: str, candidates: dict[str, set[str]]) -> list[str]:
    """The candidates sharing the most specific words with `text` (rarer words weigh more), best
    first."""
    wanted = stems(text)
    counts: dict[str, int] = {}
    for words in candidates.values():
        for word in words & wanted:
            counts[word] = counts.get(word, 0) + 1
    scores = {key: sum(1 / counts[w] for w in words & wanted) for key, words in candidates.items()}
    top = max(scores.values(), default=0)
    return [key for key, score in scores.items() if top > 0 and score >= top - 1e-9]


@dataclass
class Pack:
    """Every domain, area, category and crosswalk of one data pack, indexed."""

    root: Path
    domains: list[Domain]
    categories: dict[str, Category]
    course_crosswalks: dict[str, CourseCrosswalk] = field(default_factory=dict)
    coe_source: CoeCrosswalk | Callable[[], CoeCrosswalk] | None = None
    version: str = ""
    associations: dict[str, Association] = field(default_factory=dict)
    documents: dict[str, SourceDocument] = field(default_factory=dict)
    areas: dict[str, Area] = field(init=False)
    domain_of: dict[str, Domain] = field(init=False)
    _area_names: dict[str, str] = field(init=False)
    _category_names: dict[str, str] = field(init=False)
    _association_names: dict[str, str] = field(init=False)
    _remembered: dict[Hashable, Any] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        ordered = sorted(
            self.categories.values(),
            key=lambda c: (c.track != "infant", LADDER.index(c.rung), c.id),
        )
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
        self.associations = dict(sorted(self.associations.items()))
        self._association_names = {
            fold(name): a.id
            for a in self.associations.values()
            for name in (a.id, a.name, *a.alternate_names)
        }

    @property
    def coe(self) -> CoeCrosswalk | None:
        """The CoE consultation crosswalk, if the pack has one (read on first use: most reports
        never need it)."""
        if callable(self.coe_source):
            self.coe_source = self.coe_source()
        return self.coe_source

    def find_area(self, text: str) -> str | None:
        """Area id for an id, name or alternate spelling (any case), else None."""
        return self._area_names.get(fold(text))

    def find_category(self, text: str) -> str | None:
        """Category id for an id or full name (any case), else None."""
        return self._category_names.get(fold(text))

    def find_association(self, text: str) -> str | None:
        """Association id for an id, name or alternate name (any case), else None."""
        return self._association_names.get(fold(text))

    def find_crosswalk(self, text: str) -> CourseCrosswalk | None:
        """A course crosswalk by id, any case."""
        return self.course_crosswalks.get(text.strip().lower())

    def area_hint(self, text: str) -> str:
        """A 'did you mean' for an unknown area: by spelling, else by words (an area, or a domain's
        areas)."""
        candidates = self._hint_stems()
        found = best_by_words(text, candidates)
        domains = [d for d in self.domains if f"domain:{d.id}" in found]
        if domains:
            names = ", ".join(a.name for a in domains[0].areas)
            return f" (did you mean an area of {domains[0].name}: {names}?)"
        areas = [self.areas[key.split(":", 1)[1]] for key in found if key.startswith("area:")]
        ids = id_like(text)

        def as_written(area: Area) -> str:
            return area.id if ids else area.name

        whole = [as_written(a) for a in areas if stems(text) <= candidates[f"area:{a.id}"]]
        spelled = suggest(
            text, [*self.areas, *(a.name for a in self.areas.values())], id_like(text)
        )
        if whole or not spelled:
            shown = whole or [as_written(a) for a in areas[:3]]
            return f" (did you mean {' or '.join(repr(n) for n in shown)}?)" if shown else ""
        return spelled

    def _hint_stems(self) -> dict[str, set[str]]:
        """The word stems of every area and domain, for `area_hint` (worked out once per pack)."""
        return self.remembered("hint stems", self._all_stems)

    def _all_stems(self) -> dict[str, set[str]]:
        found = {
            f"area:{a.id}": stems(" ".join([a.id, a.name, *a.alternate_names]))
            for a in self.areas.values()
        }
        return found | {f"domain:{d.id}": stems(f"{d.id} {d.name}") for d in self.domains}

    def category_hint(self, text: str) -> str:
        """A 'did you mean' for an unknown category; a credential name (IMH-E) is explained."""
        credential = CREDENTIALS.get(fold(text).replace(" ", "").rstrip("®"))
        if credential:
            return (
                f" ({credential} names the credential itself, not a category: name one of its "
                "categories)"
            )
        family = [c for c in self.categories.values() if fold(c.id).startswith(fold(text) + "-")]
        if len(family) > 1:
            kinds = "; ".join(f"{c.id} ({c.name})" for c in family)
            return (
                f" ({text.strip()} comes in {len(family)} designations: {kinds}; name the one "
                "meant)"
            )
        return suggest(
            text, [*self.categories, *(c.name for c in self.categories.values())], id_like(text)
        )

    def cite(self, source: str) -> str:
        """How a report names a source: a document by its title and publisher, a URL as it is."""
        doc = self.documents.get(source)
        return f"{doc.title} ({doc.publisher})" if doc else source

    def coe_ids(self) -> list[str]:
        """Ids of the CoE competencies this pack holds."""
        return [c.id for s in self.coe.sections for c in s.competencies] if self.coe else []

    def remembered(self, key: Hashable, make: Callable[[], T]) -> T:
        """What `make` gives, worked out once per pack and `key` (the pack does not change once
        loaded)."""
        if key not in self._remembered:
            self._remembered[key] = make()
        return cast(T, self._remembered[key])

    def required_areas(self, category: str) -> list[tuple[Domain, Area]]:
        """Areas the category requires (or may require), in pack order (worked out once per
        category)."""
        found = self.remembered(
            ("required areas", category),
            lambda: [
                (d, a)
                for d in self.domains
                for a in d.areas
                if a.required_for.get(category, "not_required") != "not_required"
            ],
        )
        return list(found)
