"""Find the training records of a cohort: files given by name, and *.yaml / *.yml under folders."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from endorse_cli.errors import UsageError

SUFFIXES = (".yaml", ".yml")


def find_records(paths: Sequence[Path]) -> list[Path]:
    """Every record under `paths`, each once, sorted by path; UsageError when a path is missing or none is found."""
    found: dict[Path, Path] = {}
    for path in paths:
        if path.is_dir():
            for file in _walk(path):
                found.setdefault(_identity(file), file)
        elif path.exists():
            found.setdefault(_identity(path), path)
        else:
            raise UsageError(
                f"{path}: no such file or folder. Fix: give record files, or folders holding *.yaml / *.yml records."
            )
    if not found:
        where = ", ".join(str(p) for p in paths)
        raise UsageError(
            f"no records (*.yaml or *.yml files) found in {where}. Fix: point at the folder holding the records."
        )
    return sorted(found.values(), key=lambda p: p.parts)


def _walk(folder: Path) -> list[Path]:
    """Record files under `folder`, recursively; hidden files and folders (.git, editor backups) are skipped."""
    files: list[Path] = []
    for parent, dirs, names in os.walk(folder):  # never follows links to folders, so no loops
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        here = Path(parent)
        files.extend(here / n for n in names if not n.startswith(".") and n.lower().endswith(SUFFIXES))
    return [f for f in files if not _catalog(f)]


def _catalog(path: Path) -> bool:
    """A catalog of offerings (`endorse plan --catalog`) kept beside the records: it starts with a top-level
    `catalog:` line, a key no record may have, so it is never mistaken for a record (first 4 KB read)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False  # the cohort reports an unreadable record itself
    return any(line.startswith(b"catalog:") for line in head.splitlines())


def _identity(path: Path) -> Path:
    """The same file named twice (records/a.yaml and records/./a.yaml) is read once."""
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
