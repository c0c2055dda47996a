"""The command line: typer commands of a few lines each, calling `endorse_cli.api`, the only door to
the rest of the package (cli/ imports api, errors, render, vocab and inert only:
tests/test_layout.py).

`app.py` imports every command module, so each run loads `endorse_cli.api` and `endorse_cli.render`
(both import the engine, the pack reader and the templates only inside the functions that need
them). The modules of `gap`, `cohort`, `crosswalk`, `explain`, `areas`/`categories` and `validate`
also import the library inside each command and keep real annotations (no `from __future__ import
annotations`), which typer reads without an eval per parameter; `check`, `init`, `renew` and
`schema` import `endorse_cli.api` at the top and postpone their annotations (`plan` postpones them
too)."""

from endorse_cli.cli.app import app, main

__all__ = ["app", "main"]
