"""The wording of a plan that every format shares (table, Markdown, HTML): dates, amounts, summary
lines."""

from __future__ import annotations

from endorse_cli.results.plan import Pick, PlanReport

_MEASURE = {
    "hours": "the fewest clock hours",
    "cost": "the lowest cost",
    "count": "the fewest offerings",
}


def amount(value: float | None) -> str:
    """6 -> '6', 1.5 -> '1.5', None -> '—'."""
    return "—" if value is None else f"{value:g}"


def when(pick: Pick) -> str:
    """'2027-01-15', '2027-02-04 to 2027-02-05', or 'any time (self-paced)'."""
    if pick.date is None:
        return "any time (self-paced)"
    if pick.start is not None and pick.start != pick.date:
        return f"{pick.start} to {pick.date}"
    return str(pick.date)


def cost(pick: Pick) -> str:
    """'95 USD', '0', or 'not given'."""
    if pick.cost is None:
        return "not given"
    return f"{amount(pick.cost)} {pick.currency}" if pick.currency else amount(pick.cost)


def headline(report: PlanReport) -> str:
    """'Plan for Maya Thompson toward IFS Infant Family Specialist, ready by 2027-06-30'."""
    return (
        f"Plan for {report.person} toward {report.target} {report.target_name}, ready by "
        f"{report.by}"
    )


def objective_line(report: PlanReport) -> str:
    """How the plan was chosen, in one sentence."""
    line = (
        f"Chosen exactly from {report.offerings_considered} usable offerings "
        f"({', '.join(report.catalogs)}): the most areas met, then the fewest missing, then the "
        f"most requirements met, at {_MEASURE[report.objective]}"
    )
    if report.budget is not None:
        line += f", within a budget of {amount(report.budget)} {_unit(report.budget_measure)}"
    return (
        line + f". Judged on {report.as_of}; only sessions that start then or later and end by "
        f"{report.by}."
    )


def _unit(measure: str | None) -> str:
    return "clock hours" if measure == "hours" else "in cost"


def picks_title(report: PlanReport) -> str:
    """'The plan: 7 offerings'."""
    return f"The plan: {report.totals.count} offering{'' if report.totals.count == 1 else 's'}"


def totals_line(report: PlanReport) -> str:
    """'In all: 34 clock hours, 565 in cost, 7 offerings'."""
    if not report.picks:
        return "No offering is needed or none helps: " + (
            "every gap the catalogs could close is closed."
            if report.closes_every_gap
            else "see what stays open below."
        )
    unknown = report.totals.cost_unknown
    extra = f" (and {unknown} whose cost is not given)" if unknown else ""
    if unknown == report.totals.count:
        return (
            f"In all: {amount(report.totals.hours)} clock hours, {report.totals.count} offerings; "
            "no cost given."
        )
    currencies = {p.currency for p in report.picks if p.cost is not None}
    unit = f" {currencies.pop()}" if len(currencies) == 1 and None not in currencies else " in cost"
    return (
        f"In all: {amount(report.totals.hours)} clock hours, "
        f"{amount(report.totals.cost)}{unit}{extra}, {report.totals.count} "
        f"offering{'' if report.totals.count == 1 else 's'}."
    )


def after_line(report: PlanReport) -> str:
    """The standing after the plan, against the standing now."""
    a, b = report.after, report.before
    ready = "ready to apply" if a.ready else "not yet ready to apply"
    return (
        f"After the plan: {a.met} areas met (now {b.met}), {a.partial} partial, {a.missing} "
        f"missing; {a.requirements_met} of {a.requirements_total} requirements for applying met "
        f"(now {b.requirements_met}); {ready}."
    )


def left_out_lines(report: PlanReport) -> list[str]:
    """One line per offering the budget could not weigh (no cost given)."""
    return [
        f"Left out: {row.title} ({row.catalog}:{row.offering}): {row.why}."
        for row in report.left_out
    ]


def verdict(report: PlanReport) -> str:
    """In plain words: does the plan close every gap offerings can close, and if not, how many stay
    open."""
    if report.closes_every_gap:
        return "This plan meets every required area and reaches the training hours."
    hours = [s for s in report.other_steps if s.requirement == "training_hours"]
    parts = []
    if report.uncovered:
        n = len(report.uncovered)
        parts.append(f"{n} area{' stays' if n == 1 else 's stay'} below met")
    if hours:
        parts.append("the training hours stay short")
    return f"The catalogs cannot close every gap: {' and '.join(parts)} (see below)."
