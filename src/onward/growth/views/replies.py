"""Feedback received: stored verbatim, themes suggested with the phrases behind them."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.analysis.feedback import FeedbackAnalysis
from onward.core.forms import add_service_errors
from onward.core.http import bound
from onward.growth import selectors, services
from onward.growth.choices import FeedbackTheme
from onward.growth.forms.feedback import FeedbackForm
from onward.growth.models import Feedback
from onward.growth.views.highlight import Mark, highlight
from onward.growth.views.nav import page
from onward.tracker import selectors as tracker_selectors

SECTION = "feedback"
PAGE_SIZE = 30  # feedback per page, newest first
REQUESTS_SHOWN = 20  # the newest requests beside it
POLARITY_WORDS = {"strength": "a strength", "concern": "to work on", "neutral": "circumstance"}


def _analysis_context(text: str) -> dict[str, Any]:
    if not text.strip():
        return {"analysis": None}
    try:
        analysis: FeedbackAnalysis = services.feedback_suggest_themes(text=text)
    except ValidationError:  # the form reports what is wrong with the text
        return {"analysis": None}
    marks = [
        Mark(e.start, e.end, e.reason, f"mark--{e.polarity.value}")
        for theme in analysis.themes
        for e in theme.evidence
    ]
    suggestions = [
        {
            "label": t.label,
            "polarity": t.polarity.value,
            "polarity_word": POLARITY_WORDS.get(t.polarity.value, ""),
            "reason": t.reason,
            "phrases": list(dict.fromkeys(e.phrase for e in t.evidence)),
        }
        for t in analysis.themes
    ]
    return {
        "analysis": analysis,
        "highlighted": highlight(text, marks),
        "suggestions": suggestions,
        "suggested_values": set(analysis.theme_values),
    }


def _ticked(data: Any, analysis: FeedbackAnalysis | None) -> tuple[list[str], bool]:
    """The themes to tick: the user's own once they touched one, else the suggestions."""
    edited = data.get("themes_edited") in ("True", "true", "on", "1")
    if edited or analysis is None:
        return data.getlist("themes"), edited
    valid = set(FeedbackTheme.values)
    return [value for value in analysis.theme_values if value in valid], edited


def _suggested_form(data: Any) -> tuple[FeedbackForm, dict[str, Any]]:
    """An unbound form carrying what was typed, with the suggested themes ticked."""
    context = _analysis_context(data.get("text", ""))
    themes, edited = _ticked(data, context["analysis"])
    initial = {
        "text": data.get("text", ""),
        "received_on": data.get("received_on") or None,
        "themes": themes,
        "themes_edited": edited,
    }
    return FeedbackForm(initial={k: v for k, v in initial.items() if v is not None}), context


@login_required
@require_POST
def feedback_suggest(request: HttpRequest) -> HttpResponse:
    """htmx: the suggestions panel and the theme checkboxes, as the text is typed."""
    form, context = _suggested_form(request.POST)
    return render(request, "growth/_feedback_themes.html", {"form": form, **context})


def _form_response(
    request: HttpRequest, form: FeedbackForm, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    if form.is_bound and form.errors:
        status = 400
    if "analysis" not in context:
        text = str(form["text"].value() or "")
        context |= _analysis_context(text)
    return page(
        request,
        "growth/feedback_form.html",
        {"form": form, **context},
        section=SECTION,
        status=status,
    )


@login_required
def feedback_record(request: HttpRequest, application_id: int) -> HttpResponse:
    application = tracker_selectors.application_get(owner=owner_of(request), pk=application_id)
    context: dict[str, Any] = {"application": application, "feedback": None}
    if request.method == "POST" and request.POST.get("action") == "suggest":
        form, analysis = _suggested_form(request.POST)
        return _form_response(request, form, {**context, **analysis})
    form = FeedbackForm(bound(request))
    if form.is_bound and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "themes_edited"}
        try:
            feedback = services.feedback_record(application=application, **data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Feedback saved. Whatever it says, you now know more.")
            return redirect("growth:feedback", feedback_id=feedback.pk)
    return _form_response(request, form, context)


def _initial(feedback: Feedback) -> dict[str, Any]:
    return {
        "text": feedback.text,
        "received_on": feedback.received_on,
        "themes": feedback.themes,
        "themes_edited": True,
    }


@login_required
def feedback_edit(request: HttpRequest, feedback_id: int) -> HttpResponse:
    feedback = selectors.feedback_get(owner=owner_of(request), pk=feedback_id)
    context: dict[str, Any] = {"application": feedback.application, "feedback": feedback}
    if request.method == "POST" and request.POST.get("action") == "suggest":
        form, analysis = _suggested_form(request.POST)
        return _form_response(request, form, {**context, **analysis})
    form = FeedbackForm(bound(request), initial=_initial(feedback))
    if form.is_bound and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "themes_edited"}
        try:
            services.feedback_update(feedback=feedback, **data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Feedback saved.")
            return redirect("growth:feedback", feedback_id=feedback.pk)
    return _form_response(request, form, context)


@login_required
def feedback_detail(request: HttpRequest, feedback_id: int) -> HttpResponse:
    feedback = selectors.feedback_get(owner=owner_of(request), pk=feedback_id)
    labels = dict(FeedbackTheme.choices)
    context = {
        "feedback": feedback,
        "application": feedback.application,
        "theme_labels": [labels.get(t, t) for t in feedback.themes],
        **_analysis_context(feedback.text),
    }
    return page(request, "growth/feedback_detail.html", context, section=SECTION)


@login_required
def feedback_list(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    labels = dict(FeedbackTheme.choices)
    listed = Paginator(selectors.feedback_list(owner=owner), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    items = [(feedback, [labels.get(t, t) for t in feedback.themes]) for feedback in listed]
    requests = selectors.feedback_request_list(owner=owner)
    context = {
        "items": items,
        "page": listed,
        "requests": requests[:REQUESTS_SHOWN],
        "requests_total": requests.count(),
    }
    return page(request, "growth/feedback_list.html", context, section=SECTION)
