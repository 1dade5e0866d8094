"""Asking for feedback: drafts in three tones, copy / mailto / .eml, and the request status."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import safe_next
from onward.growth import emails, selectors, services
from onward.growth.choices import DraftTone
from onward.growth.forms.feedback import (
    DraftOptionsForm,
    EmlForm,
    MarkRequestedForm,
    RequestStatusForm,
)
from onward.growth.models import FeedbackRequest
from onward.growth.views.nav import page
from onward.tracker import selectors as tracker_selectors
from onward.tracker.models import Application

SECTION = "feedback"
TONE_TABS = [
    (DraftTone.BRIEF.value, "Brief"),
    (DraftTone.WARM.value, "Warm"),
    (DraftTone.SPECIFIC_QUESTION.value, "One question"),
]


def _request_of(application: Application) -> FeedbackRequest | None:
    return selectors.feedback_request_for(owner=application.owner, application=application)


def _drafts(application: Application, options: dict[str, str]) -> tuple[Any, ...]:
    return services.feedback_drafts(
        application=application,
        specific_question=options["question"] or None,
        contact_name=options["contact_name"] or None,
    )


_QUESTION_KEY = "onward-feedback-question-{}"


def _options(
    request: HttpRequest, application: Application, fr: FeedbackRequest | None
) -> tuple[DraftOptionsForm, dict[str, str]]:
    """The drafts' options. Who to address is posted (never put in the URL) and kept on the
    feedback request; the one question is kept in the session; only the tone is a query
    parameter (the tabs)."""
    key = _QUESTION_KEY.format(application.pk)
    if request.method == "POST" and request.POST.get("action") == "draft":
        form = DraftOptionsForm(request.POST)
        if form.is_valid():
            options = form.options()
            _remember_contact(application, options)
            request.session[key] = options["question"]
        return form, form.options()
    options = {
        "tone": DraftOptionsForm({"tone": request.GET.get("tone", "")}).options()["tone"],
        "contact_name": fr.contact_name if fr else "",
        "contact_email": fr.contact_email if fr else "",
        "question": str(request.session.get(key, "")),
    }
    return DraftOptionsForm(initial=options), options


def _remember_contact(application: Application, options: dict[str, str]) -> None:
    fr = services.feedback_request_get_or_create(application=application)
    services.feedback_request_update(
        request=fr, contact_name=options["contact_name"], contact_email=options["contact_email"]
    )


def _mark_initial(
    draft: Any, options: dict[str, str], fr: FeedbackRequest | None
) -> dict[str, Any]:
    return {
        "tone": draft.tone.value,
        "subject": draft.subject,
        "body": draft.body,
        "contact_name": options["contact_name"],
        "contact_email": options["contact_email"],
        "no_reply_after_days": fr.no_reply_after_days if fr else 14,
    }


def draft_context(
    request: HttpRequest, application: Application, *, form: MarkRequestedForm | None = None
) -> dict[str, Any]:
    """Everything the drafting panel shows (used here and in step 2 of the rebound flow)."""
    fr = _request_of(application)
    options_form, options = _options(request, application, fr)
    fr = _request_of(application)  # the contact may just have been saved
    drafts = _drafts(application, options)
    draft = next((d for d in drafts if d.tone.value == options["tone"]), drafts[0])
    if form is None:
        form = MarkRequestedForm(initial=_mark_initial(draft, options, fr))
    status_initial = (
        {"status": fr.status, "no_reply_after_days": fr.no_reply_after_days} if fr else {}
    )
    return {
        "fr": fr,
        "options_form": options_form,
        "tones": TONE_TABS,
        "tone": draft.tone.value,
        "draft": draft,
        "mark_form": form,
        "mailto": emails.mailto_url(
            to=options["contact_email"], subject=draft.subject, body=draft.body
        ),
        "eml_url": reverse("growth:feedback_eml", kwargs={"application_id": application.pk}),
        "status_form": RequestStatusForm(initial=status_initial) if fr else None,
    }


def mark_requested(
    request: HttpRequest, application: Application
) -> tuple[MarkRequestedForm | None, bool]:
    """Handle "I've sent it": (the bound form, whether it was saved)."""
    if request.method != "POST" or request.POST.get("action") != "requested":
        return None, False
    form = MarkRequestedForm(request.POST)
    if not form.is_valid():
        return form, False
    try:
        fr = services.feedback_request_get_or_create(application=application)
        services.feedback_request_mark_requested(request=fr, **form.cleaned_data)
    except ValidationError as exc:
        add_service_errors(form, exc)
        return form, False
    messages.success(request, "Marked as sent. We'll remind you if there's no reply.")
    return form, True


def _request_url(application: Application) -> str:
    return reverse("growth:feedback_request", kwargs={"application_id": application.pk})


@login_required
def request_page(request: HttpRequest, application_id: int) -> HttpResponse:
    application = tracker_selectors.application_get(owner=owner_of(request), pk=application_id)
    form, saved = mark_requested(request, application)
    if saved:
        return redirect(_request_url(application))
    context = {"application": application, **draft_context(request, application, form=form)}
    status = 400 if form is not None and form.errors else 200
    return page(request, "growth/feedback_request.html", context, section=SECTION, status=status)


@login_required
@require_POST
def request_status(request: HttpRequest, application_id: int) -> HttpResponse:
    application = tracker_selectors.application_get(owner=owner_of(request), pk=application_id)
    form = RequestStatusForm(request.POST)
    if form.is_valid():
        try:
            fr = services.feedback_request_get_or_create(application=application)
            services.feedback_request_update(request=fr, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Feedback request updated.")
            return redirect(safe_next(request, _request_url(application)))
    context = {"application": application, **draft_context(request, application)}
    context["status_form"] = form
    return page(request, "growth/feedback_request.html", context, section=SECTION, status=400)


@login_required
def request_eml(request: HttpRequest, application_id: int) -> HttpResponse:
    """GET: the draft for ``?tone=``, addressed as saved; POST: the draft as edited on the
    page."""
    owner = owner_of(request)
    application = tracker_selectors.application_get(owner=owner, pk=application_id)
    if request.method == "POST":
        form = EmlForm(request.POST)
        if not form.is_valid():
            return HttpResponse("The draft needs a subject and a message.", status=400)
        subject, body = form.cleaned_data["subject"], form.cleaned_data["body"]
        to = form.cleaned_data["contact_email"]
    else:
        _form, options = _options(request, application, _request_of(application))
        drafts = _drafts(application, options)
        draft = next((d for d in drafts if d.tone.value == options["tone"]), drafts[0])
        subject, body, to = draft.subject, draft.body, options["contact_email"]
    data = emails.eml_bytes(subject=subject, body=body, to=to, sender=owner.email)
    response = HttpResponse(data, content_type="message/rfc822")
    name = slugify(application.posting.company.name) or "company"
    response["Content-Disposition"] = f'attachment; filename="ask-for-feedback-{name}.eml"'
    return response
