"""Shell completion of what the data pack names: categories, areas, courses, crosswalks.

Each function takes the click context (for `--data-dir` typed before it) and the text typed so far,
and returns (value, help) pairs. A pack that cannot be read completes nothing, quietly. The library
is imported only when a completion is asked for: the commands name these functions at every start.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from endorse_cli.api.types import Pack

Choices = list[tuple[str, str]]
TARGETS = (("all", "every category side by side"), ("coe", "the IECMH consultation competencies"))


def _pack(ctx: Any) -> Pack | None:
    from endorse_cli import api
    from endorse_cli.errors import EndorseError

    params = getattr(ctx, "params", None) or {}
    data_dir = params.get("data_dir") or params.get("data_dir_option")
    try:
        return api.load_pack(Path(data_dir) if data_dir else None)
    except EndorseError:
        return None


def _matching(incomplete: str, pairs: Iterable[tuple[str, str]]) -> Choices:
    """Pairs whose value starts with what was typed, in any case (the tool takes any case): what was
    typed is kept as typed, and after a lower-case start the rest is lower case too."""
    found: Choices = []
    for value, help_text in pairs:
        if value.startswith(incomplete):
            found.append((value, help_text))
        elif value.casefold().startswith(incomplete.casefold()):
            rest = value[len(incomplete) :]
            found.append((incomplete + (rest.lower() if incomplete.islower() else rest), help_text))
    return [(for_shell(value), help_text) for value, help_text in dict.fromkeys(found)]


def for_shell(value: str) -> str:
    """`value` as the shell asking should insert it. bash puts a completion on the line as it is, so
    a name with spaces or `&` is escaped there ('Cultural\\ humility'); zsh, fish and PowerShell
    quote it themselves."""
    import os

    if os.environ.get("_ENDORSE_COMPLETE") != "complete_bash":
        return value
    import re

    return re.sub(r"([^\w@%+=:,./-])", r"\\\1", value)


def categories(ctx: Any, incomplete: str) -> Choices:
    """Category ids, each with its name."""
    pack = _pack(ctx)
    return _matching(incomplete, ((c.id, c.name) for c in pack.categories.values()) if pack else ())


def targets(ctx: Any, incomplete: str) -> Choices:
    """What `gap --target` takes: a category id, `all` or `coe`."""
    return categories(ctx, incomplete) + _matching(incomplete, TARGETS)


def areas(ctx: Any, incomplete: str) -> Choices:
    """Area ids (with their names), and names or listed spellings that start with what was typed."""
    pack = _pack(ctx)
    return _matching(incomplete, _area_pairs(pack)) if pack else []


def _area_pairs(pack: Pack) -> Iterator[tuple[str, str]]:
    for area in pack.areas.values():
        yield area.id, area.name
    for area in pack.areas.values():
        for name in (area.name, *area.alternate_names):
            yield name, area.id


def crosswalks(ctx: Any, incomplete: str) -> Choices:
    """Crosswalk ids, each with its name."""
    pack = _pack(ctx)
    if pack is None:
        return []
    pairs = [(xw.id, xw.name) for xw in pack.course_crosswalks.values()]
    pairs += [(pack.coe.id, pack.coe.name)] if pack.coe else []
    return _matching(incomplete, pairs)


def courses(ctx: Any, incomplete: str) -> Choices:
    """Course ids with titles: of the crosswalk named on the command line, else of every
    crosswalk."""
    pack = _pack(ctx)
    if pack is None:
        return []
    named = (getattr(ctx, "params", None) or {}).get("name")
    chosen = pack.find_crosswalk(named) if isinstance(named, str) else None
    xws = [chosen] if chosen else list(pack.course_crosswalks.values())
    return _matching(incomplete, ((c.id, c.title) for xw in xws for c in xw.courses))


def install_bash(*, prog_name: str, complete_var: str, shell: str) -> Path:
    """Install bash completion as typer does (a script in ~/.bash_completions, sourced from
    ~/.bashrc), with the script's path quoted for the shell: a home folder such as /home/o'brien, or
    one holding a space, `$` or a backtick, is sourced as it is named. The line is appended; the
    rest of ~/.bashrc is untouched."""
    from endorse_cli.errors import UsageError, file_label

    try:
        return _install_bash(prog_name, complete_var, shell)
    except OSError as exc:
        where = file_label(exc.filename or Path.home())
        raise UsageError(
            f"cannot install completion: {where}: {exc.strerror or exc}. Fix: check its "
            "permissions."
        ) from exc


def _install_bash(prog_name: str, complete_var: str, shell: str) -> Path:
    import shlex

    from typer._completion_shared import get_completion_script

    script = Path.home() / ".bash_completions" / f"{prog_name}.sh"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(
        get_completion_script(prog_name=prog_name, complete_var=complete_var, shell=shell)
    )
    line = os.fsencode(f"source {shlex.quote(str(script))}")
    rc = Path.home() / ".bashrc"
    content = rc.read_bytes() if rc.is_file() else b""
    if line not in content.splitlines():
        with rc.open("ab") as handle:
            handle.write((b"" if not content or content.endswith(b"\n") else b"\n") + line + b"\n")
    return script
