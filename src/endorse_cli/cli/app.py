"""The typer app: the commands (each a few lines calling the library), --version, the entry
point."""

from collections.abc import Iterator, MutableMapping, Sequence
from typing import Annotated, Any

import typer
from typer import _completion_shared
from typer.main import get_command_from_info, get_command_name
from typer.models import CommandInfo

from endorse_cli.cli import complete
from endorse_cli.cli.browse import areas, categories
from endorse_cli.cli.check import check
from endorse_cli.cli.cohort import cohort
from endorse_cli.cli.crosswalk import crosswalk
from endorse_cli.cli.explain import explain
from endorse_cli.cli.gap import gap
from endorse_cli.cli.handling import GuardedGroup
from endorse_cli.cli.init import init
from endorse_cli.cli.plainhelp import HELP_NAMES, PlainCommand, plain_params
from endorse_cli.cli.plan import plan
from endorse_cli.cli.renew import renew
from endorse_cli.cli.schema import schema
from endorse_cli.cli.validate import validate

EXIT_CODES = (
    "Exit codes: 0 done (a report with gaps is still a success); 1 findings you asked for (gap "
    "--check found something not met, validate found problems); 2 bad input or usage (an invalid "
    "record, an unknown category, a path it may not write, a report stdout could not take); 3 an "
    "internal error (a bug: please report it; ENDORSE_DEBUG=1 shows the traceback); 141 the reader "
    "of stdout stopped reading (| head)."
)


class LazyCommands(MutableMapping[str, Any]):
    """The group's commands by name, in order; typer turns each into a click command (reading its
    signature and options) only when it is first looked up, so a run pays for its own command only.
    `get_command_from_info` is typer's own, not its documented API: pyproject.toml keeps typer below
    1."""

    def __init__(self, infos: Sequence[CommandInfo], rich_markup_mode: Any) -> None:
        self._items: dict[str, Any] = {
            get_command_name(i.callback.__name__): i for i in infos if i.callback
        }
        self._markup = rich_markup_mode

    def __getitem__(self, name: str) -> Any:
        item = self._items[name]
        if isinstance(item, CommandInfo):
            # pretty_exceptions_short: typer's default, which the app keeps (and GuardedGroup prints
            # no tracebacks)
            item = get_command_from_info(
                item, pretty_exceptions_short=True, rich_markup_mode=self._markup
            )
            self._items[name] = item
        return item

    def __setitem__(self, name: str, command: Any) -> None:
        self._items[name] = command

    def __delitem__(self, name: str) -> None:
        del self._items[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


class EndorseGroup(GuardedGroup):
    """The app's group: every command guarded, and built from `commands` below when first asked
    for."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        lazy = LazyCommands(commands.registered_commands, self.rich_markup_mode)
        # A command registered on `app` itself is built already: keep it too.
        lazy.update(self.commands)
        self.commands = lazy

    def get_params(self, ctx: Any) -> Any:
        """The options, -h/--help and the completion options among them, with plain placeholders in
        help."""
        params = super().get_params(ctx)
        plain_params(params)
        return params


# typer's bash installer writes the script's path into ~/.bashrc in single quotes, which a home
# folder holding a quote breaks; ours quotes it for the shell (zsh and fish name no path in their
# files).
_completion_shared.install_bash = complete.install_bash

app = typer.Typer(
    name="endorse",
    help="Where you stand against the Endorsement (IMH-E / ECMH-E) credential: areas met, partial, "
    "missing, and the requirements still ahead.",
    epilog=EXIT_CODES,
    cls=EndorseGroup,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": HELP_NAMES},
)


def _version(value: bool) -> None:
    if value:
        import endorse_cli

        typer.echo(f"endorse {endorse_cli.__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Gap analysis against the Endorsement credential.

    New here? endorse init me.yaml, fill it in, then: endorse gap --target IFS me.yaml
    """


# The commands, in the order help lists them; registered here rather than on `app`, whose group
# would build them all at every start (about 5 ms), and handed to EndorseGroup.
commands = typer.Typer()
for command in (
    init,
    check,
    gap,
    plan,
    renew,
    cohort,
    explain,
    crosswalk,
    categories,
    areas,
    schema,
    validate,
):
    commands.command(cls=PlainCommand)(command)


def main() -> None:
    """Console-script entry point (errors are handled by the app's GuardedGroup); `python -m
    endorse_cli` also reads as `endorse` in help and completion."""
    app(prog_name="endorse")
