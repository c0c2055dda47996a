"""The shipped renewal data against its sources, and `endorse validate` on broken association and
renewal data.

Expected values are typed in from seed 004 (lines 306-318, 381-393) and
../shared/sources/endorsement-requirements.yaml (shared_rules.renewal, each category's renewal
entries), never read from data/."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from endorse_cli.engine.renewal import rule_for
from support import cli, copy_pack, line_of, replace_first, validate_fails

WITH_RSC = ["IFS", "ECFS", "IMHS", "ECMHS", "IMHM-C", "ECMHM-C"]
WITHOUT_RSC = ["IFA", "ECFA", "IMHM-P", "IMHM-R", "ECMHM-P", "ECMHM-R"]
MI = "https://mi-aimh.org/endorsement/endorsement-policies-2/"


@pytest.mark.parametrize("cat", WITH_RSC + WITHOUT_RSC)
@pytest.mark.parametrize("year", [2022, 2023, 2025])
def test_every_category_renews_with_15_hours_and_3_about_rsc_for_providers(catalog, cat, year):
    """shared_rules.renewal: 15 clock hours a year, all categories (mi-aimh.org, first5alabama.org,
    seed 004 lines 306-318); 3 of them about RSC for anyone who provides it (mi-aimh.org,
    first3yearstx.org)."""
    rule = rule_for(catalog.categories[cat], year)
    assert (
        rule.training_hours,
        rule.rsc_provider_training_hours,
        rule.membership,
        rule.code_of_ethics,
    ) == (
        15,
        3,
        True,
        True,
    )


@pytest.mark.parametrize("cat", WITH_RSC + WITHOUT_RSC)
def test_dei_hour_from_the_2023_renewal_year(catalog, cat):
    """shared_rules.renewal.dei_hour: renewals for 2023 onward (ct-aimh.org, first3yearstx.org)."""
    assert rule_for(catalog.categories[cat], 2022).dei_hours == 0
    assert rule_for(catalog.categories[cat], 2023).dei_hours == 1


@pytest.mark.parametrize("cat", WITH_RSC)
def test_rsc_12_hours_for_specialists_and_clinical_mentors(catalog, cat):
    """shared_rules.renewal.rsc_hours: 12 clock hours for I/ECFS, I/ECMHS and I/ECMHM-C (mi-aimh.org
    et al.); seed 004 lines 318 and 393 for IMHS and ECMHS."""
    rule = rule_for(catalog.categories[cat], 2025)
    assert rule.rsc_hours == 12
    assert rule.rsc_providers


@pytest.mark.parametrize("cat", WITHOUT_RSC)
def test_no_renewal_rsc_for_associates_and_policy_research_mentors(catalog, cat):
    """IFA/ECFA renewal.rsc: not required; IMHM-P/-R renewal_rsc: not required (mi-aimh.org)."""
    assert rule_for(catalog.categories[cat], 2025).rsc_hours == 0


def test_only_imhs_and_ecmhs_renewal_cite_seed_004(catalog):
    """Seed 004 states renewal rules for IMHS and ECMHS only; the other categories cite web
    pages."""
    for cat in catalog.categories.values():
        # Seed 004.
        cites_seed = any(s == "alliance-imhs-requirements" for r in cat.renewal for s in r.source)
        assert cites_seed == (cat.id in ("IMHS", "ECMHS")), cat.id


@pytest.mark.parametrize("cat", ["IMHM-C", "ECMHM-C"])
def test_clinical_mentor_variant_at_mi_aimh_and_the_conflict_is_open(catalog, cat):
    """IMHM-C.renewal_rsc: MI-AIMH 10 h/yr after 3+ years, peer with same-category endorsees; older
    pages end the rule after 3 years; others 12 h with no exception (conflict: true)."""
    rule = rule_for(catalog.categories[cat], 2025)
    (variant,) = [v for v in rule.rsc_variants if v.association == "MI-AIMH"]
    assert (variant.after_years, variant.hours, variant.source) == (3, 10, [MI])
    assert set(variant.peer_providers) == {"IMHM-C", "ECMHM-C"}
    assert rule.open_about("rsc_hours")
    # or-imha.org: only recommended for Mentor-Clinical.
    assert rule.open_about("rsc_provider_training")


def test_ecfs_and_ifs_renewal_rsc_are_open_questions(catalog):
    """ECFS providers unconfirmed (open_questions); IFS renewal RSC recommended only on an older
    MassAIMH page."""
    assert rule_for(catalog.categories["ECFS"], 2025).open_about("rsc_hours")
    assert rule_for(catalog.categories["IFS"], 2025).open_about("rsc_hours")
    assert not rule_for(catalog.categories["IMHS"], 2025).open


@pytest.mark.parametrize(
    ("text", "year", "deadline"),
    [
        # https://www.first3yearstx.org/endorsement-renewal
        (
            "First3Years Texas",
            2025,
            date(2025, 12, 31),
        ),
        ("itmhca", 2025, date(2025, 12, 31)),  # https://itmhca.org/endorsement/endorserenew.php
        # mi-aimh.org: lapses Jan 31.
        (
            "Michigan Association for Infant Mental Health",
            2025,
            date(2026, 1, 31),
        ),
    ],
)
def test_association_deadlines(catalog, text, year, deadline):
    assoc = catalog.associations[catalog.find_association(text)]
    assert assoc.renewal_deadline.for_year(year) == deadline
    assert all(s.startswith("https://") for s in assoc.renewal_deadline.source)


def test_associations_without_a_stated_deadline_have_none(catalog):
    """No page read states a deadline for CT-AIMH or First 5 Alabama: reports say 'confirm with your
    association'."""
    assert catalog.associations["CT-AIMH"].renewal_deadline is None
    assert catalog.find_association("nowhere AIMH") is None


