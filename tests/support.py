"""Paths and small helpers the test modules share (import as `from support import ...`)."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from endorse_cli.cli import app
from endorse_cli.models.pack import Pack
from endorse_cli.pack.load import check_fresh

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden"


def copy_pack(where: Path) -> Path:
    """A writable copy of the shipped data pack at `where` (which must not exist yet)."""
    return Path(shutil.copytree(ROOT / "data", where))


@functools.cache
def shipped_pack() -> Pack:
    """The shipped data pack, read and checked afresh once per test run (never through the per-user
    cache, so a module may call it at import time)."""
    return check_fresh(ROOT / "data")


def cli(*args: str, **options: Any) -> Result:
    """Run the CLI in-process (stdout and stderr kept apart); `options` go to CliRunner.invoke
    (input, env)."""
    return CliRunner().invoke(app, list(args), catch_exceptions=False, **options)


def run_endorse(
    *args: str,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float | None = None,
    check: bool = False,
    text: bool = True,
) -> subprocess.CompletedProcess[Any]:
    """Run `python -m endorse_cli ARGS` in a child process, its stdout and stderr captured (as text,
    or as bytes without `text`); with `check` a non-zero exit raises."""
    return subprocess.run(
        [sys.executable, "-m", "endorse_cli", *args],
        capture_output=True,
        text=text,
        env=env,
        cwd=cwd,
        timeout=timeout,
        check=check,
    )


def replace_first(path: Path, old: str, new: str) -> int:
    """Replace the first `old` with `new` in the file; return the 1-based line it is on."""
    text = path.read_text(encoding="utf-8")
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text.count("\n", 0, at) + 1


def line_of(path: Path, text: str) -> int:
    """1-based line of the first `text` in the file."""
    content = path.read_text(encoding="utf-8")
    return content.count("\n", 0, content.index(text)) + 1


def validate_fails(pack: Path, *phrases: str) -> str:
    """`endorse validate PACK` exits 1 without a traceback, its output (line wrapping undone) saying
    every one of `phrases`; returns that output."""
    result = cli("validate", str(pack))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    out = " ".join(result.output.split())
    for phrase in phrases:
        assert phrase in out, f"{phrase!r} not in: {out}"
    return out


def matches_golden(text: str, name: str, update: bool) -> bool:
    """Whether `text` equals tests/golden/<name>; with `update` (pytest --update-golden) it is
    written first."""
    golden = GOLDEN / name
    if update:
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(text.encode("utf-8"))
    return text == golden.read_bytes().decode("utf-8")


# The six renewal requirement ids, in the order every renewal lists them (PRODUCT.md, renewal JSON).
# The requirement ids of the JSON contract (PRODUCT.md "Requirements"), in the order reports list
# them.
REQUIREMENT_IDS = [
    "education",
    "training_hours",
    "work_experience",
    "reflective_supervision",
    "references",
    "code_of_ethics",
    "exam",
    "membership",
]
RENEWAL_IDS = [
    "training_hours",
    "dei_hours",
    "rsc_hours",
    "rsc_provider_training",
    "membership",
    "code_of_ethics",
]

# Renews cleanly in 2025 (docs/rules.md, Renewal: 15 h with 1 h DEI, no RSC for IFA, membership
# through December 31, ethics signed in the year;
# https://www.first3yearstx.org/endorsement-renewal).
READY_TO_RENEW = """\
name: Ready Person
association: First3Years
endorsements: [{category: IFA, earned: 2020-03-01}]
trainings:
  - {title: Conference, date: 2025-03-01, hours: 14}
  - {title: Equity workshop, date: 2025-04-01, hours: 1, topics: [dei]}
membership: {association: First3Years, expires: 2026-01-31}
code_of_ethics_signed: [2024-01-15, 2025-01-15]
"""

# A small valid record (an MSW and one training) that the bad-record tests break one way at a time.
GOOD_RECORD = """\
name: Test Person
education:
  - {degree: MSW, level: masters, completed: 2019-05-15}
trainings:
  - title: DC:0-5
    date: 2021-03-02
    hours: 14
    areas: {disorders-infancy-early-childhood: met}
"""


def markdown_cells(markdown: str) -> list[str]:
    """What a CommonMark renderer with GitHub tables (markdown-it) shows: the text of every table
    cell, heading, paragraph and list item, tags removed, in order."""
    import html
    import re

    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    blocks = re.findall(r"<(td|th|h\d|p|li)>(.*?)</\1>", rendered, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", inner)).strip() for _tag, inner in blocks]


# Names a test may replace in a copy of the shipped pack: a category, an area, an Erikson course
# title (YAML scalars), and words put into a CoE competency's summary (inside its double quotes).
PACK_NAMES = {
    "categories/IMHS.yaml": ("name: Infant Mental Health Specialist", "name: {category}"),
    "competencies/01-theoretical-foundations.yaml": (
        'name: "Pregnancy and early parenthood"',
        "name: {area}",
    ),
    "crosswalks/erikson.yaml": (
        'title: "Parent-Child Relationship Assessment in Early Childhood"',
        "title: {course}",
    ),
    "crosswalks/coe.yaml": ('summary: "Treats consultation', 'summary: "Treats {coe} consultation'),
}


def pack_with_names(folder: Path, *, category: str, area: str, course: str, coe: str) -> Path:
    """A valid copy of the shipped pack in `folder` with the names of PACK_NAMES replaced."""
    pack = copy_pack(folder / "pack")
    texts = {"category": category, "area": area, "course": course, "coe": coe}
    for name, (old, new) in PACK_NAMES.items():
        path = pack / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new.format(**texts), 1), encoding="utf-8")
    return pack
