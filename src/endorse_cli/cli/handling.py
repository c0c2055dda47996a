"""The one place errors become messages and exit codes: every command runs inside `guarded`.

An EndorseError prints `Error: <message>` and exits with its code (2 unless it says otherwise); any
other exception is a bug: exit 3 with two lines (what failed, please report it, how to see the
traceback). typer's own usage errors and exits pass through untouched (exit 2 for usage).
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer
from typer.core import TyperGroup
from typer.exceptions import Abort, Exit, TyperException

from endorse_cli.cli.encoding import fit_streams
from endorse_cli.cli.signals import Stopped, end_by
from endorse_cli.cli.streams import (
    PIPE_CLOSED,
    ReaderGone,
    checked_stdout,
    hold_closed_descriptors,
    quiet_stdout,
    sane_columns,
)
from endorse_cli.errors import DataError, EndorseError, ExitCode, cut_values

DEBUG = "ENDORSE_DEBUG"


def say(message: str) -> None:
    """Print a message on stderr as written (no markup, no emoji codes), each line through
    `inert.terminal`: a path or a value in it cannot move the cursor, clear the screen or reverse
    the line."""
    from endorse_cli.inert import terminal
    from endorse_cli.render.text import plain_console

    lines = message.split("\n")
    # stderr itself cannot be written: the exit code is all that is left.
    with contextlib.suppress(OSError):
        plain_console(stderr=True, soft_wrap=True).print(
            "\n".join(terminal(line) for line in lines)
        )


# 130: what a shell shows for a command stopped by Ctrl-C (SIGINT, 2); never 1 (findings)
INTERRUPTED = 128 + 2


@contextmanager
def guarded() -> Iterator[None]:
    """Turn every exception into a message and an exit code; never a traceback unless
    ENDORSE_DEBUG=1."""
    try:
        yield
    except Abort as exc:
        # Ctrl-C at a prompt: as a shell shows it.
        if isinstance(exc.__context__, KeyboardInterrupt):
            raise typer.Exit(INTERRUPTED) from None
        raise
    except KeyboardInterrupt:
        raise typer.Exit(INTERRUPTED) from None
    except (TyperException, Exit):
        raise
    except EndorseError as exc:
        say(f"Error: {exc}")
        raise typer.Exit(int(exc.exit_code)) from None
    except (ReaderGone, BrokenPipeError):
        quiet_stdout()  # the reader stopped reading (`| head`): nothing more to say
        raise typer.Exit(PIPE_CLOSED) from None
    except Exception as exc:  # the single catch-all: anything else is a bug in endorse
        if os.environ.get(DEBUG, "") not in ("", "0"):
            say(traceback.format_exc().rstrip())
        what = cut_values(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
        say(
            f"Error: internal error ({what}). This is a bug in endorse: please report this, with "
            f"the command you ran.\nRun again with {DEBUG}=1 to see the traceback."
        )
        raise typer.Exit(int(ExitCode.INTERNAL)) from None


@contextmanager
def data_errors_are_findings() -> Iterator[None]:
    """Inside: an invalid data pack is what the user asked about (`validate`), so exit 1, not 2."""
    try:
        yield
    except DataError as exc:
        exc.exit_code = ExitCode.FINDINGS
        raise


class GuardedGroup(TyperGroup):
    """The app's command group: streams that print what their encoding holds, every command
    guarded."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Entry point for the console script and for test runners alike."""
        fit_streams()
        hold_closed_descriptors()
        sane_columns()
        with checked_stdout() as out:
            try:
                result = super().main(*args, **kwargs)
                out.flush()
                return result
            except Stopped as stopped:  # SIGTERM or SIGHUP during a write, cleaned up already
                end_by(stopped)
            except ReaderGone:  # outside a command (--help into `| head -1`)
                sys.exit(PIPE_CLOSED)
            # Outside a command: stdout failed, completion could not be installed.
            except EndorseError as exc:
                say(f"Error: {exc}")
                sys.exit(int(exc.exit_code))

    def invoke(self, ctx: Any) -> Any:
        """Run the command inside `guarded`, each with a fresh list of the files it reads; what it
        printed is written out before it ends, so a failed write decides the exit code."""
        from endorse_cli.api.files import start_run

        start_run()
        with guarded():
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()
