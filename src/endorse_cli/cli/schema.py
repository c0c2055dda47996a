"""`endorse schema`: the JSON Schema of the training record, for editors that check YAML as it is
typed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from endorse_cli import api
from endorse_cli.cli.options import DataDir, Output
from endorse_cli.cli.output import emit
from endorse_cli.render import OutputFormat

if TYPE_CHECKING:
    from endorse_cli.api.types import Pack

# The file `endorse init` writes next to a record, and the record's first line points at.
SCHEMA_FILE = "endorse-record.schema.json"


def schema_text(pack: Pack, catalog: bool = False) -> str:
    """The schema (of a record, or of a catalog) as indented JSON, ending in a newline."""
    import json

    found = api.catalog_schema(pack) if catalog else api.record_schema(pack)
    return json.dumps(found, indent=2, ensure_ascii=False) + "\n"


def schema(
    output: Output = None,
    catalog: Annotated[
        bool,
        typer.Option(
            "--catalog", help="The schema of a catalog of offerings (endorse plan) instead."
        ),
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Print the JSON Schema of the training record (categories, areas and courses of the data pack
    in use).

    Editors such as VS Code (with the YAML extension) use it to suggest fields and check a record as
    you type; `endorse init` writes it next to a new record.

    Example: endorse schema -o endorse-record.schema.json
    """
    pack = api.load_pack(data_dir)
    emit(schema_text(pack, catalog), output, fmt=OutputFormat.json)
