"""JSON output: the contracts of PRODUCT.md, straight from the result models."""

from __future__ import annotations

import json
from collections.abc import Sequence

from pydantic import BaseModel


def render_json(report: BaseModel | Sequence[BaseModel]) -> str:
    """Indented JSON of a result model or a list of them, ending in a newline."""
    if isinstance(report, BaseModel):
        return report.model_dump_json(indent=2) + "\n"
    return json.dumps([item.model_dump(mode="json") for item in report], indent=2, ensure_ascii=False) + "\n"
