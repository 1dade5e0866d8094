"""Adjacent roles: the occupations (or, with the built-in vocabulary, role families) your
confirmed skills cover best, with bridge skills; and your target roles, saved from them.
Answers carry the ESCO attribution when ESCO is the active taxonomy."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router, Status

from onward.accounts.auth import current_user
from onward.core.api.fields import ObjectId
from onward.core.api.responses import Created, NoContent
from onward.skills import selectors_adjacent, services
from onward.skills.schemas.adjacent import (
    AdjacentRolesOut,
    AdjacentRolesQuery,
    TargetRoleIn,
    TargetRoleOut,
)
from onward.tracker import selectors as tracker_selectors
from onward.tracker.models import TargetRole

adjacent = Router(tags=["skills"])


@adjacent.get("/adjacent-roles", response=AdjacentRolesOut)
def adjacent_role_list(request: HttpRequest, filters: Query[AdjacentRolesQuery]) -> dict[str, Any]:
    """Occupations ranked by how much of their skill set you have, best first."""
    report = selectors_adjacent.adjacent_role_report(
        owner=current_user(request), limit=filters.limit
    )
    return {
        "available": report.available,
        "kind": report.kind,
        "about": report.about,
        "note": report.note,
        "profile_count": report.profile_count,
        "occupation_count": report.occupation_count,
        "min_matched": report.min_matched,
        "attribution": report.attribution,
        "items": [selectors_adjacent.role_data(role, report.saved) for role in report.roles],
    }


@adjacent.get("/target-roles", response=list[TargetRoleOut])
def target_role_list(request: HttpRequest) -> QuerySet[TargetRole]:
    """Your target roles, in the order you saved them."""
    return tracker_selectors.target_role_list(owner=current_user(request))


@adjacent.post("/target-roles", response={201: TargetRoleOut})
def target_role_save(request: HttpRequest, payload: TargetRoleIn) -> Created:
    """Save an adjacent role (its ``occupation_id``) as a target role; saving one you have
    again returns it."""
    role = services.target_role_save_occupation(
        owner=current_user(request), occupation_id=payload.occupation_id
    )
    return Status(201, role)


@adjacent.delete("/target-roles/{target_role_id}", response={204: None})
def target_role_remove(request: HttpRequest, target_role_id: ObjectId) -> NoContent:
    """Remove a target role; its applications are kept, untagged."""
    role = tracker_selectors.target_role_get(owner=current_user(request), pk=target_role_id)
    services.target_role_remove(target_role=role)
    return Status(204, None)
