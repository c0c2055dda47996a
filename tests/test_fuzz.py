"""Fuzzing: mutated records and data-pack files never crash the CLI (exit 0, 1 or 2; never 3, never
a traceback).

Seeds are the shipped examples/ and tests/fuzz_corpus/. Each example applies a few mutations: byte
flips, truncation, YAML tags, anchors and aliases, deep nesting, huge values, odd Unicode (controls,
surrogates, bidi marks, emoji), brackets, pipes and colons. CI runs 150 mutated records and 75
mutated pack files; ENDORSE_FUZZ_EXAMPLES=1000 runs 1,000 of each. A third test puts mutated records
under odd file names and prints them in every output format: nothing a terminal acts on gets out.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from support import EXAMPLES, ROOT, cli, copy_pack

# 150 mutated records and 75 mutated pack files (each run validates all 30 pack files) keep CI fast;
# ENDORSE_FUZZ_EXAMPLES=1000 runs that many of each.
RECORD_EXAMPLES = int(os.environ.get("ENDORSE_FUZZ_EXAMPLES", "150"))
PACK_EXAMPLES = int(os.environ.get("ENDORSE_FUZZ_EXAMPLES", "75"))
SEEDS = sorted([*EXAMPLES.glob("*.yaml"), *(Path(__file__).parent / "fuzz_corpus").glob("*.yaml")])
PACK_FILES = [
    "categories/IFS.yaml",
    "competencies/01-theoretical-foundations.yaml",
    "crosswalks/erikson.yaml",
]
TOKENS = [
    "!!float x",
    '!!int ""',
    "!!bool maybe",
    "!!null x",
    "!!str",
    "!!binary AAAA",
    "!!timestamp 2024-13-45",
    "!!set {a}",
    "!!omap [a: 1]",
    "!!python/object/apply:os.system ['echo hi']",
    "!foo bar",
    "&a",
    "*a",
    "*nowhere",
    "<<: *a",
    "[",
    "]",
    "{",
    "}",
    ":",
    ": ",
    "- ",
    "? ",
    "|",
    ">",
    "#",
    "'",
    '"',
    "\\",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "[/]",
    "[red]x[/red]",
    "[bold]",
    ":100:",
    "|x|",
    "\t",
    "\0",
    "\x1b[2J",
    '"\\e[2J"',
    '"\\0"',
    '"\\ud800"',
    "\ufeff",
    "\u202e",
    "\u2028",
    "\x85",
    ".inf",
    "-.inf",
    ".nan",
    "1e999",
    "9" * 5000,
    "0x1F",
    "0o17",
    "2024-02-30",
    "2024-06-30T12:00:00",
    "~",
    "null",
    "yes",
    "no",
    "coe:7A.1",
    "coe:",
    "IFS",
    "none",
    "-1",
    "0",
    "\r\n",
    "😀",
    "é",
    "山田",
]
ODD_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(0, 255)),
    st.tuples(st.just("truncate"), st.floats(0, 1), st.none()),
    st.tuples(st.just("token"), st.floats(0, 1), st.sampled_from(TOKENS)),
    st.tuples(st.just("text"), st.floats(0, 1), ODD_TEXT),
    st.tuples(st.just("nest"), st.floats(0, 1), st.integers(1, 300)),
    st.tuples(st.just("huge"), st.floats(0, 1), st.integers(1_000, 300_000)),
    st.tuples(st.just("repeat"), st.floats(0, 1), st.integers(2, 2_000)),
)
MUTATIONS = st.lists(MUTATION, min_size=1, max_size=5)
# File names Linux allows (any character but "/" and NUL), and every output context.
FILE_NAME = st.text(
    st.characters(codec="utf-8", exclude_characters="/\0"), min_size=1, max_size=40
).filter(lambda name: len(name.encode()) < 200)
FORMATS = ["table", "markdown", "json", "html", "csv"]
CONTEXT_EXAMPLES = int(os.environ.get("ENDORSE_FUZZ_EXAMPLES", "60"))
UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BOUNDS = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}


# Past the 5 MB a record may have (docs/record.md), so that refusal is fuzzed too.
MUTATED_BYTES = 6 * 1024 * 1024


def mutate(raw: bytes, mutations: list[tuple[str, float, object]]) -> bytes:
    """`raw` with each mutation applied in turn at its relative position."""
    for kind, where, arg in mutations:
        at = int(where * len(raw))
        if kind == "flip" and raw:
            at = min(at, len(raw) - 1)
            raw = raw[:at] + bytes([raw[at] ^ (int(str(arg)) or 1)]) + raw[at + 1 :]
        elif kind == "truncate":
            raw = raw[:at]
        elif kind in ("token", "text"):
            raw = raw[:at] + str(arg).encode("utf-8", "surrogatepass") + raw[at:]
        elif kind == "nest":
            depth = int(str(arg))
            raw = raw[:at] + b"[" * depth + b"x" + b"]" * depth + raw[at:]
        elif kind == "huge":
            raw = raw[:at] + b"x" * int(str(arg)) + raw[at:]
        elif kind == "repeat":
            line_start = raw.rfind(b"\n", 0, at) + 1
            line = raw[line_start : raw.find(b"\n", at) + 1 or len(raw)]
            times = min(int(str(arg)), MUTATED_BYTES // max(len(line), 1))
            raw = raw[:line_start] + line * times + raw[line_start:]
        # Repeats of repeats would grow past any memory; a little over the limit is enough.
        raw = raw[:MUTATED_BYTES]
    return raw


def _assert_clean(result) -> None:
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output
    assert "internal error" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@settings(max_examples=RECORD_EXAMPLES, **_BOUNDS)
@given(seed=st.sampled_from(SEEDS), mutations=MUTATIONS)
# `completed:` empty.
@example(seed=EXAMPLES / "endorsed-consultant-coe.yaml", mutations=[("truncate", 0.5, None)])
def test_mutated_records_never_crash(seed, mutations):
    raw = mutate(seed.read_bytes(), mutations)
    with tempfile.TemporaryDirectory() as folder:
        record = Path(folder) / "record.yaml"
        record.write_bytes(raw)
        result = cli("gap", "--target", "IFS", str(record), "--as-of", "2025-06-30")
        _assert_clean(result)
        assert record.read_bytes() == raw, "the record is never modified"


@settings(max_examples=CONTEXT_EXAMPLES, **_BOUNDS)
@given(
    seed=st.sampled_from(SEEDS),
    mutations=st.lists(MUTATION, max_size=3),
    name=FILE_NAME,
    fmt=st.sampled_from(FORMATS),
)
@example(seed=SEEDS[0], mutations=[], name="\x1b[2J\u202e=cmd\n", fmt="table")
def test_odd_file_names_in_every_format_print_nothing_a_terminal_acts_on(
    seed, mutations, name, fmt
):
    """docs/safety.md: controls and bidi overrides from a record or its file name are escaped in
    every format."""
    raw = mutate(seed.read_bytes(), mutations)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"{name}.yaml").write_bytes(raw)
        args = [
            "cohort",
            "--target",
            "all",
            folder,
            "--as-of",
            "2025-06-30",
            "--format",
            fmt,
            "--quiet",
        ]
        result = cli(*args)
        _assert_clean(result)
        assert UNSAFE.search(result.stdout) is None, result.stdout
        assert UNSAFE.search(result.stderr) is None, result.stderr


@pytest.fixture(scope="module")
def pack_copy(tmp_path_factory):
    """One writable copy of the shipped pack; each example breaks one file and puts it back."""
    return copy_pack(tmp_path_factory.mktemp("fuzz") / "pack")


@settings(max_examples=PACK_EXAMPLES, **_BOUNDS)
@given(name=st.sampled_from(PACK_FILES), mutations=MUTATIONS)
def test_mutated_pack_files_never_crash_validate(pack_copy, name, mutations):
    path = pack_copy / name
    original = (ROOT / "data" / name).read_bytes()
    path.write_bytes(mutate(original, mutations))
    try:
        _assert_clean(cli("validate", str(pack_copy)))
    finally:
        path.write_bytes(original)


def test_the_corpus_seeds_are_valid_records(run):
    """The seeds start valid, so mutations explore near-valid input, not only garbage."""
    for seed in SEEDS:
        result = run("gap", "--target", "IFS", str(seed), "--as-of", "2025-06-30", "-f", "json")
        assert result.exit_code == 0, (seed.name, result.stderr)
