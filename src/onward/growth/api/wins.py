"""The wins ledger: JSON endpoints."""

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
from onward.growth.models import Win
from onward.growth.schemas.wins import WinIn, WinOut, WinQuery

wins = Router(tags=["wins"])


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
