"""A per-user cache of the validated catalog, keyed on every data file's size and mtime.

Validating the shipped pack costs more than the rest of a report; the cache makes repeat
runs fast. Any problem with the cache (missing, stale, unreadable, another version) means
it is ignored and rebuilt: correctness never depends on it. ENDORSE_NO_CACHE=1 disables it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from endorse_cli.catalog import Catalog

_FORMAT = 1


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "endorse"


def _key(root: Path) -> str:
    """Digest of the pack's file list with sizes and modification times, and the code version."""
    digest = hashlib.sha256(f"{_FORMAT}:{root.resolve()}:{Path(__file__).stat().st_mtime_ns}".encode())
    for path in sorted(root.rglob("*.yaml")):
        stat = path.stat()
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


def load_cached(root: Path) -> tuple[Catalog | None, Path | None]:
    """The cached catalog for `root` if still current, and the cache file to write otherwise."""
    if os.environ.get("ENDORSE_NO_CACHE"):
        return None, None
    try:
        target = _cache_dir() / f"catalog-{_key(root)}.pickle"
        with target.open("rb") as handle:
            catalog = pickle.load(handle)
        return (catalog if isinstance(catalog, Catalog) else None), target
    except FileNotFoundError:
        return None, target
    except Exception:
        return None, None


def store(target: Path | None, catalog: Catalog) -> None:
    """Write the cache atomically; failures are ignored (read-only home, full disk...)."""
    if target is None:
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(catalog, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(target)
    except OSError:
        pass
