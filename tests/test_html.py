"""The printable HTML checklist, looked at in a real browser (headless Chromium) the way a user will.

`endorse gap ... --format html` must give one self-contained page (no scripts, no network, no <link>),
that prints to a sensible number of pages, shows the areas, the requirements and the verdict in the PDF
text, fits a 360px phone screen without horizontal scrolling, and shows text from a record as text.

Needs the Debian packages `chromium` and `poppler-utils` (pdfinfo, pdftotext). Without them the tests
are skipped, unless ENDORSE_REQUIRE_BROWSER=1 is set (as in CI), in which case they fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EVIL = "<script>alert(1)</script> [red]x[/red] :100:"
TIMEOUT = 120


def _need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    reason = f"{', '.join(missing)} not on PATH (apt-get install chromium poppler-utils)"
    if os.environ.get("ENDORSE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"ENDORSE_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture
def browser(tmp_path):
    """Run headless Chromium with a fresh profile; returns (args...) -> CompletedProcess."""
    _need("chromium", "pdfinfo", "pdftotext")
    runs = iter(range(1000))

    def chromium(*args: str) -> subprocess.CompletedProcess[str]:
        profile = tmp_path / f"chromium-profile-{next(runs)}"
        cmd = [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            *args,
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
        assert done.returncode == 0, f"chromium failed ({done.returncode}): {done.stderr[-2000:]}"
        return done

    return chromium


def _endorse_html(tmp_path: Path, record: Path, target: str = "IFS") -> tuple[Path, str]:
    """`endorse gap --format html -o FILE` through the real CLI, run from outside the repository."""
    out = tmp_path / "r.html"
    env = {k: v for k, v in os.environ.items() if k != "ENDORSE_DATA_DIR"}
    env["NO_COLOR"] = "1"
    args = ["gap", "--target", target, str(record), "--as-of", "2025-06-30", "--format", "html", "-o", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "endorse_cli", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, f"endorse {' '.join(args)} exited {done.returncode}: {done.stderr}"
    assert out.is_file(), "no HTML file written"
    return out, out.read_text(encoding="utf-8")


def _pdf(browser, page: Path, pdf: Path) -> tuple[int, str]:
    browser(f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    assert pdf.is_file() and pdf.stat().st_size > 1000, "Chromium wrote no PDF"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True, timeout=TIMEOUT).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert found, f"pdfinfo gave no page count: {info}"
    pages = int(found.group(1))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=TIMEOUT
    ).stdout
    return pages, text


def _squeeze(text: str) -> str:
    """Text without whitespace, so a phrase the layout wrapped onto two lines still matches."""
    return re.sub(r"\s+", "", text)


def _assert_self_contained(html: str) -> None:
    lower = html.lower()
    assert lower.startswith("<!doctype html>")
    assert '<meta charset="utf-8">' in lower
    assert 'name="viewport"' in lower
    external = re.findall(r"""\b(?:src|href|srcset|action|data)\s*=\s*["']?\s*(?:https?:)?//""", lower)
    assert not external, f"external references: {external}"
    for banned in ("<script", "<link", "@import", "url(", "<iframe", "<object", "<embed", "<img"):
        assert banned not in lower, f"the page must be self-contained, found {banned!r}"


def _horizontal_overflow(browser, tmp_path: Path, page: Path, width: int = 360) -> str:
    """Load the page in a `width`-px frame (headless windows are never narrower than 500px) and
    report the page's scroll width: 'SW=<scrollWidth>/<clientWidth>'."""
    probe = tmp_path / "probe.html"
    probe.write_text(
        "<!doctype html><body style='margin:0'>"
        f"<iframe id='f' src='{page.as_uri()}' style='width:{width}px;height:700px;border:0'></iframe>"
        "<pre id='r'>not measured</pre><script>addEventListener('load', function () {"
        "var d = document.getElementById('f').contentDocument.documentElement;"
        "document.getElementById('r').textContent = 'SW=' + d.scrollWidth + '/' + d.clientWidth; });"
        "</script></body>",
        encoding="utf-8",
    )
    dom = browser(
        "--hide-scrollbars",
        "--allow-file-access-from-files",
        "--virtual-time-budget=5000",
        "--dump-dom",
        probe.as_uri(),
    ).stdout
    found = re.search(r"SW=(\d+)/(\d+)", dom)
    assert found, f"could not measure the page at {width}px: {dom[-500:]}"
    return found.group(0)


def test_gap_checklist_prints_and_fits_a_phone(browser, tmp_path):
    page, html = _endorse_html(tmp_path, EXAMPLES / "erikson-graduate-ifs.yaml")
    _assert_self_contained(html)

    pages, text = _pdf(browser, page, tmp_path / "r.pdf")
    # Measured at integration: 7 pages (Letter, Chromium's default paper) and 7 on A4. Fewer than 3
    # means content is missing; more than 9 means the print CSS is not applied.
    assert 3 <= pages <= 9, f"{pages} PDF pages"
    flat = _squeeze(text)
    for phrase in (
        "Maya Thompson",
        "Infant Family Specialist",
        # competency areas (names short enough not to wrap inside a table cell, which pdftotext
        # would interleave with the next column)
        "Curiosity",
        "Safety",
        "Parallel process",
        # requirement labels
        "Training hours",
        "Reflective supervision/consultation",
        "Reference ratings",
        "Code of ethics",
        "Membership",
        # the verdict, statuses by word, the date, next steps
        "ready to apply",
        "partial",
        "2025-06-30",
        "Next steps",
    ):
        assert _squeeze(phrase).lower() in flat.lower(), f"{phrase!r} not in the PDF text"
    assert "✔" in text and "◐" in text, "status symbols missing from the PDF text"

    phone = tmp_path / "phone.png"
    browser(f"--screenshot={phone}", "--window-size=390,2000", "--hide-scrollbars", page.as_uri())
    assert phone.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    scroll, client = map(int, _horizontal_overflow(browser, tmp_path, page)[3:].split("/"))
    assert scroll <= client, f"horizontal scrolling on a 360px screen: content {scroll}px wide"


def test_record_text_is_shown_as_text(browser, tmp_path):
    record = tmp_path / "evil.yaml"
    record.write_text(
        "name: Test Person\n"
        "trainings:\n"
        f'  - title: "{EVIL}"\n'
        "    date: 2024-03-02\n"
        "    hours: 6\n"
        "    areas:\n"
        "      pregnancy-early-parenthood: met\n",
        encoding="utf-8",
    )
    page, html = _endorse_html(tmp_path, record)
    _assert_self_contained(html)  # above all: no <script
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [red]x[/red] :100:" in html

    _pages, text = _pdf(browser, page, tmp_path / "evil.pdf")
    assert _squeeze(EVIL) in _squeeze(text), "the training title is not shown literally in the PDF"
    assert "💯" not in text
