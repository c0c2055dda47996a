"""The reports: load a pack and a record, then gap, what-if, consultant, listings, crosswalk views,
explain."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from endorse_cli.api import resolve
from endorse_cli.errors import UsageError

# Only what a call needs is imported, inside it: a command pays only for what it uses.
if TYPE_CHECKING:
    from endorse_cli.models.pack import Pack
    from endorse_cli.models.record import Record
    from endorse_cli.results.common import Report
    from endorse_cli.results.consultant import ConsultantReport
    from endorse_cli.results.crosswalk import CoeView, CourseView, ProgramView
    from endorse_cli.results.explain import AreaExplanation
    from endorse_cli.results.gap import GapReport
    from endorse_cli.results.listings import AreaList, CategoryList, PackSummary
    from endorse_cli.results.portfolio import Portfolio
    from endorse_cli.results.whatif import WhatIfReport

_NO_COE = "this data pack has no CoE crosswalk. Fix: use --data-dir with a pack that has one."


def load_pack(data_dir: Path | None = None) -> Pack:
    """The data pack: `data_dir`, else $ENDORSE_DATA_DIR, else the shipped one (cached when
    unchanged)."""
    from endorse_cli.pack.load import load_pack as load
    from endorse_cli.resources import choose_data_dir

    return load(choose_data_dir(data_dir))


def pack_to_validate(data_dir: Path | None = None) -> tuple[Path, str]:
    """The pack `endorse validate` checks and why that one: `data_dir`, else $ENDORSE_DATA_DIR, else
    ./data when it is a data pack, else the shipped one."""
    from endorse_cli.resources import pack_to_validate as choose

    return choose(data_dir)


def load_pack_fresh(data_dir: Path | None = None) -> Pack:
    """Read and check a data pack afresh (never from the cache); DataError lists every problem."""
    from endorse_cli.pack.load import check_fresh
    from endorse_cli.resources import choose_data_dir

    return check_fresh(choose_data_dir(data_dir))


def load_record(path: Path, pack: Pack, today: date | None = None) -> Record:
    """A training record checked against the pack; RecordError lists every problem (a date after
    `today`, default the clock's, is one; entries after a past report date are left out by
    reports)."""
    from endorse_cli.pack.record import load_record as load

    return load(path, pack, today)


def gap(pack: Pack, record: Record, target: str, on: date) -> GapReport:
    """The gap report of `record` for the category `target` (an id or name; UnknownCategory if none)
    on `on`."""
    from endorse_cli.engine.gap import analyze_gaps

    return analyze_gaps(pack, record, resolve.category(pack, target), on)


def printable(pack: Pack, record: Record, report: Report) -> Report:
    """What a printed page (Markdown, HTML) shows: a gap report with its appendix (the portfolio),
    any other report as it is."""
    from endorse_cli.results.gap import GapReport

    return portfolio(pack, record, report) if isinstance(report, GapReport) else report


def portfolio(pack: Pack, record: Record, report: GapReport) -> Portfolio:
    """`report` (the gap report of `record`) with its appendix: the logs behind every figure."""
    from endorse_cli.engine.portfolio import build_appendix
    from endorse_cli.results.portfolio import Portfolio

    return Portfolio(gap=report, appendix=build_appendix(pack, record, report))


def whatif(pack: Pack, record: Record, on: date) -> WhatIfReport:
    """Every category side by side, the closest to applying first."""
    from endorse_cli.engine.whatif import analyze_all

    return analyze_all(pack, record, on)


def consultant(pack: Pack, record: Record, on: date) -> ConsultantReport:
    """Which CoE consultation competencies the record's Endorsement documents."""
    from endorse_cli.engine.consultant import analyze_coe

    if pack.coe is None:
        raise UsageError(_NO_COE)
    return analyze_coe(pack, record, on)


def report_for(
    pack: Pack, record: Record, target: str, on: date
) -> GapReport | WhatIfReport | ConsultantReport:
    """What `endorse gap --target T` reports: a category id, `all` or `coe`."""
    kind = target.strip().lower()
    if kind == "all":
        return whatif(pack, record, on)
    if kind == "coe":
        return consultant(pack, record, on)
    return gap(pack, record, target, on)


