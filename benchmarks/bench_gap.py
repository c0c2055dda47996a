"""Wall time of `endorse gap` against the floor of importing its libraries.

Runs the commands interleaved (floor, gap, floor, gap, ...) so that machine noise hits them
alike, and reports the medians and the ratio of gap to floor. A third command, the libraries
as the tool really uses them (a pydantic model validated, a rich table printed), is timed
too, to show how much of the gap time is the libraries' own first-use cost.

Usage: python benchmarks/bench_gap.py [PAIRS]     (default 21; at least 11)
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOOR = [sys.executable, "-c", "import typer, pydantic, yaml, rich"]
IN_USE = [
    sys.executable,
    "-c",
    "import typer, pydantic, yaml, rich\n"
    "from pydantic import BaseModel\n"
    "class M(BaseModel):\n    x: int\n"
    "M.model_validate({'x': 1})\n"
    "from rich.console import Console\nfrom rich.table import Table\n"
    "t = Table('a', 'b'); t.add_row('1', '2'); Console().print(t)",
]
GAP = [
    sys.executable,
    "-m",
    "endorse_cli",
    "gap",
    "--target",
    "IMHS",
    str(ROOT / "examples/clinician-imhs.yaml"),
    "--as-of",
    "2024-06-30",
]
TARGET = 1.5


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _compile_package() -> None:
    """Byte-compile the installed package, as pip does for a wheel (an editable install may not be)."""
    import endorse_cli

    compileall.compile_dir(str(Path(endorse_cli.__file__).parent), quiet=1)


def main() -> int:
    pairs = max(11, int(sys.argv[1]) if len(sys.argv) > 1 else 21)
    _compile_package()
    runs: dict[str, list[float]] = {"floor": [], "in_use": [], "gap": []}
    for command in (FLOOR, IN_USE, GAP):
        _time(command)  # warm the file cache
    for _ in range(pairs):
        runs["floor"].append(_time(FLOOR))
        runs["in_use"].append(_time(IN_USE))
        runs["gap"].append(_time(GAP))
    floor, in_use, gap = (statistics.median(runs[key]) for key in ("floor", "in_use", "gap"))
    ratio = gap / floor
    print(f"runs: {pairs} of each, interleaved")
    print(f"floor  import typer, pydantic, yaml, rich       median {floor * 1000:4.0f} ms")
    print(f"libs   + a pydantic model and a rich table      median {in_use * 1000:4.0f} ms  ({in_use / floor:.2f}x)")
    print(f"gap    endorse gap --target IMHS (table)        median {gap * 1000:4.0f} ms  ({ratio:.2f}x)")
    print(f"ratio gap/floor: {ratio:.2f} (target <= {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
