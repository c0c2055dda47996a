"""The starter training record `endorse init` writes, from templates/record.yaml.j2."""

from __future__ import annotations

import json
import unicodedata

from endorse_cli.render.markdown import environment
from endorse_cli.results.starter import StarterRecord

TEMPLATE = "record.yaml.j2"
# Characters YAML reads as line breaks even inside quotes, and those it does not allow at all.
_BREAKS = {"\x85", "\u2028", "\u2029"}


def quote(value: str) -> str:
    """`value` as a YAML double-quoted scalar that reads back exactly (JSON strings are valid YAML)."""
    text = json.dumps(value, ensure_ascii=False)
    return "".join(_escape(ch) for ch in text)


def _escape(ch: str) -> str:
    if ch in _BREAKS or ch == "\ufeff" or (unicodedata.category(ch) in ("Cc", "Cs", "Cn") and ch not in "\t"):
        return "".join(f"\\u{unit:04x}" for unit in _utf16(ch))
    return ch


def _utf16(ch: str) -> list[int]:
    data = ch.encode("utf-16-be", "surrogatepass")
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


def to_yaml_record(starter: StarterRecord) -> str:
    """The starter record's text: every section, a plain-words comment on each field, commented examples."""
    template = environment(False).get_template(TEMPLATE)
    return str(template.render(record=starter, quote=quote))
