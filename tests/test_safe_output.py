"""Hostile names end to end through the CLI: every report, every output context (docs/safety.md).

A record named like a spreadsheet formula, titles holding HTML, Markdown links and images, names
with bidi overrides, file names with escape sequences and line breaks: the terminal shows them
escaped, CSV keeps them as text, Markdown and HTML show them as written and link or load nothing.
"""

from __future__ import annotations

import csv
import re
import shutil
from io import StringIO
from pathlib import Path

import pytest

from support import GOOD_RECORD, READY_TO_RENEW, ROOT, markdown_cells, pack_with_names

# Tab and newline lay out tables.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
AS_OF = ("--as-of", "2024-06-30")
FORMULA = '=HYPERLINK("http://x","y")'
PAYLOAD = (
    "<img src=x onerror=alert(1)> [x](http://e.org) ![i](http://e.org/i.png) <http://e.org> *e* "
    "`c` # h"
)
NAMED = PAYLOAD + " \u202eR"  # and an unclosed right-to-left override
NAMES = {
    "formula.yaml": FORMULA,
    "calc.yaml": "=1+1",
    "minus.yaml": "-2+3",
    "sum.yaml": "@SUM(A1)",
    "img.yaml": PAYLOAD,
    "rlo.yaml": "Anna \u202eevil",
    # a right-to-left mark is accepted as written
    "hebrew.yaml": "\u05e9\u05e8\u05d4 \u05db\u05d4\u05df\u200f",
    "heading.yaml": "# x",
}
ODD_FILES = ["\x1b[2Jclear.yaml", "new\nline.yaml", "\u202ereversed.yaml", "=cmd.yaml"]


