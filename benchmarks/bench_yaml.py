"""Reading YAML the safe way (`endorse_cli.pack.yamlsafe.parse`) against libyaml's own safe load.

Four inputs: every file of the shipped data pack, one short record (examples/clinician-imhs.yaml),
one long generated record (5,000 trainings, 2,000 RSC entries, 500 jobs) and a small "billion
laughs" file whose aliases would expand past the node limit (parse refuses it; libyaml's own load
shares the repeated values, so that baseline is what reading the file as written costs).

The baseline is `yaml.load(text, Loader=yaml.CSafeLoader)`, measured in the same run: each round
times the baseline and parse on every input, interleaved, so machine noise hits both alike. Each
figure is the median of the rounds; the ratio is parse's median over the baseline's.

Usage: python benchmarks/bench_yaml.py [ROUNDS]     (default 15)
"""

from __future__ import annotations

import contextlib
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from records import record

from endorse_cli.pack.yamlsafe import YamlProblem, parse

ROOT = Path(__file__).resolve().parents[1]


def laughs(levels: int = 9, width: int = 9) -> str:
    """a0: [x, x, ...]; a1: [*a0, *a0, ...]; ... width**levels nodes once expanded."""
    lines = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * width)}]" for n in range(1, levels)]
    return "\n".join(lines) + "\n"


def inputs() -> dict[str, list[str]]:
    """Each input as the list of texts read together."""
    pack = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data").glob("*/*.yaml"))]
    short = (ROOT / "examples" / "clinician-imhs.yaml").read_text(encoding="utf-8")
    big = yaml.safe_dump(
        record(random.Random(5), 1, trainings=5000, rsc=2000, jobs=500), sort_keys=False
    )
    return {
        "whole data pack": pack,
        "short record": [short],
        "long record": [big],
        "billion laughs": [laughs()],
    }


def ours(texts: list[str]) -> None:
    for text in texts:
        with contextlib.suppress(YamlProblem):
            parse(text, "bench.yaml")


def libyaml(texts: list[str]) -> None:
    for text in texts:
        yaml.load(text, Loader=yaml.CSafeLoader)


def timed(fn: Callable[[list[str]], None], texts: list[str], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn(texts)
    return (time.perf_counter() - start) / repeat


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    cases = inputs()
    repeats = {"whole data pack": 3, "short record": 50, "long record": 1, "billion laughs": 20}
    times: dict[str, dict[str, list[float]]] = {
        name: {"libyaml": [], "parse": []} for name in cases
    }
    for texts in cases.values():  # warm-up
        ours(texts)
        libyaml(texts)
    for _ in range(rounds):
        for name, texts in cases.items():
            times[name]["libyaml"].append(timed(libyaml, texts, repeats[name]))
            times[name]["parse"].append(timed(ours, texts, repeats[name]))
    print(f"rounds: {rounds}, interleaved; medians")
    print(f"{'input':18} {'libyaml ms':>11} {'parse ms':>9} {'ratio':>6}")
    for name, fig in times.items():
        base, mine = statistics.median(fig["libyaml"]), statistics.median(fig["parse"])
        print(f"{name:18} {base * 1000:11.2f} {mine * 1000:9.2f} {mine / base:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
