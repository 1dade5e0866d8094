"""Check-ins, their trend and the lighter-week suggestion: JSON endpoints."""

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
from onward.growth.models import CheckIn
from onward.growth.schemas.checkins import (
    CheckInIn,
    CheckInOut,
    CheckInQuery,
    GuardrailOut,
    TrendOut,
    TrendQuery,
)

checkins = Router(tags=["check-ins"])


@checkins.get("", response=list[CheckInOut])
@paginated
def checkin_list(request: HttpRequest, filters: Query[CheckInQuery]) -> Any:
    return selectors.checkin_list(owner=current_user(request), since=filters.since)


@checkins.post("", response={201: CheckInOut})
def checkin_create(request: HttpRequest, payload: CheckInIn) -> Created:
    owner = current_user(request)
    fields = payload.model_dump(exclude={"application_id"})
    application = application_or_none(owner, payload.application_id)
    return Status(201, services.checkin_create(owner=owner, application=application, **fields))


@checkins.get("/trend", response=TrendOut)
def checkin_trend(request: HttpRequest, filters: Query[TrendQuery]) -> dict[str, Any]:
    trend, days = selectors.checkin_trend(owner=current_user(request), days=filters.days)
    return {"trend": trend, "days": [day._asdict() for day in days]}


@checkins.get("/suggestion", response=GuardrailOut)
def wellbeing_suggestion(request: HttpRequest) -> dict[str, Any]:
    owner = current_user(request)
    return {
        "suggestion": selectors.wellbeing_suggestion(owner=owner),
        "dismissed_on": selectors.wellbeing_dismissed_on(owner=owner),
        "care": selectors.care_note(owner=owner),
    }


@checkins.post("/suggestion/dismiss", response=GuardrailOut)
def wellbeing_dismiss(request: HttpRequest) -> dict[str, Any]:
    owner = current_user(request)
    services.wellbeing_dismiss(owner=owner)
    return {"suggestion": None, "dismissed_on": selectors.wellbeing_dismissed_on(owner=owner)}


@checkins.get("/{checkin_id}", response=CheckInOut)
def checkin_get(request: HttpRequest, checkin_id: ObjectId) -> CheckIn:
    return selectors.checkin_get(owner=current_user(request), pk=checkin_id)


@checkins.delete("/{checkin_id}", response={204: None})
def checkin_delete(request: HttpRequest, checkin_id: ObjectId) -> NoContent:
    checkin = selectors.checkin_get(owner=current_user(request), pk=checkin_id)
    services.checkin_delete(checkin=checkin)
    return Status(204, None)
