"""`endorse explain AREA`: one competency area in depth, and with --record where the record stands
on it."""

from datetime import date
from pathlib import Path
from typing import Annotated

from endorse_cli.cli import complete
from endorse_cli.cli.formats import pick
from endorse_cli.cli.options import AsOf, DataDir, Format, Output, argument, option


def explain(
    area: Annotated[
        str,
        argument(help_text="Area id, name or alternate spelling.", autocompletion=complete.areas),
    ],
    record: Annotated[
        Path | None,
        option(
            "--record", "-r", help_text="Also show your evidence for it and what would raise it."
        ),
    ] = None,
    target: Annotated[
        str | None,
        option(
            "--target",
            "-t",
            help_text="With --record: the category to judge it for (default: the best fit that "
            "requires it).",
            autocompletion=complete.categories,
        ),
    ] = None,
    as_of: AsOf = None,
    fmt: Format = None,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Explain an area: its domain, the categories that require it, the crosswalk rows that credit
    it.

    With --record, also where your record stands on it and what would raise it.

    Example: endorse explain "Cultural humility" --record me.yaml --target IMHS
    """
    out = pick(fmt, output)
    from endorse_cli import api
    from endorse_cli.cli.output import emit
    from endorse_cli.cli.resolve import reject_without
    from endorse_cli.render import render

    if record is None:
        reject_without("--record", {"--target": target, "--as-of": as_of})
    pack = api.load_pack(data_dir)
    area_id = api.resolve.area(pack, area)
    if record is None:
        emit(render(api.explain(pack, area_id, area), out, pack.version), output, fmt=out)
        return
    day = as_of.date() if as_of else date.today()
    cat = api.resolve.category(pack, target) if target else None
    person = api.load_record(record, pack)
    emit(
        render(api.explain(pack, area_id, area, person, cat, day), out, pack.version),
        output,
        fmt=out,
    )
