"""The renewal engine, rule by rule, with its edges. Records are built in Python; the shipped pack
is used.

Sources cited: seed 004 (004_01020ffae024da20.txt) lines 306-318 (IMHS renewal: 15 clock hours a
year, 3 of them about RSC for those who provide it, membership renewed yearly, 12 hours of RSC a
year) and lines 381-393 (the same for ECMHS); the URLs of
../shared/sources/endorsement-requirements.yaml (shared_rules.renewal and each category's renewal
entries)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from endorse_cli.engine.renewal import check_renewals, renewal_history
from endorse_cli.models.record import Record
from endorse_cli.results.renewal import Renewal, RenewalRequirement
from support import RENEWAL_IDS

END_2025 = date(2025, 12, 31)
MI_POLICIES = "https://mi-aimh.org/endorsement/endorsement-policies-2/"


def make(**fields: Any) -> Record:
    """A record endorsed as IMHS at MI-AIMH, member through 2026, ethics signed in 2025; fields
    override."""
    base: dict[str, Any] = {
        "name": "Test Person",
        "association": "MI-AIMH",
        "endorsements": [{"category": "IMHS", "earned": "2019-09-15"}],
        "membership": {"association": "MI-AIMH", "expires": "2026-06-30"},
        "code_of_ethics_signed": ["2024-03-01", "2025-03-01"],
    }
    return Record.model_validate(base | fields)


def training(day: str, hours: float, *topics: str, title: str = "") -> dict[str, Any]:
    return {
        "title": title or f"Training on {day}",
        "date": day,
        "hours": hours,
        "topics": list(topics),
    }


def rsc(
    start: str, end: str | None, hours: float, provider: str = "IMHM-C", fmt: str = "individual"
) -> dict[str, Any]:
    return {
        "provider": "P",
        "provider_endorsement": provider,
        "format": fmt,
        "start": start,
        "end": end,
        "hours": hours,
    }


def renew(
    pack, record: Record, year: int = 2025, as_of: date = END_2025, index: int = 0
) -> Renewal:
    ids = [e.category for e in record.endorsements]
    return check_renewals(pack, record, year, as_of, ids).renewals[index]


def req(renewal: Renewal, rid: str) -> RenewalRequirement:
    return next(r for r in renewal.requirements if r.id == rid)


# --------------------------------------------------------------------------- training hours (seed
# 004 306-318)


def test_exactly_15_hours_in_pieces_is_met_never_14_9(catalog):
    """Seed 004 lines 306-318: a minimum of 15 clock hours a year. 14.9 + 0.1 is 15, exactly."""
    rec = make(trainings=[training("2025-02-01", 14.9), training("2025-03-01", 0.1)])
    got = req(renew(catalog, rec), "training_hours")
    assert (got.status, got.have, got.required) == ("met", 15, 15)


def test_fifteen_tenths_short_is_partial_and_says_how_much_is_left(catalog):
    """Seed 004 lines 306-318: 15 clock hours; 14.9 is short, and the tool never rounds it up."""
    rec = make(trainings=[training("2025-02-01", 14.9)])
    got = req(renew(catalog, rec), "training_hours")
    assert (got.status, got.have) == ("partial", 14.9)
    assert "0.1 to go" in got.detail


def test_no_training_in_the_year_is_missing(catalog):
    """Seed 004 lines 306-318: training hours are counted per year; last year's do not carry
    over."""
    rec = make(trainings=[training("2024-06-01", 40)])
    assert req(renew(catalog, rec), "training_hours").status == "missing"


def test_a_training_on_dec_31_counts_in_that_year_and_one_on_jan_1_in_the_next(catalog):
    """Seed 004 lines 306-318 (15 clock hours per year): a training counts in the year of its
    date."""
    rec = make(trainings=[training("2024-12-31", 15), training("2025-01-01", 5)])
    assert req(renew(catalog, rec, 2024), "training_hours").have == 15
    assert req(renew(catalog, rec, 2025), "training_hours").have == 5


def test_an_entry_repeated_word_for_word_counts_once_but_a_rerun_counts_again(catalog):
    """Seed 004 lines 306-318: each training once; the same course on another date is another
    training."""
    same = training("2025-04-01", 8, title="Attachment basics")
    rerun = training("2025-09-01", 8, title="Attachment basics")
    got = req(renew(catalog, make(trainings=[same, same, rerun])), "training_hours")
    assert got.have == 16
    assert "1 repeated entry not counted twice" in got.detail


def test_training_after_the_report_date_does_not_count_yet(catalog):
    """Seed 004 lines 306-318: hours received so far; nothing dated after --as-of counts."""
    rec = make(trainings=[training("2025-03-01", 10), training("2025-10-01", 10)])
    got = req(renew(catalog, rec, as_of=date(2025, 6, 30)), "training_hours")
    assert (got.status, got.have) == ("partial", 10)
    assert "so far (to 2025-06-30)" in got.detail


# ---------------------------------------------------------------- the DEI hour (ct-aimh.org,
# first3yearstx.org)


def test_dei_hour_does_not_apply_before_2023(catalog):
    """https://ct-aimh.org/important-changes-to-the-endorsement-requirements: the DEI hour from the
    2023 renewals."""
    rec = make(trainings=[training("2022-05-01", 15)])
    got = req(renew(catalog, rec, 2022, date(2022, 12, 31)), "dei_hours")
    assert got.status == "not_applicable"
    assert "2023" in got.detail


@pytest.mark.parametrize(("topics", "status"), [((), "missing"), (("dei",), "met")])
def test_dei_hour_applies_from_2023(catalog, topics, status):
    """https://www.first3yearstx.org/endorsement-renewal: at least 1 of the 15 hours on DEI, 2023
    on."""
    rec = make(trainings=[training("2023-05-01", 14), training("2023-06-01", 1, *topics)])
    got = req(renew(catalog, rec, 2023, date(2023, 12, 31)), "dei_hours")
    assert (got.status, got.required) == (status, 1)


# --------------------------------------------------------------------------- RSC received (seed 004
# 306-318, 381-393)


def test_rsc_entry_spanning_the_new_year_is_split_by_calendar_month(catalog):
    """Seed 004 lines 306-318: 12 hours of RSC annually. 24 hours over Jul 2024-Jun 2025 give 12 to
    each year."""
    rec = make(reflective_supervision=[rsc("2024-07-01", "2025-06-30", 24)])
    assert req(renew(catalog, rec, 2024, END_2025), "rsc_hours").have == 12
    assert req(renew(catalog, rec, 2025), "rsc_hours").status == "met"


def test_rsc_split_is_exact_for_uneven_months(catalog):
    """Seed 004 lines 381-393 (ECMHS, 12 hours annually): 36 hours over 3 months give exactly 12 a
    month."""
    rec = make(
        endorsements=[{"category": "ECMHS", "earned": "2020-01-01"}],
        reflective_supervision=[rsc("2024-12-01", "2025-02-28", 36)],
    )
    got = req(renew(catalog, rec), "rsc_hours")
    assert (got.status, got.have) == ("met", 24)


def test_a_peer_rsc_hour_never_counts_even_from_an_endorsed_peer(catalog):
    """https://www.nysaimh.org/reflective-supervision-consultation-requirements-for-endorsement/:
    peer never counts."""
    rec = make(
        reflective_supervision=[rsc("2025-01-01", "2025-10-31", 20, provider="IMHM-C", fmt="peer")]
    )
    got = req(renew(catalog, rec), "rsc_hours")
    assert (got.status, got.have) == ("missing", 0)
    assert "20 hours of peer supervision" in got.detail


def test_rsc_from_a_provider_without_a_qualifying_endorsement_is_not_counted_and_asks_to_confirm(
    catalog,
):
    """Seed 004 (IMHS RSC providers: IMHS, ECMHS, IMHM-C, ECMHM-C); renewal pages do not list
    providers."""
    rec = make(reflective_supervision=[rsc("2025-01-01", "2025-12-31", 12, provider="IFS")])
    got = req(renew(catalog, rec), "rsc_hours")
    assert (got.status, got.confirm) == ("missing", True)
    assert "without a qualifying endorsement" in got.detail


def test_ongoing_rsc_counts_up_to_the_report_date(catalog):
    """Seed 004 lines 306-318: RSC received so far this year; an entry without an end runs to
    --as-of."""
    rec = make(reflective_supervision=[rsc("2025-01-01", None, 9)])
    got = req(renew(catalog, rec, as_of=date(2025, 9, 30)), "rsc_hours")
    assert (got.status, got.have) == ("partial", 9)


@pytest.mark.parametrize("category", ["IFA", "ECFA", "IMHM-P", "IMHM-R", "ECMHM-P", "ECMHM-R"])
def test_a_category_without_renewal_rsc_says_not_applicable(catalog, category):
    """https://mi-aimh.org/endorsement/endorsement-policies-2/: renewal RSC only for I/ECFS,
    I/ECMHS, I/ECMHM-C."""
    rec = make(endorsements=[{"category": category, "earned": "2020-01-01"}])
    got = req(renew(catalog, rec), "rsc_hours")
    assert (got.status, got.required, got.have) == ("not_applicable", None, None)
    assert "no RSC" in got.detail


@pytest.mark.parametrize("category", ["IFS", "ECFS", "IMHS", "ECMHS", "IMHM-C", "ECMHM-C"])
def test_categories_with_renewal_rsc_ask_12_hours(catalog, category):
    """https://mi-aimh.org/endorsement/endorsement-policies-2/ and seed 004 lines 306-318,
    381-393."""
    rec = make(
        endorsements=[{"category": category, "earned": "2024-01-01"}],
        association=None,
        membership=None,
    )
    assert req(renew(catalog, rec), "rsc_hours").required == 12


def test_clinical_mentor_at_mi_aimh_after_3_years_needs_10_hours_and_peer_with_mentors_counts(
    catalog,
):
    """https://mi-aimh.org/endorsement/endorsement-policies-2/: after 3+ years as I/ECMHM-C, 10
    hours a year; peer supervision with same-category endorsees counts. Other sources disagree, so
    it asks to confirm."""
    rec = make(
        endorsements=[{"category": "IMHM-C", "earned": "2022-01-01"}],
        reflective_supervision=[
            rsc("2025-01-01", "2025-12-31", 10, provider="ECMHM-C", fmt="peer")
        ],
    )
    got = req(renew(catalog, rec), "rsc_hours")
    assert (got.status, got.required, got.have, got.variant, got.confirm) == (
        "met",
        10,
        10,
        "MI-AIMH",
        True,
    )
    assert MI_POLICIES in got.source


def test_clinical_mentor_variant_waits_for_3_full_years_at_the_start_of_the_year(catalog):
    """https://mi-aimh.org/endorsement/endorsement-policies-2/ (after 3+ years): earned 2022-01-02
    is not 3 years on 2025-01-01, so 12 hours and peer hours do not count."""
    rec = make(
        endorsements=[{"category": "IMHM-C", "earned": "2022-01-02"}],
        reflective_supervision=[rsc("2025-01-01", "2025-12-31", 10, provider="IMHM-C", fmt="peer")],
    )
    got = req(renew(catalog, rec), "rsc_hours")
    assert (got.status, got.required, got.variant) == ("missing", 12, None)
    assert "At MI-AIMH" in got.detail


def test_clinical_mentor_elsewhere_needs_12_hours_and_is_shown_the_variant(catalog):
    """https://www.first3yearstx.org/endorsement-renewal: 12 hours for Mentor-Clinical, no exception
    stated."""
    rec = make(
        association="First3Years",
        endorsements=[{"category": "IMHM-C", "earned": "2015-01-01"}],
        reflective_supervision=[rsc("2025-01-01", "2025-12-31", 12)],
    )
    got = req(renew(catalog, rec), "rsc_hours")
    assert (got.status, got.required, got.variant, got.confirm) == ("met", 12, None, True)
    assert "At MI-AIMH: after 3 years" in got.detail


def test_arizona_asked_no_renewal_rsc_before_2023(catalog):
    """https://itmhca.org/endorsement/endorserenew.php: 12 hours mandatory for IFS/IMHS/IMHM-C from
    2023."""
    rec = make(association="ITMHCA")
    early = req(renew(catalog, rec, 2022, date(2022, 12, 31)), "rsc_hours")
    assert (early.status, early.variant) == ("not_applicable", "ITMHCA")
    assert req(renew(catalog, rec), "rsc_hours").status == "missing"


# --------------------------------------------------------------------------- training about RSC
# (seed 004 306-318)


@pytest.mark.parametrize(("rsc_hours", "status"), [(2, "partial"), (3, "met")])
def test_who_provides_rsc_needs_3_of_the_hours_about_it(catalog, rsc_hours, status):
    """Seed 004 lines 306-318: those who provide RSC take at least 3 of the hours about RSC."""
    rec = make(
        provides_rsc=True,
        trainings=[training("2025-02-01", 12), training("2025-03-01", rsc_hours, "rsc")],
    )
    got = req(renew(catalog, rec), "rsc_provider_training")
    assert (got.status, got.have, got.required) == (status, rsc_hours, 3)


def test_who_gives_no_rsc_is_not_asked_for_hours_about_it(catalog):
    """Seed 004 lines 381-393: the 3 hours apply to those who provide RSC to others."""
    got = req(renew(catalog, make(trainings=[training("2025-02-01", 15)])), "rsc_provider_training")
    assert got.status == "not_applicable"
    assert "provides_rsc: true" in got.detail


def test_a_training_tagged_dei_and_rsc_counts_once_in_total_and_toward_both_minimums_with_confirm(
    catalog,
):
    """PRODUCT.md renewal contract; the sources (seed 004 306-318, ct-aimh.org) do not say, hence
    confirm."""
    rec = make(
        provides_rsc=True,
        trainings=[training("2025-02-01", 12), training("2025-03-01", 3, "dei", "rsc")],
    )
    got = renew(catalog, rec)
    assert req(got, "training_hours").have == 15
    dei, about = req(got, "dei_hours"), req(got, "rsc_provider_training")
    assert (dei.status, dei.confirm, about.status, about.confirm) == ("met", True, "met", True)


# --------------------------------------------------------------------------- membership (seed 004
# 306-318)


@pytest.mark.parametrize(
    ("expires", "as_of", "status"),
    [
        ("2025-12-31", date(2025, 11, 15), "met"),
        ("2025-12-30", date(2025, 11, 15), "partial"),
        ("2025-12-30", date(2025, 12, 31), "missing"),
        ("2025-06-30", date(2025, 11, 15), "missing"),
    ],
)
def test_membership_must_run_through_december_31(catalog, expires, as_of, status):
    """Seed 004 lines 306-318: annual renewal of membership; current through the end of the renewal
    year."""
    rec = make(membership={"association": "MI-AIMH", "expires": expires})
    assert req(renew(catalog, rec, as_of=as_of), "membership").status == status


def test_no_membership_is_missing(catalog):
    """Seed 004 lines 381-393: annual renewal of membership."""
    got = req(renew(catalog, make(membership=None)), "membership")
    assert (got.status, got.have) == ("missing", None)


# --------------------------------------------------------------------------- code of ethics


@pytest.mark.parametrize(
    ("signed", "status"),
    [
        (["2024-03-01"], "missing"),
        ("2024-03-01", "missing"),
        ("2025-01-02", "met"),
        (["2023-01-01", "2025-12-31"], "met"),
    ],
)
def test_code_of_ethics_signed_again_within_the_year(catalog, signed, status):
    """https://itmhca.org/endorsement/endorserenew.php,
    https://www.first3yearstx.org/endorsement-renewal: the code of ethics is signed again at each
    yearly renewal."""
    got = req(renew(catalog, make(code_of_ethics_signed=signed)), "code_of_ethics")
    assert got.status == status
    if status == "missing":
        assert "last signed 2024-03-01" in got.detail


# --------------------------------------------------------------------------- deadline, shape,
# readiness


@pytest.mark.parametrize(
    ("association", "deadline", "days"),
    [
        ("MI-AIMH", date(2026, 1, 31), 77),
        ("first3years texas", date(2025, 12, 31), 46),
        ("ITMHCA", date(2025, 12, 31), 46),
    ],
)
def test_deadline_from_the_association_and_days_left(catalog, association, deadline, days):
    """https://mi-aimh.org/endorsement/endorsement-policies-2/ (lapses after Jan 31),
    https://www.first3yearstx.org/endorsement-renewal and
    https://itmhca.org/endorsement/endorserenew.php (Dec 31)."""
    got = renew(catalog, make(association=association), as_of=date(2025, 11, 15))
    assert (got.deadline, got.days_left) == (deadline, days)


