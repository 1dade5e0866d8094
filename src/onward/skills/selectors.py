"""Every read of the learning plan, scoped to its owner."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from onward.accounts.models import User
from onward.skills.models import LearningAction
from onward.tracker.models import Application


def _actions(owner: User) -> QuerySet[LearningAction]:
    return (
        LearningAction.objects.filter(owner=owner)
        .select_related("reframe")
        .prefetch_related("surfaced_by__posting__company")
    )


def learning_action_list(
    *, owner: User, status: str | None = None, application: Application | None = None
) -> QuerySet[LearningAction]:
    qs = _actions(owner)
    if status:
        qs = qs.filter(status=status)
    if application is not None:
        qs = qs.filter(surfaced_by=application)
    return qs.order_by("status", "due_on", "id")


def learning_action_get(*, owner: User, pk: int) -> LearningAction:
    return get_object_or_404(_actions(owner), pk=pk)
