"""The library: everything the commands do, callable from a script without the CLI.

from endorse_cli import api
pack = api.load_pack()
record = api.load_record(Path("me.yaml"), pack)
report = api.gap(pack, record, "IMHS", date.today())
cohort = api.cohort(pack, [Path("records")], "IMHS", date.today())
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from endorse_cli.errors import DataError, Problem, RecordError, UsageError

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
    from endorse_cli.results.renewal import RenewalHistory, RenewalReport
    from endorse_cli.results.whatif import WhatIfReport

if TYPE_CHECKING:
    from endorse_cli.results.checks import PackCheck, ProblemRow, RecordChecks, RecordStatus
    from endorse_cli.results.starter import StarterDegree, StarterRecord


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


def validate_pack(data_dir: Path | None = None) -> PackCheck:
    """Read and check a data pack afresh: valid with its counts, or every problem (file, line, field, fix)."""
    from endorse_cli.resources import choose_data_dir
    from endorse_cli.results.checks import PackCheck

    root = choose_data_dir(data_dir)
    try:
        pack = check_pack(root)
    except DataError as exc:
        return PackCheck(valid=False, data_dir=str(root), problems=_rows(exc, str(root)))
    summary = pack_summary(pack)
    return PackCheck(valid=True, **summary.model_dump())


def check_records(pack: Pack, paths: list[Path]) -> RecordChecks:
    """Read each record as `gap` would (no report): which are valid, and every problem of the others."""
    from endorse_cli.results.checks import RecordChecks

    statuses = [_check_record(pack, path) for path in paths]
    invalid = [s for s in statuses if not s.valid]
    return RecordChecks(
        valid=not invalid,
        checked=len(statuses),
        invalid=len(invalid),
        problems=[row for s in invalid for row in s.problems],
        records=statuses,
    )


def _check_record(pack: Pack, path: Path) -> RecordStatus:
    from endorse_cli.results.checks import RecordStatus

    try:
        record = load_record(path, pack)
    except RecordError as exc:
        return RecordStatus(file=str(path), valid=False, message=exc.message, problems=_rows(exc, str(path)))
    return RecordStatus(file=str(path), valid=True, name=record.name)


def _rows(exc: DataError | RecordError, file: str) -> list[ProblemRow]:
    """The error's problems as rows; an error without any becomes one row naming `file`."""
    from endorse_cli.results.checks import ProblemRow

    problems = exc.problems or [Problem(file, exc.message)]
    return [ProblemRow(file=p.file, line=p.line, field=p.field, message=p.message, fix=p.fix) for p in problems]


def load_record(path: Path, pack: Pack, today: date | None = None) -> Record:
    """A training record checked against the pack; RecordError lists every problem (a date after
    `today`, default the clock's, is one; entries after a past report date are left out by reports)."""
    from endorse_cli.pack.record import load_record as load

    return load(path, pack, today)


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


MAX_YEARS = 10


def renew(
    pack: Pack, record: Record, on: date, year: int | None = None, category: str | None = None, label: str = "record"
) -> RenewalReport:
    """The renewal check of `year` (default: the year of `on`) for each endorsement held, or `category` (an id)."""
    from endorse_cli.engine.renewal import check_renewals

    year = on.year if year is None else year
    return check_renewals(pack, record, year, on, _renewal_scope(pack, record, category, [year], on, label))


def renew_history(
    pack: Pack, record: Record, on: date, first: int, last: int, category: str | None = None, label: str = "record"
) -> RenewalHistory:
    """The renewal checks of the years `first` to `last` side by side (`--years 2023-2025`)."""
    from endorse_cli.engine.renewal import renewal_history

    if first > last:
        raise UsageError(
            f"--years {first}-{last}: the first year is after the last. Fix: write --years {last}-{first}."
        )
    if last - first + 1 > MAX_YEARS:
        raise UsageError(f"--years {first}-{last}: at most {MAX_YEARS} years at once. Fix: ask for a shorter span.")
    years = list(range(first, last + 1))
    return renewal_history(pack, record, years, on, _renewal_scope(pack, record, category, years, on, label))


