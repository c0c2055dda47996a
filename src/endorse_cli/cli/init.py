"""`endorse init`: write a starter training record (and the schema editors read) without touching
any file."""

from __future__ import annotations

import os
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from endorse_cli import api
from endorse_cli.cli import signals
from endorse_cli.cli.handling import say
from endorse_cli.cli.options import DataDir, new_file
from endorse_cli.cli.output import refuse_inputs, write_report
from endorse_cli.cli.schema import SCHEMA_FILE, schema_text
from endorse_cli.errors import UsageError, file_label
from endorse_cli.inert import terminal

if TYPE_CHECKING:
    from endorse_cli.api.types import Pack


def init(
    file: Annotated[
        Path,
        typer.Argument(
            help="The record to create (it must not exist yet).", parser=new_file, metavar="FILE"
        ),
    ] = Path("record.yaml"),
    interactive: Annotated[
        bool,
        typer.Option(
            "--interactive", "-i", help="Ask for your name, association, target and degrees."
        ),
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Start your training record: every section, explained in plain words, with an example for each
    list.

    Writes FILE (never over an existing file) and endorse-record.schema.json beside it, which
    editors such as VS Code use to suggest and check what you type.

    Example: endorse init me.yaml   (then fill it in and run: endorse gap --target IFS me.yaml)
    """
    from endorse_cli.cli.prompts import Answers, ask
    from endorse_cli.render.starter import to_yaml_record

    _refuse_existing(file)
    pack = api.load_pack(data_dir)
    refuse_inputs(file, option="")  # a record written into the data pack would become part of it
    _refuse_odd_schema(file.parent / SCHEMA_FILE)
    answers = ask(pack) if interactive else Answers()
    starter = api.starter_record(
        pack,
        _shown(file),
        SCHEMA_FILE,
        name=answers.name,
        association=answers.association,
        target=answers.target,
        education=answers.education,
    )
    _create(file, to_yaml_record(starter))
    kept = _write_schema(file.parent / SCHEMA_FILE, pack)
    typer.echo(
        terminal(
            f"Wrote {file}"
            + ("" if kept else f" and {file.parent / SCHEMA_FILE} (for your editor)")
            + "."
        )
    )
    target = "" if answers.target else "--target IFS "  # a target answered is written in the record
    typer.echo(terminal(f"Next: fill it in, then run: endorse gap {target}{_shown(file)}"))


def _shown(file: Path) -> str:
    """The file name as a shell would need it, on one line."""
    return "".join(ch if ch.isprintable() else "?" for ch in shlex.quote(str(file)))


def _refuse_existing(file: Path) -> None:
    if file.exists() or file.is_symlink():
        raise UsageError(
            f"{file} already exists; refusing to overwrite it. Fix: choose another file name, or "
            "move that file away."
        )
    folder = file.parent if str(file.parent) else Path()
    if not folder.is_dir():
        raise UsageError(
            f"{file}: folder '{folder}' does not exist. Fix: create it first, or choose another "
            "place."
        )


def _create(file: Path, text: str) -> None:
    """Create `file` with `text`; fail (touching nothing) if it appeared meanwhile. SIGTERM and
    SIGHUP wait until the record is whole (a few kilobytes): a stopped run never leaves half a
    record behind."""
    with signals.held_back():
        _create_now(file, text)


def _create_now(file: Path, text: str) -> None:
    try:
        fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        _refuse_existing(file)
        raise
    except OSError as exc:
        raise UsageError(
            f"{file}: cannot create it ({exc.strerror}). Fix: choose a folder you can write to."
        ) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as exc:
        file.unlink(missing_ok=True)
        raise UsageError(f"{file}: cannot write it ({exc.strerror}).") from exc


def _write_schema(path: Path, pack: Pack) -> bool:
    """Write (or refresh) the schema beside the record; True when a file of another origin was
    kept."""
    if path.exists() and not _ours(path):
        say(
            f"Warning: {path} exists and was not written by endorse; left as it is. Fix: move it "
            f"away and run: endorse schema -o {shlex.quote(str(path))}"
        )
        return True
    write_report(path, schema_text(pack))
    return False


def _refuse_odd_schema(path: Path) -> None:
    """UsageError, before anything is written, when the schema's place holds a FIFO, a device, a
    socket or a folder: it is never opened (opening a FIFO waits for the other end)."""
    from endorse_cli.api.files import special_kind

    what = special_kind(path)
    if what is not None:
        raise UsageError(
            f"{file_label(path)} is {what}, not a file; refusing to read or write it. Fix: move it "
            "away, or create the record in another folder."
        )


def _ours(path: Path) -> bool:
    from endorse_cli.api.files import is_record_schema

    return is_record_schema(path)
