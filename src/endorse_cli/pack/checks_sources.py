"""Every `source:` of a data pack names a document of its sources/ folder or a URL."""

from __future__ import annotations

import re
from collections.abc import Iterator

from endorse_cli.models.pack import suggest
from endorse_cli.pack.checker import Checker, Where

_URL = re.compile(r"^https?://\S+$")


def check_sources(ck: Checker) -> None:
    """Every `source:` entry is a URL or a document id of sources/ (whose titles reports show)."""
    ids = {d.id for f in ck.loaded.sources.values() for d in f.documents}
    folder = f"{ck.loaded.root.name}/sources/"
    for label, doc in ck.loaded.docs.items():
        for path, value in _walk(doc.data, ()):
            is_source = (path and path[-1] == "source") or (len(path) > 1 and path[-2] == "source")
            if is_source and isinstance(value, str) and value not in ids and not _URL.match(value):
                hint = suggest(value, sorted(ids))
                ck.add(
                    label,
                    path,
                    f"source '{value}' is neither a URL nor a document of {folder}{hint}.",
                    f"write a URL, or a document id listed in {folder}documents.yaml (add the "
                    "document there: id, title, publisher, url).",
                )


def _walk(data: object, path: Where) -> Iterator[tuple[Where, object]]:
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _walk(v, (*path, str(k)))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _walk(v, (*path, i))
    else:
        yield path, data
