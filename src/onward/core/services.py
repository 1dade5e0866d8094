"""Helpers shared by every app's services: cleaning, ownership checks, dates, saving."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from onward.core.models import OwnedModel

FUTURE_SLACK = dt.timedelta(hours=36)


def clean_text(value: object, *, field: str, max_length: int | None = None) -> str:
    """Strip a text value; refuse non-text, NUL characters and over-long text."""
    if value is None:
        return ""
    check_text(value, field=field)
    assert isinstance(value, str)
    value = value.strip()
    if max_length is not None and len(value) > max_length:
        raise ValidationError({field: f"Keep this to {max_length} characters or fewer."})
    return value


def check_text(value: object, *, field: str) -> None:
    """Text every database can store: no NUL characters, no lone surrogates."""
    if not isinstance(value, str):
        raise ValidationError({field: "Expected text."})
    if "\x00" in value:
        raise ValidationError({field: "Text must not contain NUL characters."})
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError({field: "Text must be valid Unicode."}) from None


@dataclass(frozen=True)
class FieldRules:
    """What the services require of one model's fields, beyond the model's own validation.

    Declared next to the services (each app's ``FIELD_RULES``) and applied by them through
    ``save(..., rules=...)``, and by every writer that builds rows itself (import), so a
    value the API refuses cannot get in another way.
    """

    max_lengths: Mapping[str, int] = field(default_factory=dict)  # text fields' limits
    days: tuple[str, ...] = ()  # dates that cannot be in the future
    moments: tuple[str, ...] = ()  # date-times that cannot be in the future


NO_RULES = FieldRules()
_TEXT_FIELDS = (models.CharField, models.TextField)


def _texts(value: object) -> Iterator[object]:
    """The strings inside a JSON value (lists and objects of text)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _texts(item)


def _field_problem(
    model_field: models.Field[Any, Any], value: object, rules: FieldRules, now: dt.datetime
) -> None:
    name = model_field.name
    if value is None:
        return
    if isinstance(model_field, _TEXT_FIELDS) and isinstance(value, str):
        clean_text(value, field=name, max_length=rules.max_lengths.get(name))
    elif isinstance(model_field, models.JSONField):
        for text in _texts(value):
            check_text(text, field=name)
    if name in rules.days:
        check_not_future(value, name, now=now)  # type: ignore[arg-type]
    elif name in rules.moments:
        check_moment_not_future(value, name, now)  # type: ignore[arg-type]


def check_fields(
    obj: models.Model, *, rules: FieldRules = NO_RULES, now: dt.datetime | None = None
) -> None:
    """Check every text field of ``obj`` (as ``clean_text`` does, without changing it) and
    the date rules in ``rules``; raise one ``ValidationError`` naming every bad field."""
    now = now or timezone.now()
    errors: dict[str, list[str]] = {}
    for model_field in obj._meta.concrete_fields:
        try:
            _field_problem(model_field, getattr(obj, model_field.attname), rules, now)
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                errors.setdefault(name, []).extend(messages)
    if errors:
        raise ValidationError(errors)


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


def save(
    obj: OwnedModel,
    *,
    exclude: tuple[str, ...] = (),
    rules: FieldRules = NO_RULES,
    now: dt.datetime | None = None,
) -> None:
    """Validate ``obj`` (its model, every text field, and ``rules``), then save it."""
    check_fields(obj, rules=rules, now=now)
    obj.full_clean(exclude=["owner", "uid", *exclude], validate_constraints=False)
    try:
        with transaction.atomic():
            obj.save()
    except IntegrityError as exc:
        raise ValidationError(f"This conflicts with existing data: {exc}") from exc
