"""`endorse cohort --html-dir DIR`: one printable checklist per person and an index page linking
them.

Each page is written the way `-o` writes (atomically, never over a file this run reads or a file of
the data pack); page names come from the record file names (see `engine.cohort_index.page_names`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from endorse_cli.errors import UsageError, file_label
from endorse_cli.vocab import CHECKLIST_INDEX

if TYPE_CHECKING:
    from endorse_cli.api.types import Report


class Checklists:
    """The printable checklists of a cohort, collected while its records are read (a `keep`
    callback); `version` is the data pack's, named in each page's footer."""

    def __init__(self, version: str) -> None:
        self.pages: dict[str, Report] = {}
        self.version = version

    def __call__(self, file: str, checklist: Report) -> None:
        """Keep `file`'s checklist (one per record, even when it has several renewal rows)."""
        self.pages.setdefault(file, checklist)


def prepare(folder: Path) -> None:
    """Create `folder` (and its parents) unless it exists; UsageError when it is a file or cannot be
    made."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(
            f"--html-dir {file_label(folder)}: is a file. Fix: give a folder (it is created if "
            "missing)."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(
            f"--html-dir {file_label(folder)}: cannot create it ({exc.strerror}). Fix: choose "
            "another folder."
        ) from exc


def write_checklists(folder: Path, report: Any, kept: Checklists) -> int:
    """Write each person's page and `index.html` (the cohort, linked to the pages) into `folder`;
    the number of pages written, the index included."""
    from endorse_cli import api
    from endorse_cli.cli.output import write_report
    from endorse_cli.render import OutputFormat, render

    option = "--html-dir page "
    names = api.checklist_names(list(kept.pages))
    for file, checklist in kept.pages.items():
        write_report(
            folder / names[file], str(render(checklist, OutputFormat.html, kept.version)), option
        )
    index = api.link_checklists(report, names)
    write_report(
        folder / CHECKLIST_INDEX, str(render(index, OutputFormat.html, kept.version)), option
    )
    return len(names) + 1
