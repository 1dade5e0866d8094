"""Weekly goals and their entries: JSON endpoints."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Status

from onward.accounts.auth import current_user
from onward.accounts.models import User
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import Created, NoContent
from onward.growth import selectors, services
from onward.growth.schemas.goals import GoalEntryIn, GoalEntryOut, GoalIn, GoalOut, GoalPatch

goals = Router(tags=["goals"])


def _goal_out(owner: User, goal_id: int) -> dict[str, Any]:
    goal = selectors.goal_get(owner=owner, pk=goal_id)
    return GoalOut.of(selectors.goal_status(goal=goal))


@goals.get("", response=list[GoalOut])
def goal_list(request: HttpRequest) -> list[dict[str, Any]]:
    """Every goal with this week's progress and its streak of weeks met (not paginated)."""
    statuses = selectors.goal_list_with_progress(owner=current_user(request))
    return [GoalOut.of(status) for status in statuses]


@goals.post("", response={201: GoalOut})
def goal_create(request: HttpRequest, payload: GoalIn) -> Created:
    owner = current_user(request)
    reframe = None
    if payload.reframe_id is not None:
        reframe = selectors.reframe_get(owner=owner, pk=payload.reframe_id)
    goal = services.goal_create(
        owner=owner,
        metric=payload.metric,
        target=payload.target,
        label=payload.label,
        reframe=reframe,
        started_on=payload.started_on,
    )
    return Status(201, _goal_out(owner, goal.pk))


@goals.get("/{goal_id}", response=GoalOut)
def goal_get(request: HttpRequest, goal_id: ObjectId) -> dict[str, Any]:
    return _goal_out(current_user(request), goal_id)


@goals.patch("/{goal_id}", response=GoalOut)
def goal_update(request: HttpRequest, goal_id: ObjectId, payload: GoalPatch) -> dict[str, Any]:
    owner = current_user(request)
    services.goal_update(goal=selectors.goal_get(owner=owner, pk=goal_id), **payload.changes())
    return _goal_out(owner, goal_id)


@goals.delete("/{goal_id}", response={204: None})
def goal_delete(request: HttpRequest, goal_id: ObjectId) -> NoContent:
    services.goal_delete(goal=selectors.goal_get(owner=current_user(request), pk=goal_id))
    return Status(204, None)


@goals.get("/{goal_id}/entries", response=list[GoalEntryOut])
@paginated
def goal_entry_list(request: HttpRequest, goal_id: ObjectId) -> Any:
    goal = selectors.goal_get(owner=current_user(request), pk=goal_id)
    return selectors.goal_entries(goal=goal)


@goals.post("/{goal_id}/entries", response={201: GoalEntryOut})
def goal_log(request: HttpRequest, goal_id: ObjectId, payload: GoalEntryIn) -> Created:
    goal = selectors.goal_get(owner=current_user(request), pk=goal_id)
    return Status(201, services.goal_log(goal=goal, **payload.model_dump()))


@goals.delete("/{goal_id}/entries/{entry_id}", response={204: None})
def goal_entry_delete(request: HttpRequest, goal_id: ObjectId, entry_id: ObjectId) -> NoContent:
    owner = current_user(request)
    goal = selectors.goal_get(owner=owner, pk=goal_id)
    services.goal_entry_delete(entry=selectors.goal_entry_get(owner=owner, pk=entry_id, goal=goal))
    return Status(204, None)
