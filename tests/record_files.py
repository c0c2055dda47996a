"""Hand-written records in tests: a copy with one change, so a rule's positive and negative case
come from the same person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml


def changed_copy(source: Path, out_dir: Path, change: Callable[[dict], Any]) -> Path:
    """A copy of the record at `source` with `change(data)` applied, written into `out_dir`."""
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    change(data)
    out = out_dir / f"{source.stem}-variant.yaml"
    out.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return out


class RecordFolder:
    """A folder of hand-written records: each by name, or a changed copy of one."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        """The record `name`.yaml of the folder (it must exist)."""
        path = self.folder / f"{name}.yaml"
        assert path.is_file(), path
        return path

    def variant(self, tmp_path: Path, name: str, change: Callable[[dict], Any]) -> Path:
        """A copy of record `name` with `change(data)` applied, written to tmp_path."""
        return changed_copy(self.path(name), tmp_path, change)
