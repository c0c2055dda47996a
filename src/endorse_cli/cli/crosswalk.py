"""`endorse crosswalk` and `endorse explain`: the published crosswalks, and one area in depth."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from endorse_cli import api
from endorse_cli.cli import resolve
from endorse_cli.cli.options import DataDir, Format, Output
from endorse_cli.cli.output import emit
from endorse_cli.errors import UsageError
from endorse_cli.models.crosswalk import CoeCrosswalk, CourseCrosswalk
from endorse_cli.models.pack import Pack
from endorse_cli.render import OutputFormat, render
from endorse_cli.results.crosswalk import CoeView, CourseView, ProgramView


def crosswalk(
    name: Annotated[str, typer.Argument(help="Crosswalk id: erikson or coe.", show_default=False)],
    course: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--course", help="A course id (erikson), e.g. I374.", show_default=False),
    ] = None,
    category: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--category", "-c", help="Only this category (erikson).", show_default=False),
    ] = None,
    essential: Annotated[bool, typer.Option("--essential", help="Only essential competencies (coe).")] = False,
    relation: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--relation", help="equal, partial, unique, mapped or unknown (coe).", show_default=False),
    ] = None,
    section: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--section", help="Only this section number (coe).", show_default=False),
    ] = None,
    fmt: Format = OutputFormat.table,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Explore a published crosswalk: a course, the program summary, or the CoE competencies.

    Example: endorse crosswalk erikson --course I374
    (also: endorse crosswalk erikson --category IMHS; endorse crosswalk coe --essential)
    """
    pack = api.load_pack(data_dir)
    xw = resolve.crosswalk(pack, name)
    if isinstance(xw, CourseCrosswalk):
        resolve.reject_options("courses", {"--essential": essential, "--relation": relation, "--section": section})
        view: CourseView | ProgramView | CoeView = _course_crosswalk(pack, xw, course, category)
    else:
        resolve.reject_options("consultation", {"--course": course, "--category": category})
        view = _coe(pack, xw, essential, relation, section)
    emit(render(view, fmt), output, fmt=fmt, pack=pack)


def _course_crosswalk(
    pack: Pack, xw: CourseCrosswalk, course: str | None, category: str | None
) -> CourseView | ProgramView:
    cat = resolve.category(pack, category) if category else None
    if course:
        return api.course_view(pack, xw.id, resolve.course(xw, course).id, cat)
    if xw.summary is None:
        ids = ", ".join(c.id for c in xw.courses)
        raise UsageError(f"the {xw.id} crosswalk has no program summary. Fix: pick a course with --course ({ids}).")
    return api.program_view(pack, xw.id, cat)


def _coe(pack: Pack, xw: CoeCrosswalk, essential: bool, relation: str | None, section: str | None) -> CoeView:
    rel = resolve.relation(relation) if relation else None
    sec = resolve.section(xw, section) if section else None
    return api.coe_view(pack, essential, rel, sec)


def explain(
    area: Annotated[str, typer.Argument(help="Area id, name or alternate spelling.", show_default=False)],
    fmt: Format = OutputFormat.table,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Explain an area: its domain, the categories that require it, the crosswalk rows that credit it.

    Example: endorse explain "Cultural humility"
    """
    pack = api.load_pack(data_dir)
    emit(render(api.explain(pack, resolve.area(pack, area), area), fmt), output, fmt=fmt, pack=pack)
