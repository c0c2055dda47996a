"""What `endorse init` fills into a starter record: the person's answers and the pack's ids
(pure)."""

from __future__ import annotations

from endorse_cli.models.pack import Pack
from endorse_cli.results.starter import StarterDegree, StarterRecord

# The example areas, when the pack has them (any pack's first areas otherwise).
_EXAMPLE_AREAS = ("disorders-infancy-early-childhood", "screening-assessment")


def starter_record(
    pack: Pack,
    file_name: str,
    schema_path: str,
    *,
    name: str | None = None,
    association: str | None = None,
    target: str | None = None,
    education: list[StarterDegree] | None = None,
) -> StarterRecord:
    """A starter record for `file_name` whose examples use ids from `pack`."""
    areas = [a for a in _EXAMPLE_AREAS if a in pack.areas] or list(pack.areas)[:2]
    areas = (areas * 2)[:2] if areas else ["area-id", "another-area-id"]
    xw = next(iter(pack.course_crosswalks.values()), None)
    return StarterRecord(
        file_name=file_name,
        schema_path=schema_path,
        name=name or "Your name",
        association=association or None,
        target=target,
        target_name=pack.categories[target].name if target else None,
        education=education or [],
        categories=list(pack.categories),
        crosswalk=xw.id if xw else "erikson",
        course=xw.courses[0].id if xw and xw.courses else "I370",
        areas=areas,
    )
