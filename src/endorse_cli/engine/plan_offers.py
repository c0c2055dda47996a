"""The offerings a plan may use: each catalog offering judged for one record, category and date
window."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from endorse_cli.engine.evidence import completed_courses
from endorse_cli.models.catalog import Catalog, Offering, Session
from endorse_cli.models.pack import Pack, fold
from endorse_cli.models.record import Record
from endorse_cli.vocab import Credit

_KIND = {"training": "training", "course": "coursework"}


@dataclass(frozen=True)
class Window:
    """What the plan may use: sessions starting on or after `start` and ending by `by`; forced and
    excluded keys."""

    start: date
    by: date
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    cost_capped: bool = False


@dataclass
class Candidate:
    """One offering as the plan sees it: usable sessions, areas it gives (of kinds the domains
    accept), hours."""

    key: str
    catalog: Catalog
    offering: Offering
    sessions: list[Session | None]
    marks: dict[str, Credit]
    why_not: str | None = None
    requires: list[str] = field(default_factory=list)
    together: list[str] = field(default_factory=list)

    @property
    def hours(self) -> float:
        """Clock hours (a college course adds none)."""
        return float(self.offering.hours or 0) if self.offering.kind == "training" else 0.0

    @property
    def cost(self) -> float | None:
        """Its price, when the catalog gives one."""
        return self.offering.cost

    def finish(self, session: Session | None, by: date) -> date:
        """The day the offering is done in `session` (a self-paced one by the plan's date)."""
        return session.last if session is not None else by


def key_of(catalog: Catalog, offering: Offering) -> str:
    """How a plan names an offering: catalog:id."""
    return f"{catalog.catalog}:{offering.id}"


def area_marks(pack: Pack, offering: Offering, category: str) -> dict[str, Credit]:
    """Area id -> met | partial the offering gives toward `category`, for areas whose domain accepts
    its kind."""
    required = {a.id for _d, a in pack.required_areas(category)}
    kind = _KIND[offering.kind]
    marks: dict[str, Credit] = {}
    for name, claim in offering.marks_for(category).items():
        area = pack.find_area(name)
        if (
            area in required
            and kind in pack.domain_of[area].evidence.kinds
            and marks.get(area) != "met"
        ):
            marks[area] = claim
    return marks


def taken_keys(pack: Pack, record: Record) -> tuple[set[str], set[tuple[str, str]]]:
    """Folded titles of the record's trainings and courses, and its crosswalk courses (crosswalk,
    id)."""
    titles = {fold(t.title) for t in record.trainings} | {
        fold(c.title) for c in record.courses if c.title
    }
    done = {(xw, c) for xw, ids in completed_courses(pack, record).items() for c in ids}
    return titles, done


def judge(
    pack: Pack, record: Record, catalogs: list[Catalog], category: str, window: Window
) -> list[Candidate]:
    """Every offering of the catalogs, each usable or with the reason it is not (sorted by key)."""
    titles, done = taken_keys(pack, record)
    found = []
    for catalog in catalogs:
        for offering in catalog.offerings:
            key = key_of(catalog, offering)
            marks = area_marks(pack, offering, category)
            sessions = _sessions(offering, window)
            cand = Candidate(key, catalog, offering, sessions, marks)
            cand.requires = [f"{catalog.catalog}:{p}" for p in sorted(offering.prerequisites)]
            cand.together = [f"{catalog.catalog}:{p}" for p in sorted(offering.corequisites)]
            cand.why_not = _why_not(
                cand, category, window, fold(offering.title) in titles or _done(offering, done)
            )
            found.append(cand)
    found.sort(key=lambda c: c.key)
    _propagate(found)
    return found


def _done(offering: Offering, done: set[tuple[str, str]]) -> bool:
    return offering.crosswalk is not None and (offering.crosswalk, str(offering.course)) in done


def _sessions(offering: Offering, window: Window) -> list[Session | None]:
    """Sessions inside the window, earliest first; a self-paced offering has one, `None`."""
    if offering.dates is None:
        return [None]
    usable = sorted(
        (s for s in offering.dates if s.start >= window.start and s.last <= window.by),
        key=lambda s: (s.last, s.start),
    )
    return list(usable)


def _why_not(cand: Candidate, category: str, window: Window, taken: bool) -> str | None:
    """Why the plan may not use the offering, or None."""
    offering = cand.offering
    if taken:
        return "already in your record"
    if cand.key in window.exclude:
        return "excluded with --exclude"
    if offering.categories is not None and category not in offering.categories:
        return f"not offered for {category}"
    if not cand.sessions:
        return _dates_reason(offering, window)
    if window.cost_capped and offering.cost is None:
        return "its cost is not given, so it cannot be kept within a cost budget"
    if not cand.marks and not cand.hours and cand.key not in window.include:
        return f"gives nothing toward {category}"
    return None


def _dates_reason(offering: Offering, window: Window) -> str:
    dates = offering.dates or []
    if all(s.start < window.start for s in dates):
        return f"its sessions begin before {window.start}"
    return f"no session ends by {window.by}"


def _propagate(found: list[Candidate]) -> None:
    """An offering whose prerequisite or co-requisite cannot be used cannot be used either."""
    by_key = {c.key: c for c in found}
    changed = True
    while changed:
        changed = False
        for cand in found:
            if cand.why_not is not None:
                continue
            for other in [*cand.requires, *cand.together]:
                dep = by_key.get(other)
                if (
                    dep is not None
                    and dep.why_not is not None
                    and dep.why_not != "already in your record"
                ):
                    cand.why_not = (
                        f"it goes with {dep.offering.title}, which is {_unusable(dep.why_not)}"
                    )
                    changed = True
                    break


def _unusable(reason: str) -> str:
    return f"not available ({reason})"
