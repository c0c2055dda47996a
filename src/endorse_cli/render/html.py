"""HTML: one self-contained printable page per report (inline CSS, no scripts), autoescaped."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from endorse_cli.render.markdown import TEMPLATES, environment, template_context
from endorse_cli.results.common import Report
from endorse_cli.vocab import CONFIRM


def to_html(report: Report, pack_version: str = "") -> str:
    """`report` through its HTML template; record text is escaped, never interpreted."""
    import endorse_cli

    stem = TEMPLATES[type(report)]
    context = template_context(report)
    tool_version = endorse_cli.__version__
    meta = {
        "title": _title(context["report"], stem),
        "generated": date.today().isoformat(),
        "tool_version": tool_version,
        "pack_version": pack_version,
        "confirm_note": CONFIRM,
    }
    return str(environment(True).get_template(f"{stem}.html.j2").render(**context, meta=meta))


def _title(report: BaseModel, stem: str) -> str:
    target = getattr(report, "target", None)
    person = getattr(report, "person", None)
    year = getattr(report, "year", None)
    parts = [
        stem.replace("_", " ").capitalize(),
        target,
        person,
        str(year) if isinstance(year, int) else None,
    ]
    return " — ".join(p for p in ("Endorsement", *parts) if isinstance(p, str) and p)
