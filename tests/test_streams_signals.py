"""stdout that fails, readers that leave, signals during a write, odd terminals: never a silent
loss.

PRODUCT.md, "Exit codes": 0 means the command did its job, 2 that it could not run, 3 a bug. A
report cut short by a full disk, a file size limit or a closed stdout did not do its job (exit 2,
with the reason); a reader that stops reading (`| head`) is no error of ours: quiet, with the status
a shell shows for SIGPIPE (141, never 1, which means findings). Each runs a real process with real
file descriptors, since the failures live there."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from support import EXAMPLES

REPORT = ("gap", "--target", "IMHS", str(EXAMPLES / "clinician-imhs.yaml"), "--as-of", "2025-06-30")


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **extra}
    env.pop("ENDORSE_DATA_DIR", None)
    return env


def _endorse(
    *args: str, env: dict[str, str] | None = None, **kwargs
) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "endorse_cli", *args]
    return subprocess.run(command, env=env or _env(), timeout=120, check=False, **kwargs)


@pytest.mark.parametrize("fmt", ["table", "markdown", "json", "html"])
def test_a_full_disk_on_stdout_is_exit_2_with_the_reason(fmt):
    with Path("/dev/full").open("wb") as full:
        done = _endorse(*REPORT, "-f", fmt, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 2, done.stderr
    assert b"No space left on device" in done.stderr and b"Traceback" not in done.stderr


def test_a_file_size_limit_cutting_the_report_short_is_exit_2(tmp_path):
    """`ulimit -f 1`: the first 1,024 bytes land, the rest cannot; exit 0 here would hide a cut
    report."""
    out = tmp_path / "report.json"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    with out.open("wb") as handle:
        done = _endorse(
            *REPORT, "-f", "json", stdout=handle, stderr=subprocess.PIPE, preexec_fn=limit
        )
    assert done.returncode == 2, done.stderr
    assert b"File too large" in done.stderr and out.stat().st_size <= 1024


@pytest.mark.parametrize("command", [REPORT, ("categories", "-f", "json")])
def test_a_closed_stdout_is_exit_2_with_a_message(command):
    done = subprocess.run(
        ["bash", "-c", '"$0" -m endorse_cli "$@" >&-', sys.executable, *command],
        env=_env(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert b"stdout is closed" in done.stderr and b"Traceback" not in done.stderr


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_a_reader_that_stopped_reading_ends_the_run_quietly_with_141(fmt):
    """The read end is closed before the report is written: every write meets a broken pipe."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = _endorse(*REPORT, "-f", fmt, stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert done.returncode == 128 + signal.SIGPIPE
    assert done.stderr == b""


def test_head_reads_one_line_and_the_run_is_never_exit_1():
    done = subprocess.run(
        [
            *(
                "bash",
                "-c",
                '"$0" -m endorse_cli "$@" | head -c 1 >/dev/null; echo "${PIPESTATUS[0]}"',
                sys.executable,
            ),
            *(
                "cohort",
                "--renewal",
                str(EXAMPLES),
                "--as-of",
                "2025-06-30",
                "-f",
                "json",
                "--detail",
            ),
        ],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip() in ("0", "141") and done.stderr == ""


@pytest.mark.parametrize("columns", ["0", "-5", "abc", ""])
def test_a_nonsense_terminal_width_still_prints_the_report(columns):
    done = _endorse("categories", env=_env(COLUMNS=columns), capture_output=True)
    assert done.returncode == 0, done.stderr
    assert b"Endorsement categories" in done.stdout and b"ECMHM-R" in done.stdout


SLOW_RENAME = """
import pathlib, sys, time
real = pathlib.Path.replace
def slow(self, target):
    if pathlib.Path(target).name == "report.md":  # not the pack cache, also written by a rename
        sys.stderr.write("renaming\\n"); sys.stderr.flush(); time.sleep(60)
    return real(self, target)
pathlib.Path.replace = slow
sys.argv = ["endorse", *sys.argv[1:]]
from endorse_cli.__main__ import main
main()
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_stopping_signal_during_a_write_leaves_no_temporary_file_and_the_old_report(
    tmp_path, signum
):
    """The report is whole in its temporary file and about to replace the old one when the signal
    comes."""
    report = tmp_path / "report.md"
    report.write_text("old report")
    command = [sys.executable, "-c", SLOW_RENAME, "categories", "-f", "markdown", "-o", str(report)]
    with subprocess.Popen(command, env=_env(), stderr=subprocess.PIPE) as child:
        assert child.stderr is not None and child.stderr.readline() == b"renaming\n"
        assert any(p.name.startswith(".endorse-") for p in tmp_path.iterdir())
        child.send_signal(signum)
        assert child.wait(30) == -signum
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
    assert report.read_text() == "old report"


def test_a_signal_the_caller_ignores_stays_ignored(tmp_path):
    """Under `nohup`, SIGHUP is ignored: the write goes on and the report is complete."""
    report = tmp_path / "report.md"
    script = SLOW_RENAME.replace("time.sleep(60)", "time.sleep(1)")
    ignore = lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN)  # noqa: E731 - what nohup does
    command = [sys.executable, "-c", script, "categories", "-o", str(report)]
    with subprocess.Popen(command, env=_env(), stderr=subprocess.PIPE, preexec_fn=ignore) as child:
        assert child.stderr is not None and child.stderr.readline() == b"renaming\n"
        child.send_signal(signal.SIGHUP)
        assert child.wait(30) == 0
    assert "Endorsement categories" in report.read_text()
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_ctrl_c_at_a_prompt_is_130_and_writes_nothing(tmp_path):
    """Ctrl-C is the person stopping the run: 130 as a shell shows it (128 + SIGINT), never 1, which
    means findings (README, exit codes); the record asked about is not written."""
    record = tmp_path / "me.yaml"
    proc = subprocess.Popen(
        [sys.executable, "-m", "endorse_cli", "init", "--interactive", str(record)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    seen = b""
    while b"Your name" not in seen:
        chunk = os.read(proc.stdout.fileno(), 1024)
        assert chunk, "the prompt never came"
        seen += chunk
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert not record.exists()
