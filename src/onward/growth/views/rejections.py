"""Logging a rejection from the web: the form, then straight into the rebound flow."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, status_of
from onward.growth import services
from onward.tracker import selectors as tracker_selectors
from onward.tracker.choices import CLOSED, Stage
from onward.tracker.forms import RejectionForm
from onward.tracker.models import Rejection


def _after_rejection(request: HttpRequest, rejection: Rejection) -> HttpResponse:
    """Where a logged rejection leads: the guided rebound flow (skippable, resumable)."""
    reached = Stage(rejection.stage_reached).label.lower()
    messages.success(
        request,
        f"Rejection logged. It's hard to hear, and it is one answer from one place. "
        f"You got as far as {reached}; that counts. A few short steps can help, or skip them.",
    )
    return redirect("growth:rebound_reflect", rejection_id=rejection.pk)


@login_required
def rejection_log(request: HttpRequest, application_id: int) -> HttpResponse:
    application = tracker_selectors.application_get(owner=owner_of(request), pk=application_id)
    form = RejectionForm(bound(request))
    if form.is_bound and form.is_valid():
        try:
            rejection = services.rejection_log(application=application, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            return _after_rejection(request, rejection)
    context = {
        "nav": "applications",
        "application": application,
        "form": form,
        "closed": application.stage in CLOSED,
    }
    return render(request, "growth/rejection_form.html", context, status=status_of(form))
