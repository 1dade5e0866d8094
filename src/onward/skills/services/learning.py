"""Every write to the learning plan. Completing an action records a win and can add its
skill to your profile."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.growth import services as growth_services
from onward.growth.choices import WinKind
from onward.growth.models import Reframe
from onward.skills.choices import LearningKind, LearningStatus
from onward.skills.models import LearningAction
from onward.skills.services.profile import profile_skill_learned
from onward.tracker.models import Application

_TEXTS = {"title": 200, "skill_label": 200, "skill_id": 300, "url": 1000, "notes": 20_000}
TEXT_LIMITS = _TEXTS  # also in skills.services.FIELD_RULES
UPDATABLE = (
    "title",
    "kind",
    "skill_label",
    "skill_id",
    "status",
    "hours_planned",
    "hours_spent",
    "due_on",
    "url",
    "notes",
    "applications",
    "reframe",
)


def _text(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError({name: "Expected text."})
    if "\x00" in value:
        raise ValidationError({name: "Text must not contain NUL characters."})
    value = value.strip()
    if len(value) > _TEXTS[name]:
        raise ValidationError({name: f"Keep this to {_TEXTS[name]} characters or fewer."})
    if name == "title" and not value:
        raise ValidationError({"title": "Name the learning action."})
    if name == "url" and value:
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            raise ValidationError({"url": "Enter a web address (http or https)."}) from None
    return value


def _hours(name: str, value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        hours = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError({name: f"{value!r} is not a number of hours."}) from None
    if not hours.is_finite() or not Decimal(0) <= hours <= Decimal(99_999):
        raise ValidationError({name: "Use a number of hours from 0 to 99999."})
    return hours.quantize(Decimal("0.1"))


def _choice(name: str, value: object, choices: Any) -> str:
    if value not in choices.values:
        raise ValidationError(
            {name: f"Unknown value {value!r}; use one of: {', '.join(choices.values)}."}
        )
    return str(value)


def _check_links(
    owner_id: int, applications: Iterable[Application], reframe: Reframe | None
) -> list[Application]:
    apps = list(applications)
    if any(app.owner_id != owner_id for app in apps):
        raise ValidationError({"applications": "Unknown application."})
    if reframe is not None and reframe.owner_id != owner_id:
        raise ValidationError({"reframe": "Unknown reframe."})
    return apps


def _save(action: LearningAction) -> None:
    action.full_clean(
        exclude=["owner", "uid", "reframe", "surfaced_by"], validate_constraints=False
    )
    try:
        with transaction.atomic():
            action.save()
    except IntegrityError as exc:
        raise ValidationError(f"This conflicts with existing data: {exc}") from exc


@transaction.atomic
def learning_action_create(
    *,
    owner: User,
    title: str,
    kind: str = LearningKind.COURSE,
    skill_label: str = "",
    skill_id: str = "",
    hours_planned: float | Decimal | None = None,
    due_on: dt.date | None = None,
    url: str = "",
    notes: str = "",
    applications: Iterable[Application] = (),
    reframe: Reframe | None = None,
    now: dt.datetime | None = None,
) -> LearningAction:
    """A step of the learning plan, linked to the applications (or reframe) behind it."""
    apps = _check_links(owner.pk, applications, reframe)
    now = now or timezone.now()
    action = LearningAction(
        owner=owner,
        created_at=now,
        updated_at=now,
        title=_text("title", title),
        kind=_choice("kind", kind, LearningKind),
        skill_label=_text("skill_label", skill_label),
        skill_id=_text("skill_id", skill_id),
        hours_planned=_hours("hours_planned", hours_planned),
        due_on=due_on,
        url=_text("url", url),
        notes=_text("notes", notes),
        reframe=reframe,
    )
    _save(action)
    action.surfaced_by.set(apps)
    return action


def _assign(action: LearningAction, name: str, value: Any) -> None:
    if name in _TEXTS:
        setattr(action, name, _text(name, value))
    elif name == "kind":
        action.kind = _choice("kind", value, LearningKind)
    elif name == "status":
        action.status = _choice("status", value, LearningStatus)
    elif name == "hours_planned":
        action.hours_planned = _hours(name, value)
    elif name == "hours_spent":
        action.hours_spent = _hours(name, value) or Decimal(0)
    else:
        setattr(action, name, value)


@transaction.atomic
def learning_action_update(*, action: LearningAction, **fields: Any) -> LearningAction:
    """Change the fields given; setting the status to done completes the action."""
    unknown = set(fields) - set(UPDATABLE)
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}")
    apps = fields.pop("applications", None)
    _check_links(action.owner_id, apps or (), fields.get("reframe"))
    completing = (
        fields.get("status") == LearningStatus.DONE and action.status != LearningStatus.DONE
    )
    for name, value in fields.items():
        _assign(action, name, value)
    if action.status != LearningStatus.DONE:
        action.completed_at = None
    _save(action)
    if apps is not None:
        action.surfaced_by.set(list(apps))
    if completing:
        return learning_action_complete(action=action)
    return action


@transaction.atomic
def learning_action_complete(
    *, action: LearningAction, now: dt.datetime | None = None, add_to_profile: bool = True
) -> LearningAction:
    """Done: the status, when, and a win ("Learning completed"). With ``add_to_profile``,
    the action's skill joins your profile (source "learning", with the action as evidence)."""
    now = now or timezone.now()
    action.status = LearningStatus.DONE
    action.completed_at = action.completed_at or now
    action.save(update_fields=["status", "completed_at", "updated_at"])
    growth_services.win_record(
        owner=action.owner,
        kind=WinKind.LEARNING_COMPLETED,
        title=f"Completed: {action.title}",
        source_key=f"learning:{action.uid}",
        occurred_at=action.completed_at,
    )
    if add_to_profile and action.skill_id:
        profile_skill_learned(action=action)
    return action


def learning_action_delete(*, action: LearningAction) -> None:
    action.delete()
