"""The growth loop's JSON endpoints, part two: progress.

Wins, weekly goals and their entries, habits and check-offs, follow-ups, the rebound flow
after a rejection, lessons search and the growth timeline.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Status

from onward.accounts.models import User
from onward.api.auth import current_user
from onward.api.fields import ObjectId
from onward.api.pagination import paginated
from onward.growth import selectors, services
from onward.growth.api import application_or_none
from onward.growth.models import FollowUp, HabitCheck, ReboundFlow, Win
from onward.growth.schemas_progress import (
    FollowUpIn,
    FollowUpOut,
    FollowUpPatch,
    FollowUpQuery,
    GoalEntryIn,
    GoalEntryOut,
    GoalIn,
    GoalOut,
    GoalPatch,
    HabitCheckIn,
    HabitCheckOut,
    HabitCheckQuery,
    HabitIn,
    HabitOut,
    HabitPatch,
    LessonHitOut,
    LessonQuery,
    ReboundIn,
    ReboundOut,
    TimelineItemOut,
    TimelineQuery,
    WinIn,
    WinOut,
    WinQuery,
)
from onward.tracker import selectors as tracker_selectors

wins = Router(tags=["wins"])
goals = Router(tags=["goals"])
habits = Router(tags=["habits"])
followups = Router(tags=["follow-ups"])
rebound = Router(tags=["rebound"])
lessons = Router(tags=["lessons"])
timeline = Router(tags=["timeline"])

Created = Status[Any]
NoContent = Status[None]


# --- wins --------------------------------------------------------------------------------


@wins.get("", response=list[WinOut])
@paginated
def win_list(request: HttpRequest, filters: Query[WinQuery]) -> Any:
    owner = current_user(request)
    application = application_or_none(owner, filters.application_id)
    return selectors.win_list(owner=owner, kind=filters.kind, application=application)


@wins.post("", response={201: WinOut})
def win_add(request: HttpRequest, payload: WinIn) -> Created:
    owner = current_user(request)
    fields = payload.model_dump(exclude={"application_id"})
    application = application_or_none(owner, payload.application_id)
    return Status(201, services.win_add(owner=owner, application=application, **fields))


@wins.post("/celebrate", response=list[WinOut])
def win_celebrate(request: HttpRequest) -> list[Win]:
    """Wins not celebrated yet, marked as celebrated now (so they show once)."""
    return services.win_mark_celebrated(owner=current_user(request))


@wins.get("/{win_id}", response=WinOut)
def win_get(request: HttpRequest, win_id: ObjectId) -> Win:
    return selectors.win_get(owner=current_user(request), pk=win_id)


@wins.delete("/{win_id}", response={204: None})
def win_delete(request: HttpRequest, win_id: ObjectId) -> NoContent:
    services.win_delete(win=selectors.win_get(owner=current_user(request), pk=win_id))
    return Status(204, None)


# --- goals -------------------------------------------------------------------------------


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


# --- habits ------------------------------------------------------------------------------


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


# --- follow-ups --------------------------------------------------------------------------


@followups.get("", response=list[FollowUpOut])
@paginated
def followup_list(request: HttpRequest, filters: Query[FollowUpQuery]) -> Any:
    owner = current_user(request)
    application = application_or_none(owner, filters.application_id)
    return selectors.followup_list(
        owner=owner, open_only=filters.open_only, application=application
    )


@followups.post("", response={201: FollowUpOut})
def followup_create(request: HttpRequest, payload: FollowUpIn) -> Created:
    owner = current_user(request)
    fields = payload.model_dump(exclude={"application_id"})
    application = application_or_none(owner, payload.application_id)
    return Status(201, services.followup_create(owner=owner, application=application, **fields))


@followups.get("/{followup_id}", response=FollowUpOut)
def followup_get(request: HttpRequest, followup_id: ObjectId) -> FollowUp:
    return selectors.followup_get(owner=current_user(request), pk=followup_id)


@followups.patch("/{followup_id}", response=FollowUpOut)
def followup_update(
    request: HttpRequest, followup_id: ObjectId, payload: FollowUpPatch
) -> FollowUp:
    followup = selectors.followup_get(owner=current_user(request), pk=followup_id)
    return services.followup_update(followup=followup, **payload.changes())


@followups.post("/{followup_id}/done", response=FollowUpOut)
def followup_done(request: HttpRequest, followup_id: ObjectId) -> FollowUp:
    followup = selectors.followup_get(owner=current_user(request), pk=followup_id)
    return services.followup_done(followup=followup)


@followups.post("/{followup_id}/reopen", response=FollowUpOut)
def followup_reopen(request: HttpRequest, followup_id: ObjectId) -> FollowUp:
    followup = selectors.followup_get(owner=current_user(request), pk=followup_id)
    return services.followup_reopen(followup=followup)


@followups.delete("/{followup_id}", response={204: None})
def followup_delete(request: HttpRequest, followup_id: ObjectId) -> NoContent:
    followup = selectors.followup_get(owner=current_user(request), pk=followup_id)
    services.followup_delete(followup=followup)
    return Status(204, None)


# --- the rebound flow --------------------------------------------------------------------


@rebound.get("", response=list[ReboundOut])
def rebound_open_list(request: HttpRequest) -> Any:
    """Unfinished flows, to resume."""
    return list(selectors.rebound_open_list(owner=current_user(request)))


@rebound.get("/{rejection_id}", response=ReboundOut)
def rebound_get(request: HttpRequest, rejection_id: ObjectId) -> ReboundFlow:
    return selectors.rebound_get(owner=current_user(request), rejection_id=rejection_id)


def _linked(owner: User, payload: ReboundIn) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if payload.reflection_id is not None:
        found["reflection"] = selectors.reflection_get(owner=owner, pk=payload.reflection_id)
    if payload.checkin_id is not None:
        found["checkin"] = selectors.checkin_get(owner=owner, pk=payload.checkin_id)
    if payload.reframe_id is not None:
        found["reframe"] = selectors.reframe_get(owner=owner, pk=payload.reframe_id)
    return found


@rebound.post("/{rejection_id}", response=ReboundOut)
def rebound_act(request: HttpRequest, rejection_id: ObjectId, payload: ReboundIn) -> ReboundFlow:
    """Start the flow, finish or skip a step (default: the current one), or go to a step."""
    owner = current_user(request)
    flow = selectors.rebound_for_rejection(owner=owner, rejection_id=rejection_id)
    if flow is None:
        rejection = tracker_selectors.rejection_get(owner=owner, pk=rejection_id)
        flow = services.rebound_start(rejection=rejection)
    if payload.action == "start":
        return flow
    if payload.action == "goto":
        if payload.step is None:
            raise ValidationError({"step": "Say which step to go to."})
        return services.rebound_goto(flow=flow, step=payload.step)
    return services.rebound_advance(
        flow=flow,
        completed=payload.step or flow.step,
        skipped=payload.action == "skip",
        **_linked(owner, payload),
    )


# --- lessons and the timeline ------------------------------------------------------------


@lessons.get("", response=list[LessonHitOut])
def lessons_search(request: HttpRequest, filters: Query[LessonQuery]) -> Any:
    """Full-text search over reflections, feedback and reframes, best matches first."""
    return selectors.lessons_search(
        owner=current_user(request), q=filters.q, kinds=filters.kinds or None, limit=filters.limit
    )


@timeline.get("", response=list[TimelineItemOut])
def timeline_list(request: HttpRequest, filters: Query[TimelineQuery]) -> Any:
    """Everything, newest first; page with ``before`` = the last item's ``at``."""
    owner = current_user(request)
    return selectors.timeline(
        owner=owner,
        application=application_or_none(owner, filters.application_id),
        kinds=filters.kinds or None,
        before=filters.before,
        limit=filters.limit,
    )
