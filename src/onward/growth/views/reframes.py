"""Reframes: the thought, evidence both ways, a balanced view, what it points toward."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, status_of
from onward.growth import selectors, services
from onward.growth.forms.reframes import ReframeForm
from onward.growth.models import Reframe
from onward.growth.views.nav import page

SECTION = "reframes"


def _initial(reframe: Reframe) -> dict[str, Any]:
    return {name: getattr(reframe, name) for name in ReframeForm.base_fields}


@login_required
def reframe_list(request: HttpRequest) -> HttpResponse:
    reframes = selectors.reframe_list(owner=owner_of(request))
    return page(request, "growth/reframe_list.html", {"reframes": reframes}, section=SECTION)


@login_required
def reframe_detail(request: HttpRequest, reframe_id: int) -> HttpResponse:
    reframe = selectors.reframe_get(owner=owner_of(request), pk=reframe_id)
    return page(request, "growth/reframe_detail.html", {"reframe": reframe}, section=SECTION)


@login_required
def reframe_create(request: HttpRequest) -> HttpResponse:
    form = ReframeForm(bound(request))
    if form.is_bound and form.is_valid():
        try:
            reframe = services.reframe_create(owner=owner_of(request), **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Reframe saved.")
            return redirect("growth:reframe", reframe_id=reframe.pk)
    context = {"form": form, "reframe": None}
    return page(
        request, "growth/reframe_form.html", context, section=SECTION, status=status_of(form)
    )


@login_required
def reframe_edit(request: HttpRequest, reframe_id: int) -> HttpResponse:
    reframe = selectors.reframe_get(owner=owner_of(request), pk=reframe_id)
    form = ReframeForm(bound(request), initial=_initial(reframe))
    if form.is_bound and form.is_valid():
        try:
            services.reframe_update(reframe=reframe, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Reframe saved.")
            return redirect("growth:reframe", reframe_id=reframe.pk)
    context = {"form": form, "reframe": reframe}
    return page(
        request, "growth/reframe_form.html", context, section=SECTION, status=status_of(form)
    )
