"""SIGTERM and SIGHUP while a file is being written end the run the way Ctrl-C does: what was half
written (the temporary copy of a report, a new record) is removed first, and the old file is
untouched.

The process then ends by the same signal, so whoever sent it sees the usual status (143, 129).
A signal the caller ignores (SIGHUP under `nohup`) stays ignored.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

# Windows has no SIGHUP and no signal masks: there, only SIGTERM is caught and nothing is held back.
STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Stopped(BaseException):
    """A stopping signal arrived while a file was being written (a BaseException, as
    KeyboardInterrupt is)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise(signum: int, _frame: Any) -> None:
    raise Stopped(signum)


@contextmanager
def stoppable() -> Iterator[None]:
    """Inside, SIGTERM and SIGHUP raise Stopped, so `except BaseException` cleans up before the run
    ends."""
    if threading.current_thread() is not threading.main_thread():
        yield  # handlers can only be set from the main thread (a library caller's worker)
        return
    previous = {sig: signal.getsignal(sig) for sig in STOPPING}
    for sig, old in previous.items():
        if old != signal.SIG_IGN:
            signal.signal(sig, _raise)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextmanager
def held_back() -> Iterator[None]:
    """Inside, the stopping signals wait: a file created here is named before one can stop the run
    (a signal that came meanwhile arrives as the block ends, where the caller's cleanup can see the
    file)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOPPING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def end_by(stopped: Stopped) -> NoReturn:
    """End the process by the signal that stopped it, as it would have ended without cleaning up."""
    signal.signal(stopped.signum, signal.SIG_DFL)
    os.kill(os.getpid(), stopped.signum)
    sys.exit(128 + stopped.signum)  # only if the signal is blocked by whoever started us
