"""Habits that keep you going: daily or weekly check-offs and streaks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, is_htmx, status_of, today
from onward.growth import selectors, services
from onward.growth.forms.habits import HabitEditForm, HabitForm
from onward.growth.models import Habit
from onward.growth.views.nav import page

SECTION = "habits"


@login_required
def habit_list(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    form = HabitForm(bound(request))
    if form.is_bound and form.is_valid():
        try:
            habit = services.habit_create(owner=owner, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, f"Habit added: {habit}.")
            return redirect("growth:habits")
    context = {
        "form": form,
        "rows": selectors.habit_list_with_streaks(owner=owner, today=today()),
    }
    return page(request, "growth/habits.html", context, section=SECTION, status=status_of(form))


def _uncheck(habit: Habit) -> None:
    """Take back today's check (or, for a weekly habit, this week's)."""
    day = today()
    since = day - dt.timedelta(days=day.weekday()) if selectors.habit_is_weekly(habit) else day
    for check in selectors.habit_checks(habit=habit, since=since):
        services.habit_uncheck(habit=habit, on=check.on)


@login_required
@require_POST
def habit_toggle(request: HttpRequest, habit_id: int) -> HttpResponse:
    """Check a habit off for today (or this week), or take the check back."""
    habit = selectors.habit_get(owner=owner_of(request), pk=habit_id)
    if request.POST.get("done") == "0":
        _uncheck(habit)
    else:
        services.habit_check(habit=habit, on=today())
    if is_htmx(request):
        row = selectors.habit_status(habit=habit, today=today())
        return render(request, "growth/_habit.html", {"row": row})
    return redirect("growth:habits")


def _edit_initial(habit: Habit) -> dict[str, Any]:
    return {name: getattr(habit, name) for name in ("name", "kind", "cadence", "active")}


@login_required
def habit_edit(request: HttpRequest, habit_id: int) -> HttpResponse:
    habit = selectors.habit_get(owner=owner_of(request), pk=habit_id)
    form = HabitEditForm(bound(request), initial=_edit_initial(habit))
    if form.is_bound and form.is_valid():
        try:
            services.habit_update(habit=habit, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Habit saved.")
            return redirect("growth:habits")
    context = {"form": form, "habit": habit}
    return page(request, "growth/habit_form.html", context, section=SECTION, status=status_of(form))


@login_required
def habit_delete(request: HttpRequest, habit_id: int) -> HttpResponse:
    habit = selectors.habit_get(owner=owner_of(request), pk=habit_id)
    if request.method == "POST":
        services.habit_delete(habit=habit)
        messages.success(request, "Habit deleted.")
        return redirect("growth:habits")
    context = {
        "title": "Delete this habit?",
        "text": f"“{habit}” and its check-offs go. Untick “Active” instead to keep the history.",
        "confirm": "Delete habit",
        "cancel_url": reverse("growth:habits"),
    }
    return page(request, "growth/confirm.html", context, section=SECTION)
