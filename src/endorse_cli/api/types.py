"""The types the library takes and returns, for the annotations of code that calls it (the models
and result types themselves; import them under TYPE_CHECKING where start-up matters)."""

from endorse_cli.models.pack import Pack
from endorse_cli.models.record import Record
from endorse_cli.results.checks import RecordChecks
from endorse_cli.results.common import Report
from endorse_cli.results.crosswalk import CoeView, CourseView, ProgramView
from endorse_cli.results.renewal import RenewalHistory, RenewalReport
from endorse_cli.results.starter import StarterDegree

__all__ = [
    "CoeView",
    "CourseView",
    "Pack",
    "ProgramView",
    "Record",
    "RecordChecks",
    "RenewalHistory",
    "RenewalReport",
    "Report",
    "StarterDegree",
]
