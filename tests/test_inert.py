"""Text from a record, a pack or a file name lands inert in every output context (docs/safety.md).

One property test per context, each through the real renderer of a cohort report (its rows carry a
name, a file name, a blocker and an error, all input): any text goes in, and the terminal table
holds no control character or bidi override, the CSV parses back with no cell that starts a formula
and the text kept, and Markdown renders (markdown-it, CommonMark) to the text as written with no
tag the template did not write.
"""

from __future__ import annotations

import csv
import html
import json
import re
from datetime import date
from io import StringIO

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from endorse_cli.inert import FORMULA_STARTS, csv_cell, markdown, terminal
from endorse_cli.render import OutputFormat, render
from endorse_cli.render.text import to_text
from endorse_cli.results.cohort import CohortReport, CohortRow

# Control characters, bidi controls, marks that must pass, Markdown and HTML metacharacters, formula
# starters.
SPECIAL = list("\x00\x07\t\n\r\x1b\x7f\x85\x9b\u200e\u200f\u202a\u202e\u2066\u2067\u2069")
SPECIAL += [
    *"<>[]()!*_`~#-+=.:/@&;|\\ '\"",
    "http://",
    "www.",
    "&lt;",
    "<img src=x>",
    "1. ",
    "- ",
    "===",
]
TEXT = st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(max_size=3)), max_size=12).map("".join)
UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
HOSTILE = (
    '=HYPERLINK("http://x","y")',
    "<img src=x onerror=alert(1)>",
    "Anna \u202eevil",
    "a\x1b[2Jb",
    "# x",
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _cohort(text: str, file: str | None = None) -> CohortReport:
    """A cohort of one readable and one unreadable record, `text` in every field input can fill."""
    rows = [
        CohortRow(
            name=text,
            file=file or text,
            target="IMHS",
            met=1,
            partial=0,
            missing=2,
            ready=False,
            blocker=text,
        ),
        CohortRow(
            name="",
            file=file or text,
            target=None,
            error=f"{text}: not a valid training record\n  {text}",
        ),
    ]
    return CohortReport(
        target="IMHS",
        target_name="Infant",
        as_of=date(2024, 6, 30),
        records=2,
        unreadable=1,
        ready=0,
        rows=rows,
    )


def _shown(text: str) -> str:
    """What a reader sees of `text`: control characters escaped, runs of spaces as one (as a page
    shows them)."""
    return " ".join(
        terminal(text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")).split()
    )


# --------------------------------------------------------------------------- terminal


@SETTINGS
@given(TEXT)
@example("\u05e9\u05e8\u05d4\u200f")  # Hebrew with a right-to-left mark passes unchanged
def test_terminal_text_holds_no_control_or_bidi_override(text):
    shown = terminal(text)
    assert UNSAFE.search(shown) is None
    if UNSAFE.search(text) is None:
        assert shown == text
    table = to_text(render(_cohort(text), OutputFormat.table))
    assert UNSAFE.search(table.replace("\n", "")) is None


def test_terminal_escapes_read_as_message_headers_do():
    assert (
        terminal("a\x1b[2J\x9b\u202eb\u2067\tc\u200f") == "a\\x1b[2J\\x9b\\u202eb\\u2067\\tc\u200f"
    )


# --------------------------------------------------------------------------- CSV


@SETTINGS
@given(TEXT)
@example('=HYPERLINK("http://x","y")')
@example("\t=1+1")
@example("-2+3")
def test_csv_cells_never_start_a_formula_and_keep_the_text(text):
    """OWASP, CSV Injection (https://owasp.org/www-community/attacks/CSV_Injection): a cell starting
    with = + - @ tab or CR is prefixed with a single quote; the text itself is kept."""
    cells = list(csv.reader(StringIO(render(_cohort(text), OutputFormat.csv))))
    assert len(cells) == 3, "one line per row: an error cell stays on its line"
    header, good, bad = cells
    for row in (good, bad):
        for value in row:
            assert not value.startswith(FORMULA_STARTS), value
    added = "'" if text.startswith(FORMULA_STARTS) else ""
    assert good[header.index("name")] == good[header.index("file")] == added + terminal(text)
    assert good[header.index("blocker")] == added + terminal(text)
    assert bad[header.index("error")].startswith(added + terminal(text))
    assert csv_cell(text).removeprefix(added) == terminal(text)


def test_csv_numbers_the_tool_computes_stay_numbers():
    """A negative count of days is ours, not a formula: only text cells get the quote."""
    from endorse_cli.results.cohort_renewal import RenewalCohortReport, RenewalRow

    row = RenewalRow(
        name="-x", file="a.yaml", category="IFS", year=2025, ready=False, short="-1 h", days_left=-3
    )
    report = RenewalCohortReport(
        as_of=date(2025, 1, 1),
        year=2025,
        records=1,
        unreadable=0,
        people=1,
        renewals=1,
        ready=0,
        rows=[row],
    )
    header, cells = list(csv.reader(StringIO(render(report, OutputFormat.csv))))
    found = dict(zip(header, cells, strict=True))
    assert found["days_left"] == "-3" and found["name"] == "'-x" and found["short"] == "'-1 h"


# --------------------------------------------------------------------------- Markdown

RENDERER = MarkdownIt("commonmark").enable("table").enable("strikethrough")
_TAGS = re.compile(r"</?([a-z][a-z0-9]*)")


def _tags(rendered: str) -> set[str]:
    return set(_TAGS.findall(rendered))


@SETTINGS
@given(TEXT)
@example("<img src=x onerror=alert(1)>")
@example("[x](javascript:alert(1)) ![](http://x) <http://x>")
@example("# x")
def test_markdown_shows_the_text_as_written_and_nothing_else(text):
    own = _tags(RENDERER.render(render(_cohort("Person"), OutputFormat.markdown)))
    rendered = RENDERER.render(render(_cohort(text), OutputFormat.markdown))
    assert _tags(rendered) <= own, rendered
    assert "<a " not in rendered and "<img" not in rendered
    cells = re.findall(r"<td>(.*?)</td>", rendered, flags=re.S)
    assert [" ".join(html.unescape(c).split()) for c in cells[:2]] == [_shown(text), _shown(text)]


@SETTINGS
@given(TEXT)
def test_markdown_escape_holds_at_a_line_start_in_a_list_and_in_a_heading(text):
    for frame in ("{}\n", "- {}\n", "1. {}\n", "### {}\n", "> {}\n", "para\n{}\n", "x {} y\n"):
        rendered = RENDERER.render(frame.format(markdown(text)))
        assert _tags(rendered) <= _tags(RENDERER.render(frame.format("Q"))), (frame, rendered)
        plain = html.unescape(re.sub(r"<[^>]+>", "", rendered))
        expected = re.sub(r"^(?:- |1\. |### |> )", "", frame).replace("{}", _shown(text))
        assert " ".join(plain.split()) == " ".join(expected.split())


# --------------------------------------------------------------------------- JSON and HTML


@SETTINGS
@given(TEXT)
def test_json_keeps_the_text_and_writes_no_control_or_bidi_override(text):
    out = render(_cohort(text), OutputFormat.json)
    assert UNSAFE.search(out.replace("\n", "")) is None
    assert json.loads(out)["rows"][0]["name"] == text


@SETTINGS
@given(TEXT)
@example("<script>alert(1)</script><img src=x onerror=alert(1)>")
def test_html_escapes_the_text_and_fetches_nothing(text):
    page = render(_cohort(text), OutputFormat.html, "1")
    # A "/" may break the line (<wbr>)
    own = _tags(render(_cohort("Per/son"), OutputFormat.html, "1"))
    assert _tags(page) <= own
    assert UNSAFE.search(page.replace("\n", "")) is None
    assert not re.search(r"<[^>]*\s(?:src|href|on[a-z]+)\s*=", page, flags=re.I), (
        "no tag loads or runs anything"
    )


ADDRESS = st.lists(
    st.sampled_from(["http", "://", "//", "www", ".", "org", "de", "a", "@", "/", "-", " ", "рф"]),
    max_size=10,
)


@SETTINGS
@given(ADDRESS.map("".join))
@example("see http://evil.org/x, www.evil.org, mail a@b.org or пример.рф")
def test_markdown_leaves_no_address_whole_for_a_renderer_that_links_bare_addresses(text):
    """GitHub links bare "http://…", "www.…" and e-mail addresses (GFM spec, "Autolinks
    (extension)", https://github.github.com/gfm/#autolinks-extension-); markdown-it with linkify
    also links "example.org": none is left whole."""
    escaped = markdown(text)
    # Not after a backslash.
    whole = r"(?<!\\)(?::(?=//)|/(?=/)|@|\.(?:org|de|рф)(?![^\W\d_]))|www\."
    assert not re.search(whole, escaped, flags=re.I), escaped
