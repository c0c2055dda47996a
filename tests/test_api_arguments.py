"""The library checks its own arguments: a name the pack does not have is a typed usage error (exit
2 at the command line, naming the closest choice), never a KeyError or an AssertionError from deep
inside."""

from __future__ import annotations

from datetime import date

import pytest

from endorse_cli import api
from endorse_cli.errors import (
    ExitCode,
    UnknownArea,
    UnknownCategory,
    UnknownCourse,
    UnknownCrosswalk,
    UsageError,
)
from support import EXAMPLES, shipped_pack

DAY = date(2024, 6, 30)


@pytest.fixture(scope="module")
def record():
    return api.load_record(EXAMPLES / "clinician-imhs.yaml", shipped_pack())


def test_the_typed_errors_are_usage_errors():
    for kind in (UnknownCategory, UnknownArea, UnknownCrosswalk, UnknownCourse):
        assert issubclass(kind, UsageError)
        assert kind("x").exit_code == ExitCode.CANNOT_RUN


def test_a_category_is_found_by_id_in_any_case(record):
    assert api.gap(shipped_pack(), record, "imhs", DAY).target == "IMHS"


def test_an_unknown_category_names_the_closest(record):
    with pytest.raises(UnknownCategory, match=r"unknown category 'IMHZ'.*IMHS"):
        api.gap(shipped_pack(), record, "IMHZ", DAY)


def test_an_unknown_course_names_the_crosswalk_and_its_courses():
    with pytest.raises(UnknownCourse, match=r"unknown erikson course 'I999'.*I374"):
        api.course_view(shipped_pack(), "erikson", "I999", None)


def test_an_unknown_crosswalk_and_area_are_refused():
    with pytest.raises(UnknownCrosswalk, match="unknown course crosswalk 'nope'"):
        api.program_view(shipped_pack(), "nope", None)
    with pytest.raises(UnknownArea, match="unknown area 'no such area'"):
        api.explain(shipped_pack(), "no such area", "no such area")


def test_the_command_line_exits_2_for_an_unknown_course(run):
    done = run("crosswalk", "erikson", "--course", "I999")
    assert done.exit_code == 2
    assert "unknown erikson course 'I999'" in done.output
