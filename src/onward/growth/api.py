"""The growth loop's JSON endpoints, part one: the journal.

Reflections, feedback requests (nested under an application) and feedback, check-ins
with their trend and the lighter-week suggestion, reframes. Each handler parses, calls
one selector or service, renders. See ``api_progress`` for the rest.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Query, Router, Status

from onward.accounts.models import User
from onward.analysis.feedback import FeedbackAnalysis
from onward.api.auth import current_user
from onward.api.fields import ObjectId
from onward.api.pagination import paginated
from onward.growth import emails, selectors, services
from onward.growth.models import CheckIn, Feedback, FeedbackRequest, Reflection, Reframe
from onward.growth.schemas import (
    CheckInIn,
    CheckInOut,
    CheckInQuery,
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
    GuardrailOut,
    ReflectionIn,
    ReflectionOut,
    ReflectionPatch,
    ReflectionQuery,
    ReframeIn,
    ReframeOut,
    ReframePatch,
    RequestedIn,
    SuggestIn,
    SuggestOut,
    TrendOut,
    TrendQuery,
)
from onward.tracker import selectors as tracker_selectors
from onward.tracker.models import Application

reflections = Router(tags=["reflections"])
application_feedback = Router(tags=["feedback"])
feedback_requests = Router(tags=["feedback"])
feedback = Router(tags=["feedback"])
checkins = Router(tags=["check-ins"])
reframes = Router(tags=["reframes"])

Created = Status[Any]
NoContent = Status[None]


def application_or_none(owner: User, application_id: int | None) -> Application | None:
    if application_id is None:
        return None
    return tracker_selectors.application_get(owner=owner, pk=application_id)


# --- reflections -------------------------------------------------------------------------


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


# --- feedback requests, under /applications/{application_id}/feedback-request ------------

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


# --- feedback ----------------------------------------------------------------------------


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


# --- check-ins ---------------------------------------------------------------------------


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


# --- reframes ----------------------------------------------------------------------------


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
