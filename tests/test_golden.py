"""Golden Markdown and JSON for the shipped examples; review diffs like code (--update-golden)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import EXAMPLES

GOLDEN = Path(__file__).parent / "golden"
CASES = {
    "erikson-graduate-ifs": ("IFS", "2025-06-30"),
    "clinician-imhs": ("IMHS", "2024-06-30"),
    "consultant-ecfs": ("ECFS", "2025-03-31"),
}


@pytest.mark.parametrize("fmt", ["markdown", "json"])
@pytest.mark.parametrize("name", CASES, ids=list(CASES))
def test_example_report_matches_golden(run, update_golden, name, fmt):
    target, as_of = CASES[name]
    result = run("gap", "--target", target, str(EXAMPLES / f"{name}.yaml"), "--as-of", as_of, "--format", fmt)
    assert result.exit_code == 0, result.output
    golden = GOLDEN / f"{name}.{'md' if fmt == 'markdown' else 'json'}"
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_output_is_deterministic(run):
    args = ("gap", "--target", "all", str(EXAMPLES / "clinician-imhs.yaml"), "--as-of", "2024-06-30", "-f", "json")
    assert run(*args).stdout == run(*args).stdout
