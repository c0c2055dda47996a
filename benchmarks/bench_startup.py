"""Start-up of `endorse gap` against an empty typer app with the same seven options.

The baseline (benchmarks/empty_app.py) is what typer itself costs for a command of that shape,
so the ratios say what endorse adds. The three commands run interleaved (empty, json, table,
empty, ...) so machine noise hits them alike; each figure is the median of the runs, and each
ratio is gap's median over the empty app's median from the same run. Wall time is what a user
waits; CPU time (user + sys of the child) is reported beside it because it is steadier on a
busy machine. Peak memory of one gap run comes from /usr/bin/time -v where present, else from
the kernel's accounting of a child process.

Usage: python benchmarks/bench_startup.py [RUNS]     (default 21, at least 21)
Exit status 0 when every target holds, 1 otherwise.
"""

from __future__ import annotations

import compileall
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECORD = str(ROOT / "examples/clinician-imhs.yaml")
ARGS = ["--target", "IMHS", "--as-of", "2024-06-30"]
TARGETS = {"json": 1.3, "table": 1.6}
RSS_TARGET_MB = 45.0


def endorse() -> list[str]:
    """The installed console script next to this Python, else `python -m endorse_cli`."""
    script = Path(sys.executable).parent / "endorse"
    return [str(script)] if script.exists() else [sys.executable, "-m", "endorse_cli"]


COMMANDS = {
    "empty": [
        sys.executable,
        str(ROOT / "benchmarks/empty_app.py"),
        RECORD,
        *ARGS,
        "--format",
        "json",
    ],
    "json": [*endorse(), "gap", RECORD, *ARGS, "--format", "json"],
    "table": [*endorse(), "gap", RECORD, *ARGS],
}


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) for one run; the command must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def peak_rss_mb(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Peak resident memory of one run, in MB, and how it was measured."""
    if Path("/usr/bin/time").exists():
        done = subprocess.run(
            ["/usr/bin/time", "-v", *command],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        if found:
            return int(found[1]) / 1024, "/usr/bin/time -v"
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], "
        "stdout=subprocess.DEVNULL); "
    )
    probe += "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    out = subprocess.run(
        [sys.executable, "-c", probe, *command], env=env, capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip()) / 1024, "getrusage of a child"


def compile_package() -> None:
    """Byte-compile the installed package, as pip does for a wheel (an editable install may not
    be)."""
    import endorse_cli

    compileall.compile_dir(str(Path(endorse_cli.__file__).parent), quiet=1)


def measure(runs: int, env: dict[str, str]) -> dict[str, dict[str, list[float]]]:
    """Every command `runs` times, interleaved, after one warm-up each (which also fills the pack
    cache)."""
    for command in COMMANDS.values():
        run_once(command, env)
    figures: dict[str, dict[str, list[float]]] = {
        name: {"wall": [], "cpu": []} for name in COMMANDS
    }
    for _ in range(runs):
        for name, command in COMMANDS.items():
            wall, cpu = run_once(command, env)
            figures[name]["wall"].append(wall)
            figures[name]["cpu"].append(cpu)
    return figures


def report(figures: dict[str, dict[str, list[float]]], runs: int) -> bool:
    """Print medians and ratios; whether the time targets hold (judged on wall-time medians)."""
    med = {name: {k: statistics.median(v) for k, v in fig.items()} for name, fig in figures.items()}
    print(f"runs: {runs} of each, interleaved (empty, json, table, ...); medians")
    print(f"{'command':44} {'wall ms':>8} {'cpu ms':>8} {'wall x':>7} {'cpu x':>7} {'target':>7}")
    ok = True
    labels = {
        "empty": "empty typer app, same 7 options (baseline)",
        "json": "endorse gap --format json",
        "table": "endorse gap (table)",
    }
    for name, label in labels.items():
        wall_x = med[name]["wall"] / med["empty"]["wall"]
        cpu_x = med[name]["cpu"] / med["empty"]["cpu"]
        target = TARGETS.get(name)
        ok = ok and (target is None or wall_x <= target)
        limit = f"<= {target}" if target else ""
        wall_ms, cpu_ms = med[name]["wall"] * 1000, med[name]["cpu"] * 1000
        print(f"{label:44} {wall_ms:8.0f} {cpu_ms:8.0f} {wall_x:7.2f} {cpu_x:7.2f} {limit:>7}")
    return ok


def main() -> int:
    runs = max(21, int(sys.argv[1]) if len(sys.argv) > 1 else 21)
    compile_package()
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "ENDORSE_CACHE_DIR": cache, "NO_COLOR": "1"}
        env.pop("ENDORSE_DATA_DIR", None)
        ok = report(measure(runs, env), runs)
        rss, how = peak_rss_mb(COMMANDS["json"], env)
    print(
        f"peak RSS of one `endorse gap --format json`: {rss:.1f} MB ({how}; target < "
        f"{RSS_TARGET_MB:.0f} MB)"
    )
    ok = ok and rss < RSS_TARGET_MB
    print("all targets met" if ok else "some target missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
