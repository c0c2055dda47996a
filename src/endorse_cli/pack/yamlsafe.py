"""Safe YAML reading that keeps line numbers and refuses what YAML should not do here.

Only plain data is built: duplicate keys, object-constructing tags and oversized alias
expansion are errors, never silently accepted. Dates stay strings so that pydantic
reports a bad date as a field error instead of the YAML library raising. Every limit
(file size, nodes, nesting) is checked before the work it bounds, and names what was
exceeded.

One builder (yamlbuild.py) serves every file. benchmarks/bench_yaml.py, medians of 15
interleaved rounds against libyaml's own `yaml.load(text, CSafeLoader)` in the same run:

    input                    libyaml    parse   ratio   (before: two builders)
    whole data pack (30)     26.5 ms  22.2 ms   0.84    1.24
    short record             0.57 ms  0.44 ms   0.78    0.88
    long record (93k nodes)   820 ms   264 ms   0.32    1.02
    "billion laughs"         0.14 ms  0.10 ms   0.70    2,747 (282 ms to refuse it)

(the long record gains most from pausing the garbage collector, which libyaml's own load does not),
so no second composer, fast/slow switch or resolver cache is kept.
"""

from __future__ import annotations

import gc
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_NODES",
    "Document",
    "YamlProblem",
    "decode",
    "parse",
    "read_bytes",
    "read_text",
]

import yaml

from endorse_cli.errors import Problem
from endorse_cli.pack.yamlbuild import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_NODES,
    Builder,
    Loader,
    Path_,
    YamlProblem,
    character_name,
    check_aliases,
)

# YAML 1.1 allows only these characters in a file (c-printable); anything else is refused up front.
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_FIX_CHARACTER = (
    "delete it or type that text again (it often comes from copying out of another program)."
)


@dataclass
class Document:
    """Plain data from one YAML file, with the line of every key and value."""

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int | None:
        """Line of the longest known prefix of `path` (1-based)."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return None


def megabytes(size: int) -> str:
    """'20.2 MB', or '41,000 bytes' for small sizes."""
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"


def _too_large(label: str, size: int, limit: int) -> YamlProblem:
    msg = f"the file is {megabytes(size)}; the limit is {megabytes(limit)}."
    return YamlProblem(
        Problem(label, msg, fix="check that this is the right file (a record is a few kilobytes).")
    )


def read_bytes(path: Path, label: str, limit: int = MAX_BYTES) -> bytes:
    """A regular file's bytes (never blocking on a FIFO); refused unread when larger than `limit`
    bytes."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise YamlProblem(_unreadable(path, label, exc)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise YamlProblem(
                Problem(label, "is not a regular file.", fix="give the path of a YAML file.")
            )
        if info.st_size > limit:
            raise _too_large(label, info.st_size, limit)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise YamlProblem(_unreadable(path, label, exc)) from exc
    finally:
        os.close(fd)
    if len(raw) > limit:  # it grew after it was measured
        raise _too_large(label, len(raw), limit)
    return raw


def read_stream(stream: BinaryIO, label: str, limit: int = MAX_BYTES) -> bytes:
    """All of `stream` (a pipe or a redirected file: stdin), refused past `limit` bytes."""
    if stream.isatty():
        fix = (
            "pipe a record in (endorse check - < me.yaml), or give the file's path instead of '-'."
        )
        raise YamlProblem(
            Problem(
                label, "nothing is piped in: '-' reads the record from standard input.", fix=fix
            )
        )
    try:
        raw = stream.read(limit + 1)
    except OSError as exc:
        raise YamlProblem(Problem(label, f"cannot read it ({exc.strerror or exc}).")) from exc
    if len(raw) > limit:
        msg = f"more than {megabytes(limit)} came in, the limit for a record."
        raise YamlProblem(
            Problem(
                label, msg, fix="check that this is the right file (a record is a few kilobytes)."
            )
        )
    return raw


def _unreadable(path: Path, label: str, exc: OSError) -> Problem:
    if path.is_symlink() and not path.exists():
        target = path.readlink()
        fix = "point the link at an existing file, or remove it."
        return Problem(label, f"is a link to '{target}', which does not exist.", fix=fix)
    return Problem(
        label,
        f"cannot read the file ({exc.strerror or exc}).",
        fix="check the path and its permissions.",
    )


def decode(raw: bytes, label: str) -> str:
    """UTF-8 text (a BOM is dropped), naming the line of the first undecodable byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        fix = "save the file as UTF-8 text."
        msg = f"byte 0x{raw[exc.start]:02x} is not UTF-8 text."
        raise YamlProblem(Problem(label, msg, line=line, fix=fix)) from exc


def read_text(path: Path, label: str, limit: int = MAX_BYTES) -> str:
    """Read a regular file of at most `limit` bytes as UTF-8 text."""
    return decode(read_bytes(path, label, limit), label)


def _check_characters(text: str, label: str) -> None:
    found = _NOT_PRINTABLE.search(text)
    if found is None:
        return
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    msg = (
        f"a control character ({character_name(found[0])}) at column {column}; YAML text cannot "
        "hold it."
    )
    raise YamlProblem(Problem(label, msg, line=line, fix=_FIX_CHARACTER))


def parse(text: str, label: str) -> Document:
    """Parse YAML text into plain data; raise YamlProblem on anything unsafe, invalid or too large.

    The garbage collector is paused meanwhile: the nodes and values made hold no reference cycles,
    yet their number sets off collections that walk every object of the process (the pack, the
    models)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _parse(text, label)
    finally:
        if paused:
            gc.enable()


def _parse(text: str, label: str) -> Document:
    if not text.strip():
        raise YamlProblem(Problem(label, "the file is empty.", fix="add the YAML content."))
    _check_characters(text, label)
    loader = Loader(text, label)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise YamlProblem(_syntax_problem(exc, label)) from exc
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or "the text is not valid YAML"
        raise YamlProblem(Problem(label, f"invalid YAML: {_plain(str(problem))}.")) from exc
    finally:
        loader.dispose()
    if node is None:
        raise YamlProblem(Problem(label, "the file holds no data.", fix="add the YAML content."))
    if "*" in text:  # an alias can repeat a value many times over: size it before building
        check_aliases(node, label)
    builder = Builder(label)
    return Document(builder.build(node, ()), builder.lines)


_TOKENS = {
    "block end": "the end of a block",
    "block mapping start": "a new block of keys",
    "block sequence start": "a new list",
    "scalar": "a value",
    "stream end": "the end of the file",
    "document start": "a new document",
    "document end": "the end of a document",
    "flow mapping start": "'{'",
    "flow sequence start": "'['",
    "flow mapping end": "'}'",
    "flow sequence end": "']'",
    "block entry": "'-'",
    "flow entry": "','",
    "key": "a key",
    "value": "':'",
    "anchor": "an anchor (&)",
    "alias": "an alias (*)",
    "tag": "a tag (!)",
}


def _plain(text: str) -> str:
    """The YAML library's wording without its token names ('<block end>' -> 'the end of a
    block')."""
    return re.sub(r"'?<([a-z ]+)>'?", lambda m: _TOKENS.get(m[1], m[1]), text).strip()


def _syntax_problem(exc: yaml.MarkedYAMLError, label: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    what = (
        ", ".join(_plain(p) for p in (exc.context, exc.problem) if p)
        or "the text is not valid YAML"
    )
    fix = (
        "check indentation, colons and quotes near that line; put text holding ': ', '#', '[' or "
        "'{' in quotes."
    )
    return Problem(label, f"invalid YAML: {what}.", line=line, fix=fix)
