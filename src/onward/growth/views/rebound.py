"""The rebound flow after a rejection: reflect, ask for feedback, check in, reframe (the
last step, next actions, is in ``onward.skills.views.next_actions``).

Each step saves as you go. "Skip this step" moves on without saving, "Finish later" saves
what is there and parks the flow on the dashboard. See ``flow.py`` for the plumbing.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, status_of
from onward.growth import services
from onward.growth.choices import CheckInContext, ReboundStep, ReflectionKind
from onward.growth.forms.checkins import CheckInForm
from onward.growth.forms.common import has_input
from onward.growth.forms.reframes import ReframeForm
from onward.growth.models import CheckIn, ReboundFlow, Reflection, Reframe
from onward.growth.views import flow as steps
from onward.growth.views import reflections as reflection_views
from onward.growth.views.feedback import draft_context, mark_requested
from onward.tracker import selectors as tracker_selectors


@login_required
def resume(request: HttpRequest, rejection_id: int) -> HttpResponse:
    return redirect(steps.resume_url(steps.flow_for(request, rejection_id)))


@login_required
@require_POST
def start(request: HttpRequest, rejection_id: int) -> HttpResponse:
    rejection = tracker_selectors.rejection_get(owner=owner_of(request), pk=rejection_id)
    flow = services.rebound_start(rejection=rejection)
    return redirect(steps.resume_url(flow))


def _early_exit(
    request: HttpRequest, flow: ReboundFlow, step: ReboundStep, *, typed: bool
) -> HttpResponse | None:
    """Skip, or "finish later" with nothing typed in: no form to validate."""
    action = request.POST.get("action")
    if action == "skip":
        return steps.move_on(request, flow, step, skipped=True)
    if action == "later" and not typed:
        return steps.later(request, flow, step)
    return None


# --- 1 reflect ---------------------------------------------------------------------------


def _save_reflection(flow: ReboundFlow, data: dict[str, Any]) -> Reflection:
    if flow.reflection is not None:
        return services.reflection_update(reflection=flow.reflection, **data)
    rejection = flow.rejection
    return services.reflection_create(
        owner=flow.owner,
        kind=ReflectionKind.AFTER_REJECTION,
        application=rejection.application,
        event=rejection.event,
        **data,
    )


@login_required
def reflect(request: HttpRequest, rejection_id: int) -> HttpResponse:
    flow = steps.flow_for(request, rejection_id)
    step = ReboundStep.REFLECT
    typed = reflection_views.typed_anything(request.POST)
    if request.method == "POST" and (early := _early_exit(request, flow, step, typed=typed)):
        return early
    application = flow.rejection.application
    forms, guesses = reflection_views.bind(request, application, flow.reflection)
    if forms.is_bound and guesses is None and forms.is_valid():
        if forms.is_empty():
            return steps.move_on(request, flow, step)
        try:
            reflection = _save_reflection(flow, forms.payload())
        except ValidationError as exc:
            add_service_errors(forms.main, exc)
        else:
            return steps.move_on(request, flow, step, reflection=reflection)
    context = reflection_views.form_context(forms, guesses)
    status = reflection_views.status_for(forms, guesses)
    return steps.render_step(request, flow, step, context, status=status)


# --- 2 ask for feedback ------------------------------------------------------------------


@login_required
def feedback(request: HttpRequest, rejection_id: int) -> HttpResponse:
    flow = steps.flow_for(request, rejection_id)
    step = ReboundStep.FEEDBACK
    action = request.POST.get("action")
    if request.method == "POST" and action in ("skip", "later", "next"):
        if action == "later":
            return steps.later(request, flow, step)
        return steps.move_on(request, flow, step, skipped=action == "skip")
    application = flow.rejection.application
    form, saved = mark_requested(request, application)
    if saved:
        return steps.move_on(request, flow, step)
    context = draft_context(request, application, form=form)
    return steps.render_step(request, flow, step, context, status=status_of(form))


# --- 3 check in --------------------------------------------------------------------------


def _checkin_initial(checkin: CheckIn | None) -> dict[str, Any]:
    if checkin is None:
        return {}
    return {"mood": checkin.mood, "energy": checkin.energy, "note": checkin.note}


@login_required
def checkin(request: HttpRequest, rejection_id: int) -> HttpResponse:
    flow = steps.flow_for(request, rejection_id)
    step = ReboundStep.CHECKIN
    typed = has_input(request.POST, ("mood", "energy", "note"))
    if request.method == "POST" and (early := _early_exit(request, flow, step, typed=typed)):
        return early
    initial = _checkin_initial(flow.checkin)
    form = CheckInForm(bound(request), initial=initial)
    if form.is_bound and form.is_valid():
        if initial and form.cleaned_data == initial:
            return steps.move_on(request, flow, step)  # unchanged: no second check-in
        try:
            saved = services.checkin_create(
                owner=flow.owner,
                context=CheckInContext.AFTER_REJECTION,
                application=flow.rejection.application,
                **form.cleaned_data,
            )
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            return steps.move_on(request, flow, step, checkin=saved)
    return steps.render_step(request, flow, step, {"form": form}, status=status_of(form))


# --- 4 reframe ---------------------------------------------------------------------------


def _reframe_initial(reframe: Reframe | None) -> dict[str, Any]:
    if reframe is None:
        return {}
    return {name: getattr(reframe, name) for name in ReframeForm.base_fields}


def _save_reframe(flow: ReboundFlow, data: dict[str, Any]) -> Reframe:
    if flow.reframe is not None:
        return services.reframe_update(reframe=flow.reframe, **data)
    return services.reframe_create(owner=flow.owner, application=flow.rejection.application, **data)


@login_required
def reframe(request: HttpRequest, rejection_id: int) -> HttpResponse:
    flow = steps.flow_for(request, rejection_id)
    step = ReboundStep.REFRAME
    typed = has_input(request.POST, ReframeForm.base_fields)
    if request.method == "POST" and (early := _early_exit(request, flow, step, typed=typed)):
        return early
    form = ReframeForm(bound(request), initial=_reframe_initial(flow.reframe))
    if form.is_bound and form.is_valid():
        try:
            saved = _save_reframe(flow, form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            return steps.move_on(request, flow, step, reframe=saved)
    return steps.render_step(request, flow, step, {"form": form}, status=status_of(form))
