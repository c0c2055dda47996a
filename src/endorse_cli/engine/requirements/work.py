"""Specialized work experience: qualifying periods counted once, internship capped."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from endorse_cli.engine.periods import DAYS_PER_YEAR, days, subtract
from endorse_cli.engine.requirements.common import grade, num, of, result
from endorse_cli.models.category import WorkPart, WorkRule
from endorse_cli.models.record import Record, Work
from endorse_cli.results.gap import RequirementResult
from endorse_cli.vocab import Status


@dataclass
class PartCount:
    """Days counted for one work part, and why other entries were left out."""

    days: int = 0
    internship_days: int = 0
    excluded: list[str] = field(default_factory=list)


def _period(job: Work, as_of: date) -> tuple[date, date]:
    return job.start, min(job.end or as_of, as_of)


def _reasons(part: WorkPart, job: Work) -> list[str]:
    """Why `job` does not meet the part's conditions (empty when it does)."""
    reasons = []
    if job.ages not in part.ages:
        reasons.append(f"ages {job.ages}")
    if part.with_caregivers and not job.with_caregivers:
        reasons.append("not with child and caregiver together")
    if job.kind not in part.kinds:
        reasons.append(f"kind {job.kind}")
    if not job.internship:
        if part.paid and not job.paid:
            reasons.append("not paid")
        if part.postgraduate and not job.postgraduate:
            reasons.append("not postgraduate")
    return reasons


def _internship_reasons(part: WorkPart, job: Work) -> list[str]:
    if part.internship is None:
        return ["internships do not count for this category"]
    if job.supervisor_endorsement not in part.internship.supervisor_endorsements:
        sup = job.supervisor_endorsement or "no endorsement"
        return [f"internship supervisor has {sup}"]
    return []


def qualifying_days(part: WorkPart, record: Record, as_of: date) -> PartCount:
    """Days of work meeting the part: overlapping jobs once, internship up to its cap."""
    count = PartCount()
    jobs: list[tuple[date, date]] = []
    interns: list[tuple[date, date]] = []
    for job in record.work:
        if job.start > as_of:
            continue
        reasons = _reasons(part, job) + (_internship_reasons(part, job) if job.internship else [])
        if reasons:
            count.excluded.append(f"{job.role} ({', '.join(reasons)})")
        else:
            (interns if job.internship else jobs).append(_period(job, as_of))
    count.days = days(jobs)
    if interns and part.internship:
        extra = days(subtract(interns, jobs))
        count.internship_days = min(extra, round(part.internship.max_years * DAYS_PER_YEAR))
        count.days += count.internship_days
    return count


def check_work(rule: WorkRule, record: Record, as_of: date) -> RequirementResult:
    """Every part of the rule met by qualifying, non-overlapping periods."""
    counts = [(part, qualifying_days(part, record, as_of)) for part in rule.parts]
    required = sum(part.years for part in rule.parts)
    # One part: the years found; several: progress, each part capped at what it needs.
    years = [c.days / DAYS_PER_YEAR for _, c in counts]
    have = years[0] if len(counts) == 1 else sum(min(y, p.years) for y, (p, _) in zip(years, counts, strict=True))
    statuses = [grade(c.days / DAYS_PER_YEAR, part.years) for part, c in counts]
    status: Status = "met" if all(s == "met" for s in statuses) else ("partial" if have > 0 else "missing")
    detail = "; ".join(_describe(part, c) for part, c in counts)
    return result("work_experience", rule, status, detail + ".", num(required), num(have), "years")


def _describe(part: WorkPart, count: PartCount) -> str:
    years = count.days / DAYS_PER_YEAR
    text = f"{of(years, part.years, 'years')} of {part.label}"
    if count.internship_days:
        text += f" (incl. {num(count.internship_days / DAYS_PER_YEAR)} year of internship)"
    if count.excluded:
        text += f"; not counted: {', '.join(count.excluded)}"
    return text
