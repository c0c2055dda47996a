"""JSON output, straight from the result models: the keys are a contract (docs/rules.md shows the
renewal and cohort JSON, README.md the `check`/`validate` JSON; tests/golden/ holds every report's
JSON)."""

from __future__ import annotations

from pydantic import BaseModel

from endorse_cli.inert import json_text


def to_json(report: BaseModel) -> str:
    """Indented JSON of a result model (a listing is its plain list of rows), ending in a
    newline."""
    if getattr(report, "json_as_rows", False):
        import json

        rows = [row.model_dump(mode="json") for row in getattr(report, "rows", [])]
        return json_text(json.dumps(rows, indent=2, ensure_ascii=False)) + "\n"
    return json_text(report.model_dump_json(indent=2)) + "\n"
