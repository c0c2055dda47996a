"""`endorse crosswalk` and `endorse explain`: the published crosswalks, and one area in depth."""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from endorse_cli.cli import complete
from endorse_cli.cli.options import AsOf, Category, Course, DataDir, Format, Output, Relation, Section
from endorse_cli.errors import UsageError
from endorse_cli.render import OutputFormat

if TYPE_CHECKING:
    from endorse_cli.models.coe import CoeCrosswalk
    from endorse_cli.models.crosswalk import CourseCrosswalk
    from endorse_cli.models.pack import Pack
    from endorse_cli.results.crosswalk import CoeView, CourseView, ProgramView


def crosswalk(
    name: Annotated[
        str,
        typer.Argument(help="Crosswalk id: erikson or coe.", show_default=False, autocompletion=complete.crosswalks),
    ],
    course: Course = None,
    category: Category = None,
    essential: Annotated[bool, typer.Option("--essential", help="Only essential competencies (coe).")] = False,
    relation: Relation = None,
    section: Section = None,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Explore a published crosswalk: a course, the program summary, or the CoE competencies.

    Example: endorse crosswalk erikson --course I374
    (also: endorse crosswalk erikson --category IMHS; endorse crosswalk coe --essential)
    """
    from endorse_cli import api
    from endorse_cli.cli import resolve
    from endorse_cli.cli.output import emit
    from endorse_cli.models.crosswalk import CourseCrosswalk
    from endorse_cli.render import render

    pack = api.load_pack(data_dir)
    xw = resolve.crosswalk(pack, name)
    if isinstance(xw, CourseCrosswalk):
        resolve.reject_options("courses", {"--essential": essential, "--relation": relation, "--section": section})
        view: CourseView | ProgramView | CoeView = _course_crosswalk(pack, xw, course, category)
    else:
        resolve.reject_options("consultation", {"--course": course, "--category": category})
        view = _coe(pack, xw, essential, relation, section)
    emit(render(view, fmt, pack.version), output, fmt=fmt)


def _course_crosswalk(
    pack: "Pack", xw: "CourseCrosswalk", course: str | None, category: str | None
) -> "CourseView | ProgramView":
    from endorse_cli import api
    from endorse_cli.cli import resolve

    cat = resolve.category(pack, category) if category else None
    if course:
        return api.course_view(pack, xw.id, resolve.course(xw, course).id, cat)
    if xw.summary is None:
        ids = ", ".join(c.id for c in xw.courses)
        raise UsageError(f"the {xw.id} crosswalk has no program summary. Fix: pick a course with --course ({ids}).")
    return api.program_view(pack, xw.id, cat)


def _coe(pack: "Pack", xw: "CoeCrosswalk", essential: bool, relation: str | None, section: str | None) -> "CoeView":
    from endorse_cli import api
    from endorse_cli.cli import resolve

    rel = resolve.relation(relation) if relation else None
    sec = resolve.section(xw, section) if section else None
    return api.coe_view(pack, essential, rel, sec)


def explain(
    area: Annotated[
        str,
        typer.Argument(help="Area id, name or alternate spelling.", show_default=False, autocompletion=complete.areas),
    ],
    record: Annotated[
        Path | None,
        typer.Option(
            "--record", "-r", help="Also show your evidence for it and what would raise it.", show_default=False
        ),
    ] = None,
    target: Annotated[
        str | None,
        typer.Option(
            "--target",
            "-t",
            help="With --record: the category to judge it for (default: the best fit that requires it).",
            show_default=False,
            autocompletion=complete.categories,
        ),
    ] = None,
    as_of: AsOf = None,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Explain an area: its domain, the categories that require it, the crosswalk rows that credit it.

    With --record, also where your record stands on it and what would raise it.

    Example: endorse explain "Cultural humility" --record me.yaml --target IMHS
    """
    from endorse_cli import api
    from endorse_cli.cli import resolve
    from endorse_cli.cli.output import emit
    from endorse_cli.render import render

    if record is None:
        resolve.reject_without("--record", {"--target": target, "--as-of": as_of})
    pack = api.load_pack(data_dir)
    area_id = resolve.area(pack, area)
    if record is None:
        emit(render(api.explain(pack, area_id, area), fmt, pack.version), output, fmt=fmt)
        return
    day = as_of.date() if as_of else date.today()
    cat = resolve.category(pack, target) if target else None
    person = api.load_record(record, pack)
    emit(
        render(api.explain(pack, area_id, area, person, cat, day), fmt, pack.version),
        output,
        fmt=fmt,
    )
