"""Markdown (and the jinja2 environment every template format shares), from templates/."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pydantic import BaseModel

import endorse_cli.inert as inert
from endorse_cli.render import plan_words
from endorse_cli.render.grid import heading
from endorse_cli.render.words import evidence_text, unit_for
from endorse_cli.resources import templates_root
from endorse_cli.results.cohort import CohortReport
from endorse_cli.results.cohort_renewal import RenewalCohortReport
from endorse_cli.results.common import Report
from endorse_cli.results.consultant import ConsultantReport
from endorse_cli.results.crosswalk import CoeView, CourseView, ProgramView
from endorse_cli.results.explain import AreaExplanation
from endorse_cli.results.gap import GapReport
from endorse_cli.results.listings import AreaList, CategoryList
from endorse_cli.results.plan import PlanReport
from endorse_cli.results.portfolio import Portfolio
from endorse_cli.results.renewal import RenewalHistory, RenewalReport
from endorse_cli.results.whatif import WhatIfReport
from endorse_cli.vocab import STATUS_SYMBOLS, STATUS_WORDS


class Cell(str):
    """Text already made inert for Markdown, or the tool's own words (never escaped again)."""

    __slots__ = ()


# The status symbols as templates print them: `{{ sym.met }}` (ours, never escaped).
SYMBOLS = {status: Cell(symbol) for status, symbol in STATUS_SYMBOLS.items() if status}


def _status(value: str) -> Cell:
    """'✔ met' (a status is one of ours: never escaped)."""
    return Cell(f"{STATUS_SYMBOLS[value]} {STATUS_WORDS[value]}")


def _cell(value: object) -> Cell:
    """Text safe inside a Markdown table cell ('—' for nothing)."""
    return Cell("—" if value is None else inert.markdown(str(value)))


def _code(value: object) -> Cell:
    """Text in a code span, shown as written: fenced by more backticks than it holds, on one
    line."""
    text = " ".join(inert.terminal(str(value)).split())
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return Cell(f"{fence}{pad}{text}{pad}{fence}")


def _code_block(value: object) -> Cell:
    """Lines of text as an indented code block (shown as written, never read as Markdown)."""
    return Cell("\n".join("    " + inert.terminal(line) for line in str(value).splitlines()))


def _table_row(value: object) -> Cell:
    """A row a template macro built from escaped cells: printed as it is."""
    return Cell(str(value))


def _finalize(value: object) -> object:
    """Every text a Markdown template prints goes through `inert.markdown` unless a filter made it a
    Cell: a value a template forgets to escape is escaped all the same."""
    if isinstance(value, str) and not isinstance(value, Cell):
        return inert.markdown(value)
    return value


def _terminal(value: object) -> object:
    """Control characters and bidi overrides as escapes (HTML and YAML; Markup a filter built is
    kept)."""
    return inert.terminal(value) if type(value) is str else value


def _symbol(value: str | None) -> Cell:
    return Cell(STATUS_SYMBOLS.get(value or "") or "")


def _text(value: object) -> str:
    """Text for an HTML cell (escaped by the template engine)."""
    return "—" if value is None else str(value)


TEMPLATE_FILTERS = {
    "status": _status,
    "cell": _cell,
    "heading": heading,
    "symbol": _symbol,
    "evidence": evidence_text,
    "table_row": _table_row,
    "per": unit_for,
    "amount": plan_words.amount,
    "pick_when": plan_words.when,
    "pick_cost": plan_words.cost,
    "plan_headline": plan_words.headline,
    "plan_objective": plan_words.objective_line,
    "plan_totals": plan_words.totals_line,
    "plan_after": plan_words.after_line,
    "plan_left_out": plan_words.left_out_lines,
    "plan_verdict": plan_words.verdict,
    "code": _code,
    "code_block": _code_block,
}
HTML_FILTERS = {**TEMPLATE_FILTERS, "cell": _text, "code": _text, "code_block": _text}


@cache
def environment(autoescape: bool, yaml: bool = False) -> Any:
    """The one jinja2 Environment per escaping mode: Markdown made inert (`inert.markdown` on every
    value a template prints); HTML escaped and YAML quoted, both with control characters shown as
    escapes."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_root())),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=autoescape,
        finalize=_terminal if autoescape or yaml else _finalize,
    )
    env.filters.update(HTML_FILTERS if autoescape else TEMPLATE_FILTERS)
    env.globals["sym"] = SYMBOLS
    return env


# Every result type names its template stem: <stem>.md.j2 (and <stem>.html.j2).
TEMPLATES: dict[type[Report], str] = {
    GapReport: "gap",
    Portfolio: "gap",
    WhatIfReport: "whatif",
    ConsultantReport: "consultant",
    CourseView: "course",
    ProgramView: "program",
    CoeView: "coe",
    AreaExplanation: "explain",
    CategoryList: "categories",
    AreaList: "areas",
    RenewalReport: "renewal",
    RenewalHistory: "renewal_history",
    CohortReport: "cohort",
    RenewalCohortReport: "cohort_renewal",
    PlanReport: "plan",
}


def template_context(report: Report) -> dict[str, BaseModel]:
    """What a template gets: the report, and for a portfolio the gap report and its appendix
    apart."""
    if isinstance(report, Portfolio):
        return {"report": report.gap, "appendix": report.appendix}
    return {"report": report}


def to_markdown(report: Report) -> str:
    """`report` through its Markdown template."""
    template = environment(False).get_template(f"{TEMPLATES[type(report)]}.md.j2")
    return str(template.render(**template_context(report)))