# --------------------------------------------------------------------------- validate rejects bad
# renewal data


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    copy_pack(copy)
    return copy


def test_bad_deadline_day_is_reported_with_file_and_line(pack):
    path = pack / "associations" / "First3Years.yaml"
    line = line_of(path, "renewal_deadline")
    replace_first(path, "month: 12\n  day: 31", "month: 2\n  day: 30")
    validate_fails(pack, f"data/associations/First3Years.yaml:{line}", "month 2 has no day 30")


def test_unknown_key_in_an_association_file_names_the_line(pack):
    path = pack / "associations" / "CT-AIMH.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "deadlnie: 2025-12-31\n", encoding="utf-8")
    lines = path.read_text(encoding="utf-8").count("\n")
    validate_fails(pack, f"data/associations/CT-AIMH.yaml:{lines}", "deadlnie")


def test_a_variant_naming_an_unknown_association_is_reported(pack):
    path = pack / "categories" / "IMHM-C.yaml"
    line = replace_first(path, "association: MI-AIMH", "association: MI-AIHM")
    validate_fails(
        pack,
        f"data/categories/IMHM-C.yaml:{line}: renewal[0].rsc_variants[0].association",
        "unknown association 'MI-AIHM' (did you mean 'MI-AIMH'?)",
    )


def test_two_associations_sharing_a_name_are_ambiguous(pack):
    path = pack / "associations" / "CT-AIMH.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("[CTAIMH,", "[Michigan AIMH,"), encoding="utf-8"
    )
    # files are read in name order, so the second file holding the name is the one reported
    validate_fails(
        pack,
        "data/associations/MI-AIMH.yaml:4: alternate_names: name 'Michigan AIMH' is also a name of",
        "association 'CT-AIMH', so it would be ambiguous",
    )


def test_association_file_name_must_match_its_id(pack):
    (pack / "associations" / "CT-AIMH.yaml").rename(pack / "associations" / "CT.yaml")
    validate_fails(pack, "id 'CT-AIMH' does not match the file name. Fix: rename to CT-AIMH.yaml.")


def test_associations_are_optional_but_a_variant_needs_its_association(pack):
    shutil.rmtree(pack / "associations")
    validate_fails(pack, "unknown association 'MI-AIMH'")
    for path in (pack / "categories").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for rule in data["renewal"]:
            rule.pop("rsc_variants", None)
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = cli("validate", str(pack))
    out = " ".join(result.output.split())
    assert result.exit_code == 0, out
    assert "0 associations" in out
