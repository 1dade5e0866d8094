"""The rebound flow's plumbing: step URLs, the progress indicator, skip / continue / later."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from onward.accounts.http import owner_of
from onward.growth import selectors, services
from onward.growth.choices import REBOUND_ORDER, ReboundStep
from onward.growth.models import ReboundFlow
from onward.growth.views.nav import page

STEP_URLS = {
    ReboundStep.REFLECT: "growth:rebound_reflect",
    ReboundStep.FEEDBACK: "growth:rebound_feedback",
    ReboundStep.CHECKIN: "growth:rebound_checkin",
    ReboundStep.REFRAME: "growth:rebound_reframe",
    ReboundStep.NEXT: "skills:rebound_next",  # adds to the learning plan
}
STEP_HINTS = {
    ReboundStep.REFLECT: "What went well, what felt shaky, and what was never yours to control.",
    ReboundStep.FEEDBACK: "A short, polite note asking what would have made the difference.",
    ReboundStep.CHECKIN: "Ten seconds: how are you doing, really?",
    ReboundStep.REFRAME: "Take the loudest thought and look at it from both sides.",
    ReboundStep.NEXT: "Turn what you wrote into one or two concrete next steps.",
}


@dataclass(frozen=True)
class StepMark:
    number: int
    step: ReboundStep
    label: str
    url: str
    state: str  # current | done | skipped | todo


def flow_for(request: HttpRequest, rejection_id: int) -> ReboundFlow:
    return selectors.rebound_get(owner=owner_of(request), rejection_id=rejection_id)


def step_url(flow: ReboundFlow, step: ReboundStep | str) -> str:
    return reverse(STEP_URLS[ReboundStep(step)], kwargs={"rejection_id": flow.rejection_id})


def detail_url(flow: ReboundFlow) -> str:
    return reverse("tracker:detail", kwargs={"application_id": flow.rejection.application_id})


def resume_url(flow: ReboundFlow) -> str:
    if flow.step == ReboundStep.DONE:
        return detail_url(flow)
    return step_url(flow, flow.step)


def _state(flow: ReboundFlow, step: ReboundStep, current: ReboundStep) -> str:
    if step == current:
        return "current"
    if step in flow.skipped:
        return "skipped"
    if flow.step == ReboundStep.DONE or REBOUND_ORDER.index(step) < _index(flow.step):
        return "done"
    return "todo"


def _index(step: str) -> int:
    return REBOUND_ORDER.index(ReboundStep(step)) if step in REBOUND_ORDER else len(REBOUND_ORDER)


def progress(flow: ReboundFlow, current: ReboundStep) -> list[StepMark]:
    return [
        StepMark(i, step, str(step.label), step_url(flow, step), _state(flow, step, current))
        for i, step in enumerate(REBOUND_ORDER, start=1)
    ]


def render_step(
    request: HttpRequest,
    flow: ReboundFlow,
    step: ReboundStep,
    context: dict[str, Any],
    *,
    status: int = 200,
) -> HttpResponse:
    rejection = flow.rejection
    base = {
        "flow": flow,
        "step": step,
        "step_number": REBOUND_ORDER.index(step) + 1,
        "step_hint": STEP_HINTS[step],
        "steps": progress(flow, step),
        "rejection": rejection,
        "application": rejection.application,
        "posting": rejection.application.posting,
    }
    return page(request, f"growth/rebound/{step.value}.html", {**base, **context}, status=status)


def _next_url(flow: ReboundFlow, completed: ReboundStep) -> str:
    position = REBOUND_ORDER.index(completed) + 1
    if position < len(REBOUND_ORDER):
        return step_url(flow, REBOUND_ORDER[position])
    return detail_url(flow)


def later(request: HttpRequest, flow: ReboundFlow, step: ReboundStep) -> HttpResponse:
    """Nothing (more) to save here: remember this step and go back to the dashboard."""
    if flow.finished_at is None:
        services.rebound_goto(flow=flow, step=step)
    messages.success(
        request, "Saved. Your reflection waits on the dashboard, whenever you are ready."
    )
    return redirect("web:dashboard")


def move_on(
    request: HttpRequest,
    flow: ReboundFlow,
    completed: ReboundStep,
    *,
    skipped: bool = False,
    **linked: Any,
) -> HttpResponse:
    """After a step: record it (with what was saved) and show the next step, or stop for now."""
    flow = services.rebound_advance(flow=flow, completed=completed, skipped=skipped, **linked)
    if request.POST.get("action") == "later":
        messages.success(request, "Saved. Pick up where you left off whenever you are ready.")
        return redirect("web:dashboard")
    if completed == ReboundStep.NEXT:
        messages.success(request, "All done. Well done for taking the time; it adds up.")
    return redirect(_next_url(flow, completed))
