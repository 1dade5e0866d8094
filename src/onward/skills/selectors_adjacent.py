"""Adjacent roles: the taxonomy's occupations your confirmed skills cover best, each with
the skills that would bridge the rest (``analysis.adjacent_roles`` holds the formula)."""

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
from onward.analysis.role_families import FAMILIES, family_index
from onward.analysis.skills.taxonomy import Taxonomy
from onward.skills import selectors
from onward.skills.engine import BUILTIN, get_engine

FAMILIES_NOTE = (
    "These are the built-in vocabulary's role families. Install the ESCO taxonomy to see "
    "about 3,000 occupations instead: onward taxonomy install esco --from PATH."
)
REINSTALL = (
    "The installed taxonomy has no occupations or no occupation-skill links: reinstall the "
    "taxonomy to see adjacent roles (onward taxonomy install esco --from PATH)."
)
NO_PROFILE = "Confirm some of your skills first: roles are ranked by the skills you have."


@dataclass(frozen=True)
class AdjacentReport:
    """What the page, the API and the CLI show; ``note`` says why ``roles`` is empty."""

    available: bool  # the active taxonomy has occupations and links (or role families)
    roles: tuple[AdjacentRole, ...]
    profile_count: int  # confirmed skills of yours known to the taxonomy
    occupation_count: int
    min_matched: int
    note: str
    attribution: str
    families: bool = False  # the built-in vocabulary's role families, not ESCO occupations


_lock = threading.Lock()
_cached: tuple[Taxonomy, RoleIndex] | None = None


def _families(taxonomy: Taxonomy) -> bool:
    """Without occupations, the built-in vocabulary ranks its role families instead."""
    return taxonomy.source == BUILTIN and not taxonomy.occupations


def role_index(taxonomy: Taxonomy) -> RoleIndex:
    """The occupations (or role families) of ``taxonomy`` grouped for ranking, built once
    per taxonomy."""
    global _cached
    found = _cached
    if found is not None and found[0] is taxonomy:
        return found[1]
    with _lock:
        if _cached is None or _cached[0] is not taxonomy:
            build = family_index if _families(taxonomy) else build_index
            _cached = (taxonomy, build(taxonomy))
        return _cached[1]


def _note(engine_source: str, available: bool, have: set[str], roles: int) -> str:
    if not available:
        return REINSTALL
    if not have:
        return NO_PROFILE
    if not roles:
        what = "role family" if engine_source == BUILTIN else "occupation"
        return (
            f"No {what} lists {MIN_MATCHED} or more of your confirmed skills yet; "
            "confirm more of your skills to see adjacent roles."
        )
    return ""


def adjacent_role_report(*, owner: User, limit: int = DEFAULT_LIMIT) -> AdjacentReport:
    """The ``limit`` occupations of the active taxonomy your confirmed skills cover best."""
    engine = get_engine()
    taxonomy = engine.taxonomy
    families = _families(taxonomy)
    available = families or bool(taxonomy.occupations and taxonomy.links)
    have = selectors.profile_skill_ids(owner=owner) if available else set()
    roles = adjacent_roles(role_index(taxonomy), have, limit=limit) if have else ()
    return AdjacentReport(
        available=available,
        families=families,
        roles=roles,
        profile_count=len(have),
        occupation_count=len(FAMILIES) if families else len(taxonomy.occupations),
        min_matched=MIN_MATCHED,
        note=_note(taxonomy.source, available, have, len(roles)),
        attribution=engine.attribution,
    )


def role_data(role: AdjacentRole) -> dict[str, Any]:
    """One role as JSON-ready data (shared with the CLI)."""

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
    }
