"""Rich tables for terminals, one module per report; status reads by symbol and word, so color is optional."""

from endorse_cli.render.tables import consultant, crosswalk, explain, gap, listings, renewal, whatif
from endorse_cli.render.tables.base import to_table

__all__ = ["consultant", "crosswalk", "explain", "gap", "listings", "renewal", "to_table", "whatif"]
