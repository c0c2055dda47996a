"""Hostile input never crashes, hangs, lies or destroys a file (one test per case of the issue).

Records with typos in explicit tags, control characters, markup and emoji codes, huge files and
thousands of problems; reports with brackets and pipes in every text; non-UTF-8 terminals; broken
data packs; `-o` onto links, pipes, devices, the data pack, impossible names; internal errors.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import threading
import time
from pathlib import Path

import pytest

from support import (
    EXAMPLES,
    GOOD_RECORD,
    ROOT,
    copy_pack,
    markdown_cells,
    pack_with_names,
    run_endorse,
)

GOOD = (
    GOOD_RECORD + "work:\n  - "
    "{role: x, start: 2020-01-01, end: 2021-01-01, ages: infant, kind: treatment, paid: true}\n"
)
GAP = ("gap", "--target", "IMHS", "--as-of", "2024-06-30")
MARKUP = ("Prenatal [/] care", "Prenatal [red]care[/red]", ":100:", "a | b")


def _record(tmp_path: Path, text: str | bytes, name: str = "record.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _clean(result, code: int = 2) -> str:
    """The run ended with `code`, no traceback; returns stderr."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.stderr
    return result.stderr


def _cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 60
):
    """The CLI in a fresh interpreter (for environment variables and real file descriptors)."""
    full = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **(env or {})}
    full.pop("ENDORSE_DATA_DIR", None)
    return run_endorse(*args, env=full, cwd=cwd, timeout=timeout, text=False)


# --------------------------------------------------------------------------- records


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("hours: 14", "hours: !!float x", "trainings[0].hours"),
        ("hours: 14", 'hours: !!int ""', "trainings[0].hours"),
        ("paid: true", "paid: !!bool maybe", "work[0].paid"),
    ],
)
def test_explicit_tags_with_bad_values_are_field_errors(run, tmp_path, old, new, field):
    record = _record(tmp_path, GOOD.replace(old, new))
    err = _clean(run(*GAP, str(record)))
    line = GOOD.splitlines().index(next(x for x in GOOD.splitlines() if old in x)) + 1
    assert f"{record}:{line}" in err and field in err and "Fix:" in err


@pytest.mark.parametrize("char", ["\0", "\x01", "\x1b", "\x7f"])
def test_control_characters_name_the_line_and_a_fix(run, tmp_path, char):
    record = _record(tmp_path, GOOD.replace("title: DC:0-5", f"title: DC{char}0-5"))
    err = _clean(run(*GAP, str(record)))
    assert f"{record}:5" in err and "control character" in err and "Fix:" in err
    assert "<unicode string>" not in err and "position" not in err


def test_escaped_control_characters_in_quoted_text_are_refused_too(run, tmp_path):
    record = _record(tmp_path, GOOD.replace("title: DC:0-5", 'title: "DC\\e[2J"'))
    err = _clean(run(*GAP, str(record)))
    assert f"{record}:5" in err and "trainings[0].title" in err and "control character" in err


def test_markup_and_emoji_codes_in_a_value_are_echoed_as_written(run, tmp_path):
    record = _record(
        tmp_path, GOOD.replace("disorders-infancy-early-childhood", '":100: [red]x[/red] [/]"')
    )
    err = _clean(run(*GAP, str(record)))
    assert "':100: [red]x[/red] [/]'" in err


def test_a_20_mb_record_is_refused_before_parsing(run, tmp_path):
    record = tmp_path / "big.yaml"
    with record.open("w") as handle:
        handle.write("name: x\ntrainings:\n")
        handle.write("  - {title: t, date: 2020-01-01, hours: 1}\n" * 480_000)
    start = time.perf_counter()
    err = _clean(run(*GAP, str(record)))
    assert time.perf_counter() - start < 5
    assert f"{record.stat().st_size / 1e6:.1f} MB" in err and "5.0 MB" in err
    assert "anchor" not in err and "alias" not in err


def test_thousands_of_unknown_areas_list_fifty_then_a_count(run, tmp_path):
    """The issue's 40,000 names printed 7.4 MB; 10,000 show the same (and keep the suite fast)."""
    areas = ", ".join(f"bogus{i}" for i in range(10_000))
    record = _record(
        tmp_path, GOOD.replace("{disorders-infancy-early-childhood: met}", f"[{areas}]")
    )
    err = _clean(run(*GAP, str(record)))
    assert err.count("unknown area") == 50
    assert f"… and {10_000 - 50} more." in err
    assert len(err) < 20_000


def test_a_100_kb_value_is_cut_in_messages(run, tmp_path):
    record = _record(tmp_path, GOOD.replace("ages: infant", "ages: " + "x" * 100_000))
    err = _clean(run(*GAP, str(record)))
    assert "x" * 79 + "…" in err and "x" * 81 not in err
    assert len(err) < 2_000


