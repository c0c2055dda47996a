"""Each status is written once: every status has a symbol and a word in vocab, and no renderer or template
spells a status symbol itself (they read `STATUS_SYMBOLS`: tables directly, templates as `sym`)."""

from __future__ import annotations

import ast
import typing
import unicodedata
from pathlib import Path

import pytest

from endorse_cli.cli.encoding import ASCII
from endorse_cli.vocab import STATUS_FAMILY, STATUS_SYMBOLS, STATUS_WORDS

ROOT = Path(__file__).resolve().parents[1]
STATUSES = sorted({status for family in STATUS_FAMILY for status in typing.get_args(family)})
GLYPHS = {symbol for symbol in STATUS_SYMBOLS.values() if symbol and not symbol.isascii()}
# The en dash (not applicable) is also the dash of a range of years, so only the other symbols are sought.
SIGNS = {glyph for glyph in GLYPHS if unicodedata.category(glyph) != "Pd"}


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_has_a_symbol_and_a_word(status):
    assert STATUS_SYMBOLS[status]
    assert STATUS_WORDS[status]


def test_the_status_family_holds_every_status_a_report_shows():
    assert {"✔", "◐", "✘", "●"} <= SIGNS
    assert {"met", "partial", "missing", "not_required", "not_applicable", "completed", "addressed"} <= set(STATUSES)


@pytest.mark.parametrize("symbol", sorted(GLYPHS))
def test_every_status_symbol_has_an_ascii_stand_in(symbol):
    """A console that cannot show the symbol still tells the statuses apart (cli/encoding.py)."""
    assert symbol.encode("ascii", ASCII) not in (b"", b"?")


def _literals(path: Path) -> list[str]:
    """Every string constant in a module, its docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
    ]


def _spelled(text: str) -> set[str]:
    return {glyph for glyph in SIGNS if glyph in text}


def test_no_template_spells_a_status_symbol():
    found = {p.name: _spelled(p.read_text(encoding="utf-8")) for p in (ROOT / "templates").glob("*.j2")}
    assert {name: glyphs for name, glyphs in found.items() if glyphs} == {}


def test_no_module_spells_a_status_symbol_outside_vocab():
    package = ROOT / "src" / "endorse_cli"
    found = {
        str(p.relative_to(package)): set().union(*map(_spelled, _literals(p)))
        for p in package.rglob("*.py")
        if p.relative_to(package).as_posix() not in ("vocab.py", "cli/encoding.py")
    }
    assert {name: glyphs for name, glyphs in found.items() if glyphs} == {}
