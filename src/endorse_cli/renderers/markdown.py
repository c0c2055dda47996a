"""Markdown output from the jinja2 templates in templates/."""

from __future__ import annotations

from functools import cache
from typing import Any

from endorse_cli.renderers.grid import CELL_SYMBOLS, heading
from endorse_cli.resources import templates_root

SYMBOLS = {"met": "✔", "partial": "◐", "missing": "✘", "not_required": "-"}


def _status(value: str) -> str:
    return f"{SYMBOLS.get(value, '')} {value.replace('_', ' ')}".strip()


def _cell(value: object) -> str:
    """Text safe inside a Markdown table cell."""
    return "—" if value is None else str(value).replace("|", "\\|").replace("\n", " ")


def _symbol(value: str | None) -> str:
    return CELL_SYMBOLS.get(value) or ""


TEMPLATE_FILTERS = {"status": _status, "cell": _cell, "heading": heading, "symbol": _symbol}


@cache
def _environment() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_root())),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(TEMPLATE_FILTERS)
    return env


def render_markdown(template: str, **context: Any) -> str:
    """Render `template` (e.g. gap.md.j2) with the result models as context."""
    return str(_environment().get_template(template).render(**context))
