"""HTML views of the learning plan: list, add, edit, complete. Thin adapters."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, safe_next, status_of
from onward.skills import selectors, services
from onward.skills.choices import LearningStatus
from onward.skills.forms import (
    FIELDS,
    LearningActionEditForm,
    LearningActionForm,
    LearningFilterForm,
)
from onward.skills.views.common import learning_page as page

SECTION = "learning"
STATUS_LINKS = [*LearningStatus.choices, ("all", "All")]
OPEN = (LearningStatus.PLANNED, LearningStatus.IN_PROGRESS)


@login_required
def learning_list(request: HttpRequest) -> HttpResponse:
    filters = LearningFilterForm(request.GET or None)
    status = filters.status_filter()
    found = selectors.learning_action_list(
        owner=owner_of(request), status=None if status == "all" else status
    )
    actions = [a for a in found if status is not None or a.status in OPEN]
    context = {"statuses": STATUS_LINKS, "actions": actions, "status": status or ""}
    return page(request, "skills/learning_list.html", context, section=SECTION)


def _create(request: HttpRequest, data: dict[str, Any]) -> None:
    """A plain action, or one planned from a skill gap (linked to its rejections)."""
    if data.get("skill_id"):
        services.learning_action_plan(owner=owner_of(request), **data)
    else:
        services.learning_action_create(owner=owner_of(request), **data)


@login_required
def learning_create(request: HttpRequest) -> HttpResponse:
    prefill = ("title", "skill_label", "skill_id", "kind")
    initial = {name: request.GET[name][:300] for name in prefill if name in request.GET}
    form = LearningActionForm(bound(request), initial=initial)
    if form.is_bound and form.is_valid():
        try:
            _create(request, form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Added to your learning plan.")
            return redirect("skills:learning")
    context = {"form": form, "action": None, "from_gap": bool(initial.get("skill_id"))}
    return page(
        request, "skills/learning_form.html", context, section=SECTION, status=status_of(form)
    )


@login_required
def learning_edit(request: HttpRequest, action_id: int) -> HttpResponse:
    action = selectors.learning_action_get(owner=owner_of(request), pk=action_id)
    form = LearningActionEditForm(bound(request), initial=LearningActionForm.initial_for(action))
    if form.is_bound and form.is_valid():
        try:
            services.learning_action_update(action=action, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Learning action saved.")
            return redirect("skills:learning")
    context = {"form": form, "action": action, "fields": FIELDS}
    return page(
        request, "skills/learning_form.html", context, section=SECTION, status=status_of(form)
    )


@login_required
@require_POST
def learning_complete(request: HttpRequest, action_id: int) -> HttpResponse:
    action = selectors.learning_action_get(owner=owner_of(request), pk=action_id)
    try:
        services.learning_action_complete(action=action)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        added = f" {action.skill_label} is in your skills now." if action.skill_id else ""
        messages.success(request, f"Done: {action.title}. That is real progress.{added}")
    return redirect(safe_next(request, reverse("skills:learning")))


@login_required
def learning_delete(request: HttpRequest, action_id: int) -> HttpResponse:
    action = selectors.learning_action_get(owner=owner_of(request), pk=action_id)
    if request.method == "POST":
        services.learning_action_delete(action=action)
        messages.success(request, "Learning action deleted.")
        return redirect("skills:learning")
    context = {
        "title": "Delete this learning action?",
        "text": f"“{action.title}”. Mark it as dropped instead to keep the history.",
        "confirm": "Delete",
        "cancel_url": reverse("skills:learning"),
    }
    return page(request, "growth/confirm.html", context, section=SECTION)
