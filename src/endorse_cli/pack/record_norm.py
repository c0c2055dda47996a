"""A training record's values as people write them, made into the ids the model reads: categories by
name or in any case, `none`, choice values in any case or in words (`Individual`, `program
supervisor`, `early childhood`), and a crosswalk course named by its exact title."""

from __future__ import annotations

from typing import Any, get_args

from endorse_cli.models.pack import Pack
from endorse_cli.pack.record_ids import CATEGORY_FIELDS, items
from endorse_cli.vocab import CREDITS, Ages, Level, ReferenceRole, RscFormat, WorkKind

_NONE = {"none", "null", ""}
_AGES, _LEVELS, _KINDS = get_args(Ages), get_args(Level), get_args(WorkKind)
# (list, field, choices): the values a field may take, matched in any case and with spaces or
# hyphens for underscores.
CHOICE_FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("education", "level", _LEVELS),
    ("work", "ages", _AGES),
    ("work", "kind", _KINDS),
    ("reflective_supervision", "format", get_args(RscFormat)),
    ("reflective_supervision", "serving", _AGES),
    ("reflective_supervision", "provider_degree", _LEVELS),
    ("references", "role", get_args(ReferenceRole)),
)


def choice(value: Any, choices: tuple[str, ...]) -> Any:
    """`value` as the choice it spells ('Individual' -> 'individual', 'program supervisor' ->
    'program_supervisor'), or unchanged."""
    if not isinstance(value, str):
        return value
    key = "_".join(value.strip().lower().replace("-", " ").split())
    return key if key in choices else value


def entries(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The mappings of the list `data[key]`, skipping anything malformed."""
    return [item for _i, item in items(data, key)]


def normalize(data: dict[str, Any], pack: Pack) -> None:
    """Rewrite `data` in place: every value people write in several ways becomes its one id."""
    if isinstance(data.get("target"), str):
        data["target"] = pack.find_category(data["target"]) or data["target"]
    for key, field in CATEGORY_FIELDS:
        for item in entries(data, key):
            value = item.get(field)
            if isinstance(value, str):
                item[field] = (
                    None if value.strip().lower() in _NONE else pack.find_category(value) or value
                )
    for key, field, choices in CHOICE_FIELDS:
        for item in entries(data, key):
            if field in item:
                item[field] = choice(item[field], choices)
    for key in ("courses", "trainings"):
        for item in entries(data, key):
            claims = item.get("areas")
            if isinstance(claims, dict):
                item["areas"] = {name: choice(status, CREDITS) for name, status in claims.items()}
    for item in entries(data, "trainings"):
        if isinstance(item.get("topics"), list):
            item["topics"] = [choice(topic, ("dei", "rsc")) for topic in item["topics"]]
    _courses(data, pack)


def _courses(data: dict[str, Any], pack: Pack) -> None:
    """A crosswalk course named by alias or exact title becomes its id."""
    for item in entries(data, "courses"):
        crosswalk, course = item.get("crosswalk"), item.get("course")
        xw = pack.find_crosswalk(crosswalk) if isinstance(crosswalk, str) else None
        found = xw.find_course(course) if xw and isinstance(course, str) else None
        if found is not None:
            item["course"] = found.id
