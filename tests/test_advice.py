"""The advice built on the verdicts: which category first, blockers naming the real shortfall, "can
I apply?".

Each record in tests/advice/ is a hand-written person whose verdict (in the comment at its top) was
decided from the sources before the tool was run. "Seed 001" is
../shared/seeds/001_47891b3df85a442f.txt (lines 118-135: apply in the category that best fits your
scope of practice; promotion IFA/ECFA, prevention IFS/ECFS, treatment IMHS/ECMHS, macro Mentor);
"seed 004" is ../shared/seeds/004_01020ffae024da20.txt."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from record_files import RecordFolder

ADVICE = Path(__file__).resolve().parent / "advice"
AS_OF = "2026-11-30"


person = RecordFolder(ADVICE).path
variant = RecordFolder(ADVICE).variant


def report(run, path: Path, target: str, as_of: str = AS_OF, fmt: str = "json") -> Any:
    result = run("gap", "--target", target, str(path), "--as-of", as_of, "--format", fmt)
    assert result.exit_code == 0, result.stderr or result.stdout
    return json.loads(result.stdout) if fmt == "json" else result.stdout


def ranks(data: dict) -> dict[str, dict]:
    return {row["target"]: row for row in data["categories"]}


def top(data: dict) -> str:
    return next(row["target"] for row in data["categories"] if row["rank"] == 1)


def requirement(data: dict, rid: str) -> dict:
    return next(r for r in data["requirements"] if r["id"] == rid)


# ----------------------------------------------------------------- 1. --target all: the next
# credential first


def test_imhs_holder_who_gives_rsc_sees_clinical_mentor_first(run):
    """Seed 001 lines 118-135 (best fit for one's scope; Mentor - Clinical gives RSC) and the
    one-category-at-a- time rule: she holds IMHS, so IFS and IFA are held or below and never
    suggested; ECFA does not fit her work."""
    data = report(run, person("holds_imhs_gives_rsc"), "all")
    rows = ranks(data)
    assert top(data) == "IMHM-C"
    for below in ("IMHS", "IFS", "IFA"):
        assert rows[below]["held_or_below"] is True, below
        assert all(
            rows[below]["rank"] > r["rank"] for r in data["categories"] if not r["held_or_below"]
        )
    assert rows["ECFA"]["rank"] > rows["IMHM-C"]["rank"]
    assert "next level on your infant track" in rows["IMHM-C"]["why"]
    assert "leadership" in rows["IMHM-C"]["why"]


def test_imhs_holder_without_leadership_work_still_sees_the_next_level_first(run, tmp_path):
    """Same person with no leadership work: the Mentor categories are still the next level on her
    track (seed 001 lines 118-135: IMHS, then Mentor); no category below what she holds comes
    first."""
    path = variant(tmp_path, "holds_imhs_gives_rsc", lambda d: d.update(work=d["work"][:1]))
    data = report(run, path, "all")
    assert top(data) in ("IMHM-C", "IMHM-P", "IMHM-R")
    assert ranks(data)["ECFA"]["rank"] > ranks(data)[top(data)]["rank"]


def test_ifs_holder_with_a_masters_and_infant_treatment_sees_imhs_first(run):
    """Seed 004 lines 251, 263, 279-281: master's, 2 years of postgraduate infant treatment work, 50
    RSC hours in 1-2 years; seed 001: treatment is the IMHS scope. IFA is below the IFS she
    holds."""
    data = report(run, person("holds_ifs_now_msw_treatment"), "all")
    rows = ranks(data)
    assert top(data) == "IMHS"
    assert rows["IMHS"]["requirements_met"] == rows["IMHS"]["requirements_total"]
    assert rows["IFA"]["held_or_below"] is True and rows["IFS"]["held"] is True
    assert rows["ECFA"]["rank"] > rows["IMHS"]["rank"]
    assert "every application requirement met" in rows["IMHS"]["why"]


def test_ifs_holder_with_a_bachelors_and_infant_work_sees_imhs_before_ecfs(run, tmp_path):
    """Seed 001 lines 118-135 (apply in the category that best fits one's scope; infant track birth
    to 36 months) and seed 004 line 251 (IMHS asks for a master's): an IFS holder with a bachelor's
    whose work is all with infants is pointed at IMHS, the next level on her track, not at ECFS,
    whose ages she does not serve."""

    def change(data):
        data["education"] = data["education"][:1]
        data["work"] = data["work"][:1]

    data = report(run, variant(tmp_path, "holds_ifs_now_msw_treatment", change), "all")
    rows = ranks(data)
    assert rows["IMHS"]["rank"] < rows["ECFS"]["rank"]
    assert "none of your work is with young children" in rows["ECFS"]["why"]


def test_infant_toddler_teacher_sees_ifa_before_ecfa(run):
    """Seed 001 lines 118-135 (promotion: IFA/ECFA) and seed 004 line 263 (IMH-E: birth to 36
    months): her promotion work is with infants and toddlers, so IFA comes first although ECFA
    accepts her IFA-endorsed rater
    (https://mi-aimh.org/endorsement/early-childhood-mental-health-endorsement/early-childhood-family-associate-ecfa/)."""
    data = report(run, person("infant_toddler_teacher"), "all")
    rows = ranks(data)
    assert top(data) == "IFA"
    assert rows["IFA"]["rank"] < rows["ECFA"]["rank"]
    assert "promotion" in rows["IFA"]["why"]


def test_ba_home_visitor_meeting_every_ifs_requirement_sees_ifs_first(run):
    """https://mi-aimh.org/endorsement/requirements-for-level-ii: every IFS application requirement
    met; seed 001: prevention is the IFS scope. IFA and ECFA come after IFS."""
    data = report(run, person("ba_home_visitor_every_ifs"), "all")
    rows = ranks(data)
    assert top(data) == "IFS"
    assert rows["IFS"]["requirements_met"] == rows["IFS"]["requirements_total"]
    assert rows["IFS"]["rank"] < rows["IFA"]["rank"] < rows["ECFA"]["rank"]


def test_home_visitor_without_a_bachelors_sees_ifa_before_ifs(run, tmp_path):
    """IFS asks for a bachelor's (https://mi-aimh.org/endorsement/requirements-for-level-ii); IFA
    accepts an associate degree
    (https://www.infancyonward.org/i-ecmh-endorsement-new/imh-e-requirements/infant-family-associate-ifa/).
    A category that needs a degree not yet held comes after one that does not, and its row says
    so."""

    def change(data):
        data["education"] = [
            {"degree": "Associate of Arts", "level": "associate", "completed": "2016-05-14"}
        ]

    data = report(run, variant(tmp_path, "ba_home_visitor_every_ifs", change), "all")
    rows = ranks(data)
    assert rows["IFA"]["rank"] < rows["IFS"]["rank"]
    assert "needs a degree" in rows["IFS"]["why"]


def test_categories_carry_their_rung_and_no_level(run):
    """Seed 001 lines 118-135 (Associate, Family Specialist, Mental Health Specialist, Mentor): each
    category's place on its track is `rung`; `level` is kept for degree levels."""
    result = run("categories", "--format", "json")
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert [rows[c]["rung"] for c in ("IFA", "IFS", "IMHS", "IMHM-C")] == [
        "IFA",
        "IFS",
        "MHS",
        "MHM",
    ]
    assert [rows[c]["rung"] for c in ("ECFA", "ECFS", "ECMHS", "ECMHM-R")] == [
        "IFA",
        "IFS",
        "MHS",
        "MHM",
    ]
    assert all("level" not in row for row in rows.values())


def test_months_to_go_is_labelled_an_estimate_in_every_format(run):
    """Issue: months_to_go is an estimate from fixed constants and says so wherever it is shown."""
    path = person("holds_ifs_now_msw_treatment")
    for fmt in ("table", "markdown", "html"):
        assert "(estimate)" in report(run, path, "all", fmt=fmt), fmt
    assert all(row["why"] for row in report(run, path, "all")["categories"])


# ----------------------------------------------------------------- 2. blockers name the real
# shortfall


def _mentor_2024(data: dict) -> None:
    """Dana with 65 hours of training but none tagged dei (IMHM-C from 2024: 30 + 15 on RSC + 3
    DEI)."""
    data["trainings"] = [t for t in data["trainings"] if "dei" not in t.get("topics", [])]
    data["trainings"].append(
        {"title": "Attachment across the lifespan", "date": "2024-09-12", "hours": 17}
    )


def test_a_met_total_with_a_short_component_blocks_with_the_component(run, tmp_path):
    """IMHM-C from 2024: 48 hours, 15 on providing RSC and 3 on DEI
    (https://ct-aimh.org/important-changes-to-the-endorsement-requirements): 65 hours with no DEI
    hour is blocked by '0 of 3 DEI hours', never by '65 of 48 training hours'."""
    path = variant(tmp_path, "holds_imhs_gives_rsc", _mentor_2024)
    data = report(run, path, "IMHM-C")
    training = requirement(data, "training_hours")
    comps = {c["id"]: c for c in training["components"]}
    assert comps["dei_hours"] == {
        "id": "dei_hours",
        "label": "DEI hours",
        "required": 3,
        "have": 0,
        "status": "missing",
    }
    assert comps["rsc_provision_hours"]["status"] == "met"
    assert training["status"] == "partial"
    assert "0 of 3 DEI hours" in data["verdict"]
    assert "of 48 training hours" not in data["verdict"]
    assert any("diversity, equity and inclusion" in step for step in data["next_steps"])
    rows = ranks(report(run, path, "all"))
    # The estimate counts the 3 hours the component still needs.
    assert rows["IMHM-C"]["months_to_go"] > 0
    assert "0 of 3 DEI hours" in rows["IMHM-C"]["blocker"]
    assert "65 of 48" not in rows["IMHM-C"]["blocker"]


def test_components_appear_only_where_the_category_sets_them(run):
    """IFS sets no minimum inside its 30 hours
    (https://mi-aimh.org/endorsement/requirements-for-level-ii)."""
    data = report(run, person("ba_home_visitor_every_ifs"), "IFS")
    assert "components" not in requirement(data, "training_hours")
    assert all("components" not in r for r in data["requirements"])


def test_a_reference_set_without_an_endorsed_rater_names_both_ways_out(run):
    """IFA: at least one rater endorsed IFS or higher, or vetted by the Endorsement coordinator
    (../shared/sources/endorsement-requirements.yaml vetted_rater:
    https://ct-aimh.org/ecfa-endorsement-requirements-and-guidelines)."""
    data = report(run, person("infant_toddler_teacher"), "IFA")
    refs = requirement(data, "references")
    assert refs["status"] == "partial"
    assert "endorsed IFS or higher" in refs["action"] and "vet" in refs["action"]
    assert any("vetted: true" in step for step in data["next_steps"])
    assert "no rater endorsed IFS or higher" in data["verdict"]
    assert "3 of 3 reference ratings" not in data["verdict"]


def test_a_vetted_rater_counts_as_endorsed_marked_confirm(run, tmp_path):
    """Same source: a rater the coordinator vetted counts; the sources differ by association, so it
    says confirm."""

    def change(data):
        data["references"][2].update(vetted=True, vetted_on="2026-06-01")

    data = report(run, variant(tmp_path, "infant_toddler_teacher", change), "IFA")
    refs = requirement(data, "references")
    assert refs["status"] == "met"
    assert refs["unconfirmed"] is True
    assert "S. Ortiz (vetted 2026-06-01)" in refs["detail"] and "confirm" in refs["detail"].lower()


@pytest.mark.parametrize("domain", ["communicating", "leading-people"])
def test_skill_areas_the_sources_do_not_tie_to_ratings_stay_partial(run, domain):
    """The rating forms are the evidence for Reflection, Working with Others and Thinking only
    (https://mi-aimh.org/endorsement/tips-regarding-reference-ratings/): Communicating and Leading
    People are at most partial from a complete set, 'may be documented by your reference ratings;
    confirm with your association', and never counted as met in the summary."""
    data = report(run, person("holds_imhs_gives_rsc"), "IMHM-C")
    rows = [a for a in data["competencies"] if a["domain"] == domain]
    assert rows
    for row in rows:
        assert row["status"] == "partial", row["area"]
        assert "may be documented by your reference ratings" in row["evidence"][0]["title"]
    assert data["summary"]["met"] == sum(a["status"] == "met" for a in data["competencies"])
    thinking = [a for a in data["competencies"] if a["domain"] == "thinking"]
    assert thinking and all(a["status"] == "met" for a in thinking)


# ----------------------------------------------------------------- 3. can I apply? in every format


def test_table_and_markdown_end_with_the_answer(run):
    """Issue: the table and Markdown end with the answer the HTML gives."""
    path = person("infant_toddler_teacher")
    assert (
        report(run, path, "IFA", fmt="table")
        .rstrip()
        .splitlines()[-1]
        .startswith("Not ready to apply yet:")
    )
    markdown = report(run, path, "IFA", fmt="markdown")
    # What follows the answer is the portfolio appendix (its logs, then the signature) and the
    # legend.
    body = markdown.split("\n---\n")[0].split("\n## Appendix")[0].rstrip()
    assert body.splitlines()[-1].startswith("**Not ready to apply yet:")
    assert "Not ready to apply yet" in report(run, path, "IFA", fmt="html")


def test_the_after_review_exam_is_a_step_after_applying(run, tmp_path):
    """Seed 004 line 300: the IMHS exam is taken after the application is reviewed (until 2024); it
    is shown as a step after applying, never as a red missing, and ready / --check ignore it."""
    path = person("holds_ifs_now_msw_treatment")
    table = report(run, path, "IMHS", as_of="2024-10-31", fmt="table")
    exam = next(line for line in table.splitlines() if line.startswith("│ Exam"))
    assert "→ after applying" in exam and "✘" not in exam
    markdown = report(run, path, "IMHS", as_of="2024-10-31", fmt="markdown")
    assert "| Exam [7] | → after applying |" in markdown


# ----------------------------------------------------------------- 4. planned entries, RSC by
# month, licenses


def _plan_dei(data: dict) -> None:
    _mentor_2024(data)
    data["trainings"].append(
        {
            "title": "Equity in reflective practice",
            "date": "2027-03-05",
            "hours": 3,
            "topics": ["dei"],
            "planned": True,
        }
    )


def test_a_planned_training_counts_only_from_its_date_and_the_report_says_so(run, tmp_path):
    """Issue (planned entries): counted only when --as-of is on or after its date; the verdict names
    it."""
    path = variant(tmp_path, "holds_imhs_gives_rsc", _plan_dei)
    before = report(run, path, "IMHM-C", as_of="2027-03-04")
    assert requirement(before, "training_hours")["components"][1]["have"] == 0
    assert any("planned" in n for n in before["notes"])
    after = report(run, path, "IMHM-C", as_of="2027-03-05")
    assert requirement(after, "training_hours")["status"] == "met"
    assert after["planned"] == ['training "Equity in reflective practice" (2027-03-05)']
    assert "the planned training" in after["verdict"]


def test_planned_rsc_counts_only_once_its_last_day_is_reached(run, tmp_path):
    """Seed 004 lines 279-281 (IMHS: 50 RSC hours in 1-2 years) with the planned-entry rule: 26
    hours received June 2025 - May 2026 and 24 planned hours ending 2027-05-31 reach 50 on
    2027-06-30, not on 2027-05-30."""

    def change(data):
        data["reflective_supervision"][0].update(hours=26, start="2025-06-01", end="2026-05-31")
        data["reflective_supervision"].append(
            {
                "provider": "L. Grant",
                "provider_endorsement": "IMHS",
                "format": "individual",
                "start": "2026-06-01",
                "end": "2027-05-31",
                "hours": 24,
                "planned": True,
            }
        )

    path = variant(tmp_path, "holds_ifs_now_msw_treatment", change)
    assert (
        requirement(report(run, path, "IMHS", as_of="2027-05-30"), "reflective_supervision")[
            "status"
        ]
        != "met"
    )
    after = report(run, path, "IMHS", as_of="2027-06-30")
    assert requirement(after, "reflective_supervision")["status"] == "met"
    assert after["planned"] == ['RSC entry "L. Grant" (2027-05-31)']


def test_a_future_date_without_planned_is_an_error_that_suggests_planned(run, tmp_path):
    """PRODUCT.md: a date after today is an error; its fix mentions planned: true."""

    def change(data):
        data["trainings"].append({"title": "Next spring", "date": date(2099, 3, 1), "hours": 3})

    result = run("gap", "--target", "IFA", str(variant(tmp_path, "infant_toddler_teacher", change)))
    assert result.exit_code == 2
    assert "planned: true" in result.stderr


def test_rsc_while_serving_counts_whole_months_across_a_short_gap_between_jobs(run, tmp_path):
    """Seed 004 line 279 (RSC while serving infants), counted by calendar month: a two-week gap
    between two infant jobs takes no hours away, so 50 hours logged over two years stay 50 of 50."""

    def change(data):
        data["work"] = [
            {
                "role": "Therapist, first clinic",
                "start": "2012-08-01",
                "end": "2022-03-11",
                "ages": "infant",
                "with_caregivers": True,
                "kind": "treatment",
            },
            {
                "role": "Therapist, second clinic",
                "start": "2022-03-28",
                "ages": "infant",
                "with_caregivers": True,
                "kind": "treatment",
            },
        ]

    data = report(run, variant(tmp_path, "holds_imhs_gives_rsc", change), "IMHS")
    rsc = requirement(data, "reflective_supervision")
    assert rsc["have"] == 50 and rsc["status"] == "met"


def _licensed(expires: str) -> Callable[[dict], None]:
    def change(data):
        data["education"] = [
            {"degree": "Bachelor of Social Work", "level": "bachelors", "completed": "2010-05-10"}
        ]
        data["licenses"] = [
            {
                "kind": "mental_health",
                "title": "LMSW",
                "state": "MI",
                "issued": "2013-01-10",
                "expires": expires,
            }
        ]

    return change


def test_a_current_mental_health_license_stands_in_for_the_degree_from_2025(run, tmp_path):
    """https://ct-aimh.org/updates-for-the-endorsement-requirements-i-ec-mental-health-specialist:
    from 2025 a professional mental health license is accepted instead of the master's (one
    association: confirm)."""
    data = report(
        run, variant(tmp_path, "holds_ifs_now_msw_treatment", _licensed("2027-12-31")), "IMHS"
    )
    education = requirement(data, "education")
    assert education["status"] == "met" and education["unconfirmed"] is True
    assert "LMSW" in education["detail"]
    older = report(
        run,
        variant(tmp_path, "holds_ifs_now_msw_treatment", _licensed("2027-12-31")),
        "IMHS",
        "2024-06-30",
    )
    assert requirement(older, "education")["status"] == "missing"


def test_an_expired_license_does_not_count(run, tmp_path):
    """Issue: a license past `expires` does not count."""
    data = report(
        run, variant(tmp_path, "holds_ifs_now_msw_treatment", _licensed("2026-01-31")), "IMHS"
    )
    education = requirement(data, "education")
    assert education["status"] == "missing"
    assert "expired on 2026-01-31" in education["detail"]


# ----------------------------------------------------------------- 3. renewal: January, --years


RENEWING = Path(__file__).resolve().parent.parent / "examples" / "renewing-imhs-rsc-provider.yaml"


def test_in_january_last_years_renewal_comes_first_with_its_days_left(run):
    """MI-AIMH: the renewal for a year must be updated by January 31 of the next year or the
    Endorsement lapses (https://mi-aimh.org/endorsement/endorsement-policies-2/). On 2026-01-10 the
    2025 renewal is still open: shown first, with 21 days left counted from the report date and what
    is missing."""
    result = run("renew", str(RENEWING), "--as-of", "2026-01-10", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["year"] == 2026
    previous = data["previous"]["renewals"][0]
    assert data["previous"]["year"] == 2025
    assert previous["deadline"] == "2026-01-31" and previous["days_left"] == 21
    assert "counted from the report date 2026-01-10" in previous["deadline_detail"]
    table = run("renew", str(RENEWING), "--as-of", "2026-01-10").stdout
    assert table.index("Still open: the 2025 renewal") < table.index("Renewal 2026")
    assert "Not ready to renew: RSC received, Training about RSC" in " ".join(table.split())
    markdown = run("renew", str(RENEWING), "--as-of", "2026-01-10", "--format", "markdown").stdout
    assert "## Still open: the 2025 renewal" in markdown


def test_after_the_deadline_last_year_is_no_longer_shown_first(run):
    """Same source: from February the 2025 renewal is past its deadline; `renew` shows 2026
    alone."""
    result = run("renew", str(RENEWING), "--as-of", "2026-02-01", "--format", "json")
    assert json.loads(result.stdout)["previous"] is None


def test_renew_years_in_the_terminal_shows_deadlines_and_the_lapse_warning(run):
    """Same source: 2024 was not ready by 2025-01-31, a deadline that has passed: the terminal says
    it may have lapsed, naming the 2024 renewal, and shows each year's deadline as the HTML page
    does."""
    out = run("renew", str(RENEWING), "--as-of", "2025-11-15", "--years", "2023-2025").stdout
    flat = " ".join(out.split())
    assert "Deadline 2024-01-31 2025-01-31 2026-01-31" in flat
    assert "77 days left" in flat
    assert "not ready by a deadline that has passed for the 2024 renewal" in flat
    assert "may have lapsed" in flat
    assert "counted from the report date, 2025-11-15" in flat


def test_a_planned_renewal_training_counts_from_its_date_and_is_named(run, tmp_path):
    """Issue (planned entries) with the renewal's 3 hours about providing RSC
    (https://mi-aimh.org/endorsement/endorsement-policies-2/): a planned 1-hour RSC training on
    2025-12-01 does not count on 2025-11-15 and does on 2025-12-15, where the report names it."""
    data = yaml.safe_load(RENEWING.read_text(encoding="utf-8"))
    data["trainings"].append(
        {
            "title": "Supervising supervisors",
            "date": "2025-12-01",
            "hours": 1,
            "topics": ["rsc"],
            "planned": True,
        }
    )
    path = tmp_path / "renewing.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    def rsc_training(as_of):
        out = json.loads(run("renew", str(path), "--as-of", as_of, "--format", "json").stdout)
        row = next(
            r for r in out["renewals"][0]["requirements"] if r["id"] == "rsc_provider_training"
        )
        return out, row

    before, row = rsc_training("2025-11-15")
    assert row["status"] == "partial" and before["planned"] == []
    after, row = rsc_training("2025-12-15")
    assert row["status"] == "met"
    assert after["planned"] == ['training "Supervising supervisors" (2025-12-01)']


def test_a_cohort_row_says_how_many_planned_entries_it_counts(run):
    """Issue (every report marks what rests on planned entries): the Erikson graduate's planned
    training of 2025-10-04 counts in a cohort judged on 2025-10-31, and her row says so; the CSV
    header stays the contract."""
    examples = str(Path(__file__).resolve().parent.parent / "examples")
    result = run("cohort", "--target", "IFS", examples, "--as-of", "2025-10-31", "--format", "json")
    rows = {row["name"]: row for row in json.loads(result.stdout)["rows"]}
    assert rows["Maya Thompson"]["planned"] == 1
    assert rows["Jordan Rivera"]["planned"] == 0
    csv = run(
        "cohort", "--target", "IFS", examples, "--as-of", "2025-10-31", "--format", "csv"
    ).stdout
    header = "name,file,target,met,partial,missing,requirements_met,requirements_total,ready,"
    assert csv.splitlines()[0] == header + "blocker,error"
