"""Step 5 of the rebound flow: follow-ups, weekly goals and learning, prefilled from it.

It lives in skills because it adds to the learning plan; the flow's plumbing (step URLs,
skip, later) is growth's ``views.flow``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from onward.core.forms import add_service_errors
from onward.core.http import status_of, today
from onward.growth import selectors
from onward.growth import services as growth_services
from onward.growth.choices import FeedbackStatus, GoalMetric, ReboundStep
from onward.growth.forms.followups import FollowUpForm
from onward.growth.forms.goals import GoalForm
from onward.growth.models import ReboundFlow
from onward.growth.views import flow as steps
from onward.skills import services
from onward.skills.choices import LearningKind
from onward.skills.forms import LearningActionForm

FORMS: dict[str, type[Any]] = {
    "followup": FollowUpForm,
    "goal": GoalForm,
    "learning": LearningActionForm,
}


def _first_line(text: str, limit: int) -> str:
    line = next((part.strip(" -•*") for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _followup_initial(flow: ReboundFlow) -> dict[str, Any]:
    application = flow.rejection.application
    company = application.posting.company.name
    fr = selectors.feedback_request_for(owner=flow.owner, application=application)
    if fr is not None and fr.status == FeedbackStatus.REQUESTED and fr.requested_on:
        due = fr.requested_on + dt.timedelta(days=min(fr.no_reply_after_days, 7))
        return {"title": f"Check for a reply from {company}", "due_on": due}
    return {"title": f"Stay in touch with {company}", "due_on": today() + dt.timedelta(days=30)}


def prefill(flow: ReboundFlow) -> dict[str, dict[str, Any]]:
    """Start each form from what was written in the earlier steps."""
    reflection, reframe = flow.reflection, flow.reframe
    points = _first_line(reframe.points_toward, 120) if reframe else ""
    tags = list(reflection.skill_tags) if reflection else []
    lacked = _first_line(reflection.lacked, 200) if reflection else ""
    skill = tags[0] if tags else ""
    learning_title = f"Practise {skill}" if skill else (lacked or points)
    return {
        "followup": _followup_initial(flow),
        "goal": {"metric": GoalMetric.TAILORED_APPLICATIONS, "target": 3, "label": points},
        "learning": {"title": learning_title, "kind": LearningKind.COURSE, "skill_label": skill},
    }


def _create_followup(flow: ReboundFlow, data: dict[str, Any]) -> str:
    application = flow.rejection.application
    growth_services.followup_create(owner=flow.owner, application=application, **data)
    return f"Follow-up added: {data['title']}."


def _create_goal(flow: ReboundFlow, data: dict[str, Any]) -> str:
    goal = growth_services.goal_create(owner=flow.owner, reframe=flow.reframe, **data)
    return f"Weekly goal added: {goal}."


def _create_learning(flow: ReboundFlow, data: dict[str, Any]) -> str:
    services.learning_action_create(
        owner=flow.owner,
        applications=(flow.rejection.application,),
        reframe=flow.reframe,
        **data,
    )
    return f"Added to your learning plan: {data['title']}."


CREATORS: dict[str, Callable[[ReboundFlow, dict[str, Any]], str]] = {
    "followup": _create_followup,
    "goal": _create_goal,
    "learning": _create_learning,
}


@login_required
def rebound_next(request: HttpRequest, rejection_id: int) -> HttpResponse:
    flow = steps.flow_for(request, rejection_id)
    # What this flow's reflection and feedback name as missing reaches the gaps page now,
    # not at the next run of the background job (a couple of short texts).
    application_id = flow.rejection.application_id
    services.journal_analyse_pending(owner=flow.owner, application_id=application_id, limit=5)
    action = request.POST.get("action")
    if request.method == "POST" and action in ("skip", "later", "finish"):
        if action == "later":
            return steps.later(request, flow, ReboundStep.NEXT)
        return steps.move_on(request, flow, ReboundStep.NEXT, skipped=action == "skip")
    return _next_actions_response(request, flow)


def _next_actions_response(request: HttpRequest, flow: ReboundFlow) -> HttpResponse:
    action = request.POST.get("action", "") if request.method == "POST" else ""
    initial = prefill(flow)
    forms = {
        name: cls(request.POST if action == name else None, prefix=name, initial=initial[name])
        for name, cls in FORMS.items()
    }
    form = forms.get(action)
    if form is not None and form.is_valid():
        try:
            text = CREATORS[action](flow, form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, text)
            return redirect(steps.step_url(flow, ReboundStep.NEXT))
    context = {"forms": forms, "open": action or "", "reframe": flow.reframe}
    status = status_of(*forms.values())
    return steps.render_step(request, flow, ReboundStep.NEXT, context, status=status)
