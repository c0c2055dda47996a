"""Wall time of `endorse gap` against the floor of importing its libraries.

Runs both commands interleaved (floor, gap, floor, gap, ...) so that machine noise hits both
alike, and reports the medians and their ratio. Usage: python benchmarks/bench_gap.py [PAIRS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOOR = [sys.executable, "-c", "import typer, pydantic, yaml, rich"]
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


def main() -> int:
    pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    _time(FLOOR), _time(GAP)  # warm the file cache
    floors, gaps = [], []
    for _ in range(pairs):
        floors.append(_time(FLOOR))
        gaps.append(_time(GAP))
    floor, gap = statistics.median(floors), statistics.median(gaps)
    ratio = gap / floor
    print(f"pairs: {pairs}")
    print(f"floor (import typer, pydantic, yaml, rich): median {floor * 1000:.0f} ms")
    print(f"endorse gap --target IMHS (table):           median {gap * 1000:.0f} ms")
    print(f"ratio: {ratio:.2f} (target <= {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
