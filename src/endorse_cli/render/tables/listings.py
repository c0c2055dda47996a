"""Tables for the catalog listings."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from endorse_cli.render.tables.base import status_text, to_table
from endorse_cli.results.listings import AreaList, CategoryList, PackSummary
from endorse_cli.vocab import STATUS_SYMBOLS as S


@to_table.register
def render_categories_table(listing: CategoryList) -> RenderableType:
    """Id, name, track, scope of every category."""
    table = Table(title="Endorsement categories", title_justify="left")
    for col in ("Id", "Name", "Track", "Scope", "Counterpart"):
        table.add_column(col)
    for r in listing.rows:
        table.add_row(r.id, r.name, r.track.replace("_", " "), r.scope, r.counterpart or "")
    return table


@to_table.register
def render_areas_table(listing: AreaList) -> RenderableType:
    """Areas by domain; with a category, only those it requires."""
    category = listing.category
    title = f"Areas {category} requires" if category else "Competency areas"
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("Domain / area id", no_wrap=True)
    table.add_column("Name", ratio=2)
    table.add_column("Required for", ratio=2)
    domain = None
    for r in listing.rows:
        if r.domain != domain:
            domain = r.domain
            table.add_row(Text(r.domain_name, style="bold"), "", "")
        cats = [c for c, v in r.required_for.items() if v != "not_required"]
        needed: Text | str = status_text("met") if category else ", ".join(cats)
        table.add_row(
            f"  {r.area}", r.name, needed if not category else Text(r.required_for[category])
        )
    return table


@to_table.register
def render_pack_summary(summary: PackSummary) -> RenderableType:
    """The short summary `validate` prints for a valid pack."""
    rows = ", ".join(f"{k}: {v} rows" for k, v in summary.crosswalks.items())
    lines = [
        Text(f"{S['met']} data pack is valid: {summary.data_dir}", style="green"),
        Text(
            f"{summary.domains} domains, {summary.areas} areas, {summary.categories} categories, "
            f"{summary.associations} associations; crosswalks: {rows or 'none'}"
        ),
    ]
    if summary.coverage_note:
        lines.append(Text(f"CoE crosswalk coverage: {summary.coverage_note}"))
    return Group(*lines)
