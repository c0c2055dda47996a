"""The test suite writes nothing outside its temporary folders: collecting and running it leaves
HOME as it was."""

from __future__ import annotations

import os
import subprocess
import sys

from support import ROOT

# A module that reads the shipped pack at import time (while tests are collected), and CLI runs that
# load it through the per-user cache.
SUBSET = [
    "tests/test_engine_consultant.py",
    "tests/test_yaml11.py::test_plain_decimals_are_numbers",
]


def test_collecting_and_running_tests_leaves_home_untouched(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ENDORSE_", "XDG_", "PYTEST_"))}
    env["HOME"] = str(home)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SUBSET]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:]
    assert " passed" in done.stdout
    assert sorted(p.relative_to(home).as_posix() for p in home.rglob("*")) == []
