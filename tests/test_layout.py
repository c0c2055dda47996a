"""The layout holds: imports run one way (cli -> api -> pack/engine -> models/results -> vocab) and
render reads results only. Checked on the source, so a new import that breaks the arrows fails
here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "endorse_cli"

# What each part of the package may import from endorse_cli (besides itself).
ALLOWED = {
    "vocab": set(),
    # text made safe for each output context: messages, renderers and the CLI use it
    "inert": set(),
    "errors": {"inert"},
    "resources": {"errors"},
    "models": {"vocab"},
    "results": {"models", "vocab"},
    "engine": {"models", "results", "vocab"},
    "pack": {"models", "errors", "vocab", "resources"},
    "render": {"results", "vocab", "resources", "inert"},
    "api": {"errors", "models", "results", "engine", "pack", "resources", "vocab"},
    # The library (api) is the only door to the rest.
    "cli": {
        "api",
        "errors",
        "render",
        "vocab",
        "inert",
    },
    "__main__": {"cli"},
    "__init__": set(),
}


def _part(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if name == "endorse_cli":
                found.add("__init__")
            elif name.startswith("endorse_cli."):
                found.add(name.split(".")[1])
    return found


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_imports_run_one_way(path):
    part = _part(path)
    allowed = ALLOWED[part] | {part, "__init__"}
    assert _imports(path) <= allowed, (
        f"{path.name} ({part}) imports {sorted(_imports(path) - allowed)}"
    )
