"""Narrow terminals: a table that cannot hold its words becomes one block per row, nothing cut."""

from __future__ import annotations

import pytest

from support import EXAMPLES


@pytest.fixture
def at_width(run, monkeypatch):
    def invoke(width: int, *args: str) -> str:
        monkeypatch.setenv("COLUMNS", str(width))
        result = run(*args)
        assert result.exit_code == 0, result.stderr
        assert max(len(line.rstrip()) for line in result.stdout.splitlines()) <= width
        return result.stdout

    return invoke


def test_what_if_at_60_columns_cuts_nothing(at_width):
    text = at_width(
        60, "gap", "-t", "all", str(EXAMPLES / "clinician-imhs.yaml"), "--as-of", "2024-06-30"
    )
    assert "…" not in text
    # Every row is there, as a table row or a stacked block.
    for category in (
        "IFS",
        "IMHS",
        "ECFS",
    ):
        assert category in text


def test_cohort_at_80_columns_keeps_file_names_whole(at_width):
    text = at_width(80, "cohort", "-t", "IMHS", str(EXAMPLES), "-q")
    for record in sorted(EXAMPLES.glob("*.yaml")):
        assert record.name in text


def test_areas_at_60_columns_never_cuts_an_area(at_width, catalog):
    text = at_width(60, "areas")
    assert "…" not in text
    words = set(text.split())
    for area in catalog.areas.values():
        assert area.id in words  # whole, on one line
        assert " ".join(area.name.split()) in " ".join(text.replace("Name:", "\n").split())


def test_wide_terminals_keep_the_table(at_width):
    text = at_width(
        120, "gap", "-t", "all", str(EXAMPLES / "clinician-imhs.yaml"), "--as-of", "2024-06-30"
    )
    assert "Category:" not in text and "Category" in text


REPORTS = [
    ["gap", "-t", "IMHS", str(EXAMPLES / "clinician-imhs.yaml"), "--as-of", "2024-06-30"],
    ["gap", "-t", "coe", str(EXAMPLES / "endorsed-consultant-coe.yaml"), "--as-of", "2025-06-30"],
    ["cohort", "-t", "all", str(EXAMPLES), "-q", "--as-of", "2025-06-30"],
    ["renew", str(EXAMPLES / "renewing-imhs-rsc-provider.yaml"), "--as-of", "2025-11-15"],
    ["crosswalk", "erikson"],
]


@pytest.mark.parametrize("width", [60, 80, 100])
@pytest.mark.parametrize("command", REPORTS, ids=lambda c: " ".join(c[:3]))
def test_no_report_cuts_text_at_any_width(at_width, command, width):
    assert "…" not in at_width(width, *command)


def test_a_rich_without_its_private_measurement_still_prints_the_table(at_width, monkeypatch):
    """The widths are worked out with rich's private per-column measurement; where a rich release
    has renamed it (an AttributeError), rich's own layout prints the report, whole in its rows."""
    from endorse_cli.render.tables import stacked

    def renamed(*args: object) -> None:
        raise AttributeError("'Table' object has no attribute '_measure_column'")

    monkeypatch.setattr(stacked, "_measured", renamed)
    text = at_width(
        120, "gap", "-t", "all", str(EXAMPLES / "clinician-imhs.yaml"), "--as-of", "2024-06-30"
    )
    assert "Category:" not in text and "IMHS" in text and "ECFS" in text
