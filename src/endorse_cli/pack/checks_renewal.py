"""Cross-file checks of the renewal data: associations (ids, names) and each category's `renewal:`
versions."""

from __future__ import annotations

from endorse_cli.models.pack import fold, suggest
from endorse_cli.pack.checker import Checker, Where, check_versions


def check_renewal(ck: Checker) -> None:
    """Association files, then every category's renewal versions and the ids they name."""
    known = _check_associations(ck)
    for label, cat in ck.loaded.categories.items():
        check_versions(ck, label, ("renewal",), cat.renewal)
        for i, rule in enumerate(cat.renewal):
            for j, provider in enumerate(rule.rsc_providers):
                ck.category(label, ("renewal", i, "rsc_providers", j), provider)
            for k, variant in enumerate(rule.rsc_variants):
                where: Where = ("renewal", i, "rsc_variants", k)
                _association(ck, label, (*where, "association"), variant.association, known)
                for key in ("providers", "peer_providers"):
                    for j, provider in enumerate(getattr(variant, key)):
                        ck.category(label, (*where, key, j), provider)


def _check_associations(ck: Checker) -> set[str]:
    ids: set[str] = set()
    names: dict[str, str] = {}
    for label, assoc in ck.loaded.associations.items():
        ck.named_after_file(label, assoc.id)
        ck.duplicate(label, ("id",), "association", assoc.id, ids)
        ids.add(assoc.id)
        for name in (assoc.id, assoc.name, *assoc.alternate_names):
            owner = names.setdefault(fold(name), assoc.id)
            if owner != assoc.id:
                msg = (
                    f"name '{name}' is also a name of association '{owner}', so it would be "
                    "ambiguous."
                )
                ck.add(label, ("alternate_names",), msg, "remove or reword one of the two.")
    return ids


def _association(ck: Checker, label: str, where: Where, value: str, known: set[str]) -> None:
    if value not in known:
        hint = suggest(value, sorted(known))
        ck.add(
            label,
            where,
            f"unknown association '{value}'{hint}.",
            f"use an id of {ck.folder('associations')} (or add one).",
        )
