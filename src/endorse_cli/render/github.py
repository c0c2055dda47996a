"""Problems as GitHub Actions workflow commands (`::error file=F,line=L,title=T::message`), so a CI
job marks the line. Values are escaped as the runner reads them: in the message `%`, CR and LF; in a
property also `:` and `,`."""

from __future__ import annotations

from endorse_cli.results.checks import ProblemRow


def escape_data(text: str) -> str:
    """A message: % -> %25, CR -> %0D, LF -> %0A."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title): the message's escapes, and : -> %3A, , -> %2C."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: ProblemRow) -> str:
    """One `::error ...::` line for a problem."""
    props = [f"file={escape_property(problem.file)}"]
    if problem.line is not None:
        props.append(f"line={problem.line}")
    if problem.field:
        props.append(f"title={escape_property(problem.field)}")
    text = problem.message + (f" Fix: {problem.fix}" if problem.fix else "")
    return f"::error {','.join(props)}::{escape_data(text)}"


def error_lines(problems: list[ProblemRow]) -> str:
    """Every problem as an annotation line, each ending with a newline."""
    return "".join(annotation(p) + "\n" for p in problems)


def notice(text: str) -> str:
    """A `::notice::` line (what was checked)."""
    return f"::notice::{escape_data(text)}"
