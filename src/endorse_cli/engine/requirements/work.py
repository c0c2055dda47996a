"""Specialized work experience: qualifying periods counted once, after the degree the category
requires, with a graduate internship standing in for at most its cap."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from endorse_cli.engine.periods import DAYS_PER_YEAR, ONE_DAY, shares, subtract
from endorse_cli.engine.requirements.common import Context, of, result
from endorse_cli.engine.requirements.degrees import any_dated, completed
from endorse_cli.models.category import WorkPart, WorkRule
from endorse_cli.models.record import Work
from endorse_cli.results.gap import RequirementResult
from endorse_cli.vocab import AGE_WORDS, CONFIRM, LEVEL_NAMES, RequirementId, Status, grade, shown

Period = tuple[date, date]


@dataclass(frozen=True)
class JobCount:
    """One job for one work part: the days it adds (overlaps count once, for the earlier job) and
    why the job, or part of it, was left out ('' when all of it counts)."""

    job: Work
    days: int
    why: str


@dataclass
class PartCount:
    """Days counted for one work part, and why other entries (or parts of them) were left out."""

    days: int = 0
    internship_days: int = 0
    excluded: list[str] = field(default_factory=list)
    trusted_flag: bool = False
    families: int | None = None
    jobs: list[JobCount] = field(default_factory=list)
    whys: dict[int, str] = field(default_factory=dict)

    def leave_out(self, job: Work, why: str) -> None:
        """Note that `job` (or a part of it) does not count, and why."""
        self.excluded.append(f"{job.role} ({why})")
        self.whys[id(job)] = why


def _reasons(part: WorkPart, job: Work) -> list[str]:
    """Why `job` does not meet the part's conditions, dates aside (empty when it does)."""
    reasons = []
    if job.ages not in part.ages:
        reasons.append(f"with {AGE_WORDS[job.ages]}")
    if part.with_caregivers and not job.with_caregivers:
        reasons.append("not with child and caregiver together")
    if job.kind not in part.kinds:
        reasons.append(f"{job.kind} work")
    if not job.internship and part.paid and not job.paid:
        reasons.append("not paid")
    if job.internship:
        reasons += _internship_reasons(part, job)
    return reasons


def _internship_reasons(part: WorkPart, job: Work) -> list[str]:
    if part.internship is None:
        return ["internships do not count for this category"]
    if job.supervisor_endorsement not in part.internship.supervisor_endorsements:
        return [f"internship supervisor holds {job.supervisor_endorsement or 'no endorsement'}"]
    return []


def _clip(job: Work, lo: date, hi: date) -> Period | None:
    start, end = max(job.start, lo), min(job.end or hi, hi)
    return (start, end) if start <= end else None


def _dated_part(part: WorkPart, job: Work, ctx: Context, count: PartCount) -> Period | None:
    """The part of `job` inside the dates the part allows, noting what was cut and why."""
    whole = _clip(job, date.min, ctx.as_of)
    level = part.after_level
    if whole is None or not part.postgraduate or level is None:
        return whole
    degree = completed(ctx.record, level)
    if job.internship:  # a graduate internship: during the program, before the degree
        kept = whole if degree is None else _clip(job, date.min, min(degree, ctx.as_of))
        if kept != whole:
            count.leave_out(job, f"{'after' if kept is None else 'partly after'} the degree")
        return kept
    if degree is None:
        return _undated(part, job, ctx, count, whole)
    kept = _clip(job, degree + ONE_DAY, ctx.as_of)
    if kept != whole:
        when = "before" if kept is None else "the part before"
        count.leave_out(job, f"{when} the {LEVEL_NAMES[level]}, completed {degree}")
    return kept


def _undated(
    part: WorkPart, job: Work, ctx: Context, count: PartCount, whole: Period
) -> Period | None:
    """No dated degree at the level: read the record's own `postgraduate` flag, or leave the job
    out."""
    level = part.after_level
    assert level is not None
    dated = any_dated(ctx.record)
    if not dated and job.postgraduate:
        count.trusted_flag = True
        return whole
    why = (
        f"no {LEVEL_NAMES[level]} dated in the record"
        if dated
        else "not marked postgraduate, no dated degree"
    )
    count.leave_out(job, why)
    return None


def part_days(part: WorkPart, ctx: Context) -> PartCount:
    """Days of work meeting the part: overlapping jobs once, internship up to its cap; each job's
    share."""
    count = PartCount()
    jobs: list[tuple[Work, Period]] = []
    interns: list[tuple[Work, Period]] = []
    for job in ctx.record.work:
        reasons = _reasons(part, job)
        if reasons:
            count.leave_out(job, ", ".join(reasons))
        elif (period := _dated_part(part, job, ctx, count)) is not None:
            (interns if job.internship else jobs).append((job, period))
            if job.families is not None:
                count.families = (count.families or 0) + job.families
    credited = dict(zip((id(j) for j, _ in jobs), shares([p for _, p in jobs]), strict=True))
    if interns and part.internship:
        credited |= _internship_shares(part, interns, [p for _, p in jobs])
    count.internship_days = sum(credited.get(id(j), 0) for j, _ in interns)
    count.days = sum(credited.values())
    count.jobs = [
        JobCount(job, credited.get(id(job), 0), count.whys.get(id(job), ""))
        for job in ctx.record.work
    ]
    return count


