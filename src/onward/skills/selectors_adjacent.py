"""Adjacent roles: the taxonomy's occupations your confirmed skills cover best, each with
the skills that would bridge the rest (``analysis.adjacent_roles`` holds the formula).
With the built-in vocabulary (no occupations), its role families are ranked instead
(``analysis.role_families``). Any of them can be saved as a target role."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from onward.accounts.models import User
from onward.analysis.adjacent_roles import (
    DEFAULT_LIMIT,
    MIN_MATCHED,
    AdjacentRole,
    RoleIndex,
    RoleSkill,
    adjacent_roles,
    build_index,
)
from onward.analysis.role_families import family, family_index
from onward.analysis.skills.taxonomy import Taxonomy
from onward.skills import selectors
from onward.skills.engine import BUILTIN, get_engine
from onward.tracker import selectors as tracker_selectors

OCCUPATIONS, FAMILIES = "occupations", "role_families"
FAMILIES_NOTE = (
    "These are Onward's built-in role families, each with a short list of the skills most "
    "of its postings ask for. For specific occupations (data analyst, nurse, ...) install "
    "the ESCO taxonomy: onward taxonomy install esco --from PATH."
)
REINSTALL = (
    "The installed taxonomy has no occupations or no occupation-skill links: reinstall the "
    "taxonomy to see adjacent roles (onward taxonomy install esco --from PATH)."
)
NO_PROFILE = "Confirm some of your skills first: roles are ranked by the skills you have."


@dataclass(frozen=True)
class AdjacentReport:
    """What the page, the API and the CLI show; ``note`` says why ``roles`` is empty."""

    available: bool  # roles can be ranked: occupations (ESCO) or role families (built-in)
    kind: str  # OCCUPATIONS or FAMILIES
    roles: tuple[AdjacentRole, ...]
    profile_count: int  # confirmed skills of yours known to the taxonomy
    occupation_count: int
    min_matched: int
    note: str
    attribution: str
    saved: dict[str, int]  # occupation id -> your target role's id, for the roles saved
    about: str = ""  # what the roles are, when they are role families


_lock = threading.Lock()
_cached: tuple[Taxonomy, RoleIndex] | None = None


def _families(taxonomy: Taxonomy) -> RoleIndex:
    def label_of(skill_id: str) -> str | None:
        try:
            return taxonomy.skill(skill_id).label
        except KeyError:
            return None

    return family_index(label_of)


def _kind(taxonomy: Taxonomy) -> str:
    """Role families for the built-in vocabulary (it has no occupations)."""
    return FAMILIES if taxonomy.source == BUILTIN and not taxonomy.occupations else OCCUPATIONS


def role_index(taxonomy: Taxonomy) -> RoleIndex:
    """The occupations of ``taxonomy`` (or, without any, the built-in role families)
    grouped for ranking, built once per taxonomy."""
    global _cached
    found = _cached
    if found is not None and found[0] is taxonomy:
        return found[1]
    with _lock:
        if _cached is None or _cached[0] is not taxonomy:
            build = build_index if _kind(taxonomy) == OCCUPATIONS else _families
            _cached = (taxonomy, build(taxonomy))
        return _cached[1]


def role_named(occupation_id: str) -> tuple[str, tuple[str, ...]] | None:
    """The label and other names of an occupation of the active taxonomy, or of a built-in
    role family (``family:data``); None when there is no such role."""
    taxonomy = get_engine().taxonomy
    found = family(occupation_id) if occupation_id.startswith("family:") else None
    if found is not None:
        return found.label, found.titles
    for occupation in taxonomy.occupations:
        if occupation.id == occupation_id:
            return occupation.label, occupation.alt_labels
    return None


def _note(available: bool, have: set[str], roles: int) -> str:
    if not available:
        return REINSTALL
    if not have:
        return NO_PROFILE
    if not roles:
        return (
            f"No occupation lists {MIN_MATCHED} or more of your confirmed skills yet; "
            "confirm more of your skills to see adjacent roles."
        )
    return ""


def adjacent_role_report(*, owner: User, limit: int = DEFAULT_LIMIT) -> AdjacentReport:
    """The ``limit`` occupations of the active taxonomy your confirmed skills cover best
    (the built-in role families when it has no occupations)."""
    engine = get_engine()
    taxonomy = engine.taxonomy
    kind = _kind(taxonomy)
    index = role_index(taxonomy)
    available = kind == FAMILIES or bool(taxonomy.occupations and taxonomy.links)
    have = selectors.profile_skill_ids(owner=owner) if available else set()
    roles = adjacent_roles(index, have, limit=limit) if have else ()
    saved = tracker_selectors.target_role_list(owner=owner).values_list("occupation_id", "pk")
    return AdjacentReport(
        available=available,
        kind=kind,
        roles=roles,
        profile_count=len(have),
        occupation_count=len(index),
        min_matched=MIN_MATCHED,
        note=_note(available, have, len(roles)),
        attribution=engine.attribution if kind == OCCUPATIONS else "",
        saved=dict(saved),
        about=FAMILIES_NOTE if kind == FAMILIES else "",
    )


def role_data(role: AdjacentRole, saved: dict[str, int] | None = None) -> dict[str, Any]:
    """One role as JSON-ready data (shared with the CLI); ``saved``: the report's."""

    def skills(found: tuple[RoleSkill, ...]) -> list[dict[str, Any]]:
        return [{"skill_id": s.skill_id, "label": s.label, "essential": s.essential} for s in found]

    return {
        "occupation_id": role.occupation_id,
        "label": role.label,
        "isco_group": role.isco_group,
        "score": round(role.score, 4),
        "matched_essential": skills(role.matched_essential),
        "matched_optional": skills(role.matched_optional),
        "bridge": skills(role.bridge),
        "essential_total": role.essential_total,
        "optional_total": role.optional_total,
        "reasons": list(role.reasons),
        "target_role_id": (saved or {}).get(role.occupation_id),
    }
