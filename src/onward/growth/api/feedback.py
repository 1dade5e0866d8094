"""Feedback requests (nested under an application: drafts, .eml, requested) and the feedback
received: JSON endpoints."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Query, Router, Status

from onward.accounts.auth import current_user
from onward.analysis.feedback import FeedbackAnalysis
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import Created, NoContent
from onward.growth import emails, selectors, services
from onward.growth.api.common import application_or_none
from onward.growth.models import Feedback, FeedbackRequest
from onward.growth.schemas.feedback import (
    DraftOut,
    DraftQuery,
    EmlQuery,
    FeedbackIn,
    FeedbackOut,
    FeedbackPatch,
    FeedbackQuery,
    FeedbackRequestOut,
    FeedbackRequestPatch,
    FeedbackRequestQuery,
    RequestedIn,
    SuggestIn,
    SuggestOut,
)
from onward.tracker import selectors as tracker_selectors
from onward.tracker.models import Application

feedback_requests = Router(tags=["feedback"])

application_feedback = Router(tags=["feedback"])

_REQUEST = "/{application_id}/feedback-request"


def _application(request: HttpRequest, application_id: int) -> Application:
    return tracker_selectors.application_get(owner=current_user(request), pk=application_id)


@application_feedback.get(_REQUEST, response=FeedbackRequestOut)
def feedback_request_get(request: HttpRequest, application_id: ObjectId) -> FeedbackRequest:
    application = _application(request, application_id)
    return selectors.feedback_request_or_new(owner=application.owner, application=application)


@application_feedback.patch(_REQUEST, response=FeedbackRequestOut)
def feedback_request_update(
    request: HttpRequest, application_id: ObjectId, payload: FeedbackRequestPatch
) -> FeedbackRequest:
    application = _application(request, application_id)
    feedback_request = services.feedback_request_get_or_create(application=application)
    return services.feedback_request_update(request=feedback_request, **payload.changes())


@application_feedback.post(f"{_REQUEST}/requested", response=FeedbackRequestOut)
def feedback_request_requested(
    request: HttpRequest, application_id: ObjectId, payload: RequestedIn
) -> FeedbackRequest:
    application = _application(request, application_id)
    fields = payload.model_dump()
    fields["requested_on"] = fields["requested_on"] or timezone.localdate()
    return services.feedback_request_mark_requested(
        request=services.feedback_request_get_or_create(application=application), **fields
    )


def _drafts(application: Application, query: DraftQuery) -> list[dict[str, Any]]:
    saved = selectors.feedback_request_or_new(owner=application.owner, application=application)
    to = query.contact_email or saved.contact_email
    found = services.feedback_drafts(
        application=application,
        specific_question=query.specific_question or None,
        contact_name=query.contact_name or None,
    )
    return [
        {
            "tone": d.tone.value,
            "subject": d.subject,
            "body": d.body,
            "mailto": emails.mailto_url(to=to, subject=d.subject, body=d.body),
        }
        for d in found
    ]


@application_feedback.get(f"{_REQUEST}/drafts", response=list[DraftOut])
def feedback_drafts(
    request: HttpRequest, application_id: ObjectId, query: Query[DraftQuery]
) -> list[dict[str, Any]]:
    return _drafts(_application(request, application_id), query)


@application_feedback.get(f"{_REQUEST}/eml", response={200: None})
def feedback_eml(
    request: HttpRequest, application_id: ObjectId, query: Query[EmlQuery]
) -> HttpResponse:
    """One draft as an ``.eml`` file to open in a mail program."""
    application = _application(request, application_id)
    draft = next(d for d in _drafts(application, query) if d["tone"] == query.tone)
    saved = selectors.feedback_request_or_new(owner=application.owner, application=application)
    data = emails.eml_bytes(
        to=query.contact_email or saved.contact_email,
        subject=draft["subject"],
        body=draft["body"],
        sender=application.owner.email,
    )
    response = HttpResponse(data, content_type="message/rfc822")
    name = f"feedback-request-{application.pk}-{query.tone}.eml"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@feedback_requests.get("", response=list[FeedbackRequestOut])
@paginated
def feedback_request_list(request: HttpRequest, filters: Query[FeedbackRequestQuery]) -> Any:
    return selectors.feedback_request_list(owner=current_user(request), status=filters.status)


feedback = Router(tags=["feedback"])


@feedback.get("", response=list[FeedbackOut])
@paginated
def feedback_list(request: HttpRequest, filters: Query[FeedbackQuery]) -> Any:
    owner = current_user(request)
    application = application_or_none(owner, filters.application_id)
    return selectors.feedback_list(owner=owner, application=application, theme=filters.theme)


@feedback.post("", response={201: FeedbackOut})
def feedback_record(request: HttpRequest, payload: FeedbackIn) -> Created:
    owner = current_user(request)
    item = services.feedback_record(
        application=tracker_selectors.application_get(owner=owner, pk=payload.application_id),
        text=payload.text,
        received_on=payload.received_on or timezone.localdate(),
        themes=payload.themes,
    )
    return Status(201, item)


@feedback.post("/suggest-themes", response=SuggestOut)
def feedback_suggest_themes(request: HttpRequest, payload: SuggestIn) -> FeedbackAnalysis:
    current_user(request)
    return services.feedback_suggest_themes(text=payload.text)


@feedback.get("/{feedback_id}", response=FeedbackOut)
def feedback_get(request: HttpRequest, feedback_id: ObjectId) -> Feedback:
    return selectors.feedback_get(owner=current_user(request), pk=feedback_id)


@feedback.patch("/{feedback_id}", response=FeedbackOut)
def feedback_update(request: HttpRequest, feedback_id: ObjectId, payload: FeedbackPatch) -> Any:
    item = selectors.feedback_get(owner=current_user(request), pk=feedback_id)
    fields = {"text": item.text, "received_on": item.received_on, "themes": item.themes}
    return services.feedback_update(feedback=item, **(fields | payload.changes()))


@feedback.delete("/{feedback_id}", response={204: None})
def feedback_delete(request: HttpRequest, feedback_id: ObjectId) -> NoContent:
    item = selectors.feedback_get(owner=current_user(request), pk=feedback_id)
    services.feedback_delete(feedback=item)
    return Status(204, None)
