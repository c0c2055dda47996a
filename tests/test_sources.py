"""Facts cite source documents by id; reports name a document by its title, never by a file name."""

from __future__ import annotations

import re
import shutil

import pytest

from support import EXAMPLES, ROOT

FILE_NAME = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
REPORTS = [
    ["crosswalk", "erikson"],
    ["crosswalk", "erikson", "--course", "I374"],
    ["crosswalk", "coe"],
    ["explain", "Cultural humility"],
    ["gap", "-t", "IMHS", str(EXAMPLES / "clinician-imhs.yaml"), "--as-of", "2024-06-30"],
    ["renew", str(EXAMPLES / "renewing-imhs-rsc-provider.yaml"), "--as-of", "2025-11-15"],
]


@pytest.mark.parametrize("fmt", ["table", "markdown", "json", "html"])
@pytest.mark.parametrize("command", REPORTS, ids=lambda c: " ".join(c[:3]))
def test_no_report_names_a_file(run, command, fmt):
    result = run(*command, "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert not FILE_NAME.search(result.stdout)


def test_the_crosswalk_page_cites_the_document_by_title(run):
    out = run("crosswalk", "erikson", "--course", "I374", "-f", "markdown").stdout
    assert (
        "Erikson Institute IECMH Certificate Program and Competency Guidelines crosswalk "
        "(Erikson Institute)" in out
    )


def test_every_source_of_the_shipped_pack_resolves(catalog):
    cited = {s for area in catalog.areas.values() for s in area.source}
    assert cited and all(
        s in catalog.documents or s.startswith(("http://", "https://")) for s in cited
    )


def test_validate_reports_a_source_that_is_not_listed(run, tmp_path):
    pack = shutil.copytree(ROOT / "data", tmp_path / "pack")
    category = pack / "categories" / "IMHS.yaml"
    text = category.read_text()
    category.write_text(text.replace("alliance-imhs-requirements", "alliance-imhs-requirement", 1))
    result = run("validate", str(pack))
    assert result.exit_code == 1
    out = result.stdout + result.stderr
    assert (
        "source 'alliance-imhs-requirement' is neither a URL nor a document of pack/sources/" in out
    )
    assert "did you mean 'alliance-imhs-requirements'" in out
