"""Odd things where records, answers and dates come from: each named, none fatal to the rest, none a
bug.

A cohort folder holds whatever people put there (PRODUCT.md, cohort: "a record that cannot be read
becomes a row with its error"; "Exit codes": 2 for an unreadable record, 3 only for a bug); `init
--interactive` reads a terminal that may be closed; a report date may be typed far off; a home
folder's name may hold what a shell treats specially.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from endorse_cli import api
from endorse_cli.cli import app
from endorse_cli.errors import UsageError
from endorse_cli.vocab import FIRST_REPORT_DATE, LAST_REPORT_DATE
from support import EXAMPLES

AS_OF = ("--as-of", "2025-06-30")


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **extra}
    env.pop("ENDORSE_DATA_DIR", None)
    return env


# --------------------------------------------------------------------------- cohort folders


@pytest.fixture
def odd_folder(tmp_path) -> Path:
    """Two good records, and beside them every kind of path that cannot be read as one."""
    folder = tmp_path / "records"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLES / "clinician-imhs.yaml", folder / "good.yaml")
    shutil.copy(
        EXAMPLES / "renewing-imhs-rsc-provider.yaml",
        Path(os.fsdecode(bytes(folder) + b"/caf\xe9-\xff.yaml")),
    )
    (folder / "loop-a.yaml").symlink_to("loop-b.yaml")
    (folder / "loop-b.yaml").symlink_to("loop-a.yaml")
    (folder / "gone.yaml").symlink_to("nowhere.yaml")
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)  # a folder loop
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(EXAMPLES / "consultant-ecfs.yaml", elsewhere / "linked.yaml")
    (folder / "sub" / "shared").symlink_to(elsewhere, target_is_directory=True)  # searched, once
    (folder / "sub" / "shared-again").symlink_to(elsewhere, target_is_directory=True)
    os.mkfifo(folder / "pipe.yaml")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "sock.yaml"))
    return folder


def test_a_device_in_a_cohort_folder_is_named_and_never_opened(run, tmp_path):
    """A copy of /dev/zero's numbers: opened, it would never end."""
    (tmp_path / "good.yaml").write_text((EXAMPLES / "clinician-imhs.yaml").read_text())
    try:
        os.mknod(tmp_path / "zero.yaml", stat.S_IFCHR | 0o666, os.makedev(1, 5))
    except PermissionError:
        pytest.skip(
            "creating a device node needs root; the FIFO and socket cases take the same path"
        )
    result = run("cohort", "--target", "IMHS", str(tmp_path), *AS_OF, "-q", "-f", "csv")
    assert result.exit_code == 2
    assert "is a device" in _rows(result.stdout)[str(tmp_path / "zero.yaml")]["error"]


def _rows(stdout: str) -> dict[str, dict[str, str]]:
    return {row["file"]: row for row in csv.DictReader(io.StringIO(stdout))}


def test_every_odd_path_in_a_cohort_folder_is_named_and_the_rest_reported(run, odd_folder):
    result = run("cohort", "--target", "IMHS", str(odd_folder), *AS_OF, "-q", "-f", "csv")
    assert result.exit_code == 2 and "6 of 9 records could not be read" in result.stderr
    rows = {Path(name).name: row for name, row in _rows(result.stdout).items()}
    assert (
        rows["good.yaml"]["name"] == "Jordan Rivera"
        and rows["caf\\xe9-\\xff.yaml"]["name"] == "Morgan Lee"
    )
    for name, words in {
        "loop-a.yaml": "loop",
        "loop-b.yaml": "loop",
        "gone.yaml": "does not exist",
        "pipe.yaml": "named pipe",
        "sock.yaml": "socket",
        "up": "loop",
    }.items():
        assert words in rows[name]["error"] and name in rows[name]["error"], rows[name]
    # Through a link to a folder elsewhere, listed once.
    assert rows["linked.yaml"]["name"] == "Sam Okonkwo"


