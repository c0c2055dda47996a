"""Streams that cannot hold every character (PYTHONIOENCODING=ascii, a cp1252 console) get what they
can.

rich draws box lines as - | + on such a console by itself; everything else a report holds (the
status symbols, dashes, curly quotes, accented names) would stop the run with an encoding error. So
tables and messages fall back to ASCII stand-ins (✔ -> +, ◐ -> ~, ✘ -> x) and letters without
accents; JSON gets \\u escapes and HTML character references, so neither loses anything."""

from __future__ import annotations

import codecs
import sys
import unicodedata
from typing import TextIO

ASCII = "endorse-ascii"
JSON = "endorse-json"
HTML = "xmlcharrefreplace"
_SYMBOLS = {
    "✔": "+",
    "◐": "~",
    "✘": "x",
    "●": "*",
    "—": "-",
    "\u2013": "-",  # en dash
    "…": "...",
    "·": "/",
    "•": "*",
    "≈": "~",
    "≠": "!=",
    "→": "->",
    "\ufeff": "",  # a byte order mark (cohort --bom) means nothing to an ASCII stream
    "\u2018": "'",  # curly single quotes
    "\u2019": "'",
    "“": '"',
    "”": '"',
}


def _ascii_char(char: str) -> str:
    if char in _SYMBOLS:
        return _SYMBOLS[char]
    plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii")
    return plain or "?"


def _to_ascii(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return "".join(_ascii_char(c) for c in error.object[error.start : error.end]), error.end


def _to_json_escape(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    raw = error.object[error.start : error.end].encode("utf-16-be", "surrogatepass")
    units = [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2)]
    return "".join(f"\\u{unit:04x}" for unit in units), error.end


codecs.register_error(ASCII, _to_ascii)
codecs.register_error(JSON, _to_json_escape)


def is_unicode(stream: TextIO) -> bool:
    """Whether `stream` takes any character (a UTF encoding)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def fit(text: str, stream: TextIO, handler: str = ASCII) -> str:
    """`text` as `stream` can write it (unchanged on a UTF-8 stream)."""
    if is_unicode(stream):
        return text
    encoding = getattr(stream, "encoding", None) or "ascii"
    return text.encode(encoding, handler).decode(encoding)


def fit_streams() -> None:
    """Make stdout and stderr write ASCII stand-ins for what their encoding cannot hold, never
    raise."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not is_unicode(stream):
            reconfigure(errors=ASCII)
