"""The portfolio appendix: the record's logs entry by entry, counted by the requirement checks
themselves.

Each log comes from the function its requirement uses (`unique_trainings`, `part_days`, `sort_hours`
and `rsc_window`), so an entry's share and the report's figure cannot disagree; the areas an entry
credits are read from the gap report's evidence."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from endorse_cli.engine.asof import as_of_view
from endorse_cli.engine.associations import associations_of
from endorse_cli.engine.periods import DAYS_PER_YEAR
from endorse_cli.engine.requirements.common import Context, in_force
from endorse_cli.engine.requirements.rsc import Sorted, month_name, rsc_window, sort_hours
from endorse_cli.engine.requirements.training import unique_trainings
from endorse_cli.engine.requirements.work import part_days, work_years
from endorse_cli.models.category import ReferenceRule, RscRule, TrainingRule, WorkRule
from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record, Supervision
from endorse_cli.results.gap import GapReport
from endorse_cli.results.portfolio import (
    Appendix,
    CourseLine,
    ReferenceLine,
    RscLine,
    Total,
    TrainingLine,
    WorkLine,
)
from endorse_cli.vocab import exact, shown


def build_appendix(pack: Pack, record: Record, report: GapReport) -> Appendix:
    """The logs behind `report` (the gap report of `record`), as of the report's date."""
    category = pack.categories[report.target]
    record, _notes = as_of_view(record, report.as_of)
    ctx = Context(record, category, report.as_of, tuple(associations_of(pack, record)))
    credits = _credits(report)
    rules = category.requirements
    parts: dict[str, object] = {"courses": _courses(pack, record, credits)}
    if (training := in_force(rules.training_hours, report.as_of)) is not None:
        parts |= _trainings(training, ctx, credits)
    if (work := in_force(rules.work_experience, report.as_of)) is not None:
        parts |= _work(work, ctx)
    if (rsc := in_force(rules.reflective_supervision, report.as_of)) is not None:
        parts |= _rsc(rsc, ctx)
    if (refs := in_force(rules.references, report.as_of)) is not None:
        parts |= _references(refs, record)
    return Appendix.model_validate(parts)


def _credits(report: GapReport) -> dict[str, list[str]]:
    """Evidence source (e.g. `training:<title>`, `erikson:I370`) -> names of the areas it
    credits."""
    found: dict[str, list[str]] = {}
    for area in report.competencies:
        for piece in area.evidence:
            found.setdefault(piece.source, []).append(area.name)
    return found


def _trainings(
    rule: TrainingRule, ctx: Context, credits: dict[str, list[str]]
) -> dict[str, object]:
    counted = {id(t) for t in unique_trainings(ctx.record, ctx.as_of)}
    total, lines = Fraction(0), []
    for t in sorted(ctx.record.trainings, key=lambda t: t.date):
        total += exact(t.hours) if id(t) in counted else 0
        areas = credits.get(f"training:{t.title}", [])
        line = TrainingLine(
            date=t.date,
            title=t.title,
            hours=shown(t.hours),
            counted=id(t) in counted,
            running_total=shown(total),
            areas=areas,
            topics=list(t.topics),
            planned=t.planned,
        )
        lines.append(line)
    return {
        "trainings": lines,
        "training_total": Total(have=shown(total), required=shown(rule.minimum), unit="hours"),
    }


def _courses(pack: Pack, record: Record, credits: dict[str, list[str]]) -> list[CourseLine]:
    lines = []
    for course in sorted(record.courses, key=lambda c: c.completed):
        xw = pack.find_crosswalk(course.crosswalk) if course.crosswalk else None
        found = xw.find_course(course.course) if xw and course.course else None
        if xw and found:
            code, title = f"{xw.id}:{found.id}", found.title
        else:
            code, title = None, course.title or f"{course.crosswalk} {course.course}"
        areas = credits.get(code or f"course:{title}", [])
        lines.append(
            CourseLine(
                completed=course.completed,
                code=code,
                title=title,
                areas=areas,
                planned=course.planned,
            )
        )
    return lines + _programs(pack, lines, credits)


def _programs(
    pack: Pack, courses: list[CourseLine], credits: dict[str, list[str]]
) -> list[CourseLine]:
    """A whole program completed credits its summary too: one line, dated by its last course."""
    found = []
    for xw_id in sorted({c.code.partition(":")[0] for c in courses if c.code}):
        areas = credits.get(f"{xw_id}:program", [])
        if areas:
            last = max(c.completed for c in courses if c.code and c.code.startswith(f"{xw_id}:"))
            name = f"{pack.course_crosswalks[xw_id].name} (all courses)"
            found.append(
                CourseLine(completed=last, code=f"{xw_id}:program", title=name, areas=areas)
            )
    return found


def _work(rule: WorkRule, ctx: Context) -> dict[str, object]:
    counts = [(part, part_days(part, ctx)) for part in rule.parts]
    lines = [
        WorkLine(
            part=part.label,
            role=job.job.role,
            start=job.job.start,
            end=job.job.end,
            ages=job.job.ages,
            kind=job.job.kind,
            months=shown(Fraction(job.days * 12, DAYS_PER_YEAR)),
            why_not=job.why,
        )
        for part, count in counts
        for job in count.jobs
    ]
    required = sum((Fraction(str(part.years)) for part in rule.parts), Fraction(0))
    total = Total(have=shown(work_years(counts)), required=shown(required), unit="years")
    return {"work": lines, "work_parts": [part.label for part in rule.parts], "work_total": total}


def _rsc(rule: RscRule, ctx: Context) -> dict[str, object]:
    found = sort_hours(rule, ctx)
    window = rsc_window(rule, found)
    first, last = (window.first, window.last) if window else (1, 0)
    lines = [_rsc_line(entry, one, lambda m: first <= m <= last) for entry, one in found.entries]
    have = window.hours if window else Fraction(0)
    span = f"{month_name(first)} to {month_name(last)}" if window and window.hours else ""
    total = Total(have=shown(have), required=shown(rule.hours), unit="hours")
    return {"rsc": lines, "rsc_window": span, "rsc_total": total}


def _rsc_line(entry: Supervision, one: Sorted, inside: Callable[[int], bool]) -> RscLine:
    within = sum((h for m, h in one.months.items() if inside(m)), Fraction(0))
    outside = sum(one.months.values(), Fraction(0)) - within
    return RscLine(
        provider=entry.provider,
        endorsement=entry.provider_endorsement,
        format=entry.format,
        start=entry.start,
        end=entry.end,
        hours=shown(entry.hours),
        in_window=shown(within),
        outside_window=shown(outside),
        left_out=[f"{shown(h)} hours {why}" for why, h in one.excluded.items() if h > 0],
        planned=entry.planned,
    )


def _references(rule: ReferenceRule, record: Record) -> dict[str, object]:
    kept = {r.name.casefold(): r for r in record.references}
    lines = [
        ReferenceLine(
            name=r.name,
            role=r.role,
            endorsement=r.endorsement,
            vetted=r.vetted,
            counted=kept[r.name.casefold()] is r,
        )
        for r in record.references
    ]
    return {
        "references": lines,
        "references_total": Total(have=len(kept), required=rule.count, unit="references"),
    }
