"""`-o` never writes over what the run reads, nor where a shell redirection would be refused.

PRODUCT.md, "Exit codes": "The tool never writes over any file it reads (each record of a cohort
folder too) or any file of its data pack; `-o` writes like a shell redirection". The rule is one:
the loaders note every file they read (and each pack root), and `-o` compares the target by device
and inode, so each spelling of a path (relative, absolute, `..`, a symlink, a hard link) is the
same file. Each test below breaks that rule one way and checks that nothing was written (exit 2).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from support import EXAMPLES, GOOD_RECORD, ROOT

AS_OF = ("--as-of", "2025-06-30")
Spelling = Callable[[Path, Path], Path]


def _spellings() -> dict[str, Spelling]:
    """Ways to name `file` (in `tmp`): each must be found to be the same file."""

    def link(file: Path, tmp: Path) -> Path:
        (tmp / "alias.md").symlink_to(file)
        return tmp / "alias.md"

    def hard(file: Path, tmp: Path) -> Path:
        os.link(file, tmp / "hard.md")
        return tmp / "hard.md"

    def link_to_folder(file: Path, tmp: Path) -> Path:
        (tmp / "folder-link").symlink_to(file.parent, target_is_directory=True)
        return tmp / "folder-link" / file.name

    return {
        "absolute": lambda file, tmp: file.absolute(),
        "dotdot": lambda file, tmp: file.parent / ".." / file.parent.name / file.name,
        "dot": lambda file, tmp: file.parent / "." / file.name,
        "relative": lambda file, tmp: Path(os.path.relpath(file)),
        "symlink": link,
        "hard link": hard,
        "link to its folder": link_to_folder,
    }


SPELLINGS = _spellings()


def _unchanged(run, args: list[str], victim: Path, words: str) -> None:
    before = victim.read_bytes()
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert words in result.stderr and "Traceback" not in result.stderr
    assert victim.read_bytes() == before


@pytest.fixture
def pack(tmp_path) -> Path:
    """A copy of the shipped pack, with a folder no reader knows yet (a pack may gain one)."""
    copy = shutil.copytree(ROOT / "data", tmp_path / "pack")
    (copy / "catalogs").mkdir()
    (copy / "catalogs" / "calendar.yaml").write_text("catalog: x\n")
    return copy


@pytest.mark.parametrize("spelling", SPELLINGS)
@pytest.mark.parametrize(
    "command",
    [
        ["gap", "--target", "IMHS", *AS_OF],
        ["renew", *AS_OF],
        ["explain", "parallel-process", *AS_OF, "--record"],
        ["gap", "--target", "all", *AS_OF],
    ],
)
def test_the_record_being_read_is_refused_however_it_is_named(
    run, tmp_path, monkeypatch, spelling, command
):
    monkeypatch.chdir(tmp_path)
    record = tmp_path / "me.yaml"
    shutil.copy(EXAMPLES / "renewing-imhs-rsc-provider.yaml", record)
    target = SPELLINGS[spelling](record, tmp_path)
    _unchanged(run, [*command, "me.yaml", "-o", str(target)], record, "record being read")


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_each_record_found_in_a_cohort_folder_is_refused(run, tmp_path, monkeypatch, spelling):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "records" / "west"
    folder.mkdir(parents=True)
    victim = folder / "deep.yaml"
    victim.write_text(GOOD_RECORD)
    shutil.copy(EXAMPLES / "clinician-imhs.yaml", tmp_path / "records" / "other.yaml")
    target = SPELLINGS[spelling](victim, tmp_path)
    for view in (["--target", "IMHS"], ["--renewal"]):
        args = ["cohort", *view, "records", *AS_OF, "-q", "-f", "csv", "-o", str(target)]
        _unchanged(run, args, victim, "record of the cohort")


@pytest.mark.parametrize("spelling", SPELLINGS)
@pytest.mark.parametrize(
    "file", ["categories/IFA.yaml", "associations/MI-AIMH.yaml", "catalogs/calendar.yaml"]
)
def test_every_file_under_the_pack_root_is_refused(
    run, tmp_path, monkeypatch, pack, spelling, file
):
    monkeypatch.chdir(tmp_path)
    victim = pack / file
    assert victim.is_file(), "the shipped pack changed: pick another file"
    target = SPELLINGS[spelling](victim, tmp_path)
    for command in (
        ["categories"],
        ["schema"],
        ["gap", "--target", "IFS", str(EXAMPLES / "clinician-imhs.yaml")],
    ):
        _unchanged(run, [*command, "--data-dir", str(pack), "-o", str(target)], victim, "data pack")


@pytest.mark.parametrize("where", ["new-folder-file", "root", "catalogs"])
def test_a_new_file_inside_the_pack_is_refused_and_never_created(run, tmp_path, pack, where):
    target = {"root": pack / "report.md", "catalogs": pack / "catalogs" / "report.md"}.get(where)
    target = target or pack / "associations" / "report.md"
    result = run("categories", "--data-dir", str(pack), "-o", str(target))
    assert result.exit_code == 2 and "data pack" in result.stderr
    assert not target.exists()


def test_endorse_own_files_are_refused_whichever_pack_is_in_use(run, pack):
    from endorse_cli.resources import data_root, templates_root

    for victim in (templates_root() / "categories.md.j2", data_root() / "categories" / "IFA.yaml"):
        _unchanged(run, ["categories", "-f", "markdown", "-o", str(victim)], victim, "endorse's")
        _unchanged(
            run, ["categories", "--data-dir", str(pack), "-o", str(victim)], victim, "endorse's"
        )
        result = run("categories", "-o", str(victim.parent / "new.md"))
        assert result.exit_code == 2 and not (victim.parent / "new.md").exists()


def test_init_into_the_pack_refuses_before_writing_the_record(run, pack):
    result = run("init", str(pack / "categories" / "mine.yaml"), "--data-dir", str(pack))
    assert (
        result.exit_code == 2
        and "data pack" in result.stderr
        and not result.stderr.startswith("Error: -o")
    )
    assert not (pack / "categories" / "mine.yaml").exists()
    assert not (pack / "categories" / "endorse-record.schema.json").exists()


def test_what_an_earlier_command_read_is_free_to_write_in_the_next(run, tmp_path):
    """The list of inputs belongs to one run: a file read before is an ordinary file now."""
    record = tmp_path / "me.yaml"
    record.write_text(GOOD_RECORD)
    assert run("gap", "--target", "IFS", *AS_OF, str(record)).exit_code == 0
    assert run("categories", "-o", str(record)).exit_code == 0
    assert "Endorsement categories" in record.read_text()


@pytest.mark.parametrize("suffix", ["/", "/.", "//"])
def test_a_name_ending_like_a_folder_is_not_a_directory(run, tmp_path, suffix):
    """`> report.md/` in a shell: "Not a directory" when report.md is a file; the file is
    untouched."""
    report = tmp_path / "report.md"
    report.write_text("old")
    result = run("categories", "-o", f"{report}{suffix}")
    assert result.exit_code == 2 and "Not a directory" in result.stderr
    assert report.read_text() == "old"
    missing = run("categories", "-o", f"{tmp_path / 'new.md'}{suffix}")
    assert missing.exit_code == 2 and not (tmp_path / "new.md").exists()
    record = run("init", f"{tmp_path / 'me.yaml'}{suffix}")
    assert record.exit_code == 2 and not (tmp_path / "me.yaml").exists()


def test_a_file_the_user_may_not_write_is_refused_as_a_shell_would(run, tmp_path, monkeypatch):
    """The rule: the system's access check for the user decides (root may write any file, as in a
    shell). The temporary file and rename would otherwise replace a file whose mode forbids writing
    it."""
    report = tmp_path / "report.md"
    report.write_text("old")
    report.chmod(0o444)
    real = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: False if Path(p) == report else real(p, mode, **kw)
    )
    result = run("categories", "-o", str(report))
    assert result.exit_code == 2 and "Permission denied" in result.stderr
    assert report.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_a_writable_file_in_a_folder_one_may_not_change_is_written_in_place(
    run, tmp_path, monkeypatch
):
    """A shell writes such a file; a rename there would fail, so the report goes in place (same
    inode)."""
    report = tmp_path / "report.md"
    report.write_text("old")
    inode = report.stat().st_ino
    real = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: False if Path(p) == tmp_path else real(p, mode, **kw)
    )
    assert run("categories", "-o", str(report)).exit_code == 0
    assert "Endorsement categories" in report.read_text() and report.stat().st_ino == inode


NOT_ROOT_WRITES = """
import os, sys
from pathlib import Path
from endorse_cli.cli.output import write_report
from endorse_cli.errors import UsageError
# One write as root first, so every module the write path imports lazily is loaded: a CI venv in a
# private temporary folder is closed to `nobody`.
write_report(Path(sys.argv[1]).with_name("warm.md"), "warm")
os.setgid(65534)
os.setuid(65534)
try:
    write_report(Path(sys.argv[1]), "new")
except UsageError as exc:
    print(exc)
    sys.exit(2)
"""


@pytest.mark.skipif(
    not hasattr(os, "setuid") or os.geteuid() != 0, reason="needs root to become another user"
)
def test_a_read_only_report_is_refused_for_a_user_who_is_not_root():
    """The same rule for a real user: the child drops to `nobody` after importing, then writes."""
    folder = Path(tempfile.mkdtemp(prefix="endorse-ro-"))
    folder.chmod(0o777)  # pytest's own temporary folders are closed to other users
    try:
        report = folder / "report.md"
        report.write_text("old")
        report.chmod(0o444)
        script = NOT_ROOT_WRITES
        done = subprocess.run(
            [sys.executable, "-c", script, str(report)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 2 and "Permission denied" in done.stdout, done.stderr
        assert report.read_text() == "old"
    finally:
        shutil.rmtree(folder)
