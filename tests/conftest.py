"""Shared fixtures: the CLI runner, the shipped catalog, a copy of the pack, and --update-golden."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from support import cli, copy_pack, shipped_pack


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from current output"
    )


def pytest_configure(config: pytest.Config) -> None:
    """Before any test module is imported: the pack cache goes to a temporary folder, never the home
    one."""
    folder = tempfile.mkdtemp(prefix="endorse-test-cache-")
    os.environ["ENDORSE_CACHE_DIR"] = folder
    config.add_cleanup(lambda: _remove(Path(folder)))


def _remove(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def catalog():
    return shipped_pack()


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """A fresh, writable copy of the shipped data pack (tmp_path/pack)."""
    return copy_pack(tmp_path / "pack")


@pytest.fixture
def run(monkeypatch):
    """Invoke the CLI; returns the typer Result (stdout and stderr kept apart). Keyword options
    (input, env) go to CliRunner.invoke."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("ENDORSE_DATA_DIR", raising=False)
    return cli
