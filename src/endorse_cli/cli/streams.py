"""stdout that tells when a report did not get through, and an environment a report can be printed
in.

Everything the commands print (reports, tables, `Wrote ...`) goes through `CheckedStdout`: it writes
the encoded bytes itself and checks that each one landed, so a full disk (`> /dev/full`), a file
size limit (`ulimit -f`) or a closed stdout (`>&-`) is exit 2 with the reason, never exit 0 with a
cut report. A reader that stops reading (`| head -1`, `| true`) ends the run quietly with 141, the
status a shell shows for a command stopped by SIGPIPE (1 would read as "findings").
"""

from __future__ import annotations

import errno
import os
import select
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO, cast

from endorse_cli.errors import UsageError

PIPE_CLOSED = 128 + 13  # 141: what a shell shows for a command stopped by SIGPIPE (13)
_FLUSH_AT = 1 << 16


class ReaderGone(Exception):
    """The reader of stdout went away. Not an OSError, so no library turns it into exit 1."""


_FIXES = {
    errno.ENOSPC: "free some space, or write it elsewhere with -o FILE.",
    errno.EFBIG: "lift the file size limit (ulimit -f), or write it elsewhere with -o FILE.",
    errno.EBADF: "run it with stdout open (no >&-), or write it to a file with -o FILE.",
}


class StdoutFailed(UsageError):
    """The report could not be written to stdout (exit 2)."""

    def __init__(self, error: OSError) -> None:
        fix = _FIXES.get(error.errno or 0, "write it to a file with -o FILE.")
        super().__init__(
            f"the report could not be written to stdout ({error.strerror or error}). Fix: {fix}"
        )


class CheckedStdout:
    """A text stream in front of stdout: text is kept until flushed, then written and checked."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream
        self._pending: list[bytes] = []
        self._size = 0
        self.gone = False
        self.encoding = getattr(stream, "encoding", None) or "utf-8"
        errors = getattr(stream, "errors", None)
        # On a UTF-8 stream only a lone surrogate cannot be written: shown escaped, as stderr shows
        # it.
        self.errors = errors if errors not in (None, "strict") else "backslashreplace"

    def write(self, text: str | bytes) -> int:
        """Keep `text` (written at the next flush, or once much is kept); bytes are kept as they
        are."""
        if not self.gone:
            data = text.encode(self.encoding, self.errors) if isinstance(text, str) else bytes(text)
            self._pending.append(data)
            self._size += len(data)
            if self._size >= _FLUSH_AT:
                self.flush()
        return len(text)

    def flush(self) -> None:
        """Write what is kept; StdoutFailed when it cannot all be written, ReaderGone when nobody
        reads."""
        data = b"".join(self._pending)
        self._pending.clear()
        self._size = 0
        if not data or self.gone:
            return
        try:
            self._send(data)
        except BrokenPipeError:
            self.gone = True
            quiet_stdout()
            raise ReaderGone from None
        except OSError as exc:
            raise StdoutFailed(exc) from None

    def _send(self, data: bytes) -> None:
        if self._stream is None:
            raise OSError(errno.EBADF, "stdout is closed")
        fd = _descriptor(self._stream)
        self._stream.flush()
        if fd is not None:
            _write_all(fd, data)
            return
        binary = getattr(self._stream, "buffer", None)  # not a real file (a test runner's buffer)
        if binary is not None:
            binary.write(data)
            binary.flush()
        else:
            self._stream.write(data.decode(self.encoding, "replace"))
            self._stream.flush()

    def isatty(self) -> bool:
        """Whether stdout is a terminal."""
        return self._stream is not None and self._stream.isatty()

    def fileno(self) -> int:
        """stdout's descriptor (for libraries that ask the terminal's size)."""
        if self._stream is None:
            raise OSError(errno.EBADF, "stdout is closed")
        return self._stream.fileno()

    def writable(self) -> bool:
        """Always: a failed write is told when it happens."""
        return True

    @property
    def closed(self) -> bool:
        """Never closed from the outside."""
        return False


def _descriptor(stream: TextIO) -> int | None:
    try:
        return stream.fileno()
    except (OSError, AttributeError, ValueError):
        return None


def _write_all(fd: int, data: bytes) -> None:
    """Every byte of `data` to `fd`; a short write is retried, so a limit shows as its error."""
    view = memoryview(data)
    while view:
        try:
            view = view[os.write(fd, view) :]
        # A non-blocking stdout that is full for now: wait until it takes more.
        except BlockingIOError:
            select.select([], [fd], [])


def quiet_stdout() -> None:
    """Point stdout at /dev/null so nothing later (the interpreter's last flush) fails again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass


@contextmanager
def checked_stdout() -> Iterator[CheckedStdout]:
    """stdout is a CheckedStdout inside; the original comes back afterwards."""
    original = sys.stdout
    checked = CheckedStdout(original)
    sys.stdout = cast(TextIO, checked)
    try:
        yield checked
    finally:
        sys.stdout = original


def hold_closed_descriptors() -> None:
    """A standard descriptor closed by the caller (`>&-`) is held by /dev/null, opened so that using
    it fails (stdout and stderr read-only, stdin write-only): a file the run opens later never takes
    its number, so a report or a message cannot land in a record."""
    for fd, mode in ((0, os.O_WRONLY), (1, os.O_RDONLY), (2, os.O_RDONLY)):
        try:
            os.fstat(fd)
        except OSError:
            _hold(fd, mode)


def _hold(fd: int, mode: int) -> None:
    try:
        held = os.open(os.devnull, mode)
    except OSError:
        return
    if held != fd:
        os.dup2(held, fd)
        os.close(held)


def sane_columns(environ: Any = os.environ) -> None:
    """COLUMNS that is not a positive whole number (0, -5, abc) is dropped: the terminal's own
    width, or 80, is used instead (a width of 0 would print an empty report)."""
    value = environ.get("COLUMNS")
    if value is not None and not (value.strip().isdigit() and int(value) > 0):
        del environ["COLUMNS"]
