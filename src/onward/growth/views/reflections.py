"""Reflections: after an interview round, an application, a rejection, or any time."""

from __future__ import annotations

import re
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.urls import reverse

from onward.accounts.http import owner_of
from onward.analysis.wellbeing import FactorGuess
from onward.core.forms import add_service_errors
from onward.core.http import bound
from onward.growth import selectors, services
from onward.growth.choices import Control, ReflectionKind
from onward.growth.forms.reflections import GENERIC_MOMENTS, ReflectionForms, moment_choices
from onward.growth.models import Reflection
from onward.growth.views.nav import page
from onward.tracker import selectors as tracker_selectors
from onward.tracker.choices import Stage
from onward.tracker.models import Application, ApplicationEvent

SECTION = "reflections"
PAGE_SIZE = 50  # newest first; older ones on the next pages
_TYPED = re.compile(r"^(went_well|lacked|skill_tags|moments-\d+-(question|note)|factors-\d+-text)$")


def typed_anything(data: QueryDict) -> bool:
    """Whether the reflection form has any text in it (choices alone do not count)."""
    return any(
        _TYPED.match(key) and any(value.strip() for value in values) for key, values in data.lists()
    )


def _with_suggestions(data: QueryDict, forms: ReflectionForms) -> tuple[QueryDict, list[Any]]:
    """Pre-select the suggested side for factors the user left at "not sure"."""
    guesses = selectors.factors_suggest(texts=forms.factor_texts())
    data = data.copy()
    for index, guess in enumerate(guesses):
        key = f"factors-{index}-control"
        if guess is not None and data.get(key, Control.UNSURE) == Control.UNSURE:
            data[key] = guess.control.value
    return data, guesses


def bind(
    request: HttpRequest, application: Application | None, reflection: Reflection | None
) -> tuple[ReflectionForms, list[FactorGuess | None] | None]:
    """The reflection forms; with ``action=sort`` also the control suggestions (not saved)."""
    if application is not None:
        choices = moment_choices(tracker_selectors.application_events(application=application))
    else:
        choices = [("", "Choose…"), *GENERIC_MOMENTS]
    data = bound(request)
    forms = ReflectionForms(data, when_choices=choices, reflection=reflection)
    if data is None or request.POST.get("action") != "sort":
        return forms, None
    data, guesses = _with_suggestions(data, forms)
    return ReflectionForms(data, when_choices=choices, reflection=reflection), guesses


def form_context(forms: ReflectionForms, guesses: list[Any] | None) -> dict[str, Any]:
    guesses = guesses or [None] * len(forms.factors.forms)
    rows = list(zip(forms.factors.forms, guesses, strict=False))
    if guesses and any(guesses):
        forms.is_valid()  # show any problems next to the rows, but save nothing
    return {"forms": forms, "factor_rows": rows, "suggested": any(guesses)}


def status_for(forms: ReflectionForms, guesses: list[Any] | None) -> int:
    if forms.main.errors:
        return 400  # e.g. the service refused
    return 400 if guesses is None and forms.is_bound and not forms.is_valid() else 200


# --- list and detail ---------------------------------------------------------------------


@login_required
def reflection_list(request: HttpRequest) -> HttpResponse:
    reflections = selectors.reflection_list(owner=owner_of(request))
    listed = Paginator(reflections, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"reflections": listed.object_list, "page": listed}
    return page(request, "growth/reflection_list.html", context, section=SECTION)


@login_required
def reflection_detail(request: HttpRequest, reflection_id: int) -> HttpResponse:
    reflection = selectors.reflection_get(owner=owner_of(request), pk=reflection_id)
    factors = list(reflection.factors.all())
    sorted_factors = [
        (label, [f.text for f in factors if f.control == value]) for value, label in Control.choices
    ]
    context = {
        "reflection": reflection,
        "moments": list(reflection.moments.all()),
        "sorted_factors": sorted_factors if factors else [],
    }
    return page(request, "growth/reflection_detail.html", context, section=SECTION)


# --- create, edit, delete ----------------------------------------------------------------


def _event_of(request: HttpRequest, application: Application | None) -> ApplicationEvent | None:
    raw = request.GET.get("event") or request.POST.get("event") or ""
    if not raw or application is None:
        return None
    events = tracker_selectors.application_events(application=application)
    event = next((e for e in events if str(e.pk) == raw), None)
    if event is None:
        raise Http404("No such event")
    return event


def _kind(application: Application | None, event: ApplicationEvent | None) -> ReflectionKind:
    if event is not None and event.stage in (Stage.INTERVIEW, Stage.SCREENING):
        return ReflectionKind.AFTER_INTERVIEW
    return ReflectionKind.AFTER_APPLICATION if application else ReflectionKind.GENERAL


@login_required
def reflection_create(request: HttpRequest, application_id: int | None = None) -> HttpResponse:
    owner = owner_of(request)
    application = (
        tracker_selectors.application_get(owner=owner, pk=application_id)
        if application_id
        else None
    )
    event = _event_of(request, application)
    forms, guesses = bind(request, application, None)
    if forms.is_bound and guesses is None and forms.is_valid():
        try:
            reflection = services.reflection_create(
                owner=owner,
                kind=_kind(application, event),
                application=application,
                event=event,
                **forms.payload(),
            )
        except ValidationError as exc:
            add_service_errors(forms.main, exc)
        else:
            messages.success(request, "Reflection saved. Writing it down is half the work.")
            return redirect("growth:reflection", reflection_id=reflection.pk)
    context = {**form_context(forms, guesses), "application": application, "event": event}
    status = status_for(forms, guesses)
    return page(request, "growth/reflection_form.html", context, section=SECTION, status=status)


@login_required
def reflection_edit(request: HttpRequest, reflection_id: int) -> HttpResponse:
    reflection = selectors.reflection_get(owner=owner_of(request), pk=reflection_id)
    forms, guesses = bind(request, reflection.application, reflection)
    if forms.is_bound and guesses is None and forms.is_valid():
        try:
            services.reflection_update(reflection=reflection, **forms.payload())
        except ValidationError as exc:
            add_service_errors(forms.main, exc)
        else:
            messages.success(request, "Reflection saved.")
            return redirect("growth:reflection", reflection_id=reflection.pk)
    context = {
        **form_context(forms, guesses),
        "reflection": reflection,
        "application": reflection.application,
        "event": reflection.event,
    }
    status = status_for(forms, guesses)
    return page(request, "growth/reflection_form.html", context, section=SECTION, status=status)


@login_required
def reflection_delete(request: HttpRequest, reflection_id: int) -> HttpResponse:
    reflection = selectors.reflection_get(owner=owner_of(request), pk=reflection_id)
    if request.method == "POST":
        services.reflection_delete(reflection=reflection)
        messages.success(request, "Reflection deleted.")
        return redirect("growth:reflections")
    context = {
        "title": "Delete this reflection?",
        "text": "Its moments and factors go too. This cannot be undone.",
        "confirm": "Delete reflection",
        "cancel_url": reverse("growth:reflection", kwargs={"reflection_id": reflection.pk}),
    }
    return page(request, "growth/confirm.html", context, section=SECTION)
