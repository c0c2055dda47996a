"""The data maintainer's loop: validate finds the pack being edited, says which it checked, reports
a typo once, and speaks GitHub Actions; check takes --as-of and annotations too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from endorse_cli.render.github import annotation, escape_data, escape_property
from endorse_cli.resources import data_root
from endorse_cli.results.checks import ProblemRow
from support import GOOD_RECORD, replace_first


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> Path:
    """A repository with a copy of the data pack in ./data, as the current folder."""
    shutil.copytree(data_root(), tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def typo(pack: Path) -> int:
    """`kinds: [prevention, treatmnet]` in IFS.yaml; returns the line."""
    return replace_first(
        pack / "categories" / "IFS.yaml", "kinds: [prevention", "kinds: [prevention, treatmnet"
    )


def test_validate_without_a_folder_checks_the_data_folder_here_and_says_so(run, repo):
    typo(repo / "data")
    result = run("validate")
    assert result.exit_code == 1
    assert (
        result.stdout.splitlines()[0] == "Checking the data pack in data (the data/ folder here)."
    )


def test_validate_prefers_the_environment_and_falls_back_to_the_shipped_pack(
    run, repo, monkeypatch, tmp_path
):
    shutil.copytree(repo / "data", tmp_path / "other")
    monkeypatch.setenv("ENDORSE_DATA_DIR", str(tmp_path / "other"))
    assert "from $ENDORSE_DATA_DIR" in run("validate").stdout.splitlines()[0]
    monkeypatch.delenv("ENDORSE_DATA_DIR")
    shutil.rmtree(repo / "data")
    first = run("validate").stdout.splitlines()[0]
    assert "the pack shipped with endorse" in first and str(data_root()) in first


def test_one_typo_is_one_problem_and_one_line_about_the_checks_skipped(run, repo):
    line = typo(repo / "data")
    result = run("validate")
    text = " ".join(result.stderr.split())
    assert "(1 problem)" in text  # not 68: the typo; one more line says what was skipped
    assert f"data/categories/IFS.yaml:{line}:" in text and "did you mean 'treatment'?" in text
    assert "unknown category 'IFS'" not in text
    assert "checks of other files that name what this file defines were skipped" in text


def test_fix_texts_name_the_folder_of_the_pack_checked(run, repo):
    pack = repo / "data"
    shutil.move(pack, repo / "my-pack")
    path = repo / "my-pack" / "crosswalks" / "erikson.yaml"
    path.write_text(
        path.read_text().replace(
            "area: pregnancy-early-parenthood", "area: pregnancy-early-parenthod", 1
        )
    )
    text = " ".join(run("validate", "my-pack").stderr.split())
    assert "use an area id of my-pack/competencies/." in text


def test_validate_and_check_write_github_annotations(run, repo):
    line = typo(repo / "data")
    out = run("validate", "--format", "github").stdout.splitlines()
    assert out[0].startswith("::notice::Checked the data pack in data")
    assert out[1].startswith(f"::error file=data/categories/IFS.yaml,line={line},title=")
    record = repo / "me.yaml"
    record.write_text(GOOD_RECORD.replace("hours: 14", "hours: 0"))
    checked = run("check", str(record), "--format", "github")
    assert checked.exit_code == 2
    assert checked.stdout.startswith(
        f"::error file={escape_property(str(record))},line=7,title=trainings[0].hours::"
    )


def test_check_judges_dates_against_as_of(run, tmp_path):
    record = tmp_path / "me.yaml"
    record.write_text(GOOD_RECORD)  # its training is dated 2021-03-02
    assert run("check", str(record), "--as-of", "2021-01-01").exit_code == 2
    assert run("check", str(record), "--as-of", "2021-03-02").exit_code == 0


def test_annotation_escapes_follow_the_runner():
    # https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts (escapeData,
    # escapeProperty)
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    row = ProblemRow(
        file="my,pack/x:y.yaml", line=3, field="a.b", message="bad\nvalue", fix="use 100%"
    )
    assert (
        annotation(row)
        == "::error file=my%2Cpack/x%3Ay.yaml,line=3,title=a.b::bad%0Avalue Fix: use 100%25"
    )
