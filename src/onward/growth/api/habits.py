"""Habits and their check-offs: JSON endpoints."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Status

from onward.accounts.auth import current_user
from onward.accounts.models import User
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import Created, NoContent
from onward.growth import selectors, services
from onward.growth.models import HabitCheck
from onward.growth.schemas.habits import (
    HabitCheckIn,
    HabitCheckOut,
    HabitCheckQuery,
    HabitIn,
    HabitOut,
    HabitPatch,
)

habits = Router(tags=["habits"])


def _habit_out(owner: User, habit_id: int) -> dict[str, Any]:
    habit = selectors.habit_get(owner=owner, pk=habit_id)
    return HabitOut.of(selectors.habit_status(habit=habit))


@habits.get("", response=list[HabitOut])
def habit_list(request: HttpRequest) -> list[dict[str, Any]]:
    """Every habit with its streak and whether it is done today / this week."""
    statuses = selectors.habit_list_with_streaks(owner=current_user(request))
    return [HabitOut.of(status) for status in statuses]


@habits.post("", response={201: HabitOut})
def habit_create(request: HttpRequest, payload: HabitIn) -> Created:
    owner = current_user(request)
    habit = services.habit_create(owner=owner, **payload.model_dump())
    return Status(201, _habit_out(owner, habit.pk))


@habits.get("/{habit_id}", response=HabitOut)
def habit_get(request: HttpRequest, habit_id: ObjectId) -> dict[str, Any]:
    return _habit_out(current_user(request), habit_id)


@habits.patch("/{habit_id}", response=HabitOut)
def habit_update(request: HttpRequest, habit_id: ObjectId, payload: HabitPatch) -> dict[str, Any]:
    owner = current_user(request)
    services.habit_update(habit=selectors.habit_get(owner=owner, pk=habit_id), **payload.changes())
    return _habit_out(owner, habit_id)


@habits.delete("/{habit_id}", response={204: None})
def habit_delete(request: HttpRequest, habit_id: ObjectId) -> NoContent:
    services.habit_delete(habit=selectors.habit_get(owner=current_user(request), pk=habit_id))
    return Status(204, None)


@habits.get("/{habit_id}/checks", response=list[HabitCheckOut])
@paginated
def habit_check_list(request: HttpRequest, habit_id: ObjectId) -> Any:
    return selectors.habit_checks(
        habit=selectors.habit_get(owner=current_user(request), pk=habit_id)
    )


@habits.post("/{habit_id}/checks", response={201: HabitCheckOut})
def habit_check(request: HttpRequest, habit_id: ObjectId, payload: HabitCheckIn) -> Created:
    habit = selectors.habit_get(owner=current_user(request), pk=habit_id)
    check: HabitCheck = services.habit_check(habit=habit, on=payload.on)
    return Status(201, check)


@habits.delete("/{habit_id}/checks", response={204: None})
def habit_uncheck(
    request: HttpRequest, habit_id: ObjectId, filters: Query[HabitCheckQuery]
) -> NoContent:
    habit = selectors.habit_get(owner=current_user(request), pk=habit_id)
    services.habit_uncheck(habit=habit, on=filters.on or timezone.localdate())
    return Status(204, None)
