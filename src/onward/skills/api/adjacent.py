"""Adjacent roles: the occupations your confirmed skills cover best, with bridge skills.
Answers carry the ESCO attribution when ESCO is the active taxonomy."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from onward.accounts.auth import current_user
from onward.skills import selectors_adjacent
from onward.skills.schemas.adjacent import AdjacentRolesOut, AdjacentRolesQuery

adjacent = Router(tags=["skills"])


@adjacent.get("/adjacent-roles", response=AdjacentRolesOut)
def adjacent_role_list(request: HttpRequest, filters: Query[AdjacentRolesQuery]) -> dict[str, Any]:
    """Occupations (with the built-in vocabulary: role families) ranked by how much of their
    skill set you have, best first."""
    report = selectors_adjacent.adjacent_role_report(
        owner=current_user(request), limit=filters.limit
    )
    return {
        "available": report.available,
        "families": report.families,
        "note": report.note,
        "profile_count": report.profile_count,
        "occupation_count": report.occupation_count,
        "min_matched": report.min_matched,
        "attribution": report.attribution,
        "items": [selectors_adjacent.role_data(role) for role in report.roles],
    }
