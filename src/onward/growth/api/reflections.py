"""Reflections: JSON endpoints."""

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
from onward.growth.models import Reflection
from onward.growth.schemas.reflections import (
    ReflectionIn,
    ReflectionOut,
    ReflectionPatch,
    ReflectionQuery,
)

reflections = Router(tags=["reflections"])


@reflections.get("", response=list[ReflectionOut])
@paginated
def reflection_list(request: HttpRequest, filters: Query[ReflectionQuery]) -> Any:
    owner = current_user(request)
    application = application_or_none(owner, filters.application_id)
    return selectors.reflection_list(owner=owner, application=application)


@reflections.post("", response={201: ReflectionOut})
def reflection_create(request: HttpRequest, payload: ReflectionIn) -> Created:
    owner = current_user(request)
    event = None
    if payload.event_id is not None:
        event = selectors.application_event_get(owner=owner, pk=payload.event_id)
    reflection = services.reflection_create(
        owner=owner,
        kind=payload.kind,
        application=application_or_none(owner, payload.application_id),
        event=event,
        **payload.content(),
    )
    return Status(201, selectors.reflection_get(owner=owner, pk=reflection.pk))


@reflections.get("/{reflection_id}", response=ReflectionOut)
def reflection_get(request: HttpRequest, reflection_id: ObjectId) -> Reflection:
    return selectors.reflection_get(owner=current_user(request), pk=reflection_id)


@reflections.patch("/{reflection_id}", response=ReflectionOut)
def reflection_update(
    request: HttpRequest, reflection_id: ObjectId, payload: ReflectionPatch
) -> Reflection:
    owner = current_user(request)
    reflection = selectors.reflection_get(owner=owner, pk=reflection_id)
    services.reflection_update(reflection=reflection, **payload.merged(reflection))
    return selectors.reflection_get(owner=owner, pk=reflection_id)


@reflections.delete("/{reflection_id}", response={204: None})
def reflection_delete(request: HttpRequest, reflection_id: ObjectId) -> NoContent:
    reflection = selectors.reflection_get(owner=current_user(request), pk=reflection_id)
    services.reflection_delete(reflection=reflection)
    return Status(204, None)
