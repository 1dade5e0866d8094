"""Follow-ups: small things to do later, often for one application."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, safe_next, status_of, today
from onward.growth import selectors, services
from onward.growth.forms.followups import FollowUpForm
from onward.growth.views.nav import page

SECTION = "followups"


@login_required
def followup_list(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    form = FollowUpForm(bound(request))
    if form.is_bound and form.is_valid():
        try:
            services.followup_create(owner=owner, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Follow-up added.")
            return redirect("growth:followups")
    show_all = request.GET.get("show") == "all"
    context = {
        "form": form,
        "followups": selectors.followup_list(owner=owner, open_only=not show_all),
        "show_all": show_all,
        "today": today(),
    }
    return page(request, "growth/followups.html", context, section=SECTION, status=status_of(form))


@login_required
@require_POST
def followup_done(request: HttpRequest, followup_id: int) -> HttpResponse:
    followup = selectors.followup_get(owner=owner_of(request), pk=followup_id)
    services.followup_done(followup=followup)
    messages.success(request, f"Done: {followup.title}.")
    return redirect(safe_next(request, reverse("growth:followups")))


@login_required
def followup_delete(request: HttpRequest, followup_id: int) -> HttpResponse:
    followup = selectors.followup_get(owner=owner_of(request), pk=followup_id)
    if request.method == "POST":
        services.followup_delete(followup=followup)
        messages.success(request, "Follow-up deleted.")
        return redirect("growth:followups")
    context = {
        "title": "Delete this follow-up?",
        "text": f"“{followup.title}”. This cannot be undone.",
        "confirm": "Delete follow-up",
        "cancel_url": reverse("growth:followups"),
    }
    return page(request, "growth/confirm.html", context, section=SECTION)
