"""What a run reads, remembered where it is read, so that `-o` can refuse to write over any of it.

The record loader, the cohort walk and the data pack loader note each file (and each pack root)
here; the command line starts afresh for every command and asks `is_input` before it writes.
Files are compared by (device, inode), so any spelling of a path (a symlink, `..`, a trailing
slash, a relative or absolute name, a hard link) names the same file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

Identity = tuple[int, int]
# A pack walked to find its files stops after this many entries (a pack holds a few dozen files).
MAX_PACK_ENTRIES = 20_000


@dataclass
class Inputs:
    """The files a run has read (by identity, with how to name them) and the data packs it uses."""

    files: dict[Identity, str] = field(default_factory=dict)
    trees: dict[Path, str] = field(default_factory=dict)
    # Only once a command has started: a script using the library keeps no list.
    noting: bool = False


_SEEN = Inputs()


def start() -> None:
    """Forget what earlier runs in this process read (each command starts afresh). endorse's own
    files are always among the inputs: the templates every markdown and html report reads, and the
    shipped data pack (read unless another is chosen, and part of the program either way)."""
    from endorse_cli.resources import data_root, templates_root

    _SEEN.noting = True
    _SEEN.files.clear()
    _SEEN.trees.clear()
    _SEEN.trees[templates_root()] = "inside endorse's own templates"
    _SEEN.trees[data_root()] = "inside endorse's shipped data pack"


def note_file(path: Path, what: str = "the record being read") -> None:
    """`path` is read by this run (a file that cannot be looked at is not there to be written
    over)."""
    found = _identity(path) if _SEEN.noting else None
    if found is not None:
        _SEEN.files.setdefault(found, what)


def note_pack(root: Path) -> None:
    """Every file under `root` belongs to the data pack in use."""
    if _SEEN.noting:
        _SEEN.trees.setdefault(root, f"inside the data pack in use ({root})")


def is_input(path: Path) -> str | None:
    """What `path` is when this run reads it ("the record being read", "inside the data pack ..."),
    else None.

    An existing file is compared by identity with every file read and every file under each noted
    folder (a pack's root, the templates); a new file is refused when its folder is inside one."""
    target = _identity(path)
    if target is not None and target in _SEEN.files:
        return _SEEN.files[target]
    folder = _identity(Path(os.path.realpath(path)).parent)
    for root, what in _SEEN.trees.items():
        folders, files = _tree(root)
        if (target is not None and target in files) or (folder is not None and folder in folders):
            return what
    return None


def _identity(path: Path) -> Identity | None:
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _tree(root: Path) -> tuple[set[Identity], set[Identity]]:
    """The identities of every folder and file under `root`, through links, each folder once."""
    folders: set[Identity] = set()
    files: set[Identity] = set()
    waiting = [root]
    while waiting and len(folders) + len(files) < MAX_PACK_ENTRIES:
        here = waiting.pop()
        found = _identity(here)
        if found is None or found in folders:
            continue
        folders.add(found)
        try:
            entries = list(os.scandir(here))
        except OSError:
            continue
        for entry in entries:
            _sort(entry, waiting, files)
    return folders, files


def _sort(entry: os.DirEntry[str], waiting: list[Path], files: set[Identity]) -> None:
    try:
        if entry.is_dir():
            waiting.append(Path(entry.path))
            return
        info = entry.stat()
    except OSError:
        return
    files.add((info.st_dev, info.st_ino))
