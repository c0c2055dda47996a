"""`endorse categories` and `areas`: what the data pack holds."""

from endorse_cli.cli.formats import pick
from endorse_cli.cli.options import Category, DataDir, Format, Output


def categories(fmt: Format = None, output: Output = None, data_dir: DataDir = None) -> None:
    """List the Endorsement categories (id, name, track, scope).

    Example: endorse categories --format json
    """
    out = pick(fmt, output)
    from endorse_cli import api
    from endorse_cli.cli.output import emit
    from endorse_cli.render import render

    pack = api.load_pack(data_dir)
    emit(render(api.categories(pack), out, pack.version), output, fmt=out)


def areas(
    category: Category = None,
    fmt: Format = None,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """List the competency areas by domain, with the categories that require each.

    Example: endorse areas --category IMHS
    """
    out = pick(fmt, output)
    from endorse_cli import api
    from endorse_cli.api import resolve
    from endorse_cli.cli.output import emit
    from endorse_cli.render import render

    pack = api.load_pack(data_dir)
    cat = resolve.category(pack, category) if category else None
    emit(render(api.areas(pack, cat), out, pack.version), output, fmt=out)
