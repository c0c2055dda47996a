"""Safe YAML building: the node and depth limits, composed nodes to plain data with lines, odd values refused."""

from __future__ import annotations

import math
import re
from typing import Any

import yaml
from yaml.composer import Composer

from endorse_cli.errors import Problem, field_path

MAX_BYTES = 5_000_000  # a record (or a data-pack file) larger than this is refused before it is read
MAX_NODES = 200_000  # YAML nodes: every mapping, list, key, value and list item counts one
MAX_DEPTH = 64  # a value may sit at most this many keys and list positions below the top

Path_ = tuple[str | int, ...]
_NAMES = {0: "NUL", 0x1B: "ESC", 0x7F: "DEL", 0xFFFE: "not a character", 0xFFFF: "not a character"}

_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_TAG = "tag:yaml.org,2002:"
_TEXT_TAGS = {_TAG + "str", _TAG + "timestamp"}
_PLAIN_TAGS = {
    _TAG + "int": ("a whole number", ", e.g. 14"),
    _TAG + "float": ("a number", ", e.g. 14 or 2.5"),
    _TAG + "bool": ("true or false", ""),
}
_MAP = _TAG + "map"
_SEQ = _TAG + "seq"
# Allowed in a file but not in a value (written with a backslash escape in double quotes): they would
# move the cursor, hide text or change colors on a terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


class YamlProblem(Exception):
    """A problem found while reading YAML (carries a Problem)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def character_name(char: str) -> str:
    """'U+0000 NUL', 'U+0001'."""
    code = ord(char)
    name = _NAMES.get(code)
    return f"U+{code:04X} {name}" if name else f"U+{code:04X}"


class Counting(Composer):
    """The YAML composer, counting nodes and depth as it goes, so a limit stops it early."""

    label = ""
    nodes = 0
    depth = -1

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        """The next node, refused as soon as the file passes the node or depth limit."""
        self.nodes += 1
        self.depth += 1
        try:
            if self.nodes > MAX_NODES:
                self._refuse(f"the file has more than {MAX_NODES:,} YAML nodes (keys, values and list items).")
            if self.depth > MAX_DEPTH:
                self._refuse(f"values are nested more than {MAX_DEPTH} levels deep.")
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def _refuse(self, message: str) -> None:
        line = self.peek_event().start_mark.line + 1  # type: ignore[attr-defined]
        raise YamlProblem(Problem(self.label, message, line=line, fix=_FIX_SIZE))


_FIX_SIZE = "check that this is the right file; a training record has a few hundred values."


class Builder:
    """Turns a composed node tree into plain data, recording lines and counting nodes (aliases expanded)."""

    def __init__(self, label: str, counted: bool = True) -> None:
        self.label = label
        self.lines: dict[Path_, int] = {}
        self.count = 0
        self.counted = counted  # whether the composer already held the file to the limits as written

    def build(self, node: yaml.Node, path: Path_) -> Any:
        """Plain data for `node` found at `path`."""
        self._count(node, path)
        if path not in self.lines:  # a mapping's value already has its key's line
            self.lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            self._check_tag(node, _SEQ, path)
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _count(self, node: yaml.Node, path: Path_) -> None:
        # A counting composer already refused files too large or deep as written; then only aliases get here.
        self.count += 1
        if self.count <= MAX_NODES and len(path) <= MAX_DEPTH:
            return
        if len(path) > MAX_DEPTH and not self.counted:
            raise self._fail(node, f"values are nested more than {MAX_DEPTH} levels deep.", _FIX_SIZE)
        if self.count > MAX_NODES:
            msg = f"its aliases (*name) expand to more than {MAX_NODES:,} YAML nodes."
            raise self._fail(node, msg, "write the values out instead of repeating them with & and *.")
        if len(path) > MAX_DEPTH:
            msg = f"its aliases (*name) nest values more than {MAX_DEPTH} levels deep (or refer to themselves)."
            raise self._fail(node, msg, "write the values out instead of repeating them with & and *.")

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[Any, Any]:
        self._check_tag(node, _MAP, path)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            self._count(key_node, path)
            if key_node.tag == _TAG + "merge":
                raise self._fail(key_node, "merge keys (<<) are not supported.", "write the keys out.")
            key = self._scalar(key_node, path) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str | int | float | bool):
                raise self._fail(key_node, "a key must be plain text.", "use a simple key.")
            if key in result:
                first = self.lines.get((*path, str(key)))
                raise self._fail(
                    key_node, f"duplicate key '{key}' (first on line {first}).", "keep one of the two entries."
                )
            at = (*path, str(key))
            self.lines[at] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, at)
        return result

    def _scalar(self, node: yaml.Node, path: Path_) -> Any:
        tag = node.tag
        if tag in _TEXT_TAGS:
            return self._text(node, path)
        if tag == _TAG + "null":
            return None
        if tag not in _PLAIN_TAGS:
            raise self._fail(node, f"YAML tag '{_short(tag)}' is not allowed.", "remove the '!' tag.", path)
        try:
            value = _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
        except (ValueError, KeyError, TypeError, IndexError, OverflowError):
            value = None
        if isinstance(value, float) and not math.isfinite(value):
            raise self._fail(node, f"'{node.value}' is not a finite number.", "write a number, e.g. 14 or 2.5.", path)
        if value is None:
            what, example = _PLAIN_TAGS[tag]
            fix = f"write {what}{example} (no '{_short(tag)}' tag is needed)."
            raise self._fail(node, f"'{node.value}' is not {what}.", fix, path)
        return value

    def _text(self, node: yaml.Node, path: Path_) -> str:
        text = str(node.value)
        # The file's own characters were checked before parsing; only a double-quoted escape (\e, \0)
        # can put a control character into a value.
        found = _CONTROL.search(text) if getattr(node, "style", None) == '"' else None
        if found:
            msg = f"the text holds a control character ({character_name(found[0])})."
            raise self._fail(node, msg, "remove the escape (such as \\e or \\0) from the quoted text.", path)
        return text

    def _check_tag(self, node: yaml.Node, expected: str, path: Path_) -> None:
        if node.tag != expected:
            raise self._fail(node, f"YAML tag '{_short(node.tag)}' is not allowed.", "remove the '!' tag.", path)

    def _fail(self, node: yaml.Node, message: str, fix: str, path: Path_ | None = None) -> YamlProblem:
        where = field_path(path) if path else None
        return YamlProblem(Problem(self.label, message, line=node.start_mark.line + 1, field=where, fix=fix))


def _short(tag: str) -> str:
    """'tag:yaml.org,2002:float' -> '!!float'."""
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag
