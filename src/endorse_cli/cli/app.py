"""The typer app: the commands (each a few lines calling the library), --version, the entry point."""

from typing import Annotated

import typer

from endorse_cli.cli.browse import areas, categories, validate
from endorse_cli.cli.check import check
from endorse_cli.cli.cohort import cohort
from endorse_cli.cli.crosswalk import crosswalk, explain
from endorse_cli.cli.gap import gap
from endorse_cli.cli.handling import GuardedGroup
from endorse_cli.cli.init import init
from endorse_cli.cli.renew import renew
from endorse_cli.cli.schema import schema

EXIT_CODES = (
    "Exit codes: 0 done (a report with gaps is still a success); 1 findings you asked for "
    "(gap --check found something not met, validate found problems); 2 bad input or usage "
    "(an invalid record, an unknown category, a path it may not write); 3 an internal error "
    "(a bug: please report it; ENDORSE_DEBUG=1 shows the traceback)."
)

app = typer.Typer(
    name="endorse",
    help="Where you stand against the Endorsement (IMH-E / ECMH-E) credential: areas met, partial, "
    "missing, and the requirements still ahead.",
    epilog=EXIT_CODES,
    cls=GuardedGroup,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        import endorse_cli

        typer.echo(f"endorse {endorse_cli.__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Gap analysis against the Endorsement credential.

    New here? endorse init me.yaml, fill it in, then: endorse gap --target IFS me.yaml
    """


for command in (init, check, gap, renew, cohort, explain, crosswalk, categories, areas, schema, validate):
    app.command()(command)


def main() -> None:
    """Console-script entry point (errors are handled by the app's GuardedGroup); `python -m endorse_cli`
    also reads as `endorse` in help and completion."""
    app(prog_name="endorse")
