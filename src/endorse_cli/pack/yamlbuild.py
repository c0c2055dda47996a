"""One YAML builder over libyaml's nodes: the node and depth limits, plain data with lines, odd
values refused.

libyaml composes the nodes in C and calls back into Python once per node (`descend_resolver`) and
once per untagged value (`resolve`): the first counts nodes and depth as written, so a limit stops
the file early; the second decides what a plain value is. Aliases are sized before anything is
built, so a "billion laughs" file is refused without being expanded.

Plain values are read the way a person means them, not the YAML 1.1 way: only `12`, `-3`, `1.5` are
numbers, only `true`/`false` are booleans. A plain value YAML 1.1 would turn into a number or a
boolean in a surprising way (`1:30` as 90, `0x1A`, `0o17`, `012`, `1_000`, `1e3`, `.inf`, `.nan`,
`yes`/`no`/`on`/`off`/`y`/`n`) stays as its text, marked with what YAML 1.1 would make of it
(`Unresolved`), so a number or true/false field refuses it with a fix
(https://yaml.org/type/int.html, https://yaml.org/type/float.html, https://yaml.org/type/bool.html).
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

import yaml
from yaml.resolver import Resolver

from endorse_cli.errors import Problem, field_path

# A record (or a data-pack file) larger than this is refused before it is read.
MAX_BYTES = 5_000_000
MAX_NODES = 200_000  # YAML nodes: every mapping, list, key, value and list item counts one
MAX_DEPTH = 64  # a value may sit at most this many keys and list positions below the top

Path_ = tuple[str | int, ...]
_NAMES = {0: "NUL", 0x1B: "ESC", 0x7F: "DEL", 0xFFFE: "not a character", 0xFFFF: "not a character"}

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_TAG + t for t in ("str", "int", "float", "bool", "null"))
_TIMESTAMP, _MAP, _SEQ, _MERGE = (_TAG + t for t in ("timestamp", "map", "seq", "merge"))
# a plain value YAML 1.1 reads as a number or boolean it does not look like
_YAML11 = "tag:endorse,yaml-1.1-value"
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INT_TEXT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT_TEXT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)")
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
# Booleans in YAML 1.1 that PyYAML leaves as text.
_YES_NO = {
    "y": True,
    "Y": True,
    "n": False,
    "N": False,
}
_RESOLVER = Resolver()
# PyYAML's implicit (YAML 1.1) types by first character: numbers and dates start with one of
# _NUMBER_START; every other plain value YAML 1.1 gives a type is one of the words below.
_IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = Resolver.yaml_implicit_resolvers
_NUMBER_START = frozenset("0123456789+-.")
# Characters at most: a longer plain value stays text (Python refuses ints of 4,300 digits).
_LONGEST_NUMBER = 100
# Plain values read as numbers and booleans (explicit !!int, !!float and !!bool tags are checked
# apart).
_PLAIN_INT, _PLAIN_FLOAT, _PLAIN_BOOL = "endorse:int", "endorse:float", "endorse:bool"
_WORDS = {
    **dict.fromkeys(
        [
            "yes",
            "Yes",
            "YES",
            "no",
            "No",
            "NO",
            "on",
            "On",
            "ON",
            "off",
            "Off",
            "OFF",
            "y",
            "Y",
            "n",
            "N",
        ],
        _YAML11,
    ),
    **dict.fromkeys(["", "~", "null", "Null", "NULL"], _NULL),
    **dict.fromkeys(_BOOLS, _PLAIN_BOOL),
    "<<": _MERGE,
}
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
# Allowed in a file but not in a value (written with a backslash escape in double quotes): they
# would move the cursor, hide text or change colors on a terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_FIX_SIZE = "check that this is the right file; a training record has a few hundred values."
_FIX_ALIAS = "write the values out instead of repeating them with & and *."


class YamlProblem(Exception):
    """A problem found while reading YAML (carries a Problem)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class Unresolved(str):
    """A plain value kept as written that YAML 1.1 reads as something else: `yaml11` is what it
    reads."""

    yaml11: Any = None


def character_name(char: str) -> str:
    """'U+0000 NUL', 'U+0001'."""
    code = ord(char)
    name = _NAMES.get(code)
    return f"U+{code:04X} {name}" if name else f"U+{code:04X}"