def ready(report: GapReport | WhatIfReport | ConsultantReport) -> bool:
    """Whether a report says 'ready to apply' (for `all`: some category not yet held is)."""
    from endorse_cli.results.whatif import WhatIfReport

    if isinstance(report, WhatIfReport):
        return any(row.ready and not row.held_or_below for row in report.categories)
    return report.summary.ready


def categories(pack: Pack) -> CategoryList:
    """Every category, infant track first, Associate to Mentor."""
    from endorse_cli.engine.listings import list_categories

    return list_categories(pack)


def areas(pack: Pack, category: str | None = None) -> AreaList:
    """Every area, or those `category` requires, by domain."""
    from endorse_cli.engine.listings import list_areas

    return list_areas(pack, resolve.category(pack, category) if category else None)


def pack_summary(pack: Pack) -> PackSummary:
    """What `validate` reports for a valid pack."""
    from endorse_cli.engine.listings import summarize_pack

    return summarize_pack(pack)


def course_view(pack: Pack, crosswalk: str, course: str, category: str | None) -> CourseView:
    """What one crosswalk course gives toward each category (or one); UnknownCrosswalk,
    UnknownCourse or UnknownCategory for a name the pack does not have."""
    from endorse_cli.engine.course_views import course_view as view

    xw = resolve.course_crosswalk(pack, crosswalk)
    return view(
        pack, xw, resolve.course(xw, course), resolve.category(pack, category) if category else None
    )


def program_view(pack: Pack, crosswalk: str, category: str | None) -> ProgramView:
    """A program summary, or with a category every area it requires after the whole program."""
    from endorse_cli.engine.course_views import program_view as view

    xw = resolve.course_crosswalk(pack, crosswalk)
    if xw.summary is None:
        ids = ", ".join(c.id for c in xw.courses)
        raise UsageError(
            f"the {xw.id} crosswalk has no program summary. Fix: pick a course with --course "
            f"({ids})."
        )
    return view(pack, xw, resolve.category(pack, category) if category else None)


def coe_view(pack: Pack, essential: bool, relation: str | None, section: str | None) -> CoeView:
    """The CoE consultation crosswalk, filtered by relation (a name or =, ≈, ≠) and section
    number."""
    from endorse_cli.engine.coe_view import coe_view as view

    if pack.coe is None:
        raise UsageError(_NO_COE)
    rel = resolve.relation(relation) if relation else None
    return view(
        pack, pack.coe, essential, rel, resolve.section(pack.coe, section) if section else None
    )


def explain(
    pack: Pack,
    area: str,
    asked: str,
    record: Record | None = None,
    target: str | None = None,
    on: date | None = None,
) -> AreaExplanation:
    """An area's place in the Guidelines and every crosswalk row that credits it; with a record,
    also its status, evidence and what would raise it, for `target` (default: the record's
    `target:`, else the best-fitting category needing it)."""
    from endorse_cli.engine.explain import explain_area, explain_for_record

    area = resolve.area(pack, area)
    base = explain_area(pack, area, asked)
    if record is None:
        return base
    day = on or date.today()
    named = target or record.target  # the record's own target, as `endorse gap` reads it
    chosen = resolve.category(pack, named) if named else _best_needing(pack, record, area, day)
    return explain_for_record(base, pack, gap(pack, record, chosen, day), chosen=named is None)


def _best_needing(pack: Pack, record: Record, area: str, on: date) -> str:
    """The closest category to applying that requires `area` and is not held yet (what-if order)."""
    rows = whatif(pack, record, on).categories
    needing = [
        r
        for r in rows
        if pack.areas[area].required_for.get(r.target, "not_required") != "not_required"
    ]
    for candidates in ([r for r in needing if not r.held_or_below], needing, rows):
        if candidates:
            return candidates[0].target
    return next(iter(pack.categories))
