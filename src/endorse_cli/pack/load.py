"""Load a data pack: from the cache when its files are unchanged, else read and check afresh."""

from __future__ import annotations

import hashlib
from pathlib import Path

from endorse_cli.errors import DataError, Problem, count
from endorse_cli.models.pack import Pack
from endorse_cli.pack import cache
from endorse_cli.pack.reader import Loaded, build_pack, from_plain, pack_files, read_pack
from endorse_cli.resources import data_root


def load_pack(root: Path | None = None) -> Pack:
    """A checked data pack; raise DataError listing every problem. Served from the cache when
    unchanged."""
    root = root or data_root()
    files, problems = pack_files(root)
    labels = {Loaded(root).label(path): raw for path, raw in files.items()}
    name = f"pack-{cache.key(labels)}" if not problems else ""
    cached = cache.load(name) if name else None
    docs = cached.get("docs") if cached else None
    if isinstance(docs, dict) and set(docs) == set(labels):
        try:
            return _versioned(from_plain(root, docs), labels)
        except (KeyError, TypeError, AttributeError, ValueError):
            pass  # not what this code writes (ValidationError is a ValueError): read afresh below
    pack, loaded = _checked(root, files, problems)
    if name:
        cache.store(name, {"docs": {label: doc.data for label, doc in loaded.docs.items()}})
    return _versioned(pack, labels)


def check_fresh(root: Path) -> Pack:
    """Read and check a data pack from scratch, never from the cache (what `validate` does)."""
    files, problems = pack_files(root)
    labels = {Loaded(root).label(path): raw for path, raw in files.items()}
    return _versioned(_checked(root, files, problems)[0], labels)


def _checked(root: Path, files: dict[Path, bytes], problems: list[Problem]) -> tuple[Pack, Loaded]:
    # Only when reading afresh: a cache hit never needs it.
    from endorse_cli.pack.checks import (
        cross_file_problems,
    )

    loaded = read_pack(root, files, problems)
    found = loaded.problems + cross_file_problems(loaded)
    if found:
        real = count(sum(not p.note for p in found), "problem")
        raise DataError(f"the data pack {loaded.root} is invalid ({real}):", found)
    return build_pack(loaded), loaded


def _versioned(pack: Pack, labels: dict[str, bytes]) -> Pack:
    """The pack with its version: a short digest of its files' content."""
    digest = hashlib.sha256()
    for label in sorted(labels):
        digest.update(label.split("/", 1)[-1].encode() + b"\0" + labels[label])
    pack.version = digest.hexdigest()[:12]
    return pack
