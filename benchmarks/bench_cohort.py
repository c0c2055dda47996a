"""Many records and very large records: `endorse cohort` on 1,000 generated records, and `endorse
gap` on one record as it grows.

Reports, in one run:
- 1,000 records in one `endorse cohort` process against one `endorse gap` process on one record
  (interleaved, medians; target: at most 8x);
- peak memory of that cohort run (target: at most 80 MB);
- one record with 250 / 500 / 1,000 / 2,000 RSC entries under `gap --target IMHS`, and one with
  5,000 trainings + 2,000 RSC entries + 500 work periods under `gap --target all` (target: < 2 s);
- where the time of that largest record goes (cProfile, top entries), and what pausing the garbage
  collector does to reading it.

Usage: python benchmarks/bench_cohort.py [RUNS]     (default 5 runs of each timed command)
Exit status 0 when every target holds, 1 otherwise.
"""

from __future__ import annotations

import cProfile
import gc
import io
import os
import pstats
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import compile_package, endorse, peak_rss_mb
from records import AS_OF, record, write, write_cohort

DAY = AS_OF.isoformat()
COHORT_RATIO = 8.0
COHORT_MB = 80.0
LARGE_SECONDS = 2.0
RSC_SIZES = (250, 500, 1000, 2000)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run; the exit status is not judged (a cohort with bad records
    exits 2).

    No timeout: waiting with one makes the standard library poll in steps of up to 50 ms, which
    would round short runs up and flatter the ratio."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cohort_vs_gap(folder: Path, one: Path, runs: int, env: dict[str, str]) -> bool:
    """1,000 records in one process against one record in one process, interleaved."""
    cohort = [
        *endorse(),
        "cohort",
        "--target",
        "IMHS",
        str(folder),
        "--as-of",
        DAY,
        "-f",
        "csv",
        "--quiet",
    ]
    gap = [*endorse(), "gap", "--target", "IMHS", str(one), "--as-of", DAY, "-f", "json"]
    timed(gap, env)
    times: dict[str, list[tuple[float, float]]] = {"cohort": [], "gap": []}
    for _ in range(runs):
        times["cohort"].append(timed(cohort, env))
        times["gap"].append(timed(gap, env))
    med = {
        k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
        for k, v in times.items()
    }
    ratio = med["cohort"][0] / med["gap"][0]
    print(f"\n1,000 records, {runs} runs of each, interleaved; medians (wall / cpu)")
    print(
        f"  endorse gap, one record            {med['gap'][0] * 1000:7.0f} ms / "
        f"{med['gap'][1] * 1000:5.0f} ms"
    )
    print(
        f"  endorse cohort, 1,000 records      {med['cohort'][0] * 1000:7.0f} ms / "
        f"{med['cohort'][1] * 1000:5.0f} ms"
    )
    per = (med["cohort"][0] - med["gap"][0]) / 1000 * 1000
    print(
        f"  ratio {ratio:.1f}x (target <= {COHORT_RATIO:.0f}x); about {per:.2f} ms a record "
        "beyond start-up"
    )
    rss, how = peak_rss_mb(cohort, env)
    print(f"  peak RSS of the cohort run: {rss:.1f} MB ({how}; target <= {COHORT_MB:.0f} MB)")
    return ratio <= COHORT_RATIO and rss <= COHORT_MB


def big_record(folder: Path, trainings: int, rsc: int, jobs: int, name: str) -> Path:
    """One generated record of the given size (an IMHS applicant's shape)."""
    data = record(random.Random(7), 2, trainings=trainings, rsc=rsc, jobs=jobs)
    path = folder / f"{name}.yaml"
    write(path, data)
    return path


def scaling(folder: Path, env: dict[str, str]) -> tuple[bool, Path]:
    """Time grows with the record: RSC entries alone, then the largest record under --target all."""
    print("\none record as it grows (one run each, wall / cpu)")
    for size in RSC_SIZES:
        path = big_record(folder, 10, size, 3, f"rsc-{size}")
        wall, cpu = timed(
            [*endorse(), "gap", "--target", "IMHS", str(path), "--as-of", DAY, "-f", "json"], env
        )
        print(
            f"  {size:5} RSC entries, gap --target IMHS       {wall * 1000:8.0f} ms / "
            f"{cpu * 1000:6.0f} ms"
        )
    path = big_record(folder, 5000, 2000, 500, "largest")
    wall, cpu = timed(
        [*endorse(), "gap", "--target", "all", str(path), "--as-of", DAY, "-f", "json"], env
    )
    label = "5,000 trainings + 2,000 RSC + 500 work, --target all"
    print(
        f"  {label}  {wall * 1000:8.0f} ms / {cpu * 1000:6.0f} ms (target < {LARGE_SECONDS:.0f} s)"
    )
    return wall < LARGE_SECONDS, path


def profile(path: Path, top: int = 18) -> None:
    """Where the largest record's time goes, in process: reading it, then every category."""
    from endorse_cli import api

    pack = api.load_pack()
    day = date.fromisoformat(DAY)
    for paused in (False, True):
        spans = []
        for _ in range(3):
            if paused:
                gc.disable()
            start = time.perf_counter()
            api.load_record(path, pack, day)
            spans.append(time.perf_counter() - start)
            gc.enable()
        state = "paused" if paused else "running"
        ms = statistics.median(spans) * 1000
        print(f"  reading it with the garbage collector {state}: {ms:.0f} ms (median of 3)")
    profiler = cProfile.Profile()
    profiler.enable()
    api.whatif(pack, api.load_record(path, pack, day), day)
    profiler.disable()
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(top)
        print(f"\ncProfile of the largest record (read + --target all), by {order}:")
        print("\n".join(_short(line) for line in out.getvalue().splitlines()[4:] if line.strip()))


def _short(line: str) -> str:
    """A pstats line with site-packages and the checkout cut from its paths."""
    for prefix in (
        str(Path(__file__).resolve().parents[1] / "src") + "/",
        str(Path(os.__file__).parent) + "/",
    ):
        line = line.replace(prefix, "")
    return line


def main() -> int:
    runs = max(3, int(sys.argv[1]) if len(sys.argv) > 1 else 5)
    compile_package()
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "ENDORSE_CACHE_DIR": cache, "NO_COLOR": "1"}
        env.pop("ENDORSE_DATA_DIR", None)
        os.environ["ENDORSE_CACHE_DIR"] = cache
        folder = Path(tmp) / "records"
        write_cohort(folder, 1000)
        print(
            f"generated 1,000 records ({sum(1 for _ in folder.rglob('*.yaml'))} files, 1 in 50 "
            "with a mistake)"
        )
        ok = cohort_vs_gap(folder, folder / "group-00" / "person-00002.yaml", runs, env)
        fast, largest = scaling(Path(tmp), env)
        profile(largest)
    ok = ok and fast
    print("\nall targets met" if ok else "\nsome target missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
