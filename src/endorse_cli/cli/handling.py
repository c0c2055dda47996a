"""The one place errors become messages and exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

from endorse_cli.errors import DataError, EndorseError, ExitCode


def say(message: str) -> None:
    """Print a message on stderr exactly as written (no markup, no emoji codes)."""
    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True, markup=False, emoji=False).print(message, markup=False)


@contextmanager
def handle_errors(data_error_code: ExitCode = ExitCode.CANNOT_RUN) -> Iterator[None]:
    """Turn any EndorseError into 'Error: ...' on stderr and its exit code; never a traceback."""
    try:
        yield
    except EndorseError as exc:
        code = data_error_code if isinstance(exc, DataError) else exc.exit_code
        say(f"Error: {exc}")
        raise typer.Exit(int(code)) from None
