"""`endorse crosswalk`: the published crosswalks (a course, a program, the CoE competencies)."""

from typing import TYPE_CHECKING, Annotated

import typer

from endorse_cli.cli import complete
from endorse_cli.cli.options import Category, Course, DataDir, Format, Output, Relation, Section
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
