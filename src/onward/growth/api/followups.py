"""Follow-ups: JSON endpoints."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Status

from onward.accounts.auth import current_user
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import Created, NoContent
from onward.growth import selectors, services
from onward.growth.api.common import application_or_none
from onward.growth.models import FollowUp
from onward.growth.schemas.followups import FollowUpIn, FollowUpOut, FollowUpPatch, FollowUpQuery

followups = Router(tags=["follow-ups"])


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
