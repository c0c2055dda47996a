"""Acceptance tests: verdicts an Endorsement coordinator would sign (issue 8).

Each record in tests/verdicts/ is a hand-written applicant; the comment at its top names the
person and the verdict decided from the sources (seed 004 lines, or URLs from
../shared/sources/endorsement-requirements.yaml) before the tool was run. Every test cites its
source. Some tests derive a one-field variant of a record (written to tmp_path) to get the
positive and the negative case of one rule from the same person.

"Seed 004" below is ../shared/seeds/004_01020ffae024da20.txt (IMHS lines 247-304, ECMHS 322-375).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from record_files import RecordFolder

VERDICTS = Path(__file__).resolve().parent / "verdicts"

# Domains whose skill areas reference ratings document (shared_rules.reference_rating_mechanics:
# https://mi-aimh.org/endorsement/tips-regarding-reference-ratings/).
REFERENCE_DOMAINS = {"reflection", "working-with-others", "thinking"}
KNOWLEDGE_DOMAINS = {
    "theoretical-foundations",
    "law-regulation-agency-policy",
    "systems-expertise",
    "direct-service-skills",
}
SPECIALISTS = ("IFS", "ECFS", "IMHS", "ECMHS")
MENTORS = ("IMHM-C", "IMHM-P", "IMHM-R", "ECMHM-C", "ECMHM-P", "ECMHM-R")
COUNTERPARTS = (("IFA", "ECFA"), ("IFS", "ECFS"), ("IMHS", "ECMHS"))


# --------------------------------------------------------------------------- helpers


record = RecordFolder(VERDICTS).path
variant = RecordFolder(VERDICTS).variant


def gap(run, path: Path, target: str, as_of: str) -> dict:
    """`endorse gap --format json`; asserts exit 0 first."""
    result = run("gap", "--target", target, str(path), "--as-of", as_of, "--format", "json")
    assert result.exit_code == 0, f"exit {result.exit_code}: {result.stderr or result.stdout}"
    return json.loads(result.stdout)


def check_exit(run, path: Path, target: str, as_of: str) -> int:
    result = run(
        "gap", "--target", target, str(path), "--as-of", as_of, "--check", "--format", "json"
    )
    assert result.exit_code in (0, 1), f"exit {result.exit_code}: {result.stderr or result.stdout}"
    return result.exit_code


def req(report: dict, rid: str) -> dict:
    rows = [r for r in report["requirements"] if r["id"] == rid]
    assert rows, f"no requirement {rid!r} in {[r['id'] for r in report['requirements']]}"
    return rows[0]


def has_req(report: dict, rid: str) -> bool:
    return any(r["id"] == rid for r in report["requirements"])


def area(report: dict, area_id: str) -> dict:
    rows = [a for a in report["competencies"] if a["area"] == area_id]
    assert rows, f"area {area_id!r} not in the report"
    return rows[0]


def areas_in(report: dict, domains: set[str]) -> list[dict]:
    rows = [a for a in report["competencies"] if a["domain"] in domains]
    assert rows, f"no areas of {domains} in the report"
    return rows


def sources(row: dict) -> list[str]:
    return [e["source"] for e in row.get("evidence", [])]


def says_confirm(row: dict) -> bool:
    return (
        bool(row.get("unconfirmed") or row.get("confirm")) or "confirm" in json.dumps(row).lower()
    )


def text(row: dict) -> str:
    """What the row says about this person (detail and have; not the category's static note)."""
    return " ".join(str(row.get(k) or "") for k in ("detail", "have")).lower()


def rank(report: dict, target: str) -> int:
    rows = [r for r in report["categories"] if r["target"] == target]
    assert rows, f"{target} not in --target all"
    assert rows[0]["rank"] is not None, f"{target} has no rank"
    return rows[0]["rank"]


def cat_row(report: dict, target: str) -> dict:
    rows = [r for r in report["categories"] if r["target"] == target]
    assert rows, f"{target} not in --target all"
    return rows[0]


def top_pick(report: dict) -> dict:
    rows = [r for r in report["categories"] if r.get("rank") == 1]
    assert len(rows) == 1, report["categories"]
    return rows[0]


def documents_communicating(data: dict) -> None:
    """Adds a training that documents the Communicating areas (listening, speaking, writing). The
    sources name the rating forms as evidence for Reflection, Working with Others and Thinking only
    (https://mi-aimh.org/endorsement/tips-regarding-reference-ratings/), and seed 004 line 299 names
    coursework, in-service training and RSC as where competencies are shown: a complete applicant
    documents Communicating with training, since the ratings alone leave it partial."""
    data.setdefault("trainings", []).append(
        {
            "title": "Communicating with families and teams",
            "date": date(2024, 1, 15),
            "hours": 6,
            "areas": {"listening": "met", "speaking": "met", "writing": "met"},
        }
    )


def complete(tmp_path: Path, name: str) -> Path:
    """The hand-written applicant with Communicating documented by training (see
    documents_communicating)."""
    return variant(tmp_path, name, documents_communicating)


def drop_reference(role: str) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        data["references"] = [r for r in data["references"] if r["role"] != role]

    return change


# --------------------------------------------------------------------------- rule 1: exams tied to
# a category


def test_imh_exam_is_met_for_imhs_and_names_the_exam(run):
    """Seed 004 line 300: IMHS needs the IMH Endorsement written exam; exams: [{category: IMHS}]
    meets it."""
    report = gap(run, record("exam_imh_serving_both"), "IMHS", "2024-06-30")
    exam = req(report, "exam")
    assert exam["status"] == "met"
    assert "IMHS" in json.dumps(exam["have"])


def test_imh_exam_is_not_met_for_ecmhs(run):
    """Seed 004 line 371: ECMHS needs the ECMH exam; separate IMH and ECMH exams
    (https://riaimh.org/Endorsement-Exam). An IMHS exam does not count for ECMHS."""
    report = gap(run, record("exam_imh_serving_both"), "ECMHS", "2024-06-30")
    assert req(report, "exam")["status"] == "missing"


def test_ecmh_exam_is_met_for_ecmhs(run):
    """Seed 004 line 371: the ECMH exam, recorded as exams: [{category: ECMHS}], meets ECMHS."""
    report = gap(run, record("ec_clinician_ecmhs"), "ECMHS", "2024-06-30")
    assert req(report, "exam")["status"] == "met"


def test_ecmh_exam_is_not_met_for_imhs(run):
    """Seed 004 line 300 (IMH exam) vs line 371 (ECMH exam): the ECMHS exam does not count for
    IMHS."""
    report = gap(run, record("ec_clinician_ecmhs"), "IMHS", "2024-06-30")
    assert req(report, "exam")["status"] != "met"


def test_old_imhs_exam_is_not_met_for_mentor_clinical(run):
    """Mentor exam: the vignette part differs by designation
    (https://www.allianceaimh.org/endorsement-exam/); still required for Mentors
    (https://riaimh.org/Endorsement-Exam). A 2014 IMHS exam is not it."""
    report = gap(run, record("mentor_clinical_holds_imhs"), "IMHM-C", "2024-06-30")
    assert req(report, "exam")["status"] != "met"


@pytest.mark.parametrize(("passed_for", "expected_met"), [("IMHM-P", False), ("IMHM-C", True)])
def test_each_mentor_designation_has_its_own_exam(run, tmp_path, passed_for, expected_met):
    """https://www.allianceaimh.org/endorsement-exam/: Clinical, Policy and Research/Faculty take
    different vignettes, so a Policy exam does not meet Mentor-Clinical; a Mentor-Clinical exam
    does."""

    def change(data):
        data["exams"].append({"category": passed_for, "passed": date(2024, 5, 18)})

    path = variant(tmp_path, "mentor_clinical_holds_imhs", change)
    report = gap(run, path, "IMHM-C", "2024-06-30")
    assert (req(report, "exam")["status"] == "met") is expected_met


@pytest.mark.parametrize("target", ["IMHS", "ECMHS", "IMHM-C"])
def test_old_exam_passed_field_is_partial_and_asks_which_exam(run, target):
    """Old `exam_passed: DATE` does not say which of the separate exams was passed
    (https://riaimh.org/Endorsement-Exam; https://www.allianceaimh.org/endorsement-exam/): partial,
    'which exam?'."""
    report = gap(run, record("exam_old_form"), target, "2024-06-30")
    exam = req(report, "exam")
    assert exam["status"] == "partial"
    assert "which exam" in text(exam)


# --------------------------------------------------------------------------- rule 2: stage and
# ready


def test_every_requirement_carries_a_stage_and_the_imhs_exam_is_after_review(run):
    """Before 2025 IMHS applicants 'go on to the exam' after review (application_review:
    https://mi-aimh.org/getting-started-with-endorsement/); the rest is the application."""
    report = gap(run, record("msw_clinician_imhs"), "IMHS", "2024-06-30")
    for row in report["requirements"]:
        expected = "after_review" if row["id"] == "exam" else "application"
        assert row.get("stage") == expected, row["id"]
    assert req(report, "exam")["status"] == "missing"


def test_ecmhs_exam_is_after_review_before_2025(run):
    """Seed 004 line 371 (ECMH exam) + application_review
    (https://mi-aimh.org/getting-started-with-endorsement/)."""
    report = gap(run, record("exam_imh_serving_both"), "ECMHS", "2024-06-30")
    assert req(report, "exam")["stage"] == "after_review"


def test_mentor_exam_stays_an_after_review_step_in_2025(run):
    """Mentor exam still required in 2025 (https://riaimh.org/Endorsement-Exam), taken after review
    ('IMHS/IMHM go on to the exam': https://mi-aimh.org/getting-started-with-endorsement/)."""
    report = gap(run, record("mentor_clinical_holds_imhs"), "IMHM-C", "2025-06-30")
    exam = req(report, "exam")
    assert exam["stage"] == "after_review"
    assert exam["status"] != "met"


@pytest.mark.parametrize("target", ["IMHS", "ECMHS"])
def test_no_exam_requirement_for_mental_health_specialists_from_2025(run, target):
    """Exam dropped for I/ECMHS from 2025-01-01
    (https://ct-aimh.org/updates-for-the-endorsement-requirements-i-ec-mental-health-specialist)."""
    report = gap(run, record("exam_imh_serving_both"), target, "2025-02-28")
    assert not has_req(report, "exam")


def test_complete_imhs_applicant_is_ready_to_apply_before_the_exam(run, tmp_path):
    """Seed 004 lines 247-304: every application requirement met; the exam (line 300) comes after
    review, so summary.ready is true and --check exits 0."""
    path = complete(tmp_path, "msw_clinician_imhs")
    report = gap(run, path, "IMHS", "2024-06-30")
    for row in report["requirements"]:
        if row["stage"] == "application":
            assert row["status"] == "met", (row["id"], row["detail"])
    assert all(a["status"] == "met" for a in report["competencies"]), [
        a["area"] for a in report["competencies"] if a["status"] != "met"
    ]
    assert report["summary"]["ready"] is True
    assert check_exit(run, path, "IMHS", "2024-06-30") == 0


def test_complete_imhs_applicant_is_ready_in_2025_without_any_exam(run, tmp_path):
    """From 2025-01-01 no exam for IMHS
    (https://ct-aimh.org/updates-for-the-endorsement-requirements-i-ec-mental-health-specialist); 84
    h >= 33."""
    path = complete(tmp_path, "msw_clinician_imhs")
    report = gap(run, path, "IMHS", "2025-03-31")
    assert not has_req(report, "exam")
    assert report["summary"]["ready"] is True
    assert check_exit(run, path, "IMHS", "2025-03-31") == 0


def test_an_unsigned_code_of_ethics_blocks_ready(run, tmp_path):
    """Seed 004 line 295: the Code of Ethics must be signed to apply; it is an application-stage
    requirement."""
    path = variant(tmp_path, "msw_clinician_imhs", lambda d: d.pop("code_of_ethics_signed"))
    report = gap(run, path, "IMHS", "2024-06-30")
    assert req(report, "code_of_ethics")["status"] == "missing"
    assert req(report, "code_of_ethics")["stage"] == "application"
    assert report["summary"]["ready"] is False
    assert check_exit(run, path, "IMHS", "2024-06-30") == 1


# --------------------------------------------------------------------------- rule 3: postgraduate
# from dated degrees


def test_job_after_the_ba_counts_for_ifs(run):
    """IFS work is post-Bachelor's (https://mi-aimh.org/endorsement/requirements-for-level-ii): all
    ~5.4 years count."""
    report = gap(run, record("job_between_ba_and_msw"), "IFS", "2022-12-31")
    work = req(report, "work_experience")
    assert work["status"] == "met"
    assert work["have"] >= 5


def test_job_before_the_msw_does_not_count_for_imhs(run):
    """Seed 004 line 263 (two years postgraduate) with a master's required (line 251): only the ~1.6
    years after the MSW count, although the entry says postgraduate: true."""
    report = gap(run, record("job_between_ba_and_msw"), "IMHS", "2022-12-31")
    work = req(report, "work_experience")
    assert work["status"] == "partial"
    assert 1.5 <= work["have"] < 2


def test_two_years_after_the_msw_meet_imhs(run):
    """Seed 004 line 263: by 2023-06-30 there are ~2.1 years of post-MSW infant treatment work."""
    report = gap(run, record("job_between_ba_and_msw"), "IMHS", "2023-06-30")
    assert req(report, "work_experience")["status"] == "met"


def test_postgraduate_flag_is_used_when_no_degree_is_dated(run, tmp_path):
    """PRODUCT.md record format: `postgraduate` is only used when the record has no dated degree."""
    path = variant(tmp_path, "job_between_ba_and_msw", lambda d: d.pop("education"))
    report = gap(run, path, "IMHS", "2022-12-31")
    assert req(report, "work_experience")["status"] == "met"


def test_graduate_internship_counts_at_most_one_year(run):
    """Seed 004 line 275: one year of a supervised graduate internship (supervisor IMHM or IMHS) may
    count: 1.25 paid years + 1 capped internship year = ~2.25, met (not ~2.9)."""
    report = gap(run, record("graduate_internship"), "IMHS", "2020-12-31")
    work = req(report, "work_experience")
    assert work["status"] == "met"
    assert 2 <= work["have"] < 2.5


def test_graduate_internship_needs_an_endorsed_supervisor(run, tmp_path):
    """Seed 004 line 275: the internship counts only 'if the supervisor of the internship is an
    Endorsed professional (IMHM or IMHS)'; an IFS supervisor does not qualify -> 1.25 of 2 years."""

    def change(data):
        data["work"][0]["supervisor_endorsement"] = "IFS"

    report = gap(run, variant(tmp_path, "graduate_internship", change), "IMHS", "2020-12-31")
    work = req(report, "work_experience")
    assert work["status"] == "partial"
    assert 1 <= work["have"] < 1.5


# --------------------------------------------------------------------------- rule 4: RSC by ages
# served


def test_rsc_while_treating_preschoolers_does_not_count_for_imhs(run):
    """Seed 004 line 279: IMHS RSC is received 'while providing services to infants/toddlers (birth
    to 36 months)'."""
    report = gap(run, record("rsc_while_treating_preschoolers"), "IMHS", "2023-12-31")
    rsc = req(report, "reflective_supervision")
    assert rsc["status"] == "missing"
    assert rsc["have"] == 0


def test_rsc_while_treating_preschoolers_counts_for_ecmhs(run):
    """Seed 004 lines 350-352: ECMHS RSC 'while providing services to children 3 years up to 6'; 40
    of 50 h."""
    report = gap(run, record("rsc_while_treating_preschoolers"), "ECMHS", "2023-12-31")
    rsc = req(report, "reflective_supervision")
    assert rsc["status"] == "partial"
    assert rsc["have"] == 40


def test_declared_serving_early_childhood_does_not_count_for_imhs(run, tmp_path):
    """Seed 004 line 279 vs 350: an RSC entry that says serving: early_childhood counts for ECMHS
    only."""

    def change(data):
        data["reflective_supervision"][0]["serving"] = "early_childhood"

    path = variant(tmp_path, "rsc_while_treating_preschoolers", change)
    assert req(gap(run, path, "IMHS", "2023-12-31"), "reflective_supervision")["have"] == 0
    assert req(gap(run, path, "ECMHS", "2023-12-31"), "reflective_supervision")["have"] == 40


@pytest.mark.parametrize("target", ["IMHS", "ECMHS"])
def test_rsc_is_split_by_the_ages_of_the_overlapping_work(run, target):
    """Seed 004 lines 279 / 350: 48 h over 24 months (2 a month); 12 months while serving infants
    count for IMHS, 12 months while serving 3-5-year-olds count for ECMHS: exactly 24 each."""
    report = gap(run, record("rsc_switched_age_groups"), target, "2023-01-31")
    rsc = req(report, "reflective_supervision")
    assert rsc["have"] == 24
    assert rsc["status"] == "partial"


def test_rsc_before_the_msw_peer_and_unendorsed_providers_do_not_count_and_short_span_is_partial(
    run,
):
    """Seed 004 line 279 (post-Masters; provider IMHS, ECMHS, IMHM-C or ECMHM-C), peer never counts
    (https://www.nysaimh.org/reflective-supervision-consultation-requirements-for-endorsement/), and
    line 281 'within a one- to two-year timeframe': 52 h over 6.5 months -> partial with 52
    counted."""
    report = gap(run, record("rsc_not_counted"), "IMHS", "2024-08-31")
    rsc = req(report, "reflective_supervision")
    assert rsc["have"] == 52
    assert rsc["status"] == "partial"


def test_rsc_over_twelve_months_is_met(run, tmp_path):
    """Seed 004 line 281: once the 52 qualifying hours stretch over more than a year, the IMHS RSC
    is met."""

    def change(data):
        data["reflective_supervision"][3]["end"] = date(2025, 1, 10)

    report = gap(run, variant(tmp_path, "rsc_not_counted", change), "IMHS", "2025-01-31")
    assert req(report, "reflective_supervision")["status"] == "met"


def test_rsc_after_the_ba_counts_for_ifs(run):
    """IFS RSC is post-Bachelor's from an IMHS or IMHM-C, 24 h in 1-2 years
    (http://mi-aimh.org/endorsement/faqs/reflective-supervision-consultation/): the 2018-2019 40 h
    count."""
    report = gap(run, record("rsc_not_counted"), "IFS", "2024-08-31")
    assert req(report, "reflective_supervision")["status"] == "met"


# --------------------------------------------------------------------------- rule 5: calendar
# months, exact totals


def test_rsc_spread_by_calendar_month_reaches_exactly_fifty(run):
    """Seed 004 line 281 (50 h within one to two years): 12 of 18 months of a 30 h entry give
    exactly 20, plus 30 -> 50 in the best window: met, never '49.9 of 50'."""
    report = gap(run, record("rsc_calendar_months"), "IMHS", "2025-07-31")
    rsc = req(report, "reflective_supervision")
    assert rsc["have"] == 50
    assert rsc["status"] == "met"
    assert "49.9" not in json.dumps(report)


def test_rsc_just_under_fifty_is_partial(run, tmp_path):
    """Seed 004 line 281: with 29.9 h logged in the first entry the best window holds ~49.93 h ->
    partial."""

    def change(data):
        data["reflective_supervision"][0]["hours"] = 29.9

    report = gap(run, variant(tmp_path, "rsc_calendar_months", change), "IMHS", "2025-07-31")
    rsc = req(report, "reflective_supervision")
    assert rsc["status"] == "partial"
    assert rsc["have"] < 50


# --------------------------------------------------------------------------- rule 6:
# Mentor-Clinical RSC training


def test_mentor_clinical_before_2024_needs_15_hours_on_providing_rsc(run):
    """Before 2024: minimum 30 h and at least 15 h didactic training on providing RSC (Clinical
    only) (https://www.infancyonward.org/i-ecmh-endorsement/infant-mental-health-mentor-imhm/). 52
    h, 9 on RSC."""
    report = gap(run, record("mentor_clinical_2023_rsc_training"), "IMHM-C", "2023-10-31")
    training = req(report, "training_hours")
    assert training["status"] != "met"
    assert "rsc" in text(training) or "reflective" in text(training)


def test_mentor_clinical_before_2024_with_15_rsc_hours_is_met(run, tmp_path):
    """Same source: with a 6-hour RSC training added (15 h on RSC, 58 in all) training_hours is
    met."""

    def change(data):
        data["trainings"].append(
            {
                "title": "Reflective supervision advanced seminar",
                "date": date(2023, 9, 15),
                "hours": 6,
                "topics": ["rsc"],
            }
        )

    report = gap(
        run, variant(tmp_path, "mentor_clinical_2023_rsc_training", change), "IMHM-C", "2023-10-31"
    )
    assert req(report, "training_hours")["status"] == "met"


def test_mentor_clinical_from_2024_needs_48_with_rsc_and_dei(run):
    """From 2024-01-01: 48 h = 30 + 15 RSC + 3 DEI
    (https://ct-aimh.org/important-changes-to-the-endorsement-requirements). 52 h with 9 RSC and 0
    DEI is not met."""
    report = gap(run, record("mentor_clinical_2023_rsc_training"), "IMHM-C", "2024-03-31")
    assert req(report, "training_hours")["status"] != "met"


def test_mentor_clinical_2024_training_met(run):
    """https://ct-aimh.org/important-changes-to-the-endorsement-requirements: 56 h with 16 RSC and 4
    DEI meets 48."""
    report = gap(run, record("mentor_clinical_holds_imhs"), "IMHM-C", "2024-06-30")
    assert req(report, "training_hours")["status"] == "met"


# --------------------------------------------------------------------------- rule 7: skill areas
# from references


def test_complete_reference_set_credits_reflection_working_with_others_and_thinking(run):
    """shared_rules.reference_rating_mechanics: the rating forms are the main evidence for
    Reflection, Working with Others and Thinking
    (https://mi-aimh.org/endorsement/tips-regarding-reference-ratings/)."""
    report = gap(run, record("msw_clinician_imhs"), "IMHS", "2024-06-30")
    for row in areas_in(report, REFERENCE_DOMAINS):
        assert row["status"] == "met", row["area"]
        assert "references" in sources(row), row["area"]


def test_communicating_is_at_most_partial_from_references_with_confirm(run):
    """Sources name only Reflection, Working with Others and Thinking as documented by ratings
    (https://mi-aimh.org/endorsement/tips-regarding-reference-ratings/): a complete reference set
    leaves Communicating partial, 'may be documented by your reference ratings; confirm with your
    association', never met and never counted as met in the summary."""
    report = gap(run, record("msw_clinician_imhs"), "IMHS", "2024-06-30")
    rows = areas_in(report, {"communicating"})
    for row in rows:
        assert row["status"] == "partial", row["area"]
        assert "references" in sources(row), row["area"]
        assert says_confirm(row), row["area"]
        assert "may be documented by your reference ratings" in json.dumps(row), row["area"]
    assert report["summary"]["met"] == sum(a["status"] == "met" for a in report["competencies"])
    assert report["summary"]["ready"] is False


def test_knowledge_areas_are_not_credited_from_references(run, tmp_path):
    """Seed 004 line 299: competencies are shown through course work, in-service training and RSC;
    knowledge areas still need coursework or training. Without the systems training, those areas are
    missing."""

    def change(data):
        data["trainings"] = [
            t for t in data["trainings"] if not t["title"].startswith("Community systems")
        ]

    report = gap(run, variant(tmp_path, "msw_clinician_imhs", change), "IMHS", "2024-06-30")
    for area_id in ("service-delivery-systems", "community-resources"):
        assert area(report, area_id)["status"] == "missing"
    for row in areas_in(report, KNOWLEDGE_DOMAINS):
        assert "references" not in sources(row), row["area"]
    assert report["summary"]["ready"] is False


def test_two_of_three_references_make_skill_areas_partial_and_check_fail(run, tmp_path):
    """Seed 004 lines 285-290 (three ratings) + reference_rating_mechanics: with two ratings the
    skill areas are partial, references partial, not ready, --check exits 1."""
    path = variant(tmp_path, "msw_clinician_imhs", drop_reference("other"))
    report = gap(run, path, "IMHS", "2024-06-30")
    assert req(report, "references")["status"] == "partial"
    for row in areas_in(report, REFERENCE_DOMAINS):
        assert row["status"] == "partial", row["area"]
    assert report["summary"]["ready"] is False
    assert check_exit(run, path, "IMHS", "2024-06-30") == 1


def test_no_references_and_no_training_leave_skill_areas_missing(run, tmp_path):
    """reference_rating_mechanics
    (https://mi-aimh.org/endorsement/tips-regarding-reference-ratings/): with no ratings and no
    training, Reflection / Working with Others / Thinking areas are missing. RSC is dropped too:
    seed 004 line 299 names RSC experiences as evidence of competencies, so whether RSC alone gives
    a partial is left open here."""
    path = variant(
        tmp_path, "msw_clinician_imhs", lambda d: d.update(references=[], reflective_supervision=[])
    )
    report = gap(run, path, "IMHS", "2024-06-30")
    for row in areas_in(report, REFERENCE_DOMAINS):
        assert row["status"] == "missing", row["area"]


def test_references_without_an_endorsed_rater_do_not_credit_skill_areas_as_met(run, tmp_path):
    """Seed 004 line 285: at least one rater endorsed IFS, ECFS, IMHS, ECMHS, IMHM or ECMHM. Three
    ratings with no endorsed rater are not a qualifying set."""

    def change(data):
        for ref in data["references"]:
            ref.pop("endorsement", None)

    report = gap(run, variant(tmp_path, "msw_clinician_imhs", change), "IMHS", "2024-06-30")
    assert req(report, "references")["status"] != "met"
    for row in areas_in(report, REFERENCE_DOMAINS):
        assert row["status"] != "met", row["area"]


# --------------------------------------------------------------------------- rule 8: association
# variants


def test_mi_aimh_accepts_rsc_from_a_masters_prepared_ifs(run):
    """MI-AIMH: a Bachelor's-prepared IFS applicant may use a Master's-prepared IFS as RSC provider
    (https://mi-aimh.org/endorsement/requirements-for-level-ii;
    http://mi-aimh.org/endorsement/faqs/reflective-supervision-consultation/)."""
    report = gap(run, record("mi_aimh_ba_ifs_rsc"), "IFS", "2024-01-31")
    rsc = req(report, "reflective_supervision")
    assert rsc["status"] == "met"
    assert rsc["have"] == 30


def test_without_the_association_rsc_from_an_ifs_does_not_count(run, tmp_path):
    """General IFS rule: providers IMHS or IMHM-C
    (http://mi-aimh.org/endorsement/faqs/reflective-supervision-consultation/); the variant is named
    in the detail."""
    path = variant(tmp_path, "mi_aimh_ba_ifs_rsc", lambda d: d.pop("association"))
    rsc = req(gap(run, path, "IFS", "2024-01-31"), "reflective_supervision")
    assert rsc["status"] == "missing"
    assert rsc["have"] == 0
    assert "master" in (rsc["detail"] or "").lower()


def test_mi_aimh_variant_needs_a_masters_prepared_provider(run, tmp_path):
    """https://mi-aimh.org/endorsement/requirements-for-level-ii: the exception is for a
    Master's-prepared IFS."""

    def change(data):
        data["reflective_supervision"][0]["provider_degree"] = "bachelors"

    rsc = req(
        gap(run, variant(tmp_path, "mi_aimh_ba_ifs_rsc", change), "IFS", "2024-01-31"),
        "reflective_supervision",
    )
    assert rsc["status"] != "met"


# --------------------------------------------------------------------------- rule 9: --target all


def test_ba_home_visitor_who_meets_ifs_sees_ifs_first(run, tmp_path):
    """She meets every IFS requirement (https://mi-aimh.org/endorsement/requirements-for-level-ii);
    IFS is the top pick, above IFA, the EC categories and the Mentors."""
    report = gap(run, complete(tmp_path, "ba_home_visitor_ifs"), "all", "2024-10-31")
    assert top_pick(report)["target"] == "IFS"
    assert cat_row(report, "IFS")["ready"] is True
    assert rank(report, "IFS") < rank(report, "IFA")


def test_ba_home_visitor_ready_for_ifs(run, tmp_path):
    """Whole person, IFS (https://mi-aimh.org/endorsement/requirements-for-level-ii; okaimh level
    2): every requirement and area met; --check exits 0."""
    path = complete(tmp_path, "ba_home_visitor_ifs")
    report = gap(run, path, "IFS", "2024-10-31")
    for row in report["requirements"]:
        assert row["status"] == "met", (row["id"], row["detail"])
    assert not has_req(report, "exam")
    assert report["summary"]["ready"] is True
    assert check_exit(run, path, "IFS", "2024-10-31") == 0


def test_ba_home_visitor_is_not_ready_for_imhs(run):
    """Seed 004 line 251: IMHS needs a master's degree or higher."""
    path = record("ba_home_visitor_ifs")
    report = gap(run, path, "IMHS", "2024-10-31")
    assert req(report, "education")["status"] != "met"
    assert report["summary"]["ready"] is False
    assert check_exit(run, path, "IMHS", "2024-10-31") == 1


@pytest.mark.parametrize(
    ("name", "as_of"),
    [
        ("ba_home_visitor_ifs", "2024-10-31"),
        ("msw_clinician_imhs", "2024-06-30"),
        ("ec_clinician_ecmhs", "2024-06-30"),
    ],
)
def test_mentors_never_rank_above_specialists_without_leadership_work(run, name, as_of):
    """Mentors need 3+ years of leadership / providing RSC
    (http://mi-aimh.workroomdesign.com/endorsement/requirements/requirements-for-level-iv/to-become-endorsed-level-iv/);
    none of these people has any, so no Mentor category ranks above a Specialist category."""
    report = gap(run, record(name), "all", as_of)
    worst_specialist = max(rank(report, t) for t in SPECIALISTS)
    for mentor in MENTORS:
        assert rank(report, mentor) > worst_specialist, mentor


@pytest.mark.parametrize(
    ("name", "as_of"), [("ba_home_visitor_ifs", "2024-10-31"), ("msw_clinician_imhs", "2024-06-30")]
)
def test_infant_only_worker_never_sees_an_ec_category_above_its_infant_counterpart(
    run, name, as_of
):
    """Age focus: IMH-E prenatal-36 months, ECMH-E 3 up to 6 (seed 004 lines 263 / 338); all their
    work is with infants, so each infant category ranks above its EC counterpart."""
    report = gap(run, record(name), "all", as_of)
    for infant, early in COUNTERPARTS:
        assert rank(report, infant) < rank(report, early), (infant, early)


def test_each_row_names_its_blocker(run, tmp_path):
    """Issue 8 (--target all: 'each row names what blocks it'); seed 004 line 251: IMHS needs a
    master's. The BA home visitor's IMHS row says so; her IFS row (ready) is not blocked."""
    report = gap(run, complete(tmp_path, "ba_home_visitor_ifs"), "all", "2024-10-31")
    assert "master" in str(cat_row(report, "IMHS").get("blocker") or "").lower()
    assert not cat_row(report, "IFS").get("blocker")


def test_complete_imhs_clinician_sees_imhs_first(run):
    """Seed 004 line 269 (footnote 8): IMHS is the treatment category; IFS is broader. She meets
    every IMHS application requirement, so IMHS is her top pick."""
    report = gap(run, record("msw_clinician_imhs"), "all", "2024-06-30")
    assert top_pick(report)["target"] == "IMHS"


def test_early_childhood_clinician_sees_ecmhs_above_imhs(run):
    """Seed 004 line 338: ECMHS work is with children 3 up to 6; her work is early-childhood
    only."""
    report = gap(run, record("ec_clinician_ecmhs"), "all", "2024-06-30")
    assert rank(report, "ECMHS") < rank(report, "IMHS")


def test_held_category_is_marked_held_and_never_the_top_pick(run):
    """Only one category per application; another is added later
    (https://itmhca.org/endorsement/policies.php): a held category (IMHS since 2014) is shown as
    held, not suggested."""
    report = gap(run, record("mentor_clinical_holds_imhs"), "all", "2024-06-30")
    assert cat_row(report, "IMHS").get("held") is True
    top = top_pick(report)
    assert top["target"] != "IMHS"
    assert not top.get("held")


def test_categories_not_held_are_not_marked_held(run):
    """Negative of the held rule: a person with no `endorsements:` holds nothing."""
    report = gap(run, record("ba_home_visitor_ifs"), "all", "2024-10-31")
    assert not any(row.get("held") for row in report["categories"])


# ------------------------------------------------------------- whole people: ECMHS, IMHS for an EC
# clinician


def test_early_childhood_clinician_ready_for_ecmhs(run, tmp_path):
    """Seed 004 lines 322-375: every ECMHS requirement met incl. the ECMH exam (line 371); --check
    exits 0."""
    path = complete(tmp_path, "ec_clinician_ecmhs")
    report = gap(run, path, "ECMHS", "2024-06-30")
    for row in report["requirements"]:
        assert row["status"] == "met", (row["id"], row["detail"])
    assert report["summary"]["ready"] is True
    assert check_exit(run, path, "ECMHS", "2024-06-30") == 0


def test_early_childhood_clinician_not_ready_for_imhs(run):
    """Seed 004 line 263 (work with infants birth to 36 months) and line 279 (RSC while serving
    infants): no qualifying work or RSC for IMHS."""
    path = record("ec_clinician_ecmhs")
    report = gap(run, path, "IMHS", "2024-06-30")
    assert req(report, "work_experience")["status"] == "missing"
    assert req(report, "reflective_supervision")["have"] == 0
    assert report["summary"]["ready"] is False
    assert check_exit(run, path, "IMHS", "2024-06-30") == 1


# --------------------------------------------------------------------------- rule 10: --as-of in
# the past


def test_as_of_in_the_past_leaves_later_entries_out(run):
    """PRODUCT.md ('--as-of DATE selects the rules in force') + issue 8: where did I stand then. The
    MSW (seed 004 line 251), the 2025 training (line 258) and the signature (line 295) came
    later."""
    report = gap(run, record("as_of_past"), "IMHS", "2024-03-31")
    assert req(report, "education")["status"] != "met"
    assert req(report, "training_hours")["have"] == 20
    assert req(report, "training_hours")["status"] == "partial"
    assert req(report, "code_of_ethics")["status"] == "missing"


def test_as_of_after_the_entries_counts_them(run):
    """Seed 004 lines 251 / 295; 2025 minimum 33 h
    (https://ct-aimh.org/updates-for-the-endorsement-requirements-i-ec-mental-health-specialist): 36
    h met."""
    report = gap(run, record("as_of_past"), "IMHS", "2025-06-30")
    assert req(report, "education")["status"] == "met"
    assert req(report, "training_hours")["have"] == 36
    assert req(report, "training_hours")["status"] == "met"
    assert req(report, "code_of_ethics")["status"] == "met"


def test_exam_passed_after_as_of_is_left_out(run):
    """Seed 004 line 300: on 2024-02-29 the 2024-03-16 exam had not been passed yet; not an
    error."""
    report = gap(run, record("exam_imh_serving_both"), "IMHS", "2024-02-29")
    assert req(report, "exam")["status"] == "missing"


def test_an_entry_dated_after_today_is_an_error_but_a_future_as_of_is_a_plan(run, tmp_path):
    """Issue: entries after a past --as-of are left out, "a date after today is still an error": a
    training dated in the future cannot have happened (exit 2, naming the field); judging the record
    on a later application date is planning (exit 0)."""
    plan = run(
        "gap",
        "--target",
        "IMHS",
        str(record("as_of_past")),
        "--as-of",
        "2099-01-15",
        "--format",
        "json",
    )
    assert plan.exit_code == 0, plan.stderr

    def change(data):
        data["trainings"].append({"title": "Next year", "date": date(2099, 1, 2), "hours": 3})

    result = run(
        "gap", "--target", "IMHS", str(variant(tmp_path, "as_of_past", change)), "--format", "json"
    )
    assert result.exit_code == 2
    assert "trainings[" in result.stderr and "after today" in result.stderr


# --------------------------------------------------------------------------- rule 11: exact hours


def test_training_hours_29_9_plus_0_1_meet_30(run):
    """'Minimum 30 clock hours' (https://mi-aimh.org/endorsement/requirements-for-level-ii): 29.9 +
    0.1 = 30, met."""
    report = gap(run, record("training_exact_hours"), "IFS", "2024-06-30")
    training = req(report, "training_hours")
    assert training["status"] == "met"
    assert training["have"] == 30


def test_training_hours_10_1_10_2_9_7_meet_30(run, tmp_path):
    """Same source; 10.1 + 10.2 + 9.7 is exactly 30 clock hours (a float sum would give
    29.999999999999996)."""

    def change(data):
        data["trainings"] = [
            {"title": f"Module {i}", "date": date(2024, 1, 10 + i), "hours": h}
            for i, h in enumerate((10.1, 10.2, 9.7))
        ]

    training = req(
        gap(run, variant(tmp_path, "training_exact_hours", change), "IFS", "2024-06-30"),
        "training_hours",
    )
    assert training["status"] == "met"
    assert training["have"] == 30


def test_training_hours_29_9_is_partial(run, tmp_path):
    """Same source: 29.9 clock hours is below the 30-hour minimum."""
    path = variant(tmp_path, "training_exact_hours", lambda d: d["trainings"].pop())
    training = req(gap(run, path, "IFS", "2024-06-30"), "training_hours")
    assert training["status"] == "partial"
    assert training["have"] == pytest.approx(29.9)
