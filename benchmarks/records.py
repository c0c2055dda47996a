"""Generated training records for the benchmarks: varied, realistic in shape, a few invalid on
purpose."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

AREAS = (
    "pregnancy-early-parenthood",
    "infant-young-child-development-behavior",
    "relationship-focused-practice",
    "attachment-separation-trauma-grief-loss",
    "cultural-competence",
    "disorders-infancy-early-childhood",
    "screening-assessment",
    "intervention-treatment-planning",
    "parent-infant-relationship-based-therapies",
    "observation-listening",
    "parallel-process",
    "ethical-practice",
    "family-relationships-dynamics",
    "developmental-guidance",
    "collaborating",
)
ERIKSON = ("I370", "I371", "I372", "I373", "I374", "I375", "I376")
# (degree level, work kind, ages, RSC provider) of a typical applicant for each kind of category.
PROFILES = (
    ("associate", "promotion", "infant", "IFS"),
    ("bachelors", "prevention", "infant", "IFS"),
    ("masters", "treatment", "infant", "IMHM-C"),
    ("doctorate", "leadership", "both", "IMHM-C"),
    ("bachelors", "prevention", "early_childhood", "ECFS"),
    ("masters", "treatment", "early_childhood", "ECMHM-C"),
)
AS_OF = date(2025, 6, 30)


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days)))


def training(rng: random.Random, i: int) -> dict[str, Any]:
    """One training with a few declared areas."""
    areas = {a: rng.choice(["met", "partial"]) for a in rng.sample(AREAS, rng.randint(0, 3))}
    day = _day(rng, date(2012, 1, 1), AS_OF)
    item: dict[str, Any] = {"title": f"Training {i}", "date": day, "hours": rng.randint(1, 24)}
    if areas:
        item["areas"] = areas
    if rng.random() < 0.1:
        item["topics"] = ["dei"]
    return item


def work(rng: random.Random, kind: str, ages: str, i: int) -> dict[str, Any]:
    """One job of one to four years."""
    start = _day(rng, date(2010, 1, 1), date(2023, 1, 1))
    end = min(start + timedelta(days=rng.randint(200, 1500)), AS_OF)
    return {
        "role": f"Job {i}",
        "start": start,
        "end": end,
        "paid": rng.random() < 0.9,
        "ages": ages,
        "with_caregivers": rng.random() < 0.8,
        "kind": kind,
        "families": rng.randint(0, 30),
    }


def supervision(rng: random.Random, provider: str, i: int) -> dict[str, Any]:
    """One stretch of reflective supervision/consultation."""
    start = _day(rng, date(2016, 1, 1), date(2024, 6, 1))
    end = min(start + timedelta(days=rng.randint(30, 400)), AS_OF)
    fmt = rng.choice(["individual", "group", "group", "peer"])
    return {
        "provider": f"P{i % 7}",
        "provider_endorsement": provider,
        "format": fmt,
        "start": start,
        "end": end,
    }


def record(
    rng: random.Random, n: int, trainings: int = 0, rsc: int = 0, jobs: int = 0
) -> dict[str, Any]:
    """A record of the n-th generated person (sizes drawn at random unless given)."""
    level, kind, ages, provider = PROFILES[n % len(PROFILES)]
    data: dict[str, Any] = {
        "name": f"Person {n:05}",
        "education": [
            {"degree": f"{level} degree", "level": level, "completed": date(2011, 5, 15)}
        ],
        "trainings": [training(rng, i) for i in range(trainings or rng.randint(2, 12))],
        "work": [work(rng, kind, ages, i) for i in range(jobs or rng.randint(1, 3))],
        "reflective_supervision": [
            {**supervision(rng, provider, i), "hours": rng.randint(2, 20)}
            for i in range(rsc or rng.randint(0, 5))
        ],
        "references": [
            {"name": "R1", "role": "program_supervisor", "endorsement": provider},
            {"name": "R2", "role": "rsc_provider", "endorsement": provider},
            {"name": "R3", "role": "other"},
        ][: rng.randint(0, 3)],
        "membership": {"association": "MI-AIMH", "expires": date(2025, 12, 31)},
    }
    if rng.random() < 0.3:
        data["courses"] = [
            {"crosswalk": "erikson", "course": c, "completed": date(2020, 5, 1)}
            for c in ERIKSON[:4]
        ]
    if rng.random() < 0.7:
        data["code_of_ethics_signed"] = date(2024, 5, 1)
    return data


def spoil(data: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same record with one mistake a person makes (a misspelled key, a bad level, a date to
    come)."""
    mistake = rng.randrange(3)
    if mistake == 0 and data["trainings"]:
        data["trainings"][0]["hourz"] = data["trainings"][0].pop("hours")
    elif mistake == 1:
        data["education"][0]["level"] = "master"
    else:
        data["code_of_ethics_signed"] = date(2031, 1, 1)
    return data


def write_cohort(folder: Path, count: int, invalid_every: int = 50, seed: int = 11) -> None:
    """`count` records in `folder` (in subfolders of 100), one in `invalid_every` with a mistake."""
    rng = random.Random(seed)
    for n in range(count):
        data = record(rng, n)
        if invalid_every and n % invalid_every == invalid_every - 1:
            data = spoil(data, rng)
        sub = folder / f"group-{n // 100:02}"
        sub.mkdir(parents=True, exist_ok=True)
        write(sub / f"person-{n:05}.yaml", data)


def write(path: Path, data: dict[str, Any]) -> None:
    """A record as block-style YAML, the way a person writes it."""
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
