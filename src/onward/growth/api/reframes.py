"""Reframes: JSON endpoints."""

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
from onward.growth.models import Reframe
from onward.growth.schemas.reflections import (
    ReflectionQuery,
)
from onward.growth.schemas.reframes import ReframeIn, ReframeOut, ReframePatch

reframes = Router(tags=["reframes"])


@reframes.get("", response=list[ReframeOut])
@paginated
def reframe_list(request: HttpRequest, filters: Query[ReflectionQuery]) -> Any:
    owner = current_user(request)
    application = application_or_none(owner, filters.application_id)
    return selectors.reframe_list(owner=owner, application=application)


@reframes.post("", response={201: ReframeOut})
def reframe_create(request: HttpRequest, payload: ReframeIn) -> Created:
    owner = current_user(request)
    fields = payload.model_dump(exclude={"application_id"})
    application = application_or_none(owner, payload.application_id)
    return Status(201, services.reframe_create(owner=owner, application=application, **fields))


@reframes.get("/{reframe_id}", response=ReframeOut)
def reframe_get(request: HttpRequest, reframe_id: ObjectId) -> Reframe:
    return selectors.reframe_get(owner=current_user(request), pk=reframe_id)


@reframes.patch("/{reframe_id}", response=ReframeOut)
def reframe_update(request: HttpRequest, reframe_id: ObjectId, payload: ReframePatch) -> Reframe:
    reframe = selectors.reframe_get(owner=current_user(request), pk=reframe_id)
    return services.reframe_update(reframe=reframe, **payload.changes())


@reframes.delete("/{reframe_id}", response={204: None})
def reframe_delete(request: HttpRequest, reframe_id: ObjectId) -> NoContent:
    reframe = selectors.reframe_get(owner=current_user(request), pk=reframe_id)
    services.reframe_delete(reframe=reframe)
    return Status(204, None)