def _yaml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A cohort folder: records with hostile names, and plain records under hostile file names."""
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    for file, name in NAMES.items():
        (cohort / file).write_text(
            GOOD_RECORD.replace("Test Person", _yaml(name)), encoding="utf-8"
        )
    for file in ODD_FILES:
        (cohort / file).write_text(GOOD_RECORD, encoding="utf-8")
    return cohort


def test_cohort_table_escapes_controls_and_bidi_and_shows_the_names(run, folder, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")
    result = run("cohort", "--target", "IMHS", str(folder), *AS_OF)
    assert result.exit_code == 0, result.output
    assert UNSAFE.search(result.stdout) is None
    for shown in (
        "\\x1b[2Jclear.yaml",
        "new\\nline.yaml",
        "\\u202ereversed.yaml",
        "Anna \\u202eevil",
        FORMULA,
    ):
        assert shown in result.stdout
    assert NAMES["hebrew.yaml"] in result.stdout


def test_cohort_csv_cells_from_input_never_start_a_formula(run, folder, monkeypatch):
    result = run("cohort", "--target", "IMHS", str(folder), *AS_OF, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert UNSAFE.search(result.stdout) is None
    rows = list(csv.DictReader(StringIO(result.stdout)))
    assert len(rows) == len(NAMES) + len(ODD_FILES), "one line per record, whatever its file name"
    names = {row["name"] for row in rows}
    assert {"'" + FORMULA, "'=1+1", "'-2+3", "'@SUM(A1)", NAMES["hebrew.yaml"], "# x"} <= names
    files = {Path(row["file"]).name for row in rows}
    assert {"\\x1b[2Jclear.yaml", "new\\nline.yaml", "=cmd.yaml"} <= files
    monkeypatch.chdir(folder)
    direct = run("cohort", "--target", "IMHS", "=cmd.yaml", *AS_OF, "--format", "csv")
    assert next(csv.DictReader(StringIO(direct.stdout)))["file"] == "'=cmd.yaml"


def test_cohort_csv_bom_only_when_asked(run, folder, tmp_path):
    plain = run(
        "cohort", "--target", "IMHS", str(folder / "hebrew.yaml"), *AS_OF, "--format", "csv"
    )
    assert plain.stdout.startswith("name,")
    out = tmp_path / "cohort.csv"
    marked = run(
        "cohort",
        "--target",
        "IMHS",
        str(folder / "hebrew.yaml"),
        *AS_OF,
        "-f",
        "csv",
        "--bom",
        "-o",
        str(out),
    )
    assert marked.exit_code == 0, marked.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbfname,")
    refused = run("cohort", "--target", "IMHS", str(folder), *AS_OF, "--bom")
    assert refused.exit_code == 2 and "--bom" in refused.stderr


def test_cohort_markdown_shows_names_as_written_and_links_nothing(run, folder):
    result = run("cohort", "--target", "IMHS", str(folder), *AS_OF, "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert UNSAFE.search(result.stdout) is None
    _inert_markdown(result.stdout, [PAYLOAD, FORMULA, "# x", "Anna \\u202eevil"])


def _inert_markdown(text: str, expected: list[str]) -> None:
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").enable("table").render(text)
    for tag in ("<img", "<a ", "<script"):
        assert tag not in rendered, tag
    cells = "\n".join(markdown_cells(text))
    assert "*e* `c`" in cells or "*e*" not in text.replace("\\", ""), (
        "no emphasis, no code span from input"
    )
    for value in expected:
        assert value in cells, value


@pytest.mark.parametrize("command", ["gap", "check"])
def test_problem_lines_escape_the_file_name(run, tmp_path, command):
    bad = tmp_path / "\x1b[2Jbad\u202e.yaml"
    bad.write_text(GOOD_RECORD.replace("hours: 14", "hours: lots"), encoding="utf-8")
    args = (
        ["gap", "--target", "IMHS", str(bad), *AS_OF] if command == "gap" else ["check", str(bad)]
    )
    result = run(*args)
    assert result.exit_code == 2
    assert UNSAFE.search(result.stderr) is None
    assert re.search(r"\\x1b\[2Jbad\\u202e\.yaml:\d+: trainings\[0\]\.hours", result.stderr)


def test_check_names_valid_records_escaped(run, folder):
    result = run(
        "check", str(folder / "rlo.yaml"), str(folder / "hebrew.yaml"), str(folder / ODD_FILES[0])
    )
    assert result.exit_code == 0, result.output
    assert UNSAFE.search(result.stdout) is None
    assert "Anna \\u202eevil" in result.stdout and NAMES["hebrew.yaml"] in result.stdout
    assert "\\x1b[2Jclear.yaml: valid" in result.stdout


def test_validate_escapes_a_pack_file_name(run, tmp_path):
    pack = shutil.copytree(ROOT / "data", tmp_path / "pack")
    (pack / "categories" / "\x1b]8;;evil\x07x.yaml").write_text("id: [\n", encoding="utf-8")
    result = run("validate", str(pack))
    assert result.exit_code == 1, result.output
    assert UNSAFE.search(result.stdout + result.stderr) is None
    assert "\\x1b]8;;evil\\x07x.yaml" in result.stdout + result.stderr


# --------------------------------------------------------------------------- every Markdown report


@pytest.fixture(scope="module")
def markdown_pack(tmp_path_factory) -> Path:
    """A valid copy of the shipped pack whose names hold HTML, links, images, emphasis and a bidi
    override."""
    return pack_with_names(
        tmp_path_factory.mktemp("markdown"),
        category=_yaml(NAMED),
        area=_yaml("Prenatal " + NAMED),
        course=_yaml("Assessment " + NAMED),
        # a YAML escape inside double quotes
        coe="<script>alert(1)</script> [x](http://e.org) \\u202eR",
    )


RECORD = (
    GOOD_RECORD.replace("Test Person", _yaml("Jo " + NAMED))
    .replace("DC:0-5", _yaml("Course " + NAMED))
    .replace("{disorders-infancy-early-childhood: met}", "{pregnancy-early-parenthood: met}")
)
RENEWING = READY_TO_RENEW.replace("Ready Person", _yaml("Jo " + NAMED)).replace(
    "title: Conference", f"title: {_yaml('Conference ' + NAMED)}"
)
REPORTS = {
    "gap": ["gap", "--target", "IMHS", *AS_OF, "{record}"],
    "gap all": ["gap", "--target", "all", *AS_OF, "{record}"],
    "gap coe": ["gap", "--target", "coe", *AS_OF, "{record}"],
    "renew": ["renew", "--as-of", "2025-11-15", "{renewing}"],
    "renew years": ["renew", "--years", "2024-2025", "--as-of", "2025-11-15", "{renewing}"],
    "explain": [
        "explain",
        "pregnancy-early-parenthood",
        "--record",
        "{record}",
        "--target",
        "IMHS",
        *AS_OF,
    ],
    "course": ["crosswalk", "erikson", "--course", "I374"],
    "program": ["crosswalk", "erikson", "--category", "IMHS"],
    "coe view": ["crosswalk", "coe"],
    "categories": ["categories"],
    "areas": ["areas"],
    "cohort": ["cohort", "--target", "IMHS", *AS_OF, "{record}"],
    "cohort renewal": ["cohort", "--renewal", "--as-of", "2025-11-15", "{renewing}"],
}


@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "json"])
@pytest.mark.parametrize("report", REPORTS)
def test_every_report_in_every_format_shows_input_as_written(
    run, tmp_path, markdown_pack, report, fmt, monkeypatch
):
    monkeypatch.setenv("COLUMNS", "1000")
    record = tmp_path / "r.yaml"
    record.write_text(RECORD, encoding="utf-8")
    renewing = tmp_path / "renewing.yaml"
    renewing.write_text(RENEWING, encoding="utf-8")
    args = [
        a.replace("{record}", str(record)).replace("{renewing}", str(renewing))
        for a in REPORTS[report]
    ]
    result = run(*args, "--format", fmt, "--data-dir", str(markdown_pack))
    assert result.exit_code in (0, 1), result.output
    assert UNSAFE.search(result.stdout) is None, (
        "no control character or bidi override reaches the terminal"
    )
    if fmt in ("table", "json"):
        assert "[x](http://e.org)" in result.stdout and "\\u202eR" in result.stdout
        return
    if fmt == "html":
        page = result.stdout
        assert "[x](http://e.org)" in page and (
            "&lt;img src=x onerror=alert(1)&gt;" in page or "&lt;script&gt;" in page
        )
        assert not re.search(r"<(?:img|script|a|iframe|link|object)\b", page), "no tag from input"
        assert not re.search(r"<[^>]*\s(?:src|href|on[a-z]+)\s*=", page, flags=re.I), (
            "the page loads nothing"
        )
        return
    assert PAYLOAD in result.stdout.replace(
        "\\", ""
    ) or "[x](http://e.org)" in result.stdout.replace("\\", "")
    _inert_markdown(result.stdout, [])