def renewal_ready(report: RenewalReport | RenewalHistory) -> bool:
    """Whether every renewal in the report (every year of a history) is ready."""
    from endorse_cli.results.renewal import RenewalHistory

    reports = report.reports if isinstance(report, RenewalHistory) else [report]
    return all(r.ready for rep in reports for r in rep.renewals)


def _renewal_scope(
    pack: Pack, record: Record, category: str | None, years: list[int], on: date, label: str
) -> list[str]:
    """The category ids to renew; UsageError when the record, --category or a year cannot be renewed."""
    from endorse_cli.engine.renewal import held, held_in, rule_for

    endorsements = held(record)
    if not endorsements:
        raise UsageError(f"{label}: renewal is for endorsed professionals; add `endorsements:` or use `endorse gap`.")
    ids = [e.category for e in endorsements]
    if category is not None and category not in ids:
        raise UsageError(
            f"{label} holds no {category} endorsement (it holds {', '.join(ids)}). "
            f"Fix: use --category {ids[0]}, or leave --category out."
        )
    chosen = [e for e in endorsements if category is None or e.category == category]
    for y in years:
        _check_year(y, on)
        for e in chosen:
            if held_in(e, y) and rule_for(pack.categories[e.category], y) is None:
                raise UsageError(
                    f"the data pack has no renewal rule for {e.category} in {y}. "
                    f"Fix: add one under renewal: in categories/{e.category}.yaml, or use another --data-dir."
                )
    if not any(held_in(e, y) for e in chosen for y in years):
        earned = ", ".join(f"{e.category} earned {e.earned}" for e in chosen)
        span = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
        raise UsageError(f"{label}: no endorsement was held in {span} ({earned}). Fix: ask for a later year.")
    return [e.category for e in chosen]


def _check_year(year: int, on: date) -> None:
    if year > on.year:
        raise UsageError(
            f"the renewal year {year} is after the report date {on}. "
            f"Fix: pass an earlier year, or --as-of a date in {year}."
        )
    if year < 1900:
        raise UsageError(f"the renewal year {year} is out of range. Fix: pass a year such as {on.year}.")


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


def explain(
    pack: Pack,
    area: str,
    asked: str,
    record: Record | None = None,
    target: str | None = None,
    on: date | None = None,
) -> AreaExplanation:
    """An area's place in the Guidelines and every crosswalk row that credits it; with a record, also its
    status, evidence and what would raise it, for `target` (default: the best-fitting category needing it)."""
    from endorse_cli.engine.explain import explain_area, explain_for_record

    base = explain_area(pack, area, asked)
    if record is None:
        return base
    day = on or date.today()
    chosen = target or _best_needing(pack, record, area, day)
    return explain_for_record(base, pack, gap(pack, record, chosen, day), chosen=target is None)


def _best_needing(pack: Pack, record: Record, area: str, on: date) -> str:
    """The closest category to applying that requires `area` and is not held yet (what-if order)."""
    rows = whatif(pack, record, on).categories
    needing = [r for r in rows if pack.areas[area].required_for.get(r.target, "not_required") != "not_required"]
    for candidates in ([r for r in needing if not r.held], needing, rows):
        if candidates:
            return candidates[0].target
    return next(iter(pack.categories))


def record_schema(pack: Pack) -> dict[str, Any]:
    """The JSON Schema of the training record, with this pack's categories, areas and courses as choices."""
    from endorse_cli.pack.schema import record_schema as build

    return build(pack)


def starter_record(
    pack: Pack,
    file_name: str,
    schema_path: str,
    *,
    name: str | None = None,
    association: str | None = None,
    target: str | None = None,
    education: list[StarterDegree] | None = None,
) -> StarterRecord:
    """What `endorse init` writes: the answers given, and examples that use this pack's ids."""
    from endorse_cli.engine.starter import starter_record as build

    return build(pack, file_name, schema_path, name=name, association=association, target=target, education=education)


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
        record = load_record(path, pack)
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
