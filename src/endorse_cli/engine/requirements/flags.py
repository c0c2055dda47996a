"""Yes/no requirements: code of ethics signed, exam passed, membership current."""

from __future__ import annotations

from datetime import date

from endorse_cli.engine.requirements.common import result
from endorse_cli.models.category import FlagRule
from endorse_cli.models.record import Record
from endorse_cli.results.gap import RequirementResult


def check_flag(rid: str, rule: FlagRule, record: Record, as_of: date) -> RequirementResult:
    """Code of ethics signed, exam passed, membership current."""
    if rid == "membership":
        return _membership(rule, record, as_of)
    dates = record.ethics_dates() if rid == "code_of_ethics" else [record.exam_passed] if record.exam_passed else []
    done = max((d for d in dates if d <= as_of), default=None)
    what = "signed" if rid == "code_of_ethics" else "passed"
    if done and done <= as_of:
        return result(rid, rule, "met", f"{what.capitalize()} on {done}.", what, done.isoformat())
    return result(rid, rule, "missing", f"Not {what} yet.", what, None)


def _membership(rule: FlagRule, record: Record, as_of: date) -> RequirementResult:
    member = record.membership
    if member is None:
        return result("membership", rule, "missing", "No membership in the record.", "current", None)
    if member.expires < as_of:
        detail = f"{member.association} membership expired on {member.expires}; renew it."
        return result("membership", rule, "missing", detail, "current", f"expired {member.expires}")
    detail = f"{member.association} membership current until {member.expires}."
    return result("membership", rule, "met", detail, "current", f"until {member.expires}")