@pytest.mark.parametrize("view", [["--target", "IMHS"], ["--renewal"]])
@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "html", "table"])
def test_a_name_that_is_not_utf8_is_shown_with_its_bytes_escaped_in_every_format(
    run, odd_folder, monkeypatch, view, fmt
):
    monkeypatch.setenv("COLUMNS", "400")  # the table keeps the file name on one line
    result = run("cohort", *view, str(odd_folder), *AS_OF, "-q", "-f", fmt)
    assert result.exit_code == 2, result.output
    assert "caf\\xe9-\\xff.yaml" in result.stdout.replace("\\\\", "\\")
    result.stdout.encode("utf-8")  # no lone surrogate reached the report
    if fmt == "json":
        assert any(
            text.endswith("caf\\xe9-\\xff.yaml") for text in _strings(json.loads(result.stdout))
        )


def _strings(data: object) -> list[str]:
    if isinstance(data, dict):
        return [text for value in data.values() for text in _strings(value)]
    if isinstance(data, list):
        return [text for value in data for text in _strings(value)]
    return [data] if isinstance(data, str) else []


def test_a_folder_that_cannot_be_opened_is_named_not_skipped(run, odd_folder, monkeypatch):
    """As root every folder opens; the system's refusal is simulated where the walk asks for it."""
    locked = odd_folder / "locked"
    locked.mkdir()
    shutil.copy(EXAMPLES / "consultant-ecfs.yaml", locked / "hidden-away.yaml")
    real = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("cohort", "--target", "IMHS", str(odd_folder), *AS_OF, "-q", "-f", "csv")
    assert result.exit_code == 2
    row = _rows(result.stdout)[str(locked)]
    assert "cannot be opened" in row["error"] and "Permission denied" in row["error"]


