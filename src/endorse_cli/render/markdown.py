"""Markdown (and the jinja2 environment every template format shares), from templates/."""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import BaseModel

from endorse_cli.render.grid import heading
from endorse_cli.render.words import evidence_text, unit_for
from endorse_cli.resources import templates_root
from endorse_cli.results.cohort import CohortReport
from endorse_cli.results.cohort_renewal import RenewalCohortReport
from endorse_cli.results.consultant import ConsultantReport
from endorse_cli.results.crosswalk import CoeView, CourseView, ProgramView
from endorse_cli.results.explain import AreaExplanation
from endorse_cli.results.gap import GapReport
from endorse_cli.results.listings import AreaList, CategoryList
from endorse_cli.results.renewal import RenewalHistory, RenewalReport
from endorse_cli.results.whatif import WhatIfReport
from endorse_cli.vocab import STATUS_SYMBOLS


def _status(value: str) -> str:
    return f"{STATUS_SYMBOLS.get(value, '')} {value.replace('_', ' ')}".strip()


class Cell(str):
    """Text already made safe for a Markdown table cell (never escaped twice)."""

    __slots__ = ()


def _escape(text: str) -> str:
    """`|` escaped and line breaks as spaces: a value stays inside its table cell and on its line."""
    return text.replace("|", "\\|").replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def _cell(value: object) -> Cell:
    """Text safe inside a Markdown table cell ('—' for nothing)."""
    return Cell("—" if value is None else _escape(str(value)))


def _table_row(value: object) -> Cell:
    """A row a template macro built from escaped cells: printed as it is."""
    return Cell(str(value))


def _finalize(value: object) -> object:
    """Every text a Markdown template prints is cell-safe, whether or not the template says `| cell`."""
    if isinstance(value, str) and not isinstance(value, Cell):
        return _escape(value)
    return value


def _symbol(value: str | None) -> str:
    return STATUS_SYMBOLS.get(value) or ""


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
}
HTML_FILTERS = {**TEMPLATE_FILTERS, "cell": _text}


@cache
def environment(autoescape: bool) -> Any:
    """The one jinja2 Environment per escaping mode (on for HTML, off for Markdown)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_root())),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=autoescape,
        finalize=None if autoescape else _finalize,
    )
    env.filters.update(HTML_FILTERS if autoescape else TEMPLATE_FILTERS)
    return env


# Every result type names its template stem: <stem>.md.j2 (and <stem>.html.j2).
TEMPLATES: dict[type[BaseModel], str] = {
    GapReport: "gap",
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
}


def to_markdown(report: BaseModel) -> str:
    """`report` through its Markdown template."""
    return str(environment(False).get_template(f"{TEMPLATES[type(report)]}.md.j2").render(report=report))
