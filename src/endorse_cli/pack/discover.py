"""Find the training records of a cohort: files given by name, and *.yaml / *.yml under folders.

Whatever cannot be read as a record file is found too, with the reason, so the report names it:
a link loop (between files, or back to a folder it is inside) or a broken link, a named pipe
(never opened: reading one waits for a writer), a socket or a device, a folder that cannot be
opened. A name that is not valid UTF-8 is read as the file system holds it and shown with `\\xff`
for each such byte.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from endorse_cli.errors import UsageError, file_label
from endorse_cli.pack import inputs

SUFFIXES = (".yaml", ".yml")
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISDIR, "a folder"),
)


@dataclass(frozen=True)
class Found:
    """A record file to read, or (with `problem`) a path found that cannot be read as one."""

    path: Path
    problem: str | None = None

    @property
    def label(self) -> str:
        """How the report names it."""
        return file_label(self.path)


def find_records(paths: Sequence[Path]) -> list[Found]:
    """Every record under `paths`, each once, sorted by path; UsageError when a path is missing or
    none is found."""
    found: dict[object, Found] = {}
    for path in paths:
        if path.is_dir():
            for item in _walk(path):
                found.setdefault(_identity(item.path), item)
        elif os.path.lexists(path):
            found.setdefault(_identity(path), Found(path, not_a_file(path)))
        else:
            raise UsageError(
                f"{file_label(path)}: no such file or folder. Fix: give record files, or folders "
                "holding *.yaml / *.yml records."
            )
    if not found:
        where = ", ".join(file_label(p) for p in paths)
        raise UsageError(
            f"no records (*.yaml or *.yml files) found in {where}. Fix: point at the folder "
            "holding the records."
        )
    for item in found.values():
        inputs.note_file(item.path, "a record of the cohort being read")
    return sorted(found.values(), key=lambda f: f.path.parts)


def _catalog(path: Path) -> bool:
    """A catalog of offerings (`endorse plan --catalog`) kept beside the records: it starts with a
    top-level `catalog:` line, a key no record may have, so it is never mistaken for a record (first
    4 KB read)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False  # the cohort reports an unreadable record itself
    return head.startswith(b"catalog:") or b"\ncatalog:" in head or b"\rcatalog:" in head


def not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as a record file, found without opening it; None for a regular
    file."""
    try:
        info = path.stat()
    except OSError as exc:
        return _stat_failed(path, exc)
    what = kind(info.st_mode)
    if what is None:
        return None
    return (
        f"{file_label(path)}: is {what}, not a file. Fix: give the path of a training record "
        "(YAML)."
    )


def kind(mode: int) -> str | None:
    """What a file mode names when it is not a regular file ("a named pipe (FIFO)", "a socket",
    ...)."""
    return next((what for test, what in _KINDS if test(mode)), None)


def _stat_failed(path: Path, exc: OSError) -> str:
    label = file_label(path)
    if exc.errno == errno.ELOOP:
        return (
            f"{label}: is a link that leads round in a loop. Fix: point the link at a record "
            "file, or remove it."
        )
    if exc.errno == errno.ENOENT and path.is_symlink():
        target = file_label(path.readlink())
        return (
            f"{label}: is a link to '{target}', which does not exist. Fix: point it at a record, "
            "or remove it."
        )
    if exc.errno == errno.ENOENT:
        return f"{label}: no such file. Fix: give the path of your training record (YAML)."
    return (
        f"{label}: cannot be read ({exc.strerror or exc}). Fix: check the path and its permissions."
    )


def _walk(folder: Path) -> list[Found]:
    """Record files under `folder`, recursively, through links to folders; each folder that cannot
    be opened, and each link back to a folder it is inside (a loop), is found with the reason.
    Hidden files and folders (.git, editor backups) are skipped; a folder reached twice is searched
    once."""
    found: list[Found] = []
    searched: set[object] = set()
    waiting: list[tuple[Path, tuple[object, ...]]] = [(folder, ())]
    while waiting:
        here, above = waiting.pop()
        mark = _identity(here)
        if mark in above:
            fix = "remove the link, or point it at a folder outside this one."
            found.append(
                Found(
                    here,
                    f"{file_label(here)}: is a link back to a folder it is inside (a loop). Fix: "
                    f"{fix}",
                )
            )
            continue
        if mark in searched:
            continue
        searched.add(mark)
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name, reverse=True)
        except OSError as exc:
            why = (
                f"this folder cannot be opened ({exc.strerror or exc}); its records were not read."
            )
            found.append(Found(here, f"{file_label(here)}: {why} Fix: check its permissions."))
            continue
        for entry in (e for e in entries if not e.name.startswith(".")):
            if _is_folder(entry):
                waiting.append((Path(entry.path), (*above, mark)))
            elif entry.name.lower().endswith(SUFFIXES):
                path = Path(entry.path)
                reason = not_a_file(path)
                if reason is not None or not _catalog(path):  # only a regular file is opened
                    found.append(Found(path, reason))
    return found


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # through a link: a link loop or a broken link is not a folder
    except OSError:
        return False


def _identity(path: Path) -> object:
    """The same file named twice (records/a.yaml and records/./a.yaml) is read once."""
    try:
        info = path.stat()
    except OSError:
        return path.absolute()
    return info.st_dev, info.st_ino
