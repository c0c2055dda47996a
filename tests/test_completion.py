"""Shell completion: category ids, area names, course ids and crosswalk names from the data pack.

Tested twice: the callbacks directly, and through the protocol the shells use (typer's complete
variables), the way `endorse --install-completion` sets it up.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from endorse_cli.cli import complete
from support import cli


def values(pairs):
    return [value for value, _help in pairs]


def test_targets_are_category_ids_with_names_plus_all_and_coe():
    found = complete.targets(None, "IM")
    assert values(found) == ["IMHS", "IMHM-C", "IMHM-P", "IMHM-R"]
    assert ("IMHS", "Infant Mental Health Specialist") in found
    assert values(complete.targets(None, "a")) == ["all"]
    assert values(complete.targets(None, "co")) == ["coe"]
    assert len(complete.targets(None, "")) == 14


def test_lower_case_typing_completes_in_lower_case_which_the_tool_accepts():
    assert values(complete.categories(None, "ec")) == [
        "ecfa",
        "ecfs",
        "ecmhs",
        "ecmhm-c",
        "ecmhm-p",
        "ecmhm-r",
    ]


def test_areas_complete_by_id_and_by_name():
    ids = values(complete.areas(None, "cultural"))
    assert "cultural-competence" in ids
    names = values(complete.areas(None, "Cultural h"))
    assert "Cultural humility" in names


def test_courses_of_the_crosswalk_named_on_the_line():
    ctx = SimpleNamespace(params={"name": "erikson"})
    assert values(complete.courses(ctx, "I37")) == [f"I37{n}" for n in range(7)]
    assert values(complete.courses(SimpleNamespace(params={"name": "coe"}), "")) == [
        f"I37{n}" for n in range(7)
    ]


def test_crosswalk_names():
    assert values(complete.crosswalks(None, "")) == ["erikson", "coe"]


def test_a_pack_that_cannot_be_read_completes_nothing(tmp_path):
    ctx = SimpleNamespace(params={"data_dir": tmp_path / "missing"})
    assert complete.categories(ctx, "") == []
    assert complete.areas(ctx, "") == []


def shell_complete(env):
    """What the shell gets back from `endorse` when it asks for completions."""
    result = cli(env=env, prog_name="endorse")
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("endorse gap --target IM", "IMHS"),
        ("endorse gap me.yaml --target c", "coe"),
        ("endorse explain cult", "cultural-competence"),
        ("endorse crosswalk eri", "erikson"),
        ("endorse crosswalk erikson --course I37", "I374"),
        ("endorse areas --category ECM", "ECMHS"),
        ("endorse explain contemplation --record me.yaml --target IF", "IFS"),
    ],
)
def test_zsh_and_fish_get_completions(line, expected):
    for shell in ("complete_zsh", "complete_fish"):
        env = {
            "_ENDORSE_COMPLETE": shell,
            "_TYPER_COMPLETE_ARGS": line,
            "_TYPER_COMPLETE_FISH_ACTION": "get-args",
        }
        assert expected in shell_complete(env)


def test_bash_gets_completions():
    words = "endorse gap --target IM"
    out = shell_complete(
        {"_ENDORSE_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": "3"}
    )
    assert out.split() == ["IMHS", "IMHM-C", "IMHM-P", "IMHM-R"]


def test_install_and_show_completion_are_offered(run):
    result = run("--help")
    assert result.exit_code == 0
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


def test_show_completion_prints_a_script_for_bash(tmp_path):
    """Run under bash, as a user would: the script registers `endorse` with bash's `complete`."""
    env = {**os.environ, "ENDORSE_CACHE_DIR": str(tmp_path)}
    done = subprocess.run(
        ["bash", "-c", '"$0" -m endorse_cli --show-completion', sys.executable],
        env=env,
        capture_output=True,
        text=True,
        cwd=Path(tmp_path),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "_ENDORSE_COMPLETE=complete_bash" in done.stdout
    assert "complete -o default -F _endorse_completion endorse" in done.stdout
