"""Each limit of docs/record.md ("## Limits") is exactly where the docs say: one just under, one
just over."""

from __future__ import annotations

import re

import pytest

from endorse_cli.errors import MAX_PROBLEMS, MAX_VALUE_CHARS
from endorse_cli.pack.yamlsafe import MAX_BYTES, MAX_DEPTH, MAX_NODES
from support import ROOT

GAP = ("gap", "--target", "IMHS", "--as-of", "2024-06-30")
HEAD = "name: Test Person\n"


def _limits_section() -> str:
    text = (ROOT / "docs" / "record.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.MULTILINE)
    assert sections[-1].startswith("Limits"), "the Limits section is the last one of docs/record.md"
    return " ".join(sections[-1].split())


def test_the_docs_state_the_limits_the_code_applies():
    limits = _limits_section()
    assert f"| file size | 5 MB ({MAX_BYTES:,} bytes) |" in limits
    assert f"| YAML nodes | {MAX_NODES:,} |" in limits
    assert f"| nesting | {MAX_DEPTH} levels |" in limits
    assert f"| problems listed | {MAX_PROBLEMS} |" in limits
    assert f"| a value echoed in a message | {MAX_VALUE_CHARS} characters |" in limits


def _run_record(run, tmp_path, text: str):
    record = tmp_path / "record.yaml"
    record.write_text(text, encoding="utf-8")
    result = run(*GAP, str(record))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr
    return result.stderr


def _padded(size: int) -> str:
    """A record of exactly `size` bytes: its name and one unknown field holding a long text."""
    start = HEAD + "notes: '"
    return start + "x" * (size - len(start) - 2) + "'\n"


@pytest.mark.parametrize(("size", "refused"), [(MAX_BYTES, False), (MAX_BYTES + 1, True)])
def test_record_size(run, tmp_path, size, refused):
    text = _padded(size)
    assert len(text.encode()) == size
    err = _run_record(run, tmp_path, text)
    assert ("the limit is 5.0 MB" in err) is refused
    assert ("unknown field 'notes'" in err) is not refused


def _nodes(count: int) -> str:
    """A record of exactly `count` YAML nodes: the mapping, name key and value, notes key, the list,
    items."""
    items = count - 5
    return HEAD + "notes: [" + ", ".join(["1"] * items) + "]\n"


@pytest.mark.parametrize(("count", "refused"), [(MAX_NODES, False), (MAX_NODES + 1, True)])
def test_node_count(run, tmp_path, count, refused):
    err = _run_record(run, tmp_path, _nodes(count))
    assert (f"more than {MAX_NODES:,} YAML nodes" in err) is refused
    assert ("unknown field 'notes'" in err) is not refused
    assert "alias" not in err and "anchor" not in err


@pytest.mark.parametrize(("depth", "refused"), [(MAX_DEPTH, False), (MAX_DEPTH + 1, True)])
def test_nesting_depth(run, tmp_path, depth, refused):
    """The value 1 sits `depth` keys and list positions below the top: notes, then depth - 1
    lists."""
    lists = depth - 1
    err = _run_record(run, tmp_path, HEAD + "notes: " + "[" * lists + "1" + "]" * lists + "\n")
    assert (f"nested more than {MAX_DEPTH} levels deep" in err) is refused
    assert ("unknown field 'notes'" in err) is not refused


@pytest.mark.parametrize(("problems", "more"), [(MAX_PROBLEMS, None), (MAX_PROBLEMS + 1, 1)])
def test_problems_listed(run, tmp_path, problems, more):
    areas = ", ".join(f"nowhere-{i}" for i in range(problems))
    text = HEAD + f"trainings:\n  - {{title: t, date: 2021-01-01, hours: 1, areas: [{areas}]}}\n"
    err = _run_record(run, tmp_path, text)
    assert err.count("unknown area") == MAX_PROBLEMS
    assert f"({problems} problems)" in err
    assert ("… and 1 more." in err) is (more == 1)


@pytest.mark.parametrize(("length", "cut"), [(MAX_VALUE_CHARS, False), (MAX_VALUE_CHARS + 1, True)])
def test_value_cut_in_messages(run, tmp_path, length, cut):
    value = "q" * length
    text = HEAD + f"trainings:\n  - {{title: t, date: 2021-01-01, hours: 1, areas: [{value}]}}\n"
    err = _run_record(run, tmp_path, text)
    shown = "q" * (MAX_VALUE_CHARS - 1) + "…" if cut else value
    assert f"unknown area '{shown}'" in err