def _internship_shares(
    part: WorkPart, interns: list[tuple[Work, Period]], jobs: list[Period]
) -> dict[int, int]:
    """Days each internship adds beyond the jobs, in date order, until the cap is reached."""
    assert part.internship is not None
    pieces = [(id(job), piece) for job, period in interns for piece in subtract([period], jobs)]
    left = round(part.internship.max_years * DAYS_PER_YEAR)
    found: dict[int, int] = {id(job): 0 for job, _ in interns}
    for (key, _piece), extra in sorted(
        zip(pieces, shares([p for _, p in pieces]), strict=True), key=lambda x: x[0][1]
    ):
        found[key] += min(extra, left)
        left -= min(extra, left)
    return found


def _needed(rule: WorkRule) -> str:
    """'2 years of paid work with infants ...; 1 year of ...'."""
    return "; ".join(
        f"{shown(Fraction(str(p.years)))} {'year' if p.years == 1 else 'years'} of {p.label}"
        for p in rule.parts
    )


def check_work(rule: WorkRule, ctx: Context) -> RequirementResult:
    """Every part of the rule met by qualifying, non-overlapping periods."""
    counts = [(part, part_days(part, ctx)) for part in rule.parts]
    required = sum((Fraction(str(part.years)) for part in rule.parts), Fraction(0))
    years = [Fraction(c.days, DAYS_PER_YEAR) for _, c in counts]
    have = work_years(counts)
    statuses = [
        _families(grade(y, Fraction(str(p.years))), p, c)
        for y, (p, c) in zip(years, counts, strict=True)
    ]
    status: Status = (
        "met" if all(s == "met" for s in statuses) else ("partial" if have > 0 else "missing")
    )
    detail = "; ".join(_describe(part, c) for part, c in counts)
    trusted = any(c.trusted_flag for _, c in counts)
    if trusted:
        detail += (
            "; counted as postgraduate because the record says so (no dated degree). "
            f"{CONFIRM.rstrip('.')}"
        )
    progress = "; ".join(
        of(y, Fraction(str(p.years)), f"years of {p.label}")
        for y, (p, _) in zip(years, counts, strict=True)
    )
    if have > 0:
        action = f"Keep going: {progress}."
    elif not ctx.record.work:
        action = f"Add your jobs under work: in the record (needed: {_needed(rule)})."
    else:
        action = (
            f"None of the work in the record counts yet (see the detail); needed: {_needed(rule)}."
        )
    amounts = (shown(required), shown(have), "years")
    return result(
        RequirementId.work_experience, rule, status, detail + ".", amounts, action, confirm=trusted
    )


def work_years(counts: list[tuple[WorkPart, PartCount]]) -> Fraction:
    """One part: the years found; several: progress, each part capped at what it needs."""
    years = [Fraction(c.days, DAYS_PER_YEAR) for _, c in counts]
    if len(counts) == 1:
        return years[0]
    return sum(
        (min(y, Fraction(str(p.years))) for y, (p, _) in zip(years, counts, strict=True)),
        Fraction(0),
    )


def _families(status: Status, part: WorkPart, count: PartCount) -> Status:
    """Years reached but fewer families served than the part asks: partial (unknown: left as it
    is)."""
    short = (
        part.min_families is not None
        and count.families is not None
        and count.families < part.min_families
    )
    return "partial" if status == "met" and short else status


def _families_text(part: WorkPart, count: PartCount) -> str:
    if part.min_families is None:
        return ""
    if count.families is None:
        return (
            f"; families served: not given (at least {part.min_families}: add families: to the "
            "job, or confirm)"
        )
    return (
        f"; families served: {count.families} ({part.min_families} needed)"
        if count.families >= part.min_families
        else (f"; families served: {count.families} of {part.min_families}")
    )


def _describe(part: WorkPart, count: PartCount) -> str:
    text = (
        f"{of(Fraction(count.days, DAYS_PER_YEAR), Fraction(str(part.years)), 'years')} of "
        f"{part.label}"
    )
    if count.internship_days:
        text += (
            f" (incl. {shown(Fraction(count.internship_days, DAYS_PER_YEAR))} year of graduate "
            "internship)"
        )
    text += _families_text(part, count)
    if count.excluded:
        text += f"; not counted: {', '.join(count.excluded)}"
    return text
