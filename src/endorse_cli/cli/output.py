"""Writing reports: stdout or an atomically replaced file, never over an input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from endorse_cli.errors import UsageError


def emit(content: Any, output: Path | None, inputs: tuple[Path, ...] = ()) -> None:
    """Print `content` (text or a rich renderable) to stdout, or write it to `output`."""
    if output is None or str(output) == "-":
        _to_stdout(content)
        return
    _refuse_inputs(output, inputs)
    if isinstance(content, str):
        text = content
    else:
        from endorse_cli.render.text import to_text

        text = to_text(content)
    write_atomic(output, text)


def _to_stdout(content: Any) -> None:
    import sys

    if isinstance(content, str):
        sys.stdout.write(content)
        sys.stdout.flush()
        return
    from rich.console import Console

    # Record and pack text is shown exactly as written: no markup, emoji codes or highlighting read into it.
    Console(soft_wrap=False, markup=False, emoji=False, highlight=False).print(content)


def _refuse_inputs(output: Path, inputs: tuple[Path, ...]) -> None:
    for path in inputs:
        if path.exists() and output.exists() and output.resolve() == path.resolve():
            raise UsageError(
                f"-o {output}: that is the record being read; refusing to overwrite it. "
                "Fix: choose another output file."
            )
    if output.is_dir():
        raise UsageError(f"-o {output}: is a directory. Fix: give a file name.")


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder, then rename over `path`."""
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise UsageError(f"-o {path}: folder '{folder}' does not exist. Fix: create it first.")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        Path(tmp).replace(path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UsageError(f"-o {path}: cannot write ({exc.strerror}).") from exc
