"""Help in plain words: value placeholders a person reads (FILE, YYYY-MM-DD, a list of choices,
nothing after a flag) instead of type names (`<bool>`, `<list[Path]>`, `<%Y-%m-%d>`), paragraphs
without the line breaks of the source, and `-h` as well as `--help` (set on the app's context)."""

from __future__ import annotations

from typing import Any

from typer import BadParameter
from typer.core import TyperCommand

HELP_NAMES = ["-h", "--help"]
# Placeholders by parameter name, where the type alone does not say what to write.
_BY_NAME = {
    "data_dir": "FOLDER",
    "data_dir_option": "FOLDER",
    "paths": "FILE|FOLDER...",
    "records": "FILE...",
    "years": "YYYY-YYYY",
    "year": "YYYY",
    "as_of": "YYYY-MM-DD",
    "by": "YYYY-MM-DD",
}


def placeholder(param: Any) -> str:
    """What help shows after an option or for an argument: '' for a flag."""
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    if param.name in _BY_NAME:
        return _BY_NAME[param.name]
    desc = param.type_descriptor
    many = "..." if param.nargs != 1 else ""
    if desc.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in desc.choices or ()) + many
    if desc.is_datetime:
        return "YYYY-MM-DD"
    if desc.is_path:
        return "FILE" + many
    if desc.annotation in (int, float):
        return "NUMBER" + many
    return "TEXT" + many


def plain_params(params: list[Any]) -> None:
    """Give every parameter its plain placeholder (an instance attribute, read by typer's help)."""
    for param in params:
        shown = placeholder(param)
        param.display_type_rich = lambda ctx, shown=shown: shown


def reflow(text: str | None) -> str | None:
    """Join the lines of each paragraph of a docstring (an example paragraph keeps its lines)."""
    if not text:
        return text
    paragraphs = [p.strip() for p in text.strip().split("\n\n")]
    joined = [
        p if p.startswith("Example") else " ".join(line.strip() for line in p.splitlines())
        for p in paragraphs
    ]
    return "\n\n".join(joined)


class PlainCommand(TyperCommand):
    """A command whose help and option errors are in plain words."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Read the command line; a bad value's message loses the validator's 'Value error, '
        prefix, and the value as typed shows its control characters as escapes (`\\x1b`)."""
        from endorse_cli.inert import terminal

        try:
            return super().parse_args(ctx, args)
        except BadParameter as exc:
            exc.message = terminal(exc.message.replace("Value error, ", ""))
            raise

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help = reflow(self.help)

    def get_params(self, ctx: Any) -> Any:
        """The parameters, -h/--help among them, with plain placeholders in help."""
        params = super().get_params(ctx)
        plain_params(params)
        return params
