"""Feedback: the request (drafted, sent, replied or not) and the feedback itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from onward.analysis import drafts
from onward.analysis.feedback import FeedbackAnalysis, classify_feedback
from onward.core.services import (
    at_day,
    check_choice,
    check_not_future,
    clean_text,
    save,
)
from onward.growth.choices import DraftTone, FeedbackStatus, FeedbackTheme, WinKind
from onward.growth.models import Feedback, FeedbackRequest
from onward.growth.services.wins import win_record
from onward.tracker.choices import Stage
from onward.tracker.models import Application

MAX_FEEDBACK = 20_000


def feedback_request_get_or_create(
    *, application: Application, now: dt.datetime | None = None
) -> FeedbackRequest:
    """The application's feedback request (one per application), created when first needed."""
    now = now or timezone.now()
    request, _ = FeedbackRequest.objects.get_or_create(
        application=application,
        defaults={"owner_id": application.owner_id, "created_at": now, "updated_at": now},
    )
    return request


def _stage_reached(application: Application) -> str:
    rejection = getattr(application, "rejection", None)
    return rejection.stage_reached if rejection is not None else application.stage


def feedback_drafts(
    *,
    application: Application,
    specific_question: str | None = None,
    contact_name: str | None = None,
) -> tuple[drafts.EmailDraft, ...]:
    """Three drafts (brief, warm, one specific question) for asking about ``application``."""
    if contact_name is None:
        existing = FeedbackRequest.objects.filter(application=application).first()
        contact_name = existing.contact_name if existing else None
    owner = application.owner
    context = drafts.DraftContext(
        candidate_name=owner.signature or "[Your name]",  # until they tell us
        company=application.posting.company.name,
        role_title=application.posting.title,
        contact_name=(contact_name or "").strip() or None,
        stage_reached=_stage_reached(application),
        interview_rounds=application.events.filter(stage=Stage.INTERVIEW).count(),
        specific_question=(specific_question or "").strip() or None,
    )
    return drafts.feedback_request_drafts(context)


def _deadline_passed(request: FeedbackRequest, today: dt.date) -> bool:
    if request.requested_on is None:
        return False
    return (today - request.requested_on).days >= request.no_reply_after_days


def _apply_deadline(request: FeedbackRequest, today: dt.date) -> None:
    """Requested and past the window -> no reply; no reply but the window grew -> requested."""
    if request.status == FeedbackStatus.REQUESTED and _deadline_passed(request, today):
        request.status = FeedbackStatus.NO_REPLY
    elif request.status == FeedbackStatus.NO_REPLY and not _deadline_passed(request, today):
        request.status = FeedbackStatus.REQUESTED


def _check_days(days: int) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 180:
        raise ValidationError({"no_reply_after_days": "Use a number of days from 1 to 180."})
    return days


@transaction.atomic
def feedback_request_mark_requested(
    *,
    request: FeedbackRequest,
    requested_on: dt.date,
    tone: str,
    subject: str,
    body: str,
    contact_name: str = "",
    contact_email: str = "",
    no_reply_after_days: int = 14,
    now: dt.datetime | None = None,
) -> FeedbackRequest:
    """You sent the request: keep what was sent and start waiting for a reply."""
    now = now or timezone.now()
    check_not_future(requested_on, "requested_on", now=now)
    request.tone = check_choice(tone, DraftTone, "tone")
    request.subject = clean_text(subject, field="subject", max_length=300)
    request.body = clean_text(body, field="body", max_length=MAX_FEEDBACK)
    request.contact_name = clean_text(contact_name, field="contact_name", max_length=150)
    request.contact_email = clean_text(contact_email, field="contact_email", max_length=254)
    request.no_reply_after_days = _check_days(no_reply_after_days)
    request.requested_on = requested_on
    request.replied_on = None
    request.status = FeedbackStatus.REQUESTED
    _apply_deadline(request, timezone.localdate(now))
    save(request, exclude=("application",))
    return request


_REQUEST_TEXT = {"contact_name": 150, "contact_email": 254, "subject": 300, "body": MAX_FEEDBACK}


