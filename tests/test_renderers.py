"""The renderer table is exhaustive: every format has a renderer, every report kind a table and a template."""

from __future__ import annotations

import importlib

import pytest

from endorse_cli.renderers import OutputFormat
from endorse_cli.renderers.reports import RENDERERS, TABLES
from endorse_cli.resources import templates_root


def test_every_output_format_has_a_renderer():
    assert set(RENDERERS) == set(OutputFormat)


@pytest.mark.parametrize("kind", sorted(TABLES))
def test_every_report_kind_has_a_table_function_and_a_markdown_template(kind):
    module, function = TABLES[kind]
    assert callable(getattr(importlib.import_module(f"endorse_cli.renderers.{module}"), function))
    assert (templates_root() / f"{kind}.md.j2").is_file()


def test_every_template_belongs_to_a_report_kind():
    names = {p.name.removesuffix(".md.j2") for p in templates_root().iterdir() if p.name.endswith(".md.j2")}
    assert names == set(TABLES)
