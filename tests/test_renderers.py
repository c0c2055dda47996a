"""Dispatch is exhaustive: the tests find every report type in `endorse_cli.results` by themselves,
and each has a renderer for every format it claims; no template is orphaned."""

from __future__ import annotations

import importlib
import pkgutil
import typing
from collections.abc import Iterator

import pytest
from pydantic import BaseModel

import endorse_cli.results
from endorse_cli.render import RENDERERS, OutputFormat
from endorse_cli.render.csv import to_csv
from endorse_cli.render.markdown import TEMPLATES
from endorse_cli.render.tables import base, table_module
from endorse_cli.resources import templates_root
from endorse_cli.results.common import Report


def _models() -> list[type[BaseModel]]:
    """Every frozen model defined in a results module."""
    found = []
    for info in pkgutil.iter_modules(endorse_cli.results.__path__):
        module = importlib.import_module(f"{endorse_cli.results.__name__}.{info.name}")
        found.extend(
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and issubclass(value, BaseModel)
            and value.__module__ == module.__name__
        )
    return found


def _inside(annotation: object) -> Iterator[type]:
    """The classes an annotation names, through lists, dicts, unions and the like."""
    if isinstance(annotation, type):
        yield annotation
    for arg in typing.get_args(annotation):
        yield from _inside(arg)


def _top_level() -> list[type[BaseModel]]:
    """Models no other result model holds or builds on: what a command returns."""
    models = _models()
    held = {kind for m in models for f in m.model_fields.values() for kind in _inside(f.annotation)}
    bases = {base for m in models for base in m.__mro__[1:]}
    return [m for m in models if m not in held and m not in bases]


REPORTS = [m for m in _models() if issubclass(m, Report) and m is not Report]
CLAIMS = [(kind, fmt) for kind in REPORTS for fmt in sorted(kind.formats)]


def test_the_search_finds_the_reports():
    """The search itself works: the gap report and the cohort CSV are among what it finds."""
    names = {kind.__name__ for kind in REPORTS}
    assert {"GapReport", "CohortReport", "RenewalReport", "PackSummary"} <= names
    assert not [m for m in _models() if m.model_config.get("frozen") is not True]


@pytest.mark.parametrize("kind", _top_level(), ids=lambda t: t.__name__)
def test_every_result_a_command_returns_is_a_report_claiming_its_formats(kind):
    assert issubclass(kind, Report)


def test_every_format_has_a_renderer():
    assert set(RENDERERS) == set(OutputFormat)


def _has_renderer(kind: type[Report], fmt: OutputFormat) -> bool:
    if fmt is OutputFormat.table:
        importlib.import_module(table_module(kind))  # only that module is imported for a report
        return base.to_table.dispatch(kind) is not base.to_table.dispatch(object)
    if fmt is OutputFormat.csv:
        return to_csv.dispatch(kind) is not to_csv.dispatch(object)
    if fmt in (OutputFormat.markdown, OutputFormat.html):
        return (
            kind in TEMPLATES
            and (
                templates_root() / f"{TEMPLATES[kind]}.{fmt.replace('markdown', 'md')}.j2"
            ).is_file()
        )
    return fmt is OutputFormat.json  # JSON is every result model's own serialisation


@pytest.mark.parametrize(("kind", "fmt"), CLAIMS, ids=lambda v: getattr(v, "__name__", str(v)))
def test_every_report_has_a_renderer_for_each_format_it_claims(kind, fmt):
    assert _has_renderer(kind, fmt)


def test_every_template_belongs_to_a_report_that_claims_its_format():
    """Partials (`_name`) are included by other templates; every other template renders a report
    type."""
    files = templates_root().iterdir()
    names = {
        p.name.removesuffix(".md.j2")
        for p in files
        if p.name.endswith(".md.j2") and not p.name.startswith("_")
    }
    assert names == set(TEMPLATES.values())
    for kind in TEMPLATES:
        assert {OutputFormat.markdown, OutputFormat.html} <= kind.formats, kind.__name__


def test_a_format_a_report_does_not_claim_is_refused():
    from endorse_cli.render import render
    from endorse_cli.results.checks import RecordChecks

    checks = RecordChecks(valid=True, checked=0, invalid=0, records=[], problems=[])
    with pytest.raises(TypeError, match="RecordChecks has no markdown format"):
        render(checks, OutputFormat.markdown)
