"""The command line: typer commands of a few lines each, calling `endorse_cli.api`."""

from endorse_cli.cli.app import app, main

__all__ = ["app", "main"]