def test_library_wording_is_replaced_by_plain_words(run, tmp_path):
    record = _record(
        tmp_path, GOOD.replace("title: DC:0-5", "title: [a, b]").replace("hours: 14", "hours: many")
    )
    err = _clean(run(*GAP, str(record)))
    assert (
        "trainings[0].title: must be text" in err and "trainings[0].hours: must be a number" in err
    )
    assert "Input should" not in err and "valid string" not in err


def test_a_long_record_path_is_named_whole(run, tmp_path):
    folder = tmp_path / ("deep-folder-" * 8)
    folder.mkdir()
    record = _record(folder, GOOD.replace("hours: 14", "hours: 0"))
    err = _clean(run(*GAP, str(record)))
    assert f"{record}:7: trainings[0].hours" in err


# --------------------------------------------------------------------------- reports


@pytest.fixture(scope="module")
def hostile_pack(tmp_path_factory) -> Path:
    """A valid copy of the shipped pack whose names hold markup, emoji codes and pipes."""
    return pack_with_names(
        tmp_path_factory.mktemp("hostile"),
        category="'Infant [red]Mental[/red] | :100:'",
        area='"Prenatal [/] care | :smile:"',
        course='"Assessment [bold]x[/bold] | :100:"',
        coe="[red]x[/red] | :100:",
    )


HOSTILE_RECORD = (
    GOOD.replace("Test Person", "'Jo [/] [red]x[/red] :100: | y'")
    .replace("DC:0-5", "'Prenatal [/] care :100: | z'")
    .replace("{disorders-infancy-early-childhood: met}", "{pregnancy-early-parenthood: met}")
    + "endorsements:\n  - {category: IFS, earned: 2020-01-01}\n"
)
REPORTS = {
    "gap": (
        [*GAP, "{record}"],
        ["Jo [/] [red]x[/red] :100: | y", "Prenatal [/] care :100: | z", "[red]Mental[/red]"],
    ),
    "all": (
        ["gap", "--target", "all", "--as-of", "2024-06-30", "{record}"],
        ["Jo [/] [red]x[/red] :100: | y"],
    ),
    "coe": (
        ["gap", "--target", "coe", "--as-of", "2024-06-30", "{record}"],
        ["Jo [/] [red]x[/red] :100: | y"],
    ),
    "course": (["crosswalk", "erikson", "--course", "I374"], ["Assessment [bold]x[/bold] | :100:"]),
    "program": (["crosswalk", "erikson", "--category", "IMHS"], ["Prenatal [/] care | :smile:"]),
    "coe view": (["crosswalk", "coe"], ["Treats [red]x[/red] | :100: consultation"]),
    "explain": (
        ["explain", "pregnancy-early-parenthood"],
        ["Prenatal [/] care | :smile:", "[bold]x[/bold]"],
    ),
    "categories": (["categories"], ["Infant [red]Mental[/red] | :100:"]),
    "areas": (["areas"], ["Prenatal [/] care | :smile:"]),
}


@pytest.mark.parametrize("fmt", ["table", "markdown", "json"])
@pytest.mark.parametrize("report", REPORTS)
def test_text_is_printed_exactly_as_written_in_every_report(
    run, tmp_path, monkeypatch, hostile_pack, report, fmt
):
    monkeypatch.setenv("COLUMNS", "2000")
    record = _record(tmp_path, HOSTILE_RECORD)
    args, expected = REPORTS[report]
    args = [a.replace("{record}", str(record)) for a in args]
    result = run(*args, "--format", fmt, "--data-dir", str(hostile_pack))
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        out = json.dumps(json.loads(out), ensure_ascii=False)
    if fmt == "markdown":  # as a Markdown renderer shows it
        out = "\n".join(markdown_cells(out))
    for text in expected:
        assert text in out, f"{text!r} not in {report} {fmt}"


