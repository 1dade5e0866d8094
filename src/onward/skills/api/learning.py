"""The learning plan: JSON endpoints."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Status

from onward.accounts.auth import current_user
from onward.accounts.models import User
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import Created, NoContent
from onward.growth import selectors as growth_selectors
from onward.skills import selectors, services
from onward.skills.models import LearningAction
from onward.skills.schemas.learning import (
    LearningActionIn,
    LearningActionOut,
    LearningActionPatch,
    LearningActionQuery,
)
from onward.tracker import selectors as tracker_selectors
from onward.tracker.models import Application


def _applications(owner: User, ids: list[int]) -> list[Application]:
    return [tracker_selectors.application_get(owner=owner, pk=pk) for pk in dict.fromkeys(ids)]


learning_actions = Router(tags=["learning"])


@learning_actions.get("", response=list[LearningActionOut])
@paginated
def learning_action_list(request: HttpRequest, filters: Query[LearningActionQuery]) -> Any:
    owner = current_user(request)
    application = None
    if filters.application_id is not None:
        application = tracker_selectors.application_get(owner=owner, pk=filters.application_id)
    return selectors.learning_action_list(
        owner=owner, status=filters.status, application=application
    )


@learning_actions.post("", response={201: LearningActionOut})
def learning_action_create(request: HttpRequest, payload: LearningActionIn) -> Created:
    owner = current_user(request)
    reframe = None
    if payload.reframe_id is not None:
        reframe = growth_selectors.reframe_get(owner=owner, pk=payload.reframe_id)
    action = services.learning_action_create(
        owner=owner,
        applications=_applications(owner, payload.application_ids),
        reframe=reframe,
        **payload.model_dump(exclude={"application_ids", "reframe_id"}),
    )
    return Status(201, selectors.learning_action_get(owner=owner, pk=action.pk))


@learning_actions.get("/{action_id}", response=LearningActionOut)
def learning_action_get(request: HttpRequest, action_id: ObjectId) -> LearningAction:
    return selectors.learning_action_get(owner=current_user(request), pk=action_id)


@learning_actions.patch("/{action_id}", response=LearningActionOut)
def learning_action_update(
    request: HttpRequest, action_id: ObjectId, payload: LearningActionPatch
) -> LearningAction:
    owner = current_user(request)
    action = selectors.learning_action_get(owner=owner, pk=action_id)
    fields = payload.changes()
    if "application_ids" in fields:
        fields["applications"] = _applications(owner, fields.pop("application_ids"))
    services.learning_action_update(action=action, **fields)
    return selectors.learning_action_get(owner=owner, pk=action_id)


@learning_actions.post("/{action_id}/complete", response=LearningActionOut)
def learning_action_complete(request: HttpRequest, action_id: ObjectId) -> LearningAction:
    owner = current_user(request)
    services.learning_action_complete(
        action=selectors.learning_action_get(owner=owner, pk=action_id)
    )
    return selectors.learning_action_get(owner=owner, pk=action_id)


@learning_actions.delete("/{action_id}", response={204: None})
def learning_action_delete(request: HttpRequest, action_id: ObjectId) -> NoContent:
    action = selectors.learning_action_get(owner=current_user(request), pk=action_id)
    services.learning_action_delete(action=action)
    return Status(204, None)
