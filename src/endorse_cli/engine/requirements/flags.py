"""Yes/no requirements: the code of ethics signed, the category's own exam passed, membership
current."""

from __future__ import annotations

from endorse_cli.engine.requirements.common import Context, result
from endorse_cli.models.category import FlagRule
from endorse_cli.results.gap import RequirementResult
from endorse_cli.vocab import RequirementId


def check_ethics(rule: FlagRule, ctx: Context) -> RequirementResult:
    """Signed on or before the report date."""
    signed = [d for d in ctx.record.ethics_dates() if d <= ctx.as_of]
    if signed:
        return result(
            RequirementId.code_of_ethics,
            rule,
            "met",
            f"Signed on {signed[-1]}.",
            ("signed", signed[-1].isoformat(), None),
        )
    action = "Sign the Code of Ethics and Endorsement Agreement (code_of_ethics_signed: DATE)."
    return result(
        RequirementId.code_of_ethics,
        rule,
        "missing",
        "Not signed yet.",
        ("signed", None, None),
        action,
    )


def check_exam(rule: FlagRule, ctx: Context) -> RequirementResult:
    """An exam passed for this very category; the older undated `exam_passed` never settles
    which."""
    cat = ctx.category.id
    passed = sorted(
        e.passed for e in ctx.record.exams if e.category == cat and e.passed <= ctx.as_of
    )
    required = f"{cat} exam"
    if passed:
        have = f"{cat} exam, {passed[-1]}"
        return result(
            RequirementId.exam,
            rule,
            "met",
            f"{cat} exam passed on {passed[-1]}.",
            (required, have, None),
        )
    later = (
        " You take it after your application is reviewed." if rule.stage == "after_review" else ""
    )
    action = f"Take the {cat} exam." if rule.stage == "after_review" else f"Pass the {cat} exam."
    if ctx.record.exam_passed:
        day = ctx.record.exam_passed
        detail = (
            f"Which exam? The record says an exam was passed on {day} but not which: each category "
            f"has its own. Write it as exams: [{{category: {cat}, passed: {day}}}] if it was the "
            f"{cat} exam."
        )
        return result(
            RequirementId.exam,
            rule,
            "partial",
            detail + later,
            (required, f"an exam, {day}", None),
            action,
        )
    others = sorted({e.category for e in ctx.record.exams})
    detail = "Not passed yet." + later
    if others:
        detail = (
            f"No {cat} exam yet: the {', '.join(others)} exam does not count for {cat}." + later
        )
    return result(RequirementId.exam, rule, "missing", detail, (required, None, None), action)


def check_membership(rule: FlagRule, ctx: Context) -> RequirementResult:
    """Current on the report date."""
    member = ctx.record.membership
    if member is None:
        action = (
            "Join an infant mental health association (membership: {association: ..., expires: "
            "...})."
        )
        return result(
            RequirementId.membership,
            rule,
            "missing",
            "No membership in the record.",
            ("current", None, None),
            action,
        )
    if member.expires < ctx.as_of:
        detail = f"{member.association} membership expired on {member.expires}."
        have = f"expired {member.expires}"
        action = f"Renew your {member.association} membership."
        return result(
            RequirementId.membership, rule, "missing", detail, ("current", have, None), action
        )
    detail = f"{member.association} membership current until {member.expires}."
    return result(
        RequirementId.membership, rule, "met", detail, ("current", f"until {member.expires}", None)
    )