def test_a_record_file_that_cannot_be_opened_is_a_row_of_its_own(run, odd_folder, monkeypatch):
    """As root every file opens; the system's refusal is simulated where the file is opened."""
    locked = odd_folder / "good.yaml"
    real = os.open

    def refusing(path, flags, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    result = run("cohort", "--target", "IMHS", str(odd_folder), *AS_OF, "-q", "-f", "csv")
    assert result.exit_code == 2 and "7 of 9 records could not be read" in result.stderr
    assert "Permission denied" in _rows(result.stdout)[str(locked)]["error"]


def test_a_fifo_given_by_name_is_never_opened(tmp_path):
    """Opening a FIFO for reading waits for a writer: a run that did would time out here."""
    os.mkfifo(tmp_path / "pipe.yaml")
    for args in (["gap", "--target", "IFS"], ["cohort", "--target", "IFS", "-q"], ["check"]):
        command = [sys.executable, "-m", "endorse_cli", *args, str(tmp_path / "pipe.yaml")]
        done = subprocess.run(
            command, env=_env(), capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 2 and "named pipe" in done.stdout + done.stderr, done.stderr


# --------------------------------------------------------------------------- init


def _init(tmp_path: Path, stdin: str, *extra: str) -> subprocess.CompletedProcess[str]:
    shell = f'"$0" -m endorse_cli init "$1" --interactive {stdin}'
    command = ["bash", "-c", shell, sys.executable, str(tmp_path / "me.yaml"), *extra]
    return subprocess.run(
        command, env=_env(), capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize(
    ("stdin", "words"), [("<&-", "stdin is closed"), ("</dev/null", "stdin ended")]
)
def test_init_with_no_one_to_answer_is_exit_2_and_writes_nothing(tmp_path, stdin, words):
    done = _init(tmp_path, stdin)
    assert done.returncode == 2 and words in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("typed", ["\x1b[31mAnn\x1b[0m", "Ann\x07", "Ann\tLee", "\x9bAnn"])
def test_a_control_character_typed_at_a_prompt_is_asked_again(run, tmp_path, monkeypatch, typed):
    monkeypatch.chdir(tmp_path)
    answers = f"{typed}\nAnn Lee\nMI\u2011AIMH \u200f\n{typed}\nIFS\nn\n"
    result = CliRunner().invoke(app, ["init", "me.yaml", "-i"], input=answers)
    assert result.exit_code == 0, result.output
    assert result.output.count("control character") == 2  # the name, then the category
    assert run("check", "me.yaml").exit_code == 0
    assert "name: Ann Lee" in (tmp_path / "me.yaml").read_text(encoding="utf-8")


def test_a_fifo_where_the_schema_goes_is_refused_before_anything_is_written(tmp_path):
    os.mkfifo(tmp_path / "endorse-record.schema.json")
    command = [sys.executable, "-m", "endorse_cli", "init", str(tmp_path / "me.yaml")]
    done = subprocess.run(
        command, env=_env(), capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2 and "named pipe" in done.stderr
    assert not (tmp_path / "me.yaml").exists()


# --------------------------------------------------------------------------- completion


@pytest.mark.parametrize(
    "home_name", ["o'brien", "two words", "dollar $HOME x", "back`tick`", "all ' $ ` \" of it"]
)
def test_the_completion_line_in_bashrc_sources_the_script_whatever_the_home_folder(
    tmp_path, home_name
):
    home = tmp_path / home_name
    home.mkdir()
    (home / ".bashrc").write_text("export BEFORE=kept\n")
    env = _env(HOME=str(home), _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")
    for _ in range(2):  # installing twice adds the line once
        command = [sys.executable, "-m", "endorse_cli", "--install-completion", "bash"]
        subprocess.run(command, env=env, capture_output=True, timeout=60, check=True)
    rc = home / ".bashrc"
    check = 'source "$1" && complete -p endorse && echo "$BEFORE"'
    done = subprocess.run(
        ["bash", "--norc", "-c", check, "bash", str(rc)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "_endorse_completion endorse" in done.stdout and "kept" in done.stdout
    assert rc.read_text().count("source ") == 1


def test_completion_that_cannot_be_installed_says_where_and_why(tmp_path):
    (tmp_path / ".bash_completions").write_text("a file where the folder should be")
    env = _env(HOME=str(tmp_path), _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")
    command = [sys.executable, "-m", "endorse_cli", "--install-completion", "bash"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert (
        done.returncode == 2
        and ".bash_completions" in done.stderr
        and "Traceback" not in done.stderr
    )
    assert not (tmp_path / ".bashrc").exists()


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_files_land_in_the_home_folder_and_name_no_path(tmp_path, shell):
    home = tmp_path / "o'brien $x"
    home.mkdir()
    env = _env(HOME=str(home), _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")
    command = [sys.executable, "-m", "endorse_cli", "--install-completion", shell]
    subprocess.run(command, env=env, capture_output=True, timeout=60, check=True)
    written = [p for p in home.rglob("*") if p.is_file()]
    assert written and all(str(home) not in p.read_text() for p in written)


# --------------------------------------------------------------------------- report dates


@pytest.mark.parametrize("day", ["9999-12-31", "3000-01-01", "1899-12-31", "0001-01-01"])
@pytest.mark.parametrize(
    "command",
    [
        ["gap", "--target", "IMHS"],
        ["gap", "--target", "all"],
        ["explain", "parallel-process", "--record"],
        ["renew"],
        ["cohort", "--renewal", "-q"],
        ["cohort", "--target", "all", "-q"],
    ],
)
def test_a_report_date_outside_the_range_is_exit_2_naming_the_range(run, command, day):
    result = run(*command, str(EXAMPLES / "renewing-imhs-rsc-provider.yaml"), "--as-of", day)
    assert result.exit_code == 2, result.output
    assert f"{FIRST_REPORT_DATE} to {LAST_REPORT_DATE}" in result.stderr


@settings(max_examples=25, deadline=None)
@given(
    day=st.dates(min_value=FIRST_REPORT_DATE, max_value=LAST_REPORT_DATE)
    | st.sampled_from([LAST_REPORT_DATE])
)
def test_every_report_date_in_the_range_gives_a_report(catalog, day: date):
    """No rule, window or deadline the engine works out leaves the calendar within the range."""
    record = api.load_record(EXAMPLES / "renewing-imhs-rsc-provider.yaml", catalog)
    api.report_for(catalog, record, "all", day)
    api.report_for(catalog, record, "IMHS", day)
    api.report_for(catalog, record, "coe", day)
    api.explain(catalog, "parallel-process", "parallel-process", record, None, day)
    try:  # a year before the endorsement was earned, or without a rule, is a usage error, not a bug
        api.renew(catalog, record, day)
        api.renew_history(catalog, record, day, max(day.year - 2, FIRST_REPORT_DATE.year), day.year)
    except UsageError as exc:
        assert "no endorsement was held" in str(exc) or "no renewal rule" in str(exc)