def plain_tag(value: str) -> str:
    """What a plain (unquoted) value is: a decimal number, true/false, empty, a date, a YAML 1.1
    surprise or text."""
    word = _WORDS.get(value)
    if word is not None:
        return word
    # A word, or too long for a number.
    if value[:1] not in _NUMBER_START or len(value) > _LONGEST_NUMBER:
        return _STR
    if _DATE_TEXT.fullmatch(value):  # the commonest value of a record after text
        return _TIMESTAMP
    if _INT_TEXT.fullmatch(value):
        return _PLAIN_INT
    if _FLOAT_TEXT.fullmatch(value):
        return _PLAIN_FLOAT
    for tag, pattern in _IMPLICIT.get(value[0], ()):
        if pattern.match(value):
            return _YAML11 if tag in (_INT, _FLOAT) else _TIMESTAMP if tag == _TIMESTAMP else _STR
    return _STR


class Limits:
    """The callbacks libyaml's composer makes: count nodes and depth as written, and resolve plain
    values."""

    label = ""
    nodes = 0
    depth = 0

    def descend_resolver(self, parent: yaml.Node | None, index: Any) -> None:
        """Called before each node is composed: refuse it past the node or depth limit."""
        self.nodes += 1
        self.depth += 1
        if self.nodes > MAX_NODES:
            self._refuse(
                parent,
                f"the file has more than {MAX_NODES:,} YAML nodes (keys, values and list items).",
            )
        if self.depth > MAX_DEPTH + 1:  # the top is depth 1, at path ()
            self._refuse(parent, f"values are nested more than {MAX_DEPTH} levels deep.")

    def ascend_resolver(self) -> None:
        """Called after each node is composed."""
        self.depth -= 1

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        """The tag of an untagged node: quoted values are text, plain ones as `plain_tag` says."""
        if kind is yaml.ScalarNode:
            return plain_tag(value) if implicit[0] else _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP

    def _refuse(self, parent: yaml.Node | None, message: str) -> None:
        line = parent.start_mark.line + 1 if parent is not None else 1
        raise YamlProblem(Problem(self.label, message, line=line, fix=_FIX_SIZE))


_Parser: Any = None
with contextlib.suppress(ImportError):  # depends on how PyYAML was built
    from yaml._yaml import CParser as _Parser

if _Parser is not None:

    class Loader(Limits, _Parser):  # type: ignore[misc]
        """libyaml's parser and composer, with the callbacks above."""

        def __init__(self, text: str, label: str) -> None:
            _Parser.__init__(self, text)
            self.label = label

else:  # pragma: no cover - PyYAML built without libyaml: the same callbacks on the Python composer

    class Loader(  # type: ignore[no-redef]
        Limits, yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer
    ):
        """PyYAML's Python parser and composer, with the callbacks above."""

        def __init__(self, text: str, label: str) -> None:
            yaml.reader.Reader.__init__(self, text)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            yaml.composer.Composer.__init__(self)
            self.label = label


def check_aliases(root: yaml.Node, label: str) -> None:
    """Refuse a tree whose aliases expand past the node or depth limit (each distinct node is sized
    once)."""
    sizes: dict[int, tuple[int, int]] = {}  # id(node) -> (nodes, depth) once expanded
    fix = _FIX_ALIAS

    def size(node: yaml.Node) -> tuple[int, int]:
        known = sizes.get(id(node))
        if known is not None:
            if known[0] < 0:  # still being sized: the node holds itself
                msg = (
                    f"its aliases (*name) nest values more than {MAX_DEPTH} levels deep (or refer "
                    "to themselves)."
                )
                raise YamlProblem(Problem(label, msg, line=node.start_mark.line + 1, fix=fix))
            return known
        sizes[id(node)] = (-1, 0)
        nodes, depth = 1, 0
        children = (
            [c for pair in node.value for c in pair]
            if isinstance(node, yaml.MappingNode)
            else node.value
        )
        for child in children if isinstance(node, yaml.CollectionNode) else ():
            if isinstance(child, yaml.ScalarNode):
                nodes, depth = nodes + 1, depth or 1
                continue
            n, d = size(child)
            nodes, depth = nodes + n, max(depth, d)
        sizes[id(node)] = (nodes, depth + 1)
        return sizes[id(node)]

    nodes, depth = size(root)
    if nodes > MAX_NODES:
        msg = f"its aliases (*name) expand to more than {MAX_NODES:,} YAML nodes."
        raise YamlProblem(Problem(label, msg, line=root.start_mark.line + 1, fix=fix))
    if depth > MAX_DEPTH + 1:
        msg = (
            f"its aliases (*name) nest values more than {MAX_DEPTH} levels deep (or refer to "
            "themselves)."
        )
        raise YamlProblem(Problem(label, msg, line=root.start_mark.line + 1, fix=fix))


