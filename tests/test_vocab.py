"""Each word is written once, in vocab: every status has a symbol and a word, and no renderer or
template spells a status symbol itself (they read `STATUS_SYMBOLS`: tables directly, templates as
`sym`); every requirement id has its label, short word, rules and check."""

from __future__ import annotations

import ast
import typing
import unicodedata
from pathlib import Path

import pytest

from endorse_cli.cli.encoding import ASCII
from endorse_cli.engine.gap import CHECKS
from endorse_cli.models.category import Requirements
from endorse_cli.vocab import (
    BLOCKER_ORDER,
    STATUS_FAMILY,
    STATUS_SYMBOLS,
    STATUS_WORDS,
    RenewalId,
    RequirementId,
)
from support import RENEWAL_IDS, REQUIREMENT_IDS

ROOT = Path(__file__).resolve().parents[1]
STATUSES = sorted({status for family in STATUS_FAMILY for status in typing.get_args(family)})
GLYPHS = {symbol for symbol in STATUS_SYMBOLS.values() if symbol and not symbol.isascii()}
# The en dash (not applicable) is also the dash of a range of years, so only the other symbols are
# sought.
SIGNS = {glyph for glyph in GLYPHS if unicodedata.category(glyph) != "Pd"}


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_has_a_symbol_and_a_word(status):
    assert STATUS_SYMBOLS[status]
    assert STATUS_WORDS[status]


def test_the_status_family_holds_every_status_a_report_shows():
    assert {"✔", "◐", "✘", "●"} <= SIGNS
    assert {
        "met",
        "partial",
        "missing",
        "not_required",
        "not_applicable",
        "completed",
        "addressed",
    } <= set(STATUSES)


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
    found = {
        p.name: _spelled(p.read_text(encoding="utf-8")) for p in (ROOT / "templates").glob("*.j2")
    }
    assert {name: glyphs for name, glyphs in found.items() if glyphs} == {}


def test_no_module_spells_a_status_symbol_outside_vocab():
    package = ROOT / "src" / "endorse_cli"
    found = {
        str(p.relative_to(package)): set().union(*map(_spelled, _literals(p)))
        for p in package.rglob("*.py")
        if p.relative_to(package).as_posix() not in ("vocab.py", "cli/encoding.py")
    }
    assert {name: glyphs for name, glyphs in found.items() if glyphs} == {}


def test_requirement_ids_are_the_contract_strings_in_report_order():
    assert [rid.value for rid in RequirementId] == REQUIREMENT_IDS
    assert [rid.value for rid in RenewalId] == RENEWAL_IDS


@pytest.mark.parametrize(
    "rid", [*RequirementId, *RenewalId], ids=lambda r: f"{type(r).__name__}.{r.value}"
)
def test_every_requirement_id_has_a_label_and_a_short_word(rid):
    assert rid.label
    assert rid.wording.short
    assert rid.wording.column


def test_every_requirement_id_has_its_rules_in_a_category_and_a_check():
    """A new id needs rule versions in data/categories/ (models/category.py) and a check
    (engine/gap.py)."""
    assert list(Requirements.model_fields) == REQUIREMENT_IDS
    assert set(CHECKS) == set(RequirementId)


def test_the_blocker_order_names_each_requirement_for_applying_once():
    assert len(set(BLOCKER_ORDER)) == len(BLOCKER_ORDER)
    # The exam comes after review.
    assert set(RequirementId) - set(BLOCKER_ORDER) == {RequirementId.exam}