def test_unknown_deadline_says_confirm_with_your_association(catalog):
    """https://mi-aimh.org/endorsement/endorsement-policies-2/ (deadlines are set by each
    association)."""
    got = renew(catalog, make(association="CT-AIMH"))
    assert (got.deadline, got.days_left, got.confirm) == (None, None, True)
    assert got.deadline_detail.startswith("Confirm with your association")


def test_every_renewal_lists_the_six_ids_in_order_and_each_category_separately(catalog):
    """PRODUCT.md renewal contract: every id for every renewal, in the record's order; no ladder."""
    rec = make(
        endorsements=[
            {"category": "IFS", "earned": "2018-01-01"},
            {"category": "IMHS", "earned": "2019-09-15"},
        ]
    )
    report = check_renewals(catalog, rec, 2025, END_2025, ["IFS", "IMHS"])
    assert [r.category for r in report.renewals] == ["IFS", "IMHS"]
    for renewal in report.renewals:
        assert tuple(r.id for r in renewal.requirements) == tuple(RENEWAL_IDS)


def test_ready_when_every_requirement_is_met_or_not_applicable(catalog):
    """Seed 004 lines 306-318: 15 hours, 12 hours of RSC, membership; plus the DEI hour and ethics
    (URLs above)."""
    rec = make(
        trainings=[training("2025-02-01", 14), training("2025-03-01", 1, "dei")],
        reflective_supervision=[rsc("2025-01-01", "2025-12-31", 12)],
    )
    got = renew(catalog, rec)
    assert got.ready
    assert req(got, "rsc_provider_training").status == "not_applicable"
    assert not renew(catalog, make(trainings=[training("2025-02-01", 15, "dei")])).ready


