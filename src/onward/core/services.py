"""Helpers shared by every app's services: cleaning, ownership checks, dates, saving."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from onward.core.models import OwnedModel

FUTURE_SLACK = dt.timedelta(hours=36)


def clean_text(value: object, *, field: str, max_length: int | None = None) -> str:
    """Strip a text value; refuse non-text, NUL characters and over-long text."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError({field: "Expected text."})
    if "\x00" in value:
        raise ValidationError({field: "Text must not contain NUL characters."})
    value = value.strip()
    if max_length is not None and len(value) > max_length:
        raise ValidationError({field: f"Keep this to {max_length} characters or fewer."})
    return value


def check_owner(owner_id: int, obj: OwnedModel | None, field: str) -> None:
    """Linked objects must belong to the same owner: anything else is "unknown"."""
    if obj is not None and obj.owner_id != owner_id:
        raise ValidationError({field: f"Unknown {field.replace('_', ' ')}."})


def check_choice(value: object, choices: Any, field: str) -> str:
    if value not in choices.values:
        allowed = ", ".join(str(v) for v in choices.values if v)
        raise ValidationError({field: f"Unknown value {value!r}; use one of: {allowed}."})
    return str(value)


def check_not_future(day: dt.date | None, field: str, *, now: dt.datetime | None = None) -> None:
    if day is not None and day > timezone.localdate(now or timezone.now()):
        raise ValidationError({field: "That date is in the future."})


def check_moment_not_future(when: dt.datetime, field: str, now: dt.datetime) -> None:
    if when > now + FUTURE_SLACK:
        raise ValidationError({field: "That is in the future."})


def midday(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12, 0)))


def at_day(day: dt.date, now: dt.datetime) -> dt.datetime:
    """``now`` when ``day`` is today, else midday of ``day`` (never after ``now``)."""
    if day == timezone.localdate(now):
        return now
    return min(midday(day), now)


def save(obj: OwnedModel, *, exclude: tuple[str, ...] = ()) -> None:
    obj.full_clean(exclude=["owner", "uid", *exclude], validate_constraints=False)
    try:
        with transaction.atomic():
            obj.save()
    except IntegrityError as exc:
        raise ValidationError(f"This conflicts with existing data: {exc}") from exc
