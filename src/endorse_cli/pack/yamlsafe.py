"""Safe YAML reading that keeps line numbers and refuses what YAML should not do here.

Only plain data is built: duplicate keys, object-constructing tags and oversized alias
expansion are errors, never silently accepted. Dates stay strings so that pydantic
reports a bad date as a field error instead of the YAML library raising.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from endorse_cli.errors import Problem

try:  # libyaml is much faster; fall back to the pure-Python loader where it is missing
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_NODES = 200_000
MAX_DEPTH = 64
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_STR = "tag:yaml.org,2002:str"
_PLAIN_TAGS = {
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
Path_ = tuple[str | int, ...]


class YamlProblem(Exception):
    """A problem found while reading YAML (carries a Problem)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


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


def read_bytes(path: Path, label: str, limit: int | None = None) -> bytes:
    """A regular file's bytes; refused before reading when larger than `limit` bytes."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise YamlProblem(Problem(label, "is not a regular file.", fix="give the path of a YAML file."))
        if limit is not None and info.st_size > limit:
            size, cap = _megabytes(info.st_size), _megabytes(limit)
            msg = f"the file is {size}; the limit is {cap}."
            raise YamlProblem(Problem(label, msg, fix="check that this is the right file."))
        return path.read_bytes()
    except OSError as exc:
        raise YamlProblem(Problem(label, f"cannot read the file ({exc.strerror or exc}).")) from exc


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"


def decode(raw: bytes, label: str) -> str:
    """UTF-8 text (a BOM is dropped), naming the line of the first undecodable byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        fix = "save the file as UTF-8 text."
        msg = f"byte 0x{raw[exc.start]:02x} is not UTF-8 text."
        raise YamlProblem(Problem(label, msg, line=line, fix=fix)) from exc


def read_text(path: Path, label: str, limit: int | None = None) -> str:
    """Read a regular file as UTF-8 text."""
    return decode(read_bytes(path, label, limit), label)


def parse(text: str, label: str) -> Document:
    """Parse YAML text into plain data; raise YamlProblem on anything unsafe or invalid."""
    if not text.strip():
        raise YamlProblem(Problem(label, "the file is empty.", fix="add the YAML content."))
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        what = exc.problem or "invalid YAML"
        fix = "check indentation, colons and quotes near that line."
        raise YamlProblem(Problem(label, f"invalid YAML: {what}.", line=line, fix=fix)) from exc
    except yaml.YAMLError as exc:
        raise YamlProblem(Problem(label, f"invalid YAML: {exc}.")) from exc
    finally:
        loader.dispose()
    if node is None:
        raise YamlProblem(Problem(label, "the file holds no data.", fix="add the YAML content."))
    builder = _Builder(label)
    data = builder.build(node, ())
    return Document(data, builder.lines)


class _Builder:
    """Turns a composed node tree into plain data, recording lines and counting nodes."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.lines: dict[Path_, int] = {}
        self.count = 0

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.count += 1
        if self.count > MAX_NODES or len(path) > MAX_DEPTH:
            raise self._fail(
                node,
                "the document is too large or too deeply nested.",
                "remove YAML anchors and aliases (& and *); write plain values.",
            )
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            self._check_tag(node, _SEQ)
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[Any, Any]:
        self._check_tag(node, _MAP)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self._fail(key_node, "merge keys (<<) are not supported.", "write the keys out.")
            key = self._scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str | int | float | bool):
                raise self._fail(key_node, "a key must be plain text.", "use a simple key.")
            if key in result:
                first = self.lines.get((*path, str(key)))
                raise self._fail(
                    key_node, f"duplicate key '{key}' (first on line {first}).", "keep one of the two entries."
                )
            self.lines[(*path, str(key))] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, (*path, str(key)))
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        tag = node.tag
        if tag in (_STR, "tag:yaml.org,2002:timestamp"):
            return node.value
        if tag in _PLAIN_TAGS:
            return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
        raise self._fail(node, f"YAML tag '{tag}' is not allowed.", "remove the '!' tag.")

    def _check_tag(self, node: yaml.Node, expected: str) -> None:
        if node.tag != expected:
            raise self._fail(node, f"YAML tag '{node.tag}' is not allowed.", "remove the '!' tag.")

    def _fail(self, node: yaml.Node, message: str, fix: str) -> YamlProblem:
        return YamlProblem(Problem(self.label, message, line=node.start_mark.line + 1, fix=fix))
