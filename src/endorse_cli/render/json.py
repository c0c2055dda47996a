"""JSON output: the contracts of PRODUCT.md, straight from the result models."""

from __future__ import annotations

import json

from pydantic import BaseModel

from endorse_cli.results.listings import AreaList, CategoryList


def to_json(report: BaseModel) -> str:
    """Indented JSON of a result model (a listing is its plain list of rows), ending in a newline."""
    if isinstance(report, CategoryList | AreaList):
        rows = [row.model_dump(mode="json") for row in report.rows]
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    return report.model_dump_json(indent=2) + "\n"
