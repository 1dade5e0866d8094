"""Follow-ups: small next actions with an optional due date."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone

from onward.accounts.models import User
from onward.core.services import check_owner, clean_text, save
from onward.growth.models import FollowUp
from onward.tracker.models import Application


def _title(title: str) -> str:
    title = clean_text(title, field="title", max_length=200)
    if not title:
        raise ValidationError({"title": "Say what to follow up on."})
    return title


def followup_create(
    *,
    owner: User,
    title: str,
    due_on: dt.date | None = None,
    application: Application | None = None,
    notes: str = "",
    now: dt.datetime | None = None,
) -> FollowUp:
    check_owner(owner.pk, application, "application")
    now = now or timezone.now()
    followup = FollowUp(
        owner=owner,
        created_at=now,
        updated_at=now,
        title=_title(title),
        due_on=due_on,
        application=application,
        notes=clean_text(notes, field="notes", max_length=5000),
    )
    save(followup, exclude=("application",))
    return followup


_UNSET = object()


def followup_update(
    *,
    followup: FollowUp,
    title: str | None = None,
    due_on: dt.date | object | None = _UNSET,
    notes: str | None = None,
) -> FollowUp:
    if title is not None:
        followup.title = _title(title)
    if due_on is not _UNSET:
        followup.due_on = due_on  # type: ignore[assignment]
    if notes is not None:
        followup.notes = clean_text(notes, field="notes", max_length=5000)
    save(followup, exclude=("application",))
    return followup


def followup_done(*, followup: FollowUp, now: dt.datetime | None = None) -> FollowUp:
    if followup.done_at is None:
        followup.done_at = now or timezone.now()
        followup.save(update_fields=["done_at", "updated_at"])
    return followup


def followup_reopen(*, followup: FollowUp) -> FollowUp:
    followup.done_at = None
    followup.save(update_fields=["done_at", "updated_at"])
    return followup


def followup_delete(*, followup: FollowUp) -> None:
    followup.delete()
