"""The rebound flow after a rejection: JSON endpoints."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Router

from onward.accounts.auth import current_user
from onward.accounts.models import User
from onward.core.api.fields import ObjectId
from onward.growth import selectors, services
from onward.growth.models import ReboundFlow
from onward.growth.schemas.rebound import ReboundIn, ReboundOut
from onward.tracker import selectors as tracker_selectors

rebound = Router(tags=["rebound"])


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
