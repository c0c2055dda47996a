"""A per-user cache of a valid data pack as plain data (JSON), keyed on the files' content.

Reading the pack's YAML and running the cross-file checks costs more than the rest of a report.
The cache keeps the parsed YAML of a pack that passed every check, keyed on a hash of every
file's bytes and of the code that decides validity. The models are always validated again from
that plain data, so a cache written by another version can never be served stale; anything odd
about the cache (missing, corrupt, truncated, a link, a FIFO, unwritable) means it is ignored.

A cache file is trusted to hold a pack that passed the cross-file checks, so it is read only from
a folder that is the user's own and that nobody else may write into (owner = the user, no write
bit for group or others, not a link), and only when the file is the user's own and writable by
nobody else. An untrusted folder is ignored silently: nothing is read from it or written to it,
and the report is the same, only slower. Only the newest `KEEP` cache files are kept.

Kept because the start-up targets need it. benchmarks/bench_startup.py, medians of 21 interleaved
runs, wall-time ratios to the empty typer app in the same run (four runs with the cache, one
without, on a shared machine):

                           with the cache   without (ENDORSE_NO_CACHE=1)
    gap --format json      1.26 to 1.35     1.55    (target 1.3)
    gap (table)            1.50 to 1.68     1.78    (target 1.6)

ENDORSE_NO_CACHE=1 turns it off; ENDORSE_CACHE_DIR moves it.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import Any

_FORMAT = b"endorse-pack-cache-2"
KEEP = 4  # cache files kept: the newest, by the time they were written
_MAX_BYTES = 16 * 1024 * 1024
# The code whose changes can change whether a pack is valid.
_CODE = ("models", "pack", "vocab.py")


def cache_dir() -> Path:
    """Where cache files live: $ENDORSE_CACHE_DIR, else $XDG_CACHE_HOME/endorse, else
    ~/.cache/endorse."""
    if os.environ.get("ENDORSE_CACHE_DIR"):
        return Path(os.environ["ENDORSE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "endorse"


def _code_digest() -> bytes:
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(_FORMAT)
    for name in _CODE:
        path = package / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(package).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.digest()


def key(files: dict[str, bytes]) -> str:
    """Digest of every pack file (label and bytes), the code deciding validity and pydantic-core."""
    import pydantic_core

    digest = hashlib.sha256(_code_digest() + pydantic_core.__version__.encode())
    for label in sorted(files):
        digest.update(label.encode() + b"\0" + hashlib.sha256(files[label]).digest())
    return digest.hexdigest()[:40]


def trusted(info: os.stat_result) -> bool:
    """Whether a cache folder or file is the user's own and writable by nobody else."""
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _folder() -> Path | None:
    """The cache folder when it exists and is trusted, else None."""
    folder = cache_dir()
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    return folder if stat.S_ISDIR(info.st_mode) and trusted(info) else None


def load(name: str) -> dict[str, Any] | None:
    """The cached plain data under `name`, or None (never follows links, never blocks on a FIFO)."""
    folder = None if os.environ.get("ENDORSE_NO_CACHE") else _folder()
    if folder is None:
        return None
    try:
        fd = os.open(folder / f"{name}.json", os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_BYTES or not trusted(info):
            return None
        from pydantic_core import from_json  # already loaded with pydantic; the json module is not

        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = from_json(handle.read())
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)


def store(name: str, data: dict[str, Any]) -> None:
    """Write `data` atomically (a private temporary file, then rename), then prune; any failure is
    ignored."""
    if os.environ.get("ENDORSE_NO_CACHE"):
        return
    import json

    try:
        cache_dir().mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return
    folder = _folder()
    if folder is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".pack-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
        Path(tmp).replace(folder / f"{name}.json")
    except (OSError, TypeError, ValueError):
        Path(tmp).unlink(missing_ok=True)
    prune(folder)


def prune(folder: Path, keep: int = KEEP) -> None:
    """Remove all but the newest `keep` cache files (and temporary files a killed run left a day
    ago)."""
    try:
        found = [(p.lstat().st_mtime, p) for p in folder.glob("pack-*.json")]
        old_tmp = [
            p for p in folder.glob(".pack-*.tmp") if p.lstat().st_mtime < time.time() - 86_400
        ]
        for path in [p for _, p in sorted(found, reverse=True)[keep:]] + old_tmp:
            path.unlink(missing_ok=True)
    except OSError:
        return
