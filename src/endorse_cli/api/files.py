"""The files of a run, for the command line's `-o` and `init`: which files this run reads (never to
be written over), what a path is when it is not a regular file, and whether a file is our record
schema."""

from __future__ import annotations

from pathlib import Path


def start_run() -> None:
    """Forget the files an earlier run read (each command starts with a fresh list)."""
    from endorse_cli.pack import inputs

    inputs.start()


def is_input(path: Path) -> str | None:
    """What `path` is to this run when it reads it ('the record being read', 'inside the data pack
    ...')."""
    from endorse_cli.pack import inputs

    return inputs.is_input(path)


def special_kind(path: Path) -> str | None:
    """'a named pipe (FIFO)', 'a folder', ... when `path` exists and is not a regular file; None
    otherwise."""
    from endorse_cli.pack.discover import kind

    try:
        return kind(path.stat().st_mode)
    except OSError:
        return None  # nothing there yet


def is_record_schema(path: Path) -> bool:
    """Whether `path` holds the record schema `endorse schema` writes (read without ever
    blocking)."""
    import json

    from endorse_cli.pack.schema import TITLE
    from endorse_cli.pack.yamlsafe import YamlProblem, read_bytes

    try:
        raw = read_bytes(path, str(path))  # refuses what is not a regular file
        return bool(json.loads(raw.decode("utf-8")).get("title") == TITLE)
    except (YamlProblem, ValueError, AttributeError):
        return False


def character_name(char: str) -> str:
    """'U+0000 NUL', 'U+0001': how messages name a character that cannot be shown."""
    from endorse_cli.pack.yamlbuild import character_name as name

    return name(char)
