"""Rich tables for terminals, one module per report; status reads by symbol and word, so color is optional."""

from endorse_cli.render.tables import cohort, consultant, crosswalk, explain, gap, listings, whatif
from endorse_cli.render.tables.base import to_table

__all__ = ["cohort", "consultant", "crosswalk", "explain", "gap", "listings", "to_table", "whatif"]
