"""Solve a plan's 0/1 program exactly with HiGHS, one objective level after another.

The only module that imports the solver (and numpy): `endorse plan` pays for it, no other command
does (tests/test_startup.py). HiGHS writes a banner to file descriptor 1 when a solver object is
made, below Python's sys.stdout, so every call runs with descriptor 1 pointed at the null device."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from endorse_cli.engine.plan_model import INF, Program01

TOLERANCE = 1e-9


class Infeasible(Exception):
    """The program has no solution (forced offerings or a budget that cannot hold together)."""


@contextmanager
def quiet_stdout() -> Iterator[None]:
    """File descriptor 1 goes to the null device meanwhile: no solver text can reach the report."""
    if sys.stdout is not None:  # None when the process started with descriptor 1 closed
        sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:  # descriptor 1 is closed: nothing can reach it anyway
        yield
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(null)


def solve(prog: Program01) -> tuple[list[float], list[float]]:
    """The values of every variable and the optimum of each level: each level is minimized with the
    levels before it held at their optimum (relative gap 0, one thread, a fixed seed)."""
    with quiet_stdout():
        highs = _solver(prog)
        optima = []
        for level_index, (_name, level) in enumerate(prog.levels):
            if level_index == 1:
                # Presolve pays once; after the first level the rows that hold earlier optima made
                # it the bulk of each solve (0.3 s of 0.33 s for the last level at 500 offerings,
                # same optimum).
                highs.setOptionValue("presolve", "off")
            value = _minimize(highs, prog, level)
            optima.append(value)
            _hold(highs, level, value)
        values = list(highs.getSolution().col_value)
    return values, optima


def _solver(prog: Program01) -> Any:
    import highspy
    import numpy as np

    highs = highspy.Highs()  # type: ignore[no-untyped-call]
    for option, value in (
        ("output_flag", False),
        ("threads", 1),
        ("random_seed", 0),
        ("mip_rel_gap", 0.0),
    ):
        highs.setOptionValue(option, value)
    n = len(prog.names)
    upper = np.array([prog.upper.get(i, 1.0) for i in range(n)], dtype=np.float64)
    highs.addVars(n, np.zeros(n), upper)
    integer = [i for i in range(n) if i not in prog.continuous]
    kinds = np.array([highspy.HighsVarType.kInteger] * len(integer))
    highs.changeColsIntegrality(len(integer), np.array(integer, dtype=np.int32), kinds)
    for coefs, lo, hi in prog.rows:
        _add_row(highs, coefs, lo, hi)
    return highs


def _add_row(highs: Any, coefs: dict[int, float], lo: float, hi: float) -> None:
    import numpy as np

    inf = highs.getInfinity()
    idx = np.array(list(coefs), dtype=np.int32)
    val = np.array(list(coefs.values()), dtype=np.float64)
    highs.addRow(-inf if lo == -INF else lo, inf if hi == INF else hi, len(idx), idx, val)


def _minimize(highs: Any, prog: Program01, level: dict[int, float]) -> float:
    import highspy
    import numpy as np

    n = len(prog.names)
    costs = np.zeros(n)
    for var, coef in level.items():
        costs[var] = coef
    highs.changeColsCost(n, np.arange(n, dtype=np.int32), costs)
    highs.run()
    status = highs.getModelStatus()
    if status != highspy.HighsModelStatus.kOptimal:
        if status in (
            highspy.HighsModelStatus.kInfeasible,
            highspy.HighsModelStatus.kUnboundedOrInfeasible,
        ):
            raise Infeasible(highs.modelStatusToString(status))
        raise RuntimeError(
            f"the solver stopped without an optimum: {highs.modelStatusToString(status)}"
        )
    return float(highs.getInfo().objective_function_value)


def _hold(highs: Any, level: dict[int, float], value: float) -> None:
    """Later levels keep this level at its optimum (a hair of slack for floating-point sums)."""
    if level:
        _add_row(highs, level, -INF, value + max(1e-6, TOLERANCE * abs(value)))
