"""`endorse cohort --html-dir` and `--sort`: a checklist per person, an index, safe page names,
order."""

from __future__ import annotations

import csv
import io
import re

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from endorse_cli.cli import app
from endorse_cli.engine.cohort_index import INDEX, page_names
from support import EXAMPLES, READY_TO_RENEW

SAFE = re.compile(r"[a-z0-9][a-z0-9-]*\.html")
AS_OF = ("--as-of", "2025-09-30")


@given(st.lists(st.text(min_size=1, max_size=40), max_size=20))
def test_page_names_are_safe_distinct_and_never_the_index(files):
    names = page_names(files)
    assert set(names) == set(files)
    pages = list(names.values())
    assert all(SAFE.fullmatch(p) for p in pages), pages  # no folder, no dot file, no odd character
    # Distinct on a case-blind file system too.
    assert len({p.casefold() for p in pages}) == len(pages)
    assert INDEX not in pages
    assert page_names(files) == names  # the same files, the same names


def test_page_names_come_from_the_file_names_and_repeats_are_numbered_in_order():
    files = [
        "a/Jo Smith.yaml",
        "b/jo-smith.yml",
        "../../etc/passwd.yaml",
        "index.yaml",
        "c/.yaml",
        "d/ü.yaml",
    ]
    assert page_names(files) == {
        "a/Jo Smith.yaml": "jo-smith.html",
        "b/jo-smith.yml": "jo-smith-2.html",
        "../../etc/passwd.yaml": "passwd.html",
        "index.yaml": "index-2.html",
        "c/.yaml": "yaml.html",
        "d/ü.yaml": "record.html",
    }


def test_html_dir_writes_the_index_and_a_page_per_person(run, tmp_path):
    out = tmp_path / "out"
    result = run(
        "cohort",
        "--target",
        "IMHS",
        str(EXAMPLES),
        *AS_OF,
        "--html-dir",
        str(out),
        "--format",
        "csv",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("name,file,target,")  # the report still goes where it goes
    assert "Wrote 7 pages" in result.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    linked = re.findall(r'<a href="([^"]+)">', index)
    assert sorted(linked) == sorted(p.name for p in out.iterdir() if p.name != INDEX)
    assert "Reviewed by:" in index
    page = (out / "clinician-imhs.html").read_text(encoding="utf-8")
    assert "Jordan Rivera" in page and "Appendix: the logs behind each figure" in page
    assert "Reviewed with my supervisor:" in page


def test_html_dir_never_writes_over_a_record(run, tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    record = records / "sam.yaml"
    record.write_text(READY_TO_RENEW, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "sam.html").symlink_to(record)  # the page sam.html would land on the record
    result = run(
        "cohort", "--renewal", str(records), "--as-of", "2025-11-15", "--html-dir", str(out)
    )
    assert result.exit_code == 2
    assert "refusing to overwrite it" in result.stderr
    assert record.read_text(encoding="utf-8") == READY_TO_RENEW


def test_html_dir_that_is_a_file_is_refused_before_anything_is_read(run, tmp_path):
    target = tmp_path / "out"
    target.write_text("keep me", encoding="utf-8")
    result = run("cohort", "--target", "IMHS", str(EXAMPLES), "--html-dir", str(target))
    assert result.exit_code == 2
    assert "is a file" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_sort_readiness_puts_the_closest_first_and_name_sorts_by_name(run):
    base = ("cohort", "--target", "IMHS", str(EXAMPLES), *AS_OF, "--format", "csv")
    by_file = _rows(run(*base).stdout)
    ready = _rows(run(*base, "--sort", "readiness").stdout)
    met = [int(r["requirements_met"]) for r in ready]
    assert met == sorted(met, reverse=True)  # nobody ready here: most requirements met first
    names = [r["name"] for r in _rows(run(*base, "--sort", "name").stdout)]
    assert names == sorted(names, key=str.casefold)
    assert sorted(map(str, by_file)) == sorted(map(str, ready))  # the same rows, reordered


def test_sort_deadline_orders_renewals_and_is_refused_without_them(run):
    args = (
        "cohort",
        "--renewal",
        str(EXAMPLES),
        "--as-of",
        "2025-11-15",
        "--format",
        "csv",
        "--sort",
        "deadline",
    )
    renewals = _rows(run(*args).stdout)
    deadlines = [r["deadline"] for r in renewals]
    assert deadlines == sorted(deadlines)
    result = run("cohort", "--target", "IMHS", str(EXAMPLES), "--sort", "deadline")
    assert result.exit_code == 2
    assert "only renewals have deadlines" in result.stderr


def test_a_record_read_from_stdin_is_named_stdin():
    runner = CliRunner()
    text = (EXAMPLES / "clinician-imhs.yaml").read_text(encoding="utf-8")
    result = runner.invoke(app, ["check", "-"], input=text)
    assert result.exit_code == 0, result.stderr
    assert "<stdin>: valid training record (Jordan Rivera)" in result.stdout
    result = runner.invoke(
        app, ["gap", "-t", "IMHS", "-", "--as-of", "2025-06-30", "--format", "json"], input=text
    )
    assert result.exit_code == 0, result.stderr
    assert '"person": "Jordan Rivera"' in result.stdout
    bad = runner.invoke(app, ["gap", "-t", "IMHS", "-"], input="name: X\ntrainings: [\n")
    assert bad.exit_code == 2
    assert "<stdin>:3" in bad.stderr


def test_stdin_is_held_to_the_record_size_limit():
    """docs/record.md, Limits: a record of more than 5 MB is refused (read no further than that)."""
    result = CliRunner().invoke(app, ["check", "-"], input="#" * 5_000_001)
    assert result.exit_code == 2
    assert "more than 5.0 MB came in" in result.stderr


def test_a_terminal_on_stdin_is_refused_at_once(tmp_path):
    """`-` with nobody piping a record in would wait for typing: refused with how to pipe one in."""
    import os
    import pty
    import subprocess
    import sys

    main, replica = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "endorse_cli", "check", "-"],
            stdin=replica,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
            check=False,
        )
    finally:
        os.close(main)
        os.close(replica)
    assert done.returncode == 2
    assert "<stdin>: nothing is piped in" in done.stderr
