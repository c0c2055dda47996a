"""Dispatch is exhaustive: every result type has a table, a Markdown template and JSON; no template is orphaned."""

from __future__ import annotations

import importlib

import pytest

from endorse_cli.render.markdown import TEMPLATES
from endorse_cli.render.tables import base, table_module
from endorse_cli.resources import templates_root
from endorse_cli.results.cohort import CohortReport
from endorse_cli.results.cohort_renewal import RenewalCohortReport
from endorse_cli.results.consultant import ConsultantReport
from endorse_cli.results.crosswalk import CoeView, CourseView, ProgramView
from endorse_cli.results.explain import AreaExplanation
from endorse_cli.results.gap import GapReport
from endorse_cli.results.listings import AreaList, CategoryList, PackSummary
from endorse_cli.results.portfolio import Portfolio
from endorse_cli.results.renewal import RenewalHistory, RenewalReport
from endorse_cli.results.whatif import WhatIfReport

REPORTS = [
    GapReport,
    Portfolio,
    WhatIfReport,
    ConsultantReport,
    CourseView,
    ProgramView,
    CoeView,
    AreaExplanation,
    RenewalReport,
    RenewalHistory,
    CohortReport,
    RenewalCohortReport,
]
LISTINGS = [CategoryList, AreaList]


@pytest.mark.parametrize("kind", [*REPORTS, *LISTINGS, PackSummary], ids=lambda t: t.__name__)
def test_every_result_type_has_a_table(kind):
    """In the table module named like its results module (only that one is imported for a report)."""
    importlib.import_module(table_module(kind))
    assert base.to_table.dispatch(kind) is not base.to_table.dispatch(object)


@pytest.mark.parametrize("kind", [*REPORTS, *LISTINGS], ids=lambda t: t.__name__)
def test_every_report_type_has_a_markdown_template(kind):
    assert (templates_root() / f"{TEMPLATES[kind]}.md.j2").is_file()


def test_every_markdown_template_belongs_to_a_result_type():
    """Partials (`_name`) are included by other templates; every other template renders a result type."""
    files = templates_root().iterdir()
    names = {p.name.removesuffix(".md.j2") for p in files if p.name.endswith(".md.j2") and not p.name.startswith("_")}
    assert names == set(TEMPLATES.values())
