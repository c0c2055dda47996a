"""The printable plan page (`endorse plan --format html`) in headless Chromium, like the other pages
(tests/test_html.py): self-contained, prints, says what the plan says, fits a phone, shows catalog
text as text."""

from __future__ import annotations

from test_html import (  # the browser fixture and the page checks every page shares
    EVIL,
    EXAMPLES,
    _assert_fits_a_phone,
    _assert_self_contained,
    _cli_html,
    _pdf,
    _squeeze,
    browser,  # noqa: F401 - a fixture
)

RECORD = EXAMPLES / "erikson-graduate-ifs.yaml"
CALENDAR = EXAMPLES / "catalogs" / "lakeshore-aimh-2027.yaml"
WHEN = ("--as-of", "2026-12-04", "--by", "2027-06-30")


def test_plan_page_prints_and_fits_a_phone(browser, tmp_path):  # noqa: F811
    page, html = _cli_html(
        tmp_path, "plan", "--target", "IFS", str(RECORD), *WHEN, "--catalog", str(CALENDAR)
    )
    _assert_self_contained(html)
    pages, text = _pdf(browser, page, tmp_path / "plan.pdf")
    # Measured: 2 pages (Letter). More than 5 means the print CSS is not applied.
    assert 1 <= pages <= 5, f"{pages} PDF pages"
    flat = _squeeze(text).lower()
    for phrase in (
        "Maya Thompson",
        "Safety on Home Visits",
        "2027-01-15",
        "Other steps",
        "Membership",
        "34 clock hours",
    ):
        assert _squeeze(phrase).lower() in flat, f"{phrase!r} not in the PDF text"
    _assert_fits_a_phone(browser, tmp_path, page)


def test_catalog_text_is_shown_as_text(browser, tmp_path):  # noqa: F811
    catalog = tmp_path / "evil.yaml"
    catalog.write_text(
        "catalog: evil\nname: Evil\nsource: tests\nofferings:\n"
        f'  - {{id: e, title: "{EVIL}", hours: 6, areas: {{safety: met}}, provider: "{EVIL}"}}\n',
        encoding="utf-8",
    )
    page, html = _cli_html(
        tmp_path, "plan", "--target", "IFS", str(RECORD), *WHEN, "--catalog", str(catalog)
    )
    _assert_self_contained(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [red]x[/red] :100:" in html
    _pages, text = _pdf(browser, page, tmp_path / "evil.pdf")
    assert _squeeze(EVIL) in _squeeze(text)
