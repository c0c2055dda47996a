"""The only code that knows where the shipped data/ and templates/ live."""

from __future__ import annotations

import os
from pathlib import Path

from endorse_cli.errors import UsageError

ENV_DATA_DIR = "ENDORSE_DATA_DIR"


def _packaged(name: str) -> Path:
    """`endorse_cli/<name>` in a wheel, else `<checkout>/<name>` (editable or source run). The
    package's folder is where this module lives (what importlib.resources would find, without
    importing it)."""
    inside = Path(__file__).parent / name
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / name


def data_root() -> Path:
    """The shipped data pack."""
    return _packaged("data")


def templates_root() -> Path:
    """The shipped jinja2 templates."""
    return _packaged("templates")


def choose_data_dir(option: Path | None) -> Path:
    """The data pack to use: --data-dir, else $ENDORSE_DATA_DIR, else the shipped one."""
    chosen = option or (Path(os.environ[ENV_DATA_DIR]) if os.environ.get(ENV_DATA_DIR) else None)
    if chosen is None:
        return data_root()
    if not chosen.is_dir():
        raise UsageError(
            f"data pack '{chosen}' (from --data-dir or ${ENV_DATA_DIR}) is not a directory. Fix: "
            "point it at a folder holding competencies/, categories/ and crosswalks/."
        )
    return chosen


def pack_to_validate(given: Path | None) -> tuple[Path, str]:
    """The pack `endorse validate` checks, and why that one: the folder given, else
    $ENDORSE_DATA_DIR, else ./data when it is a data pack (a maintainer in a repository), else the
    shipped pack."""
    from_env = os.environ.get(ENV_DATA_DIR)
    if given is not None:  # --data-dir is filled from $ENDORSE_DATA_DIR too
        return choose_data_dir(given), f"from ${ENV_DATA_DIR}" if str(
            given
        ) == from_env else "the folder given"
    if from_env:
        return choose_data_dir(None), f"from ${ENV_DATA_DIR}"
    here = Path("data")
    if all((here / name).is_dir() for name in ("competencies", "categories", "crosswalks")):
        return here, "the data/ folder here"
    return data_root(), "the pack shipped with endorse"
