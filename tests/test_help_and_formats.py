"""Help in plain words for every command, -h, formats from -o, and completion a shell can insert."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
import typer
from typer.testing import CliRunner

from endorse_cli.cli import app
from support import EXAMPLES

RECORD = str(EXAMPLES / "clinician-imhs.yaml")
# Discovered from the app, not listed by hand.
COMMANDS = sorted(typer.main.get_command(app).commands)
JARGON = re.compile(r"<(bool|str|int|float|path|list\[.*?\]|%Y-%m-%d|datetime)>")


def wide_help(*command: str) -> str:
    """The help text at a width where no line needs wrapping, so only the source's line breaks
    show."""
    result = CliRunner().invoke(app, [*command, "-h"], env={"COLUMNS": "400", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_app_has_commands_to_check():
    assert {"gap", "check", "validate", "cohort", "renew"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_every_help_has_plain_placeholders_an_example_and_no_broken_sentences(run, command):
    text = wide_help(*command)
    assert not JARGON.search(text), JARGON.search(text)
    description = text.split("╭")[0]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", description) if p.strip()]
    assert command == [] or any(p.startswith("Example") for p in paragraphs), description
    for paragraph in paragraphs:
        if not paragraph.startswith(("Example", "Usage")):
            # One paragraph, one line: no break mid-sentence.
            assert "\n" not in paragraph, paragraph


def test_dash_h_is_help(run):
    assert run("gap", "-h").stdout == run("gap", "--help").stdout


def test_a_date_that_does_not_exist_is_explained(run):
    result = run("gap", RECORD, "-t", "IMHS", "--as-of", "2025-02-30")
    assert result.exit_code == 2
    text = " ".join(result.stderr.replace("│", " ").split())
    assert "2025-02-30 is not a date: February has 28 days in 2025" in text
    assert "Value error" not in text and "%Y" not in text


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("me.html", lambda text: text.startswith("<!doctype html>")),
        ("me.md", lambda text: text.startswith("# ")),
        ("me.json", lambda text: json.loads(text)["target"] == "IMHS"),
        ("me.txt", lambda text: "Requirement" in text and not text.startswith("<")),
    ],
)
def test_the_extension_of_o_chooses_the_format(run, tmp_path, name, check):
    out = tmp_path / name
    assert run("gap", RECORD, "-t", "IMHS", "--as-of", "2024-06-30", "-o", str(out)).exit_code == 0
    assert check(out.read_text(encoding="utf-8"))


def test_an_explicit_format_wins_over_the_extension(run, tmp_path):
    out = tmp_path / "me.html"
    assert (
        run(
            "gap", RECORD, "-t", "IMHS", "--as-of", "2024-06-30", "-f", "json", "-o", str(out)
        ).exit_code
        == 0
    )
    assert json.loads(out.read_text())["target"] == "IMHS"


def test_cohort_writes_csv_from_the_extension(run, tmp_path):
    out = tmp_path / "cohort.csv"
    assert run("cohort", "-t", "IMHS", str(EXAMPLES), "-q", "-o", str(out)).exit_code == 0
    assert out.read_text().startswith("name,file,target,")


def test_an_extension_the_command_cannot_write_is_a_usage_error_with_the_choices(run, tmp_path):
    result = run("gap", RECORD, "-t", "IMHS", "-o", str(tmp_path / "me.pdf"))
    assert result.exit_code == 2
    assert ".pdf" in result.stderr and ".html" in result.stderr and "--format" in result.stderr
    assert not (tmp_path / "me.pdf").exists()


def complete_bash(line: str) -> list[str]:
    words = line.split(" ")
    env = {
        "_ENDORSE_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(words) - 1),
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="endorse")
    return result.stdout.splitlines()


def test_format_completes_only_what_the_command_writes():
    assert "csv" not in complete_bash("endorse gap me.yaml --format ")
    assert "csv" in complete_bash("endorse cohort records --format ")


def test_renew_category_completes():
    assert complete_bash("endorse renew me.yaml --category IM") == [
        "IMHS",
        "IMHM-C",
        "IMHM-P",
        "IMHM-R",
    ]


def test_area_names_with_spaces_and_ampersands_reach_bash_as_one_word():
    found = complete_bash("endorse explain Pregnancy")
    assert "Pregnancy\\ \\&\\ early\\ parenthood" in found
    # Bash reads each completion back as exactly one word, nothing run in the background.
    for value in found:
        words = subprocess.run(
            ["bash", "-c", f"set -- {value}; echo $#"], capture_output=True, text=True, check=True
        )
        assert words.stdout.strip() == "1", value
