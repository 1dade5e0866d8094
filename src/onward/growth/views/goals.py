"""Weekly goals on inputs you control: progress this week, streak of weeks met, log entries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.analysis.streaks import Progress, Streak, week_start
from onward.core.forms import add_service_errors
from onward.core.http import bound, is_htmx, status_of, today
from onward.growth import selectors, services
from onward.growth.forms.goals import GoalEditForm, GoalForm, GoalLogForm
from onward.growth.models import Goal, GoalEntry
from onward.growth.selectors import GoalStatus
from onward.growth.views.nav import page

SECTION = "goals"


@dataclass(frozen=True)
class GoalCard:
    goal: Goal
    progress: Progress
    streak: Streak
    entries: list[GoalEntry]  # logged this week
    log_form: GoalLogForm


def _card_for(status: GoalStatus, log_form: GoalLogForm | None = None) -> GoalCard:
    goal = status.goal
    entries = [e for e in selectors.goal_entries(goal=goal)[:50] if e.on >= status.week_start]
    form = log_form or GoalLogForm(prefix=f"log{goal.pk}")
    return GoalCard(goal, status.progress, status.streak, entries, form)


def _page(
    request: HttpRequest,
    *,
    form: GoalForm | None = None,
    log_forms: dict[int, GoalLogForm] | None = None,
    status: int = 200,
) -> HttpResponse:
    statuses = selectors.goal_list_with_progress(owner=owner_of(request), today=today())
    log_forms = log_forms or {}
    rows = [_card_for(s, log_forms.get(s.goal.pk)) for s in statuses]
    context = {"rows": rows, "form": form or GoalForm(), "week_start": week_start(today())}
    return page(request, "growth/goals.html", context, section=SECTION, status=status)


@login_required
def goal_list(request: HttpRequest) -> HttpResponse:
    form = GoalForm(bound(request))
    if form.is_bound and form.is_valid():
        try:
            goal = services.goal_create(owner=owner_of(request), **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, f"Goal set: {goal}, {goal.target} a week.")
            return redirect("growth:goals")
    return _page(request, form=form, status=status_of(form))


def _card(request: HttpRequest, goal: Goal, form: GoalLogForm, status: int) -> HttpResponse:
    row = _card_for(selectors.goal_status(goal=goal, today=today()), form)
    return render(request, "growth/_goal.html", {"row": row}, status=status)


@login_required
@require_POST
def goal_log(request: HttpRequest, goal_id: int) -> HttpResponse:
    goal = selectors.goal_get(owner=owner_of(request), pk=goal_id)
    form = GoalLogForm(request.POST, prefix=f"log{goal.pk}")
    if form.is_valid():
        try:
            services.goal_log(goal=goal, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            if is_htmx(request):
                return _card(request, goal, GoalLogForm(prefix=f"log{goal.pk}"), 200)
            messages.success(request, f"Logged for {goal}.")
            return redirect("growth:goals")
    if is_htmx(request):
        return _card(request, goal, form, 400)
    return _page(request, log_forms={goal.pk: form}, status=400)


def _edit_initial(goal: Goal) -> dict[str, Any]:
    return {"target": goal.target, "label": goal.label, "active": goal.active}


@login_required
def goal_edit(request: HttpRequest, goal_id: int) -> HttpResponse:
    goal = selectors.goal_get(owner=owner_of(request), pk=goal_id)
    form = GoalEditForm(bound(request), initial=_edit_initial(goal))
    if form.is_bound and form.is_valid():
        try:
            services.goal_update(goal=goal, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Goal saved.")
            return redirect("growth:goals")
    context = {"form": form, "goal": goal}
    return page(request, "growth/goal_form.html", context, section=SECTION, status=status_of(form))


@login_required
@require_POST
def goal_pause(request: HttpRequest, goal_id: int) -> HttpResponse:
    goal = selectors.goal_get(owner=owner_of(request), pk=goal_id)
    was_active = goal.active
    services.goal_update(goal=goal, target=goal.target, label=goal.label, active=not was_active)
    messages.success(request, f"{goal}: {'paused' if was_active else 'back on'}.")
    return redirect("growth:goals")


@login_required
def goal_delete(request: HttpRequest, goal_id: int) -> HttpResponse:
    goal = selectors.goal_get(owner=owner_of(request), pk=goal_id)
    if request.method == "POST":
        services.goal_delete(goal=goal)
        messages.success(request, "Goal deleted.")
        return redirect("growth:goals")
    context = {
        "title": "Delete this goal?",
        "text": f"“{goal}” and everything logged for it go. Pausing keeps the history.",
        "confirm": "Delete goal",
        "cancel_url": reverse("growth:goals"),
    }
    return page(request, "growth/confirm.html", context, section=SECTION)


@login_required
@require_POST
def goal_entry_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = selectors.goal_entry_get(owner=owner_of(request), pk=entry_id)
    services.goal_entry_delete(entry=entry)
    messages.success(request, "Entry removed.")
    return redirect("growth:goals")
