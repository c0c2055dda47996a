"""The starter training record `endorse init` writes, from templates/record.yaml.j2."""

from __future__ import annotations

import json
import re
import unicodedata

from endorse_cli.render.markdown import environment
from endorse_cli.results.starter import StarterRecord

TEMPLATE = "record.yaml.j2"
# Characters YAML reads as line breaks even inside quotes, and those it does not allow at all.
_BREAKS = {"\x85", "\u2028", "\u2029"}
# Text that YAML reads back unchanged without quotes (and that is not a word YAML gives a meaning).
_PLAIN = re.compile(r"[^\W\d_][\w .,'()/&+-]*[\w.)]|[^\W\d_]")
_SPECIAL = {"true", "false", "yes", "no", "on", "off", "y", "n", "null"}


def quote(value: str) -> str:
    """`value` as YAML that reads back exactly: plain when that is safe, else double-quoted (as JSON
    is)."""
    if _PLAIN.fullmatch(value) and value.casefold() not in _SPECIAL and "  " not in value:
        return value
    text = json.dumps(value, ensure_ascii=False)
    return "".join(_escape(ch) for ch in text)


def _escape(ch: str) -> str:
    if (
        ch in _BREAKS
        or ch == "\ufeff"
        or (unicodedata.category(ch) in ("Cc", "Cs", "Cn") and ch not in "\t")
    ):
        return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"
    return ch


def to_yaml_record(starter: StarterRecord) -> str:
    """The starter record's text: every section, a plain-words comment on each field, commented
    examples."""
    template = environment(False, yaml=True).get_template(TEMPLATE)
    return str(template.render(record=starter, quote=quote))
