"""The Inbox's settings page: auto-accept above a confidence, keeping bodies."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from onward.accounts.http import owner_of
from onward.core import http
from onward.core.forms import add_service_errors
from onward.core.http import bound, status_of
from onward.inbox import selectors, services
from onward.inbox.forms import SettingsForm


@login_required
def settings_page(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    prefs = selectors.inbox_settings(owner=owner)
    form = SettingsForm(bound(request), initial=SettingsForm.initial_for(prefs))
    if form.is_bound and form.is_valid():
        try:
            services.inbox_settings_update(
                owner=owner,
                auto_accept=form.cleaned_data["auto_accept"],
                auto_accept_min=form.cleaned_data["auto_accept_min"],
                keep_bodies=form.cleaned_data["keep_bodies"],
            )
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Saved. New imports use these settings.")
            return redirect("inbox:inbox")
    context = {"form": form}
    return http.page(request, "inbox/settings.html", context, nav="inbox", status=status_of(form))
