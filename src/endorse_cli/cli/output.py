"""Writing reports: stdout, or `-o FILE` the way a shell redirection writes, never over an input.

`-o` follows a symlink to its target; writes straight into a FIFO, a device or an already open file
(`/dev/stdout` is our own stdout, written after what is already there); and replaces a regular file
atomically (a temporary file in the target's folder, then a rename) with the target's mode, or for
a new file the mode the umask gives. It refuses, before writing anything (exit 2, naming the path
and why): any file the run reads (each record, each record found in a cohort folder) and anything
under the root of the data pack in use, however the path is spelled (files are compared by device
and inode); a directory; and a file the user may not write (the rename would go round its mode; as
the shell, root may write any file).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from endorse_cli.cli import signals
from endorse_cli.cli.encoding import ASCII, HTML, JSON, fit
from endorse_cli.errors import UsageError, file_label
from endorse_cli.render import OutputFormat

_HANDLERS = {OutputFormat.json: JSON, OutputFormat.html: HTML}


def emit(content: Any, output: Path | None, *, fmt: OutputFormat = OutputFormat.table) -> None:
    """Print `content` (text or a rich renderable) to stdout, or write it to `output` as UTF-8."""
    if output is None or str(output) == "-":
        _to_stdout(content, fmt)
        return
    if isinstance(content, str):
        text = content
    else:
        from endorse_cli.render.text import to_text

        text = to_text(content)
    write_report(output, text)


def _to_stdout(content: Any, fmt: OutputFormat) -> None:
    if isinstance(content, str):
        sys.stdout.write(fit(content, sys.stdout, _HANDLERS.get(fmt, ASCII)))
        sys.stdout.flush()
        return
    from endorse_cli.render.text import plain_console

    # Record and pack text is shown exactly as written: no markup, emoji codes or highlighting read
    # into it.
    plain_console(soft_wrap=False).print(content)


def write_report(path: Path, text: str, option: str = "-o ") -> None:
    """Write `text` to `path` like `> path` would; UsageError (exit 2) naming the option, the path
    and the reason."""
    try:
        refuse_inputs(path, option)
        info = _stat(path)
        data = text.encode("utf-8")
        own = _own_descriptor(path) if info is not None else None
        if own is not None:
            _write_own(own, data)
        elif info is not None and (not stat.S_ISREG(info.st_mode) or _open_file(path)):
            _write_into(path, data, truncate=stat.S_ISREG(info.st_mode))
        elif info is not None and _in_place(path):
            _write_into(path, data, truncate=True)
        else:
            _replace(path, data, info)
    except BrokenPipeError:
        raise
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UsageError(
            f"{option}{file_label(path)}: cannot write there ({reason}). Fix: choose a file you "
            "may write."
        ) from exc


def _stat(path: Path) -> os.stat_result | None:
    """What `path` names after following links; None when nothing is there yet."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(f"-o {file_label(path)}: is a directory. Fix: give a file name.")
    if stat.S_ISREG(info.st_mode) and not os.access(path, os.W_OK):
        # The rename below could replace a file its mode forbids writing: refuse as the shell would.
        raise UsageError(
            f"-o {file_label(path)}: Permission denied. Fix: choose a file you may write."
        )
    return info


def _in_place(path: Path) -> bool:
    """A file one may write in a folder one may not change: written in place, as `>` would."""
    return not os.access(Path(os.path.realpath(path)).parent, os.W_OK | os.X_OK)


def refuse_inputs(path: Path, option: str = "-o ") -> None:
    """UsageError (exit 2) when `path` is any file this run reads, or inside the data pack in
    use."""
    from endorse_cli.api.files import is_input

    what = is_input(path)
    named = f"{option}{file_label(path)}"
    if what is not None and what.startswith("inside"):
        fix = f"choose a file outside {what.removeprefix('inside ').split(' (')[0]}."
        raise UsageError(f"{named}: that is {what}; refusing to write there. Fix: {fix}")
    if what is not None:
        raise UsageError(
            f"{named}: that is {what}; refusing to overwrite it. Fix: choose another output file."
        )


_OWN_FD = re.compile(r"/(?:proc/(?P<pid>self|\d+)/fd|dev/fd)/(?P<fd>\d+)")


def _hops(path: Path) -> Iterator[Path]:
    """`path` and each link it leads through (at most 40, as the kernel allows)."""
    current = path.absolute()
    for _ in range(40):
        yield current
        if not current.is_symlink():
            return
        current = Path(os.path.normpath(current.parent / current.readlink()))


def _own_descriptor(path: Path) -> int | None:
    """Our open descriptor that `path` names (`/dev/stdout`, `/dev/fd/2`, `/proc/self/fd/1`), if
    any."""
    for hop in _hops(path):
        found = _OWN_FD.fullmatch(str(hop))
        if found and found["pid"] in (None, "self", str(os.getpid())):
            return int(found["fd"])
    return None


def _open_file(path: Path) -> bool:
    """Whether `path` leads through /proc or /dev/fd: a file already open somewhere, written in
    place."""
    if any(str(hop).startswith(("/proc/", "/dev/fd/")) for hop in _hops(path)):
        return True
    return os.path.realpath(path).startswith("/proc/")


def _write_own(fd: int, data: bytes) -> None:
    """Into one of our descriptors, after what was already written there (as the report on stdout
    would be)."""
    sys.stdout.flush()
    sys.stderr.flush()
    _write_all(fd, data)


def _write_into(path: Path, data: bytes, truncate: bool) -> None:
    """Straight into a FIFO, a device or an open file, with no temporary file (opening a FIFO waits
    for a reader)."""
    flags = os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC | (os.O_TRUNC if truncate else 0)
    fd = os.open(path, flags)
    try:
        _write_all(fd, data)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _replace(path: Path, data: bytes, info: os.stat_result | None) -> None:
    """A temporary file in the target's folder, renamed over it: readers see the old or the new
    report."""
    target = Path(os.path.realpath(path))  # through links, as `>` writes
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(
            f"-o {file_label(path)}: folder '{file_label(folder)}' does not exist. Fix: create it "
            "first."
        )
    tmp: Path | None = None
    with signals.stoppable():  # SIGTERM, SIGHUP: cleaned up below, as Ctrl-C is
        try:
            with signals.held_back():
                fd, name = tempfile.mkstemp(dir=folder, prefix=".endorse-", suffix=".tmp")
                tmp = Path(name)
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(
                    handle.fileno(), stat.S_IMODE(info.st_mode) if info else 0o666 & ~_umask()
                )
                if info is not None:
                    _keep_owner(handle.fileno(), info)
                handle.write(data)
            tmp.replace(target)
        except BaseException:
            if tmp is not None:
                tmp.unlink(missing_ok=True)
            raise


def _keep_owner(fd: int, info: os.stat_result) -> None:
    # Only root may give a file away; the report is still written.
    with contextlib.suppress(OSError):
        os.fchown(fd, info.st_uid, info.st_gid)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
