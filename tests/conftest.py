"""Shared fixtures: the CLI runner, the shipped catalog, and --update-golden."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from endorse_cli.cli import app
from endorse_cli.pack.load import load_pack


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests never write into the real home directory: the pack cache goes to a temporary folder."""
    os.environ["ENDORSE_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def catalog():
    return load_pack()


@pytest.fixture
def run(monkeypatch):
    """Invoke the CLI; returns the typer Result (stdout and stderr kept apart)."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("ENDORSE_DATA_DIR", raising=False)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, list(args), catch_exceptions=False)

    return invoke