class Builder:
    """Turns a composed node tree (already held to the limits) into plain data, recording lines."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.lines: dict[Path_, int] = {}

    def build(self, node: yaml.Node, path: Path_) -> Any:
        """Plain data for `node` found at `path`."""
        if path not in self.lines:  # a mapping's value already has its key's line
            self.lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.ScalarNode):  # most nodes: tried first
            return self._scalar(node, path)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        self._check_tag(node, _SEQ, path)
        return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[Any, Any]:
        self._check_tag(node, _MAP, path)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                raise self._fail(
                    key_node, "merge keys (<<) are not supported.", "write the keys out."
                )
            key = self._scalar(key_node, path) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str | int | float | bool):
                raise self._fail(key_node, "a key must be plain text.", "use a simple key.")
            if key in result:
                first = self.lines.get((*path, str(key)))
                raise self._fail(
                    key_node,
                    f"duplicate key '{key}' (first on line {first}).",
                    "keep one of the two entries.",
                )
            at = (*path, str(key))
            self.lines[at] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, at)
        return result

    def _scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        tag, text = node.tag, node.value
        # Plain or single-quoted text, the commonest value, as it is.
        if tag == _STR and node.style != '"':
            return text
        convert = _CONVERT.get(tag)
        if convert is not None:
            return convert(text)
        if tag in (_STR, _TIMESTAMP, _MERGE):  # a plain `<<` is text where it is not a key
            return self._text(node, path)
        found = plain_tag(text)
        # An explicit tag agrees.
        if found == _TAG_OF.get(tag) or (tag == _FLOAT and found == _PLAIN_INT):
            return _CONVERT[_TAG_OF[tag]](text)
        if tag in _TAG_OF:
            what = {
                _INT: "a whole number, e.g. 14",
                _FLOAT: "a number, e.g. 14 or 2.5",
                _BOOL: "true or false",
            }[tag]
            fix = f"write {what} (no '{_short(tag)}' tag is needed)."
            raise self._fail(node, f"'{text}' is not {what.split(',')[0]}.", fix, path)
        raise self._fail(
            node, f"YAML tag '{_short(tag)}' is not allowed.", "remove the '!' tag.", path
        )

    def _text(self, node: yaml.Node, path: Path_) -> str:
        text = str(node.value)
        # The file's own characters were checked before parsing; only a double-quoted escape (\e,
        # \0) can put a control character into a value.
        found = _CONTROL.search(text) if getattr(node, "style", None) == '"' else None
        if found:
            msg = f"the text holds a control character ({character_name(found[0])})."
            raise self._fail(
                node, msg, "remove the escape (such as \\e or \\0) from the quoted text.", path
            )
        return text

    def _check_tag(self, node: yaml.Node, expected: str, path: Path_) -> None:
        if node.tag != expected:
            raise self._fail(
                node, f"YAML tag '{_short(node.tag)}' is not allowed.", "remove the '!' tag.", path
            )

    def _fail(
        self, node: yaml.Node, message: str, fix: str, path: Path_ | None = None
    ) -> YamlProblem:
        where = field_path(path) if path else None
        return YamlProblem(
            Problem(self.label, message, line=node.start_mark.line + 1, field=where, fix=fix)
        )


def unresolved(text: str) -> Unresolved:
    """`text` kept as written, marked with what YAML 1.1 reads it as (90 for 1:30, True for yes)."""
    marked = Unresolved(text)
    if text in _YES_NO:
        marked.yaml11 = _YES_NO[text]
        return marked
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    try:
        marked.yaml11 = _CONSTRUCTOR.yaml_constructors[tag](
            _CONSTRUCTOR, yaml.ScalarNode(tag, text)
        )
    except (
        ValueError,
        KeyError,
        OverflowError,
    ):  # pragma: no cover - the resolver matched, so it constructs
        marked.yaml11 = None
    return marked


_CONVERT: dict[str, Any] = {
    _PLAIN_INT: int,
    _PLAIN_FLOAT: float,
    _PLAIN_BOOL: _BOOLS.__getitem__,
    _NULL: lambda _text: None,
    _YAML11: unresolved,
}
_TAG_OF = {_INT: _PLAIN_INT, _FLOAT: _PLAIN_FLOAT, _BOOL: _PLAIN_BOOL}


def _short(tag: str) -> str:
    """'tag:yaml.org,2002:float' -> '!!float'."""
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag
