r"""Text from a record, a data pack or a file name, made inert for the place it lands: one function
each.

- `terminal`: no control character or escape sequence reaches a terminal. C0, DEL and C1 controls
  are shown as escapes (`\x1b`, `\n`, `\t`), as are the bidi embeddings, overrides and isolates
  (U+202A-U+202E, U+2066-U+2069: `\u202e`), so a name cannot reverse or hide the rest of its line.
  The marks LRM and RLM (U+200E, U+200F) pass: they change no other text.
- `csv_cell`: the same escapes (a cell stays on one line), then a `'` before a cell that begins
  with `=`, `+`, `-`, `@`, a tab or a carriage return, so a spreadsheet shows it as text (OWASP).
- `markdown`: the same escapes, then a backslash before each character a CommonMark or GitHub
  renderer would read as markup (HTML, links, images, autolinks, emphasis, code, a heading or a
  list at the start), so the rendered page shows the text as written. Line breaks become spaces
  and spaces around the text are dropped: a value stays on its line and in its table cell.
- `json_text`: JSON with DEL, C1 controls and bidi overrides as `\u` escapes (the same data).
- `terminal_report`: a whole result model with every text through `terminal`, for the rich tables.

docs/safety.md says what each guarantees.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

T = TypeVar("T")

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(found: re.Match[str]) -> str:
    char = found[0]
    return _NAMED.get(char) or (
        f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    )


def terminal(text: str) -> str:
    r"""`text` with control characters and bidi overrides shown as escapes (`\x1b`, `\u202e`)."""
    return _CONTROL.sub(_escape, text)


def terminal_report(value: T) -> T:
    """`value` (a result model, and every model, list and mapping inside it) with each text through
    `terminal`: a table shows the report's own numbers and words, and every text it holds escaped.
    What holds nothing to escape is returned as it is (no copy)."""
    from pydantic import BaseModel

    found: Any = value
    if type(found) is str:
        return found if _CONTROL.search(found) is None else terminal(found)  # type: ignore[return-value]
    if isinstance(found, BaseModel):
        changed = {}
        for name in type(found).model_fields:
            old = getattr(found, name)
            new = terminal_report(old)
            if new is not old:
                changed[name] = new
        return found.model_copy(update=changed) if changed else value  # type: ignore[return-value]
    if isinstance(found, list | tuple):
        items = [terminal_report(item) for item in found]
        same = all(new is old for new, old in zip(items, found, strict=True))
        return value if same else type(found)(items)  # type: ignore[return-value]
    if isinstance(found, dict):
        pairs = [(terminal_report(k), terminal_report(v)) for k, v in found.items()]
        same = all(
            k is old_k and v is old_v
            for (k, v), (old_k, old_v) in zip(pairs, found.items(), strict=True)
        )
        return value if same else dict(pairs)  # type: ignore[return-value]
    return value


_JSON_RAW = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def json_text(text: str) -> str:
    r"""JSON text with DEL, C1 controls and bidi overrides written as `\u` escapes (JSON already
    escapes C0): the same data, and nothing a terminal acts on. Outside strings JSON is ASCII, so
    this is safe."""
    return _JSON_RAW.sub(lambda found: f"\\u{ord(found[0]):04x}", text)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """`text` for a spreadsheet cell: one line, and a `'` first when it would start a formula."""
    shown = terminal(text)
    return "'" + shown if text.startswith(FORMULA_STARTS) else shown


# Anywhere: backslash escapes, code, emphasis, strikethrough, links and images, HTML and autolinks,
# table cells, headings' closing #. `_` inside a word (snake_case) is plain text in CommonMark. A
# renderer that links bare addresses (GitHub; markdown-it with linkify, which links "example.org"
# for the top-level domains below and every two-letter one) finds no "http://", domain or "a@b"
# whole.
_TLDS = "com|org|net|edu|gov|biz|pro|web|xxx|aero|asia|coop|info|museum|name|shop"
_INLINE = re.compile(
    r"[\\`*~\[\]<>|#]"
    r"|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])"
    r"|&(?=#?[A-Za-z0-9]+;)"  # an entity such as &lt; or &#60;
    r"|(?<=[A-Za-z0-9]):(?=//)|/(?=/)|(?<=www)\.|@"  # a scheme's "://", "//host", "www.", an e-mail
    rf"|\.(?=(?:[^\W\d_]{{2}}|{_TLDS})(?![^\W\d_]))",  # a domain's last dot
    re.IGNORECASE,
)
# At the start of a line: a list item ("- x", "1. x"), a quote, a heading underline or a thematic
# break ("===", "---"). A leading "-" or "+" before a digit or a letter ("-2+3") starts nothing.
_BLOCK_START = re.compile(r"^(?:[-+](?=\s|$)|>|[-=]+(?=\s*$)|-(?=[-\s]*$)|\d{1,9}(?=[.)](?:\s|$)))")


_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def markdown(text: str) -> str:
    """`text` that a Markdown renderer shows as written, on one line."""
    flat = terminal(_LINE_BREAK.sub(" ", text)).strip()
    escaped = _INLINE.sub(lambda m: "\\" + m[0], flat)
    start = _BLOCK_START.match(escaped)
    if start is None:
        return escaped
    if start[0][0].isdigit():
        cut = len(start[0])
        return escaped[:cut] + "\\" + escaped[cut:]
    return "\\" + escaped
