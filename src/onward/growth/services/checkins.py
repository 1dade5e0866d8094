"""Check-ins (mood and energy, 1-5) and dismissing the lighter-week suggestion."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone

from onward.accounts.models import User
from onward.core.services import (
    check_choice,
    check_moment_not_future,
    check_owner,
    clean_text,
    save,
)
from onward.growth.choices import CheckInContext
from onward.growth.models import CheckIn, GuardrailDismissal
from onward.tracker.models import Application


def _scale(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError({field: "Pick a number from 1 to 5."})
    return value


def checkin_create(
    *,
    owner: User,
    mood: int,
    energy: int,
    note: str = "",
    context: str = CheckInContext.MANUAL,
    application: Application | None = None,
    at: dt.datetime | None = None,
) -> CheckIn:
    """How you feel right now: mood and energy from 1 to 5, and one optional line."""
    now = timezone.now()
    at = at or now
    check_owner(owner.pk, application, "application")
    check_moment_not_future(at, "at", now)
    checkin = CheckIn(
        owner=owner,
        mood=_scale(mood, "mood"),
        energy=_scale(energy, "energy"),
        note=clean_text(note, field="note", max_length=280),
        context=check_choice(context, CheckInContext, "context"),
        application=application,
        at=at,
    )
    save(checkin, exclude=("application",))
    return checkin


def checkin_delete(*, checkin: CheckIn) -> None:
    checkin.delete()


def wellbeing_dismiss(*, owner: User, now: dt.datetime | None = None) -> GuardrailDismissal:
    """Hide the lighter-week suggestion; it stays quiet for a week (see analysis.wellbeing)."""
    now = now or timezone.now()
    return GuardrailDismissal.objects.create(
        owner=owner, dismissed_at=now, created_at=now, updated_at=now
    )