def test_markdown_cells_escape_pipes_and_newlines(run, tmp_path):
    record = _record(tmp_path, GOOD.replace("Test Person", '"Jo | Rivera\\nsecond line"'))
    result = run(*GAP, str(record), "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert "| Jo \\| Rivera second line |" in result.stdout


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
@pytest.mark.parametrize("fmt", ["table", "markdown", "json"])
def test_a_terminal_that_is_not_utf8_gets_what_it_can_hold(tmp_path, encoding, fmt):
    record = _record(tmp_path, GOOD.replace("Test Person", "José Müller ✔"))
    result = _cli(*GAP, str(record), "--format", fmt, env={"PYTHONIOENCODING": encoding})
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    out = result.stdout.decode(encoding)
    assert "partial" in out and "missing" in out
    if fmt == "json":
        assert json.loads(out)["summary"]["ready"] is False
        assert json.loads(out)["person"] == "José Müller ✔"


def test_tables_on_an_ascii_terminal_keep_their_lines_and_symbols(tmp_path):
    """Box lines become - | + (rich's own substitution for a console that is not UTF) and the
    status symbols their ASCII stand-ins, so a wide table still reads as a table."""
    record = _record(tmp_path, GOOD)
    env = {"PYTHONIOENCODING": "ascii", "COLUMNS": "160"}
    out = _cli(*GAP, str(record), env=env).stdout.decode("ascii")
    rows = [line for line in out.splitlines() if line.startswith("|")]
    assert rows and all(line.endswith("|") for line in rows)
    assert "| + met" in out and "| ~ partial" in out and "| x missing" in out


def test_errors_on_a_terminal_that_is_not_utf8(tmp_path):
    record = _record(tmp_path, GOOD.replace("disorders-infancy-early-childhood", "café ✔"))
    result = _cli(*GAP, str(record), env={"PYTHONIOENCODING": "ascii"})
    err = result.stderr.decode("ascii")
    assert result.returncode == 2 and "Traceback" not in err and "unknown area 'cafe +'" in err


# --------------------------------------------------------------------------- data packs


def test_a_broken_yaml_link_inside_a_pack_is_named(run, tmp_path):
    pack = copy_pack(tmp_path / "pack")
    (pack / "categories" / "extra.yaml").symlink_to(tmp_path / "gone.yaml")
    err = _clean(run("categories", "--data-dir", str(pack)))
    assert "categories/extra.yaml" in err and "link" in err and "Fix:" in err


def test_a_fifo_inside_a_pack_is_named_and_never_waited_on(run, tmp_path):
    pack = copy_pack(tmp_path / "pack")
    os.mkfifo(pack / "categories" / "pipe.yaml")
    err = _clean(run("categories", "--data-dir", str(pack)))
    assert "categories/pipe.yaml: is not a regular file" in err


def test_a_pack_file_of_the_wrong_shape_is_told_in_plain_words(run, tmp_path):
    pack = copy_pack(tmp_path / "pack")
    (pack / "categories" / "IFA.yaml").write_text("just a sentence\n")
    err = _clean(run("validate", str(pack)), 1)
    assert "categories/IFA.yaml:1: (top level): must be a mapping of 'key: value' lines" in err
    assert "Input should" not in err and "instance of" not in err


@pytest.mark.parametrize("command", [["categories"], ["validate"]])
def test_the_root_folder_is_not_a_pack_and_is_not_walked(run, command):
    start = time.perf_counter()
    err = _clean(run(*command, "--data-dir", "/"))
    assert time.perf_counter() - start < 2
    assert "not a data pack" in err and "competencies/" in err and "crosswalks/" in err


def test_a_pack_missing_one_folder_names_it(run, tmp_path):
    pack = copy_pack(tmp_path / "pack")
    shutil.rmtree(pack / "crosswalks")
    err = _clean(run("validate", str(pack))).split("Fix:")[0]
    assert "folder crosswalks/ is missing" in err and "competencies/" not in err


# --------------------------------------------------------------------------- -o


def test_output_through_a_symlink_writes_the_target(run, tmp_path):
    target = tmp_path / "real.md"
    target.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert run("categories", "-f", "markdown", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and "Endorsement categories" in target.read_text()


def test_output_into_a_fifo_writes_straight_into_it(run, tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = run("categories", "-f", "markdown", "-o", str(fifo))
    reader.join(10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert b"Endorsement categories" in got[0]
    assert [p.name for p in tmp_path.iterdir()] == ["pipe.md"]


def test_output_onto_a_link_to_the_process_stdout(tmp_path):
    """What `-o /dev/stdout` does, without touching the system's /dev/stdout."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    result = _cli("categories", "-f", "markdown", "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert b"Endorsement categories" in result.stdout
    assert link.is_symlink()


def test_output_onto_a_character_device(run, tmp_path):
    """A device of our own (a copy of /dev/null's numbers): a regression here never touches the
    system's."""
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs root; the FIFO test covers the same path")
    assert run("categories", "-o", str(device)).exit_code == 0
    assert stat.S_ISCHR(device.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]


def test_output_onto_a_data_pack_file_is_refused(run, tmp_path, monkeypatch):
    pack = copy_pack(tmp_path / "pack")
    victim = pack / "categories" / "IFA.yaml"
    before = victim.read_bytes()
    err = _clean(run("categories", "--data-dir", str(pack), "-f", "table", "-o", str(victim)))
    assert "data pack" in err and victim.read_bytes() == before
    monkeypatch.setenv("ENDORSE_DATA_DIR", str(pack))  # the pack in use, named by the environment
    err = _clean(
        run("categories", "-f", "table", "-o", str(pack / "crosswalks" / "new-report.yaml"))
    )
    assert "data pack" in err and not (pack / "crosswalks" / "new-report.yaml").exists()


def test_output_onto_the_record_through_a_link_is_refused(run, tmp_path):
    record = _record(tmp_path, GOOD)
    (tmp_path / "alias.md").symlink_to(record)
    err = _clean(run(*GAP, str(record), "-o", str(tmp_path / "alias.md")))
    assert "record" in err and record.read_text() == GOOD


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("a" * 260, "name too long"),
        ("/proc/version", ""),
        ("no-such-folder/report.md", "does not exist"),
        (".", "is a directory"),
    ],
)
def test_output_that_cannot_be_written_exits_2_naming_path_and_reason(
    run, tmp_path, monkeypatch, target, reason
):
    monkeypatch.chdir(tmp_path)
    err = _clean(run("categories", "-o", target))
    assert target[:40] in err and reason in err.lower()
    assert len(err.splitlines()) <= 2


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_reports_honour_the_umask(run, tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        assert run("categories", "-o", str(tmp_path / "report.txt")).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "report.txt").stat().st_mode) == mode


def test_an_existing_report_keeps_its_mode(run, tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("old")
    report.chmod(0o640)
    assert run("categories", "-o", str(report)).exit_code == 0
    assert stat.S_IMODE(report.stat().st_mode) == 0o640 and "Endorsement" in report.read_text()


# --------------------------------------------------------------------------- errors and exit codes


def test_an_internal_error_exits_3_in_two_lines(run, tmp_path, monkeypatch):
    from endorse_cli import api

    def boom(*_args):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(api, "report_for", boom)
    monkeypatch.delenv("ENDORSE_DEBUG", raising=False)
    err = _clean(run(*GAP, str(_record(tmp_path, GOOD))), 3)
    assert "please report this" in err and "ENDORSE_DEBUG=1" in err
    assert len(err.strip().splitlines()) <= 2
    monkeypatch.setenv("ENDORSE_DEBUG", "1")
    result = run(*GAP, str(_record(tmp_path, GOOD)))
    assert (
        result.exit_code == 3
        and "Traceback" in result.stderr
        and "ZeroDivisionError" in result.stderr
    )


def test_usage_errors_stay_exit_2(run):
    assert run("gap", "--no-such-option").exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_help_and_readme_state_the_exit_codes(run):
    help_text = " ".join(run("--help").stdout.split())
    for words in ("0", "1", "2", "3", "internal error"):
        assert words in help_text
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "`3`" in readme and "internal error" in readme


def test_the_examples_still_run_clean(run):
    result = run(
        "gap",
        "--target",
        "IFS",
        str(EXAMPLES / "erikson-graduate-ifs.yaml"),
        "--as-of",
        "2025-06-30",
    )
    assert result.exit_code == 0 and result.stderr == ""


# --------------------------------------------------------------------------- the cache


def test_edits_through_a_symlinked_pack_folder_are_noticed(run, tmp_path, monkeypatch):
    """Issue 14, cache: files reached through a symlinked folder are part of the key."""
    monkeypatch.setenv("ENDORSE_CACHE_DIR", str(tmp_path / "cache"))
    real = copy_pack(tmp_path / "real")
    pack = tmp_path / "pack"
    pack.mkdir()
    for folder in ("competencies", "categories", "crosswalks", "associations", "sources"):
        (pack / folder).symlink_to(real / folder)
    first = run("categories", "-f", "json", "--data-dir", str(pack))
    path = real / "categories" / "IFA.yaml"
    path.write_text(
        path.read_text().replace("name: Infant Family Associate", "name: Infant Family Assoc.")
    )
    second = run("categories", "-f", "json", "--data-dir", str(pack))
    assert "Infant Family Associate" in first.stdout and "Infant Family Assoc." in second.stdout


@pytest.mark.parametrize(
    "option",
    [
        ["gap", str(EXAMPLES / "erikson-graduate-ifs.yaml"), "--as-of"],
        ["renew", str(EXAMPLES / "renewing-imhs-rsc-provider.yaml"), "--year"],
        ["plan", str(EXAMPLES / "erikson-graduate-ifs.yaml"), "--budget"],
    ],
    ids=lambda o: o[-1],
)
def test_a_bad_option_value_is_echoed_with_its_escapes_shown(option):
    """An option value holding an escape sequence or a bidi override is named in the error, but
    cannot colour, move or reverse the terminal's text."""
    result = _cli(*option, "\x1b[31mRED\u202e")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "\x1b" not in err and "\u202e" not in err
    assert "\\x1b[31mRED\\u202e" in err
