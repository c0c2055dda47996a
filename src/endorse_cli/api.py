"""The library: everything the commands do, callable from a script without the CLI.

from endorse_cli import api
pack = api.load_pack()
record = api.load_record(Path("me.yaml"), pack, date.today())
report = api.gap(pack, record, "IMHS", date.today())
cohort = api.cohort(pack, [Path("records")], "IMHS", date.today())
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from endorse_cli.errors import RecordError, UsageError

# Only what a call needs is imported, inside it: `endorse gap` should not pay for the crosswalk views.
if TYPE_CHECKING:
    from endorse_cli.engine.cohort import Outcome
    from endorse_cli.models.pack import Pack
    from endorse_cli.models.record import Record
    from endorse_cli.results.cohort import CohortReport
    from endorse_cli.results.consultant import ConsultantReport
    from endorse_cli.results.crosswalk import CoeView, CourseView, ProgramView
    from endorse_cli.results.explain import AreaExplanation
    from endorse_cli.results.gap import GapReport
    from endorse_cli.results.listings import AreaList, CategoryList, PackSummary
    from endorse_cli.results.whatif import WhatIfReport


def load_pack(data_dir: Path | None = None) -> Pack:
    """The data pack: `data_dir`, else $ENDORSE_DATA_DIR, else the shipped one (cached when unchanged)."""
    from endorse_cli.pack.load import load_pack as load
    from endorse_cli.resources import choose_data_dir

    return load(choose_data_dir(data_dir))


def check_pack(data_dir: Path | None = None) -> Pack:
    """Read and check a data pack afresh (never from the cache); DataError lists every problem."""
    from endorse_cli.pack.load import check_fresh
    from endorse_cli.resources import choose_data_dir

    return check_fresh(choose_data_dir(data_dir))


def load_record(path: Path, pack: Pack, as_of: date) -> Record:
    """A training record checked against the pack; RecordError lists every problem."""
    from endorse_cli.pack.record import load_record as load

    return load(path, pack, as_of)


def gap(pack: Pack, record: Record, target: str, on: date) -> GapReport:
    """The gap report of `record` for the category `target` (an id) on `on`."""
    from endorse_cli.engine.gap import analyze_gaps

    return analyze_gaps(pack, record, target, on)


def whatif(pack: Pack, record: Record, on: date) -> WhatIfReport:
    """Every category side by side, the closest to applying first."""
    from endorse_cli.engine.whatif import analyze_all

    return analyze_all(pack, record, on)


def consultant(pack: Pack, record: Record, on: date) -> ConsultantReport:
    """Which CoE consultation competencies the record's Endorsement documents."""
    from endorse_cli.engine.consultant import analyze_coe

    if pack.coe is None:
        raise UsageError("this data pack has no CoE crosswalk. Fix: use --data-dir with a pack that has one.")
    return analyze_coe(pack, record, on)


def report_for(pack: Pack, record: Record, target: str, on: date) -> GapReport | WhatIfReport | ConsultantReport:
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
        return any(row.ready and not row.held for row in report.categories)
    return report.summary.ready


def categories(pack: Pack) -> CategoryList:
    """Every category, infant track first, Associate to Mentor."""
    from endorse_cli.engine.listings import list_categories

    return list_categories(pack)


def areas(pack: Pack, category: str | None = None) -> AreaList:
    """Every area, or those `category` requires, by domain."""
    from endorse_cli.engine.listings import list_areas

    return list_areas(pack, category)


def pack_summary(pack: Pack) -> PackSummary:
    """What `validate` reports for a valid pack."""
    from endorse_cli.engine.listings import summarize_pack

    return summarize_pack(pack)


def course_view(pack: Pack, crosswalk: str, course: str, category: str | None) -> CourseView:
    """What one crosswalk course gives toward each category (or one)."""
    from endorse_cli.engine.course_views import course_view as view

    xw = pack.course_crosswalks[crosswalk]
    found = xw.find_course(course)
    assert found is not None
    return view(pack, xw, found, category)


def program_view(pack: Pack, crosswalk: str, category: str | None) -> ProgramView:
    """A program summary, or with a category every area it requires after the whole program."""
    from endorse_cli.engine.course_views import program_view as view

    return view(pack, pack.course_crosswalks[crosswalk], category)


def coe_view(pack: Pack, essential: bool, relation: str | None, section: str | None) -> CoeView:
    """The CoE consultation crosswalk, filtered."""
    from endorse_cli.engine.coe_view import coe_view as view

    assert pack.coe is not None
    return view(pack, pack.coe, essential, relation, section)


def explain(pack: Pack, area: str, asked: str) -> AreaExplanation:
    """An area's place in the Guidelines and every crosswalk row that credits it."""
    from endorse_cli.engine.explain import explain_area

    return explain_area(pack, area, asked)


def cohort(
    pack: Pack,
    paths: Sequence[Path],
    target: str,
    on: date,
    *,
    detail: bool = False,
    step: Callable[[int, int], None] | None = None,
) -> CohortReport:
    """Every record under `paths` (files, or folders searched for *.yaml / *.yml) against `target`
    (a category id, or `all` for each person's best fit); a record that cannot be read becomes a row
    with its error. `step(done, total)` is called after each record (for a progress bar)."""
    from endorse_cli.engine.cohort import ALL, summarize
    from endorse_cli.pack.discover import find_records

    view = _best_fit_view(pack, on, detail) if target == ALL else _category_view(pack, target, on, detail)
    files = find_records(paths)
    outcomes = []
    for done, path in enumerate(files, start=1):
        outcomes.append(_cohort_outcome(pack, path, on, view))
        if step is not None:
            step(done, len(files))
    return summarize(pack, target, on, outcomes, detail)


# A cohort view turns one readable record (and its file label) into its outcome; a renewal view
# would be one more of these, with its own summary.
CohortView = Callable[["Record", str], "Outcome"]


def _cohort_outcome(pack: Pack, path: Path, on: date, view: CohortView) -> Outcome:
    from endorse_cli.engine.cohort import unreadable

    try:
        record = load_record(path, pack, on)
    except RecordError as exc:
        return unreadable(str(path), str(exc))
    return view(record, str(path))


def _category_view(pack: Pack, target: str, on: date, detail: bool) -> CohortView:
    from endorse_cli.engine.cohort import read

    return lambda record, label: read(label, gap(pack, record, target, on), detail)


def _best_fit_view(pack: Pack, on: date, detail: bool) -> CohortView:
    """Each person against the category the what-if ranking puts first among those not yet held."""
    from endorse_cli.engine.cohort import read

    def view(record: Record, label: str) -> Outcome:
        rows = whatif(pack, record, on).categories
        best = next((row for row in rows if not row.held), rows[0])
        return read(label, gap(pack, record, best.target, on), detail, best.blocker)

    return view
