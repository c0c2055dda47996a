"""Reference ratings: count, required roles, endorsed raters."""

from __future__ import annotations

from collections.abc import Sequence

from endorse_cli.engine.requirements.common import Context, listing, result
from endorse_cli.models.category import ReferenceRule
from endorse_cli.models.record import Reference
from endorse_cli.results.gap import RequirementResult
from endorse_cli.vocab import RequirementId, Status

ROLE_WORDS = {
    "program_supervisor": "your current program supervisor",
    "rsc_provider": "your RSC provider",
}
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def check_references(rule: ReferenceRule, ctx: Context) -> RequirementResult:
    """Count, required roles and endorsed raters."""
    refs = list({r.name.casefold(): r for r in ctx.record.references}.values())
    roles = {r.role for r in refs}
    missing_roles = [role for role in rule.roles if role not in roles and role in ROLE_WORDS]
    endorsed = [r for r in refs if r.endorsement in rule.endorsed_categories]
    vetted = [r for r in refs if r.vetted and r not in endorsed] if rule.endorsed_min else []
    # Vetted raters the rule rests on.
    leaning = min(len(vetted), max(0, rule.endorsed_min - len(endorsed)))
    short_endorsed = max(0, rule.endorsed_min - len(endorsed) - len(vetted))
    gaps = []
    if missing_roles:
        gaps.append(f"no rating from {listing([ROLE_WORDS[r] for r in missing_roles], 'or')}")
    if short_endorsed:
        raters = "1 rater" if rule.endorsed_min == 1 else f"{rule.endorsed_min} raters"
        gaps.append(f"{raters} must be endorsed ({len(endorsed) + len(vetted)} so far)")
    detail = f"{len(refs)} of {rule.count} reference ratings"
    if len(ctx.record.references) > len(refs):
        detail += " (the same rater listed twice counts once)"
    detail += "; " + "; ".join(gaps) if gaps else ""
    if leaning:
        detail += (
            f"; {_vetted_words(vetted[:leaning])} counted as endorsed, vetted by the Endorsement "
            "coordinator"
        )
        detail += " (confirm with your association)"
    status: Status = (
        "met" if len(refs) >= rule.count and not gaps else ("partial" if refs else "missing")
    )
    amounts = (rule.count, len(refs), "references")
    action = _action(rule, refs, missing_roles, short_endorsed)
    found = result(
        RequirementId.references, rule, status, detail + ".", amounts, action, confirm=bool(leaning)
    )
    # What the counts do not say (a full set without an endorsed rater); with no rating yet, the
    # count says it all.
    short = [f"{len(refs)} of {rule.count} reference ratings"] if len(refs) < rule.count else []
    extra = [f"no rating from {ROLE_WORDS[r]}" for r in missing_roles]
    extra += (
        [f"no rater endorsed {_lowest(rule.endorsed_categories)} or higher"]
        if short_endorsed
        else []
    )
    if status == "met" or not refs or not extra:
        return found
    return found.model_copy(update={"shortfall": "; ".join(short + extra)})


def _vetted_words(vetted: Sequence[Reference]) -> str:
    on = [f"{r.name} (vetted {r.vetted_on})" if r.vetted_on else r.name for r in vetted]
    return listing(on, "and")


VET = (
    "or ask your association's Endorsement coordinator to vet one of your raters as meeting the "
    "endorsed-rater rule (then add vetted: true to that reference)"
)


def _action(
    rule: ReferenceRule, refs: Sequence[object], missing_roles: Sequence[str], short_endorsed: int
) -> str:
    lowest = _lowest(rule.endorsed_categories)
    count = "one" if rule.endorsed_min == 1 else str(rule.endorsed_min)
    endorsed_words = f"at least {count} endorsed {lowest} or higher ({VET})"
    if len(refs) < rule.count:
        who = ORDINALS.get(len(refs) + 1, "another")
        parts = [f"Ask a {who} rater" if refs else f"Ask {rule.count} raters"]
        if missing_roles:
            parts.append(f"including {listing([ROLE_WORDS[r] for r in missing_roles], 'and')}")
        if short_endorsed:
            parts.append(endorsed_words)
        return ", ".join(parts) + "."
    if missing_roles:
        also = f"; you also need {endorsed_words}" if short_endorsed else ""
        return (
            "Replace one rating with one from "
            f"{listing([ROLE_WORDS[r] for r in missing_roles], 'and')}{also}."
        )
    return f"Find a rater endorsed {lowest} or higher to replace one rating, {VET}."


def _lowest(categories: list[str]) -> str:
    return categories[0] if categories else "IFS"
