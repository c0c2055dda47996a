"""The command line: typer commands of a few lines each, calling `endorse_cli.api`.

The command modules import the library inside each command (only the one that runs pays for it) and
do without `from __future__ import annotations`: typer reads every command's signature at each start,
and real annotations spare it an eval per parameter.
"""

from endorse_cli.cli.app import app, main

__all__ = ["app", "main"]
