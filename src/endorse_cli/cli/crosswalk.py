"""`endorse crosswalk`: the published crosswalks (a course, a program, the CoE competencies)."""

from typing import TYPE_CHECKING, Annotated

import typer

from endorse_cli.cli import complete
from endorse_cli.cli.formats import pick
from endorse_cli.cli.options import (
    Category,
    Course,
    DataDir,
    Format,
    Output,
    Relation,
    Section,
    argument,
)

if TYPE_CHECKING:
    from endorse_cli.api.types import CoeView, CourseView, Pack, ProgramView


def crosswalk(
    name: Annotated[
        str,
        argument(help_text="Crosswalk id: erikson or coe.", autocompletion=complete.crosswalks),
    ],
    course: Course = None,
    category: Category = None,
    essential: Annotated[
        bool, typer.Option("--essential", help="Only essential competencies (coe).")
    ] = False,
    relation: Relation = None,
    section: Section = None,
    fmt: Format = None,
    output: Output = None,
    data_dir: DataDir = None,
) -> None:
    """Explore a published crosswalk: a course, the program summary, or the CoE competencies.

    Example: endorse crosswalk erikson --course I374
    (also: endorse crosswalk erikson --category IMHS; endorse crosswalk coe --essential)
    """
    out = pick(fmt, output)
    from endorse_cli import api
    from endorse_cli.cli.output import emit
    from endorse_cli.cli.resolve import reject_options
    from endorse_cli.render import render

    pack = api.load_pack(data_dir)
    kind = api.resolve.crosswalk(pack, name).kind
    if kind == "courses":
        reject_options(
            "courses", {"--essential": essential, "--relation": relation, "--section": section}
        )
        view: CourseView | ProgramView | CoeView = _course_crosswalk(pack, name, course, category)
    else:
        reject_options("consultation", {"--course": course, "--category": category})
        view = api.coe_view(pack, essential, relation, section)
    emit(render(view, out, pack.version), output, fmt=out)


def _course_crosswalk(
    pack: "Pack", name: str, course: str | None, category: str | None
) -> "CourseView | ProgramView":
    """A course, or the program summary (the category is checked first, then the course)."""
    from endorse_cli import api

    cat = api.resolve.category(pack, category) if category else None
    if course:
        return api.course_view(pack, name, course, cat)
    return api.program_view(pack, name, cat)
