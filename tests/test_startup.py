"""What a report loads at start-up: only what it uses (benchmarks/bench_startup.py measures the
time).

Each test runs the real entry point in a fresh interpreter (imports are per process) and reads which
modules it loaded, so an import added at the top of a module on the report path fails here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from support import EXAMPLES, ROOT

RECORD = str(EXAMPLES / "clinician-imhs.yaml")
GAP = ["gap", RECORD, "--target", "IMHS", "--as-of", "2024-06-30"]
# Runs the command line as the console script does, then prints what was imported (on stderr, last
# line).
PROBE = """
import json, sys
sys.argv = ["endorse", *sys.argv[1:]]
from endorse_cli.__main__ import main
try:
    main()
except SystemExit as done:
    code = done.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def loaded(*args: str) -> set[str]:
    """Modules imported by one `endorse ARGS` run (the pack cache already filled by an earlier
    run)."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("ENDORSE_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, check=False
    )
    found = json.loads(done.stderr.strip().splitlines()[-1])
    assert found["code"] in (0, None), done.stderr
    return set(found["modules"])


@pytest.fixture(scope="module")
def gap_json() -> set[str]:
    loaded(*GAP, "--format", "json")  # fills the pack cache
    return loaded(*GAP, "--format", "json")


def test_a_json_report_from_the_cache_reads_no_checks_no_tables_and_no_other_reports(gap_json):
    """A cache hit re-validates the pack but never runs the cross-file checks; json needs no
    rich."""
    unused = {
        "endorse_cli.pack.checks",  # cross-file checks: only when the pack is read afresh
        "endorse_cli.models.coe",  # the CoE crosswalk: read on first use, gap never uses it
        "endorse_cli.engine.consultant",
        "endorse_cli.engine.whatif",
        "endorse_cli.results.crosswalk",
        "endorse_cli.results.renewal",
        "endorse_cli.render.tables",
        "endorse_cli.render.markdown",
        "rich.console",
        "jinja2",
    }
    assert unused.isdisjoint(gap_json), sorted(unused & gap_json)


def test_the_other_commands_libraries_stay_unloaded(gap_json):
    """Other commands' modules are imported to register them, but not the library code they call."""
    for other in (
        "endorse_cli.engine.renewal",
        "endorse_cli.engine.cohort",
        "endorse_cli.pack.schema",
    ):
        assert other not in gap_json


def test_a_table_report_loads_rich_but_not_the_other_table_modules():
    table = loaded(*GAP)
    assert "rich.console" in table
    assert "endorse_cli.render.tables.gap" in table
    others = {name for name in table if name.startswith("endorse_cli.render.tables.")}
    assert others <= {
        "endorse_cli.render.tables.gap",
        "endorse_cli.render.tables.base",
        "endorse_cli.render.tables.stacked",
    }


SOLVER = {"highspy", "numpy", "endorse_cli.engine.plan_solve", "endorse_cli.engine.plan"}


@pytest.mark.parametrize(
    "args",
    [
        pytest.param([*GAP, "--format", "json"], id="gap-json"),
        pytest.param(GAP, id="gap-table"),
        pytest.param([*GAP[:-2], "--format", "markdown"], id="gap-markdown"),
        pytest.param(
            ["renew", str(EXAMPLES / "renewing-imhs-rsc-provider.yaml"), "--as-of", "2025-11-15"],
            id="renew",
        ),
        pytest.param(["validate"], id="validate"),
        pytest.param(["categories"], id="categories"),
    ],
)
def test_no_other_command_imports_the_solver_or_numpy(args):
    """Only `endorse plan` pays for HiGHS and numpy (benchmarks/bench_plan.py measures what they
    cost)."""
    assert SOLVER.isdisjoint(loaded(*args)), sorted(SOLVER & loaded(*args))


def test_plan_imports_the_solver():
    """The check above would pass vacuously if the names were wrong: `plan` does load them."""
    catalog = str(EXAMPLES / "catalogs" / "lakeshore-aimh-2027.yaml")
    args = [
        "plan",
        RECORD,
        "--target",
        "IMHS",
        "--as-of",
        "2024-06-30",
        "--catalog",
        catalog,
        "--format",
        "json",
    ]
    assert loaded(*args) >= SOLVER


def test_no_model_field_names_the_builtin_list_as_its_default_factory():
    """Building a model's schema asks each default factory for its signature, which the builtin
    `list` answers only slowly: list fields name `empty_list` (models/common.py)."""
    package = ROOT / "src" / "endorse_cli"
    slow = re.compile(r"Field\(\s*default_factory=list\b")
    found = [p.name for p in package.rglob("*.py") if slow.search(p.read_text(encoding="utf-8"))]
    assert found == []
