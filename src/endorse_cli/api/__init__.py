"""The library: everything the commands do, callable from a script without the CLI.

from endorse_cli import api pack = api.load_pack() record = api.load_record(Path("me.yaml"), pack)
report = api.gap(pack, record, "IMHS", date.today()) printed = api.portfolio(pack, record, report)
# the report and its appendix: the logs behind each figure cohort = api.cohort(pack,
[Path("records")], "IMHS", date.today()) renewals = api.cohort_renewal(pack, [Path("records")],
date.today(), year=2025)"""

from endorse_cli.api.checks import (
    catalog_schema,
    check_pack_catalogs,
    check_records,
    record_schema,
    starter_record,
    validate_pack,
)
from endorse_cli.api.cohort import (
    checklist_names,
    cohort,
    cohort_renewal,
    everyone_ready,
    link_checklists,
    sort_cohort,
)
from endorse_cli.api.plan import load_catalogs, offering_key, plan
from endorse_cli.api.renewal import MAX_YEARS, renew, renew_history, renewal_ready
from endorse_cli.api.reports import (
    areas,
    categories,
    coe_view,
    consultant,
    course_view,
    explain,
    gap,
    load_pack,
    load_pack_fresh,
    load_record,
    pack_summary,
    pack_to_validate,
    portfolio,
    printable,
    program_view,
    ready,
    report_for,
    whatif,
)

__all__ = [
    "MAX_YEARS",
    "areas",
    "catalog_schema",
    "categories",
    "check_pack_catalogs",
    "check_records",
    "checklist_names",
    "coe_view",
    "cohort",
    "cohort_renewal",
    "consultant",
    "course_view",
    "everyone_ready",
    "explain",
    "gap",
    "link_checklists",
    "load_catalogs",
    "load_pack",
    "load_pack_fresh",
    "load_record",
    "offering_key",
    "pack_summary",
    "pack_to_validate",
    "plan",
    "portfolio",
    "printable",
    "program_view",
    "ready",
    "record_schema",
    "renew",
    "renew_history",
    "renewal_ready",
    "report_for",
    "sort_cohort",
    "starter_record",
    "validate_pack",
    "whatif",
]
