"""Education: a degree at an accepted level, or (where allowed) years of work instead."""

from __future__ import annotations

from endorse_cli.engine.requirements.common import Context, listing, result
from endorse_cli.engine.requirements.degrees import top_level
from endorse_cli.engine.requirements.work import part_days
from endorse_cli.models.category import EducationRule, WorkPart
from endorse_cli.results.gap import RequirementResult
from endorse_cli.vocab import (
    CONFIRM,
    LEVEL_NAMES,
    LEVEL_ORDER,
    LICENSE_WORDS,
    WORK_KINDS,
    RequirementId,
    a_or_an,
    shown,
)


def check_education(rule: EducationRule, ctx: Context) -> RequirementResult:
    """A degree at an accepted level, or (where allowed) years of qualifying work instead."""
    accepted = listing([LEVEL_NAMES[lv] for lv in rule.levels])
    held = [e for e in ctx.record.education if e.level in rule.levels]
    top = top_level(ctx.record)
    have = LEVEL_NAMES[top] if top else None
    amounts = (accepted, have, None)
    if held:
        best = max(held, key=lambda e: LEVEL_ORDER.index(e.level))
        detail = f"Has {a_or_an(LEVEL_NAMES[best.level])} ({best.degree}); accepted: {accepted}."
        undated = all(e.completed is None for e in held)
        if undated:
            detail += (
                " Add its completion date: work and supervision count only after it. Confirm it "
                "is completed."
            )
        return result(RequirementId.education, rule, "met", detail, amounts, confirm=undated)
    detail = f"Needs {a_or_an(accepted)}; the record has {a_or_an(have) if have else 'no degree'}."
    action = f"Complete {a_or_an(LEVEL_NAMES[rule.levels[0]])} (accepted: {accepted})."
    if rule.licenses:
        licensed, said = _license_route(rule, ctx)
        if licensed:
            return result(
                RequirementId.education,
                rule,
                "met",
                said,
                (accepted, have, None),
                confirm=rule.licenses_unconfirmed,
            )
        detail += said
    if rule.alternative_work_years:
        years = _work_route_years(rule, ctx)
        need = rule.alternative_work_years
        if years >= need:
            detail = (
                f"No accepted degree, but {shown(years)} years of paid work with this age group "
                "stand in."
            )
            return result(RequirementId.education, rule, "met", detail, amounts)
        detail += (
            f" Instead, {shown(need)} years of paid work with this age group also count "
            f"({shown(years)} so far)."
        )
        degree = a_or_an(LEVEL_NAMES[rule.levels[0]])
        action = (
            f"Complete {degree}, or reach {shown(need)} years of paid work with this age group."
        )
    return result(RequirementId.education, rule, "missing", detail, amounts, action)


def _work_route_years(rule: EducationRule, ctx: Context) -> float:
    part = WorkPart(
        label="paid work with this age group",
        years=rule.alternative_work_years or 0,
        paid=True,
        ages=rule.alternative_work_ages,
        kinds=list(WORK_KINDS),
    )
    return part_days(part, ctx).days / 365


def _license_route(rule: EducationRule, ctx: Context) -> tuple[bool, str]:
    """(met, words): a current license of an accepted kind stands in for the degree; an expired one
    does not."""
    kinds = [lic for lic in ctx.record.licenses if lic.kind in rule.licenses]
    current = [lic for lic in kinds if lic.current_on(ctx.as_of)]
    unsure = f" {CONFIRM}" if rule.licenses_unconfirmed else ""
    if current:
        lic = current[0]
        name = lic.title or LICENSE_WORDS[lic.kind]
        until = f", current until {lic.expires}" if lic.expires else ""
        return (
            True,
            f"No accepted degree, but a {LICENSE_WORDS[lic.kind]} license ({name}{until}) stands "
            f"in.{unsure}",
        )
    words = listing([LICENSE_WORDS[k] for k in rule.licenses])
    said = f" A current {words} license is also accepted instead.{unsure}"
    expired = [lic for lic in kinds if lic.expires and lic.expires < ctx.as_of]
    if expired:
        said += (
            f" The {expired[0].title or 'license'} expired on {expired[0].expires}: it does not "
            "count."
        )
    return False, said
