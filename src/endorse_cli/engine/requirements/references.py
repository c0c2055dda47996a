"""Reference ratings: count, required roles, endorsed raters."""

from __future__ import annotations

from endorse_cli.engine.requirements.common import listing, result
from endorse_cli.models.category import ReferenceRule
from endorse_cli.models.record import Record
from endorse_cli.results.gap import RequirementResult
from endorse_cli.vocab import Status


def check_references(rule: ReferenceRule, record: Record) -> RequirementResult:
    """Count, required roles and endorsed raters."""
    refs = list({r.name.casefold(): r for r in record.references}.values())
    gaps = []
    roles = {r.role for r in refs}
    missing_roles = [role.replace("_", " ") for role in rule.roles if role not in roles]
    if missing_roles:
        gaps.append(f"no rater with the role {listing(missing_roles, 'and')}")
    endorsed = [r for r in refs if r.endorsement in rule.endorsed_categories]
    if len(endorsed) < rule.endorsed_min:
        gaps.append(
            f"{rule.endorsed_min} rater(s) must be endorsed as {listing(rule.endorsed_categories)} "
            f"({len(endorsed)} so far)"
        )
    detail = f"{len(refs)} of {rule.count} reference ratings"
    if len(record.references) > len(refs):
        detail += " (the same rater listed twice counts once)"
    detail += "; " + "; ".join(gaps) if gaps else ""
    status: Status = "met" if len(refs) >= rule.count and not gaps else ("partial" if refs else "missing")
    return result("references", rule, status, detail + ".", rule.count, len(refs), "references")