@transaction.atomic
def feedback_request_update(
    *,
    request: FeedbackRequest,
    status: str | None = None,
    no_reply_after_days: int | None = None,
    requested_on: dt.date | None = None,
    replied_on: dt.date | None = None,
    now: dt.datetime | None = None,
    **texts: str,
) -> FeedbackRequest:
    """Change the status, the no-reply window, dates or contact/draft texts.

    A longer window revives a "no reply"; a status of "requested" needs a request date
    (today by default).
    """
    today = timezone.localdate(now or timezone.now())
    unknown = set(texts) - set(_REQUEST_TEXT) - {"tone"}
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}")
    for name, value in texts.items():
        if name == "tone":
            request.tone = check_choice(value, DraftTone, "tone") if value else ""
        else:
            setattr(request, name, clean_text(value, field=name, max_length=_REQUEST_TEXT[name]))
    for name, day in (("requested_on", requested_on), ("replied_on", replied_on)):
        if day is not None:
            check_not_future(day, name, now=now)
            setattr(request, name, day)
    if no_reply_after_days is not None:
        request.no_reply_after_days = _check_days(no_reply_after_days)
    if status is not None:
        request.status = check_choice(status, FeedbackStatus, "status")
        if status in (FeedbackStatus.REQUESTED, FeedbackStatus.NO_REPLY):
            request.requested_on = request.requested_on or today
        if status == FeedbackStatus.REPLIED:
            request.replied_on = request.replied_on or today
    if status != FeedbackStatus.NO_REPLY:  # an explicit "no reply" stays as chosen
        _apply_deadline(request, today)
    save(request, exclude=("application",))
    return request


def feedback_requests_mark_no_reply(*, now: dt.datetime | None = None) -> int:
    """Periodic job: requests still unanswered after their window become "no reply"."""
    today = timezone.localdate(now or timezone.now())
    marked = 0
    waiting = FeedbackRequest.objects.filter(
        status=FeedbackStatus.REQUESTED, requested_on__isnull=False
    )
    for pk in waiting.values_list("pk", flat=True):
        with transaction.atomic():
            request = FeedbackRequest.objects.select_for_update().get(pk=pk)
            if request.status == FeedbackStatus.REQUESTED and _deadline_passed(request, today):
                request.status = FeedbackStatus.NO_REPLY
                request.save(update_fields=["status"])
                marked += 1
    return marked


def clean_themes(themes: Iterable[str]) -> list[str]:
    if isinstance(themes, str):
        themes = [themes]
    found = [check_choice(theme, FeedbackTheme, "themes") for theme in themes]
    return list(dict.fromkeys(found))


def _feedback_fields(
    text: str, received_on: dt.date, themes: Iterable[str]
) -> tuple[str, list[str]]:
    text = clean_text(text, field="text", max_length=MAX_FEEDBACK)
    if not text:
        raise ValidationError({"text": "Paste the feedback you received."})
    check_not_future(received_on, "received_on")
    return text, clean_themes(themes)


@transaction.atomic
def feedback_record(
    *,
    application: Application,
    text: str,
    received_on: dt.date,
    themes: Iterable[str],
    now: dt.datetime | None = None,
) -> Feedback:
    """Keep the feedback verbatim with the themes you confirmed; the request is replied."""
    now = now or timezone.now()
    text, tags = _feedback_fields(text, received_on, themes)
    request = feedback_request_get_or_create(application=application, now=now)
    request.status = FeedbackStatus.REPLIED
    request.replied_on = received_on
    request.save(update_fields=["status", "replied_on", "updated_at"])
    feedback = Feedback(
        owner_id=application.owner_id,
        application=application,
        request=request,
        received_on=received_on,
        text=text,
        themes=tags,
        created_at=now,
        updated_at=now,
    )
    save(feedback, exclude=("application", "request"))
    win_record(
        owner=application.owner,
        kind=WinKind.FEEDBACK_RECEIVED,
        title=f"Feedback received from {application.posting.company.name}",
        source_key=f"feedback:{feedback.uid}",
        occurred_at=at_day(received_on, now),
        application=application,
    )
    return feedback


def feedback_update(
    *, feedback: Feedback, text: str, received_on: dt.date, themes: Iterable[str]
) -> Feedback:
    feedback.text, feedback.themes = _feedback_fields(text, received_on, themes)
    feedback.received_on = received_on
    save(feedback, exclude=("application", "request"))
    return feedback


def feedback_delete(*, feedback: Feedback) -> None:
    feedback.delete()


def feedback_suggest_themes(*, text: str) -> FeedbackAnalysis:
    """Theme suggestions with the phrases they rest on (the user confirms them)."""
    return classify_feedback(clean_text(text, field="text", max_length=MAX_FEEDBACK))
