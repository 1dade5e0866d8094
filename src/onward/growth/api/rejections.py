"""An application's rejection: logging it starts the rebound flow (``services.rejection_log``);
reading, correcting and retracting it live beside it so the sub-resource has one home."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Status

from onward.accounts.auth import current_user
from onward.core.api.fields import ObjectId
from onward.core.api.responses import Created
from onward.growth import services
from onward.growth.schemas.rebound import RejectionWithReboundOut
from onward.tracker import selectors as tracker_selectors
from onward.tracker import services as tracker_services
from onward.tracker.models import ApplicationEvent, Rejection
from onward.tracker.schemas import EventOut, RejectionIn, RejectionOut, RejectionPatch

application_rejection = Router(tags=["applications"])


def _rejection(request: HttpRequest, application_id: int) -> Rejection:
    owner = current_user(request)
    return tracker_selectors.rejection_for_application(owner=owner, application_id=application_id)


@application_rejection.post("/{application_id}/rejection", response={201: RejectionWithReboundOut})
def rejection_record(
    request: HttpRequest, application_id: ObjectId, payload: RejectionIn
) -> Created:
    """Record a rejection; the answer's ``rebound`` is the guided flow it starts."""
    application = tracker_selectors.application_get(owner=current_user(request), pk=application_id)
    rejection = services.rejection_log(application=application, **payload.model_dump())
    return Status(201, rejection)


@application_rejection.get("/{application_id}/rejection", response=RejectionOut)
def rejection_get(request: HttpRequest, application_id: ObjectId) -> Rejection:
    return _rejection(request, application_id)


@application_rejection.patch("/{application_id}/rejection", response=RejectionOut)
def rejection_update(
    request: HttpRequest, application_id: ObjectId, payload: RejectionPatch
) -> Rejection:
    rejection = _rejection(request, application_id)
    return tracker_services.rejection_update(rejection=rejection, **payload.changes())


@application_rejection.delete("/{application_id}/rejection", response=EventOut)
def rejection_retract(request: HttpRequest, application_id: ObjectId) -> ApplicationEvent:
    rejection = _rejection(request, application_id)
    return tracker_services.rejection_retract(rejection=rejection)
