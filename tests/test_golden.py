"""Golden Markdown and JSON for the shipped examples; review diffs like code (--update-golden)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from support import EXAMPLES, matches_golden

CASES = {
    "erikson-graduate-ifs": ("IFS", "2025-06-30"),
    "clinician-imhs": ("IMHS", "2024-06-30"),
    "consultant-ecfs": ("ECFS", "2025-03-31"),
    "endorsed-consultant-coe": ("coe", "2025-09-30"),
}
RENEWALS = {
    "renew-imhs-rsc-provider": ("renewing-imhs-rsc-provider", "--as-of", "2025-11-15"),
    "renew-ifs-lapsed-membership": ("renewing-ifs-lapsed-membership", "--as-of", "2025-11-15"),
    "renew-imhs-rsc-provider-2023-2025": (
        "renewing-imhs-rsc-provider",
        "--as-of",
        "2025-11-15",
        "--years",
        "2023-2025",
    ),
}
VIEWS = {
    "crosswalk-erikson-i374": ("crosswalk", "erikson", "--course", "I374"),
    "crosswalk-erikson-imhs": ("crosswalk", "erikson", "--category", "IMHS"),
    "crosswalk-coe": ("crosswalk", "coe"),
    "explain-cultural-humility": ("explain", "Cultural humility"),
    "plan-lakeshore-ifs": (
        "plan",
        str(EXAMPLES / "erikson-graduate-ifs.yaml"),
        "--target",
        "IFS",
        "--catalog",
        str(EXAMPLES / "catalogs" / "lakeshore-aimh-2027.yaml"),
        "--as-of",
        "2026-12-04",
        "--by",
        "2027-06-30",
    ),
}


def _check(result, update_golden: bool, name: str, fmt: str) -> None:
    assert result.exit_code == 0, result.output
    assert matches_golden(
        result.stdout, f"{name}.{'md' if fmt == 'markdown' else 'json'}", update_golden
    )


@pytest.mark.parametrize("fmt", ["markdown", "json"])
@pytest.mark.parametrize("name", VIEWS, ids=list(VIEWS))
def test_crosswalk_views_match_golden(run, update_golden, name, fmt):
    _check(run(*VIEWS[name], "--format", fmt), update_golden, name, fmt)


@pytest.mark.parametrize("fmt", ["markdown", "json"])
@pytest.mark.parametrize("name", CASES, ids=list(CASES))
def test_example_report_matches_golden(run, update_golden, name, fmt):
    target, as_of = CASES[name]
    result = run(
        "gap", "--target", target, str(EXAMPLES / f"{name}.yaml"), "--as-of", as_of, "--format", fmt
    )
    _check(result, update_golden, name, fmt)


@pytest.mark.parametrize("fmt", ["markdown", "json"])
@pytest.mark.parametrize("name", RENEWALS, ids=list(RENEWALS))
def test_renewal_matches_golden(run, update_golden, name, fmt):
    example, *args = RENEWALS[name]
    _check(
        run("renew", str(EXAMPLES / f"{example}.yaml"), *args, "--format", fmt),
        update_golden,
        name,
        fmt,
    )


@pytest.mark.parametrize("target", ["all", "IMHS", "coe"])
def test_output_is_the_same_under_any_hash_seed(target):
    """Set and dict order must not leak into reports: two processes with different PYTHONHASHSEED
    agree."""
    args = [
        "gap",
        "--target",
        target,
        str(EXAMPLES / "clinician-imhs.yaml"),
        "--as-of",
        "2024-06-30",
        "-f",
        "json",
    ]
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "ENDORSE_NO_CACHE": "1"}
        done = subprocess.run(
            [sys.executable, "-m", "endorse_cli", *args], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1