def test_a_category_earned_after_the_year_is_not_held_then_and_the_year_earned_asks_to_confirm(
    catalog,
):
    """The sources do not say whether the first renewal falls in the year earned."""
    rec = make(
        endorsements=[
            {"category": "IFS", "earned": "2018-01-01"},
            {"category": "IMHS", "earned": "2025-05-01"},
        ]
    )
    early = check_renewals(catalog, rec, 2024, END_2025, ["IFS", "IMHS"])
    assert ([r.category for r in early.renewals], early.not_held) == (["IFS"], ["IMHS"])
    later = check_renewals(catalog, rec, 2025, END_2025, ["IFS", "IMHS"]).renewals[1]
    assert later.confirm and later.note and "Earned during 2025" in later.note


def test_history_gives_one_report_per_year_oldest_first(catalog):
    """Seed 004 lines 306-318: renewal is yearly, so each year is judged on its own hours."""
    rec = make(trainings=[training("2023-02-01", 15, "dei"), training("2025-02-01", 15, "dei")])
    history = renewal_history(catalog, rec, [2025, 2023, 2024], END_2025, ["IMHS"])
    assert history.years == [2023, 2024, 2025]
    statuses = [req(rep.renewals[0], "training_hours").status for rep in history.reports]
    assert statuses == ["met", "missing", "met"]


def test_a_category_listed_twice_is_renewed_once_with_its_earliest_date(catalog):
    """PRODUCT.md: one renewal per category held, in the record's order."""
    rec = make(
        endorsements=[
            {"category": "IMHS", "earned": "2021-01-01"},
            {"category": "IMHS", "earned": "2019-09-15"},
        ]
    )
    report = check_renewals(catalog, rec, 2025, END_2025, ["IMHS"])
    assert [(r.category, r.earned) for r in report.renewals] == [("IMHS", date(2019, 9, 15))]
